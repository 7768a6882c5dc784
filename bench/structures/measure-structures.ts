import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { clutterChars, withFirstFrameProbe } from '../../test/harness/first-frame-probe';
import { seedGold } from '../../test/harness/seed-gold';
import { DOCCLIP_HOST, PEER_HOST } from '../page-probes';
import { loadStructure, type StructureLoad } from './load-structure';
import { makeStructurePage, STRUCTURES, type Structure } from './make-structure-page';

/** Where the structure pages are served (the page being measured; see `structureRoutes`). */
export const STRUCTURE_PATH = '/p-900010.html';

/** Fixture-server routes serving whichever structure page is current, under DocClip's host and the peers'. */
export function structureRoutes(): { routes: Record<string, Record<string, () => string>>; show(html: string): void } {
  let current = '';
  const serve = () => current;
  return {
    routes: { [DOCCLIP_HOST]: { [STRUCTURE_PATH]: serve }, [PEER_HOST]: { [STRUCTURE_PATH]: serve } },
    show: (html) => void (current = html),
  };
}

export interface StructureRow {
  structure: Structure;
  chars: number;
  elements: number;
  htmlBytes: number;
  docclip: StructureLoad;
  page: StructureLoad;
  floor: StructureLoad;
}

/**
 * Recognised clutter in a viewport's text: the sample frame's gold clutter (the tip banner, the
 * fold, the footer: test/fixtures/seed) and the page markers `k/N` of the document (N = its blocks).
 */
function clutterCounter(blocks: number): (text: string) => number {
  const phrases = seedGold.clutter.filter((c) => !/^\s*\d+\s*\/\s*\d+\s*$/.test(c));
  const marker = new RegExp(`\\d+/${blocks}(?!\\d)`, 'g');
  return (text) => clutterChars(text, phrases) + [...text.replace(/\s+/g, '').matchAll(marker)].reduce((n, m) => n + m[0].length, 0);
}

/** Each structure: one load with DocClip, one of the page alone, one of the floor (machine time is shared: one run each). */
export async function measureStructures(
  context: BrowserContext,
  show: (html: string) => void,
  log: (what: string) => void,
  only: Structure[] = Object.keys(STRUCTURES) as Structure[],
): Promise<StructureRow[]> {
  const rows: StructureRow[] = [];
  for (const structure of only) {
    const built = makeStructurePage(structure);
    const html = withFirstFrameProbe(built.html);
    show(html);
    const clutter = clutterCounter(built.blocks);
    log(`structure ${structure}: ${built.documentChars} characters, ${built.elements} elements, ${(html.length / 1e6).toFixed(1)} M chars of HTML`);
    const docclip = await loadStructure(context, `http://${DOCCLIP_HOST}${STRUCTURE_PATH}`, 'docclip', clutter);
    const page = await loadStructure(context, `http://${PEER_HOST}${STRUCTURE_PATH}`, 'page', clutter);
    const floor = await loadStructure(context, `http://${PEER_HOST}${STRUCTURE_PATH}`, 'floor', clutter);
    rows.push({ structure, chars: built.documentChars, elements: built.elements, htmlBytes: Buffer.byteLength(html), docclip, page, floor });
  }
  return rows;
}

const ms = (x: number | null) => (x === null ? '—' : `${Math.round(x)}`);

/** The section's Markdown: one row per structure, the targets beside. */
export function structuresSection(rows: StructureRow[], meta: { date: string; load: string; seconds: number }): string {
  const head = '| structure | elements | longest task, DocClip (page alone) ms | tasks > 50 ms | clutter chars at first frame (page alone) | DCL → page\'s first frame ms | DCL → first clean frame, DocClip ms | DCL → docclip:painted ms | DocClip work ms | floor work ms | work ÷ floor |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const body = rows.map((r) => `| ${r.structure} | ${r.elements} | ${ms(r.docclip.longestTaskMs)} (${ms(r.page.longestTaskMs)}) | ${r.docclip.longTasks} | ${r.docclip.clutterAtFirstFrame} (${r.page.clutterAtFirstFrame}) | ${ms(r.page.firstFrameFromDclMs)} | ${ms(r.docclip.cleanFrameFromDclMs)} | ${ms(r.docclip.doneFromDclMs)} | ${ms(r.docclip.workMs)} | ${ms(r.floor.workMs)} | ${(r.docclip.workMs / Math.max(r.floor.workMs, 0.1)).toFixed(1)}× |`).join('\n');
  const structures = (Object.entries(STRUCTURES) as Array<[Structure, string]>).map(([k, v]) => `- \`${k}\`: ${v}`).join('\n');
  return `${SECTION_START}
## Big pages of several structures (first paint)

\`npm run bench:structures\` (also the last part of \`npm run bench\`), ${meta.date}, in ${meta.seconds.toFixed(0)} s; load average ${meta.load} (start / end) — **one run per row on a loaded machine** (2 cores shared with other work): absolute times are inflated and noisy; compare within a row.

The same ≈ 1M-character document (the seed page's sentences in ${rows[0]?.chars ?? 0} characters, page markers \`k/N\` as elements or lines of their own and inside words), in the 三七文档 frame, written in each structure (\`bench/structures/make-structure-page.ts\`):
${structures}

Each page carries the page's own first-frame probe (\`test/harness/first-frame-probe.ts\`, an inline script first in \`<head>\`): at the first animation frame whose viewport shows text, and the ${90} frames after it, it reads the text visible in the viewport. Recognised clutter = the frame's gold clutter (\`test/fixtures/seed\`) and the markers \`k/N\`. "Page alone" is the same page under a host DocClip does not match. The longest task is from navigation start to 1.5 s after \`docclip:painted\` (the parser's tasks, in which DocClip's early cleaning runs, included; the page alone shows the parser's share). DocClip's work = its MutationObserver callbacks while the page was parsed (\`docclip:early-clean\`) + \`docclip:start\` → \`docclip:painted\`; the floor is bench/big-page-load.ts's one-regex Highlight pass at DOMContentLoaded.

${head}
${body}
${SECTION_END}
`;
}

const SECTION_START = '<!-- bench:structures -->';
const SECTION_END = '<!-- /bench:structures -->';

/** Writes the section into `file`, replacing the one there (or appended at the end); the rest of the file is left as it is. */
export function writeStructuresSection(file: string, section: string): void {
  const md = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = md.indexOf(SECTION_START);
  const end = md.indexOf(SECTION_END);
  const next = start >= 0 && end > start ? md.slice(0, start) + section.trimEnd() + md.slice(end + SECTION_END.length) : `${md.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
}
