/**
 * `npm run package` (after the two builds it runs): the store uploads in packages/ — the
 * Chrome Web Store zip, the Firefox .xpi and the source archive for addons.mozilla.org.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trackedFiles, writeStorePackages } from '../build/store-packages';

const root = resolve('.');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/** npm sets this for the scripts it runs: "npm/11.1.0 node/v20.19.0 linux x64 …". */
const npmVersion = /\bnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

const packages = await writeStorePackages({
  root,
  outDir: resolve(root, 'packages'),
  sources: trackedFiles(root),
  version,
  ...(npmVersion ? { npmVersion } : {}),
});
for (const [store, path] of Object.entries(packages)) console.log(`${store.padEnd(8)} ${path}`);
