import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isExcludedSource, trackedFiles, writeStorePackages, zipFiles } from '../../build/store-packages';

/** The archive's entries, read back by fflate's zip reader (central directory and inflate). */
async function readZip(path: string): Promise<Record<string, string>> {
  const entries = unzipSync(new Uint8Array(await readFile(path)));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

describe('isExcludedSource', () => {
  const cases: Array<[string, boolean]> = [
    ['src/background/index.ts', false],
    ['package.json', false],
    ['corpus/labels.json', false],
    ['corpus/pages/31ppt-a01.txt', true],
    ['corpus/public/x.html', true],
    ['node_modules/preact/package.json', true],
    ['test/fixtures/node_modules/x.js', true],
    ['.git/HEAD', true],
    ['.git', true],
    ['.gitignore', false],
    ['dist/manifest.json', true],
    ['dist-firefox/manifest.json', true],
    ['packages/docclip-chrome-0.1.0.zip', true],
    ['./node_modules/a', true],
  ];
  it.each(cases)('%s → %s', (path, excluded) => expect(isExcludedSource(path)).toBe(excluded));
});

describe('zipFiles', () => {
  const bytes = new TextEncoder().encode('x');
  it.each(['/abs', '../up', 'a/../b', 'a\\b', ''])('refuses the path "%s"', (path) => {
    expect(() => zipFiles([{ path, data: bytes }])).toThrow(/Not a path inside an archive/);
  });
  it('refuses a path given twice', () => {
    expect(() => zipFiles([{ path: 'a', data: bytes }, { path: 'a', data: bytes }])).toThrow(/twice/);
  });
  it('gives the same bytes for the same files', () => {
    const files = [{ path: 'manifest.json', data: bytes }];
    expect(zipFiles(files)).toEqual(zipFiles(files));
  });
});

describe('writeStorePackages', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'docclip-package-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const SOURCES = {
    'package.json': '{"name":"docclip"}',
    'src/background/index.ts': 'export {};',
    'corpus/labels.json': '[]',
    'corpus/pages/page-a01.txt': 'someone else’s page',
    'node_modules/preact/index.js': 'module',
    '.git/HEAD': 'ref: refs/heads/main',
  };

  it('writes the Chrome zip, the Firefox xpi and the sources, each with its manifest at the root', async () => {
    await put(root, {
      'dist/manifest.json': '{"manifest_version":3,"background":{"service_worker":"sw.js"}}',
      'dist/assets/sw.js': 'chrome',
      'dist-firefox/manifest.json': '{"manifest_version":3,"background":{"scripts":["bg.js"]}}',
      'dist-firefox/assets/bg.js': 'firefox',
      ...SOURCES,
    });
    const out = join(root, 'packages');
    const paths = await writeStorePackages({ root, outDir: out, sources: Object.keys(SOURCES), version: '1.2.3', nodeVersion: '20.0.0', npmVersion: '10.0.0' });
    expect(paths).toEqual({
      chrome: join(out, 'docclip-chrome-1.2.3.zip'),
      firefox: join(out, 'docclip-firefox-1.2.3.xpi'),
      source: join(out, 'docclip-source-1.2.3.zip'),
    });

    const chrome = await readZip(paths.chrome);
    expect(Object.keys(chrome).sort()).toEqual(['assets/sw.js', 'manifest.json']);
    expect(JSON.parse(chrome['manifest.json']!).background).toEqual({ service_worker: 'sw.js' });

    const firefox = await readZip(paths.firefox);
    expect(Object.keys(firefox).sort()).toEqual(['assets/bg.js', 'manifest.json']);
    expect(firefox['assets/bg.js']).toBe('firefox');

    const source = await readZip(paths.source);
    expect(Object.keys(source).sort()).toEqual(['SOURCE-README.md', 'corpus/labels.json', 'package.json', 'src/background/index.ts']);
    expect(source['SOURCE-README.md']).toContain('npm ci\nnpm run build:firefox');
    expect(source['SOURCE-README.md']).toContain('Node.js 20.0.0');
  });

  it('writes nothing when a build is missing', async () => {
    await put(root, { 'dist/manifest.json': '{}', ...SOURCES });
    const out = join(root, 'packages');
    await expect(writeStorePackages({ root, outDir: out, sources: Object.keys(SOURCES), version: '1' })).rejects.toThrow(
      /dist-firefox has no manifest.json: run `npm run build:firefox` first/,
    );
    await expect(readFile(join(out, 'docclip-chrome-1.zip'))).rejects.toThrow();
  });
});

describe('trackedFiles of this repository', () => {
  it('lists the sources and nothing the source archive leaves out', () => {
    const files = trackedFiles('.');
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'src/background/index.ts']));
    expect(files.filter(isExcludedSource)).toEqual([]);
  });
});
