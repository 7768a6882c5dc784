// Entry point of the `docclip` command (bundled to dist-cli/docclip.js).
import { main } from './main';

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
