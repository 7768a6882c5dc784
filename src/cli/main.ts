import { readFile, stat } from 'node:fs/promises';
import { analyze } from './analyze';
import { analyzeImages, isImagePath, pageImages } from './analyze-images';

const USAGE = `usage: docclip analyze FILE [--url URL]
  FILE   a saved page (.html), copied text (.txt), a page image (.png, .jpg) or a folder of
         page images (read with OCR, in natural order); - reads standard input
  --url  the page's address (chooses the site profile)
prints JSON: site, title, text, removed, figures, targets; for page images also source "ocr",
pages, and each figure's page and OCR confidence`;

/** Runs the command line; returns the exit code. */
/** Where the command writes and reads. */
export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    io.out.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'analyze') {
    io.err.write(`docclip: unknown command ${command ?? '(none)'}\n${USAGE}\n`);
    return 2;
  }
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--url') url = rest[++i];
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (file === undefined) file = arg;
    else {
      io.err.write(`docclip: unexpected argument ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  if (file === undefined || (url !== undefined && !/^https?:\/\//.test(url))) {
    io.err.write(`docclip: ${file === undefined ? 'FILE is missing' : `--url must be an http(s) URL, got ${url}`}\n${USAGE}\n`);
    return 2;
  }
  if (file !== '-' && (isImagePath(file) || (await isFolder(file)))) return analyzeImageFiles(file, url, io);
  let input: string;
  try {
    input = file === '-' ? await readStdin(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    io.err.write(`docclip: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const html = file.endsWith('.html') || file.endsWith('.htm') ? true : file.endsWith('.txt') ? false : undefined;
  io.out.write(JSON.stringify(analyze(input, { url, html }), null, 2) + '\n');
  return 0;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function analyzeImageFiles(path: string, url: string | undefined, io: CliIo): Promise<number> {
  let files: string[];
  try {
    files = await pageImages(path);
  } catch (error) {
    io.err.write(`docclip: cannot read ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  // The models load only for images: text and HTML analysis never pays for them.
  const { loadNodeModels } = await import('./node-ocr');
  try {
    const result = await analyzeImages(files, await loadNodeModels(), { url });
    io.out.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } catch (error) {
    io.err.write(`docclip: cannot read ${path}: ${(error as Error).message}\n`);
    return 1;
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
