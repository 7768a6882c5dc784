// Renders test/fixtures/ocr/figures-page.txt into figures-page.jpg (an 800 px JPEG page at
// quality 70, as 原创力/金锄头 show pages): the CLI's OCR test reads it back.
//   flock /tmp/docclip-browser.lock npx tsx scripts/ocr/render-fixture.ts
import { readFile, writeFile } from 'node:fs/promises';
import { paragraphsOf, renderPages } from './render-pages';

const dir = 'test/fixtures/ocr';
const [page] = await renderPages(paragraphsOf(await readFile(`${dir}/figures-page.txt`, 'utf8')), {
  width: 800,
  dpr: 1,
  fontSize: 18,
  type: 'jpeg',
  quality: 0.7,
  linesPerPage: 8,
});
await writeFile(`${dir}/figures-page.jpg`, page!.bytes);
console.log(`${dir}/figures-page.jpg: ${page!.lines.length} lines, ${page!.bytes.length} bytes`);
