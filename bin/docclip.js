#!/usr/bin/env node
// The `docclip` command: the core compiled by `npm run build` into dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/docclip.js', import.meta.url));
if (!existsSync(built)) {
  console.error('docclip: not built yet — run `npm run build` first');
  process.exit(1);
}
await import(built);
