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
import { foldCueText } from './fold-cue-text';
import { splitClauses, type Clause } from './split-clauses';
import { cueCharsIn, findCueIn, mayHaveCue, type Cue } from './target-cues';

/**
 * A clause that heads a list of objectives (本章学习目标, 主要任务：, 工作目标): the clauses after
 * it, up to the end of its line or paragraph and at most MAX_LIST_ITEMS, are targets.
 */
const GOAL_HEADING = /^(?:[本该此]章|本节|本课|本次|今年|明年|年度|下一步)?(?:的)?(?:学习|教学|培训|工作|主要|总体|年度|发展|奋斗|考核)?(?:目标|任务)(?:任务)?[：:]?$/;
const MAX_LIST_ITEMS = 6;
/** A clause that is only a connective, which belongs to the statement after it. */
const CONNECTIVE = /^(?:同时|此外|另外|并且|其次|最后|首先|为此|对此|下一步|其[一二三四五])$/;
/** Cue words of a call on the audience (target-cues.ts), which run on into what they call for. */
const CALL = /^(?:希望|请|号召|动员)/;

/** Whether the clause ending at `end` closes a list: a full stop or a blank line follows. */
function endsList(text: string, end: number): boolean {
  const c = text[end];
  if (c === '。' || c === undefined) return true;
  return c === '\n' && /^\n\s*\n/.test(text.slice(end, end + 3));
}

/** Clauses a lead-in may run on into. */
const MAX_RUN_ON = 2;
/** Fewer CJK characters than this after the cue (deadline removed) make a lead-in. */
const MIN_SUBSTANCE = 3;
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const COLON = '：'.charCodeAt(0);
const ASCII_COLON = ':'.charCodeAt(0);

/**
 * Targets of `text`, sorted by start and non-overlapping; offsets index `text`.
 * `figures` must be `recognizeFigures(text)` (the default) or a sorted subset of it; each
 * target lists those lying wholly inside it. Returns [] when nothing is promised.
 */
export function findTargets(text: string, figures: readonly Figure[] = recognizeFigures(text)): Target[] {
  const clauses = splitClauses(text, figures);
  // Cues are read in simplified characters; offsets are the same in both texts.
  const folded = foldCueText(text);
  const targets: Target[] = [];
  let f = 0;
  /** Items left of a list of objectives under a heading (本章学习目标, | 1、掌握…；2、…。), and the heading. */
  let listLeft = 0;
  let heading = '';
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const body = folded.slice(clause.start, clause.end);
    const chars = cueCharsIn(folded, clause.start, clause.end);
    const found = mayHaveCue(chars) ? findCueIn(body, chars, () => findDeadline(body) !== null) : deadlineLeadIn(body);
    let cueWord = found ? text.substr(clause.start + found.index, found.word.length) : heading;
    const cue = found ?? (listLeft > 0 ? { word: '', index: 0 } : null);
    if (listLeft > 0) listLeft = endsList(text, clause.end) ? 0 : listLeft - 1;
    if (GOAL_HEADING.test(body)) {
      listLeft = MAX_LIST_ITEMS;
      heading = text.slice(clause.start, clause.end);
    }
    if (!cue) continue;
    if (!found) cueWord = heading;
    let { start, end } = bracketAround(body, cue, clause);
    const prev = clauses[i - 1];
    if (start === clause.start && prev && prev.sentence === clause.sentence && CONNECTIVE.test(folded.slice(prev.start, prev.end))) {
      start = prev.start; // 同时, | 完成以下年度任务: the connective belongs to the statement
    }
    if (end === clause.end && (start === clause.start || start === prev?.start)) {
      // Lead-in: run on into the following clauses of the sentence; a call on the audience
      // (希望大家认真领会, | 狠抓落实) runs on into what it calls for.
      let runOn = 0;
      const call = CALL.test(cue.word);
      while (runOn < MAX_RUN_ON && ((call && runOn === 0) || isLeadIn(folded, clause.start, end, cue))) {
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
    const deadline = findDeadline(folded.slice(start, end));
    const at = deadline === null ? -1 : folded.indexOf(deadline, start);
    targets.push({
      text: statement, start, end, cue: cueWord, figures: inside,
      deadline: deadline === null ? null : text.slice(at, at + deadline.length),
    });
  }
  return targets;
}

/**
 * A clause that is nothing but a deadline ending in 前 (10月底前, | …都将用上自来水) is a lead-in:
 * the date is the promise's own deadline. Null for any other clause.
 */
function deadlineLeadIn(body: string): Cue | null {
  if (!body.endsWith('前')) return null;
  const deadline = findDeadline(body);
  return deadline === body ? { word: body, index: 0 } : null;
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

/**
 * True when the statement text[start, end) stops before saying what is promised
 * (力争到2025年, 目标任务：): it ends with a colon; or fewer than MIN_SUBSTANCE CJK characters
 * follow its first cue.word.length characters once the first deadline there is taken out; or
 * the cue is followed by nothing but a deadline, however long the subject before it
 * (全县各乡镇和有关部门力争到2025年). A cue that ends its clause (确定了整改目标, 7月底可全面完成)
 * closes a statement: it is no lead-in. `start` is the clause's start, which `cue.index` counts from.
 */
function isLeadIn(text: string, start: number, end: number, cue: Cue): boolean {
  const last = text.charCodeAt(end - 1);
  if (end > start && (last === COLON || last === ASCII_COLON)) return true;
  if (thinAfter(text, Math.min(start + cue.word.length, end), end, false)) return true;
  return thinAfter(text, Math.min(start + cue.index + cue.word.length, end), end, true);
}

/**
 * Fewer than MIN_SUBSTANCE CJK characters in text[from, end) once its first deadline is taken out;
 * with `needDeadline`, only when there is a deadline to take out.
 */
function thinAfter(text: string, from: number, end: number, needDeadline: boolean): boolean {
  let substance = countCjk(text, from, end);
  if (substance < MIN_SUBSTANCE && !needDeadline) return true;
  // Taking the deadline out of the rest removes exactly its own CJK characters.
  const deadline = findDeadline(text.slice(from, end));
  if (!deadline) return false;
  substance -= countCjk(deadline, 0, deadline.length);
  return substance < MIN_SUBSTANCE;
}

function countCjk(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= CJK_FIRST && c <= CJK_LAST) n++;
  }
  return n;
}
