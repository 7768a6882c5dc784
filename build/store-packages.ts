import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * The store uploads (`npm run package`): the Chrome Web Store zip of dist/, the Firefox add-on
 * (.xpi, a zip) of dist-firefox/, and the source archive addons.mozilla.org asks for when the
 * add-on is built by a bundler (https://extensionworkshop.com/documentation/publish/source-code-submission/).
 * Each archive has its manifest.json (or, for the sources, package.json) at its root.
 */

export interface ArchiveFile {
  /** Path inside the archive, with `/` separators, never absolute, never `..`. */
  path: string;
  data: Uint8Array;
}

export interface StorePackages {
  chrome: string;
  firefox: string;
  source: string;
}

/**
 * Every archive's entries carry this time, so that the same files give the same archive bytes
 * (a reviewer can compare two uploads). A zip stores DOS times, which start in 1980.
 */
const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');

/**
 * What never goes into the source archive even if it were tracked: installed packages, git's
 * own folder, build output, the uploads themselves, and the corpus's page texts (other sites'
 * pages, kept out of git: corpus/README.md).
 */
const EXCLUDED_PREFIXES = ['node_modules/', '.git/', 'dist/', 'dist-firefox/', 'dist-cli/', 'packages/', 'corpus/pages/', 'corpus/public/'];

/** True for a path (relative, `/`-separated) that the source archive leaves out. */
export function isExcludedSource(path: string): boolean {
  const normalized = path.replace(/^\.\//, '');
  return normalized === '.git' || EXCLUDED_PREFIXES.some((prefix) => normalized.startsWith(prefix) || normalized.includes(`/${prefix}`));
}

/** The text of SOURCE-README.md, the build instructions put at the root of the source archive. */
export function sourceReadme(version: string, nodeVersion: string, npmVersion: string): string {
  return `# DocClip ${version}: how to build the Firefox add-on from these sources

The add-on's JavaScript is bundled by Vite from the TypeScript sources in \`src/\`; nothing
in the add-on is minified by hand or fetched at build time.

## Environment

- Node.js ${nodeVersion} (any Node.js 20 or later), npm ${npmVersion}
- Any operating system Node.js runs on (built on Debian Linux); no other tools.

## Build

\`\`\`sh
npm ci
npm run build:firefox
\`\`\`

\`npm ci\` installs the exact versions in \`package-lock.json\` from the npm registry.
\`npm run build:firefox\` writes the add-on to \`dist-firefox/\`: its files are those of the
uploaded \`.xpi\` (\`manifest.json\` at its root).

\`npm run lint:firefox\` builds it again and runs Mozilla's add-on linter on it.
`;
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The files git tracks in the repository at `root` (`git ls-files`), relative and sorted. */
export function trackedFiles(root: string): string[] {
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`The source archive lists the files git tracks, and \`git ls-files\` failed in ${root}: ${String(error)}`);
  }
  return out.split('\0').filter((path) => path !== '').sort();
}

/** Reads `paths` (relative to `root`) into archive entries under the same paths. */
export async function readArchiveFiles(root: string, paths: readonly string[]): Promise<ArchiveFile[]> {
  return Promise.all(paths.map(async (path) => ({ path, data: new Uint8Array(await readFile(join(root, path))) })));
}

/**
 * The zip of `files`, deflated, every entry dated ENTRY_TIME.
 * Throws on a path that is absolute, contains `..` or a backslash, or occurs twice.
 */
export function zipFiles(files: readonly ArchiveFile[]): Uint8Array {
  const tree: Zippable = {};
  const seen = new Set<string>();
  for (const { path, data } of files) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').includes('..')) {
      throw new Error(`Not a path inside an archive: "${path}"`);
    }
    if (seen.has(path)) throw new Error(`"${path}" is in the archive twice`);
    seen.add(path);
    tree[path] = [data, { level: 9, mtime: ENTRY_TIME }];
  }
  return zipSync(tree);
}

/** The built extension in `dir` as archive files; throws when it has no manifest.json (not built). */
async function builtExtension(dir: string, buildCommand: string): Promise<ArchiveFile[]> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: run \`${buildCommand}\` first.`);
  return readArchiveFiles(dir, await filesUnder(dir));
}

export interface PackageOptions {
  /** The repository: dist/, dist-firefox/ and the sources are read from here. */
  root: string;
  /** Where the three archives are written (created if missing). */
  outDir: string;
  /** The sources to archive, relative to root (trackedFiles(root) for `npm run package`). */
  sources: readonly string[];
  /** The version in the file names. */
  version: string;
  nodeVersion?: string;
  npmVersion?: string;
}

/**
 * Writes `docclip-chrome-VERSION.zip`, `docclip-firefox-VERSION.xpi` and
 * `docclip-source-VERSION.zip` into outDir and returns their paths. The source archive holds
 * `sources` minus isExcludedSource, plus SOURCE-README.md. Throws before writing anything when
 * a build is missing.
 */
export async function writeStorePackages(options: PackageOptions): Promise<StorePackages> {
  const { root, outDir, version } = options;
  const chrome = await builtExtension(join(root, 'dist'), 'npm run build');
  const firefox = await builtExtension(join(root, 'dist-firefox'), 'npm run build:firefox');
  const readme = sourceReadme(version, options.nodeVersion ?? process.versions.node, options.npmVersion ?? 'as bundled with Node.js');
  const sources = [
    ...(await readArchiveFiles(root, options.sources.filter((path) => !isExcludedSource(path)))),
    { path: 'SOURCE-README.md', data: new TextEncoder().encode(readme) },
  ];
  await mkdir(outDir, { recursive: true });
  const paths: StorePackages = {
    chrome: join(outDir, `docclip-chrome-${version}.zip`),
    firefox: join(outDir, `docclip-firefox-${version}.xpi`),
    source: join(outDir, `docclip-source-${version}.zip`),
  };
  await writeFile(paths.chrome, zipFiles(chrome));
  await writeFile(paths.firefox, zipFiles(firefox));
  await writeFile(paths.source, zipFiles(sources));
  return paths;
}
