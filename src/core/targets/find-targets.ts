/**
 * Finds the targets (目标) of a text: clauses that state a goal, task or commitment
 * (DESIGN.md "Highlighting"), with the figures inside them and their deadline.
 *
 * A target is one clause (split at 。；！？ and ，), starting after any list marker:
 * "…已完成招投标,预计今年年底将投入使用;" gives "预计今年年底将投入使用". Two refinements:
 * - a cue inside brackets (…开发(预计招商引资15亿)及…) makes only the bracketed part a target;
 * - a clause that is only a lead-in (力争到2025年, | 目标任务：) runs on into the next clause of
 *   the same sentence, so the target says what is promised.
 */
import type { Figure, Target } from '../types';
import { recognizeFigures } from '../figures/recognize-figures';
import { findDeadline } from './find-deadline';
import { splitClauses, type Clause } from './split-clauses';
import { findCue, type Cue } from './target-cues';

/** Clauses a lead-in may run on into. */
const MAX_RUN_ON = 2;
/** Fewer CJK characters than this after the cue (deadline removed) make a lead-in. */
const MIN_SUBSTANCE = 3;
const CJK = /[\u4e00-\u9fff]/g;

/**
 * Targets of `text`, sorted by start and non-overlapping; offsets index `text`.
 * `figures` must be `recognizeFigures(text)` (the default) or a sorted subset of it; each
 * target lists those lying wholly inside it. Returns [] when nothing is promised.
 */
export function findTargets(text: string, figures: readonly Figure[] = recognizeFigures(text)): Target[] {
  const clauses = splitClauses(text, figures);
  const targets: Target[] = [];
  let f = 0;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const body = text.slice(clause.start, clause.end);
    const cue = findCue(body, findDeadline(body) !== null);
    if (!cue) continue;
    let { start, end } = bracketAround(body, cue, clause);
    if (start === clause.start && end === clause.end) {
      // Lead-in: run on into the following clauses of the sentence.
      let runOn = 0;
      while (runOn < MAX_RUN_ON && isLeadIn(text.slice(start, end), cue, start - clause.start)) {
        const next = clauses[i + 1];
        if (!next || next.sentence !== clause.sentence) break;
        end = next.end;
        i++;
        runOn++;
      }
    }
    const statement = text.slice(start, end);
    while (f < figures.length && figures[f]!.start < start) f++;
    const inside: Figure[] = [];
    for (let k = f; k < figures.length && figures[k]!.start < end; k++) {
      if (figures[k]!.end <= end) inside.push(figures[k]!);
    }
    targets.push({ text: statement, start, end, cue: cue.word, figures: inside, deadline: findDeadline(statement) });
  }
  return targets;
}

/** When the cue sits inside (…) or （…）, the bracketed part; else the whole clause. */
function bracketAround(body: string, cue: Cue, clause: Clause): { start: number; end: number } {
  const open = Math.max(body.lastIndexOf('(', cue.index), body.lastIndexOf('（', cue.index));
  if (open < 0) return { start: clause.start, end: clause.end };
  const closedBefore = Math.max(body.lastIndexOf(')', cue.index), body.lastIndexOf('）', cue.index));
  if (closedBefore > open) return { start: clause.start, end: clause.end };
  const closeAfter = body.slice(cue.index).search(/[)）]/);
  const end = closeAfter < 0 ? body.length : cue.index + closeAfter;
  return { start: clause.start + open + 1, end: clause.start + end };
}

/** True when the clause stops before saying what is promised (力争到2025年, 目标任务：). */
function isLeadIn(statement: string, cue: Cue, cueOffset: number): boolean {
  if (/[：:]$/.test(statement)) return true;
  let rest = statement.slice(cueOffset + cue.word.length);
  const deadline = findDeadline(rest);
  if (deadline) rest = rest.replace(deadline, '');
  return (rest.match(CJK)?.length ?? 0) < MIN_SUBSTANCE;
}
