import * as v from 'valibot';
import type { Clip } from '../types';
import { ClipSchema } from './clip-schema';
import { issueToProblem, problemAt, type ImportProblem } from './describe-issue';

/**
 * The clips of an import file, checked against ClipSchema one at a time as they are iterated,
 * so that the store can write each clip while the next ones are checked (importClips: the
 * browser's storage works in its own process meanwhile). Pure: nothing here writes.
 *
 * Iteration yields every clip normalised (ClipSchema's output), in file order. At the first bad
 * clip or repeated id it checks the REST of the file too, then throws an ImportRefusedError
 * listing the same problems, in the same order, as parseClipsImport gives for the file: the store
 * writes in one transaction, so the throw rolls back everything written before it.
 */
export class CheckedClips implements Iterable<Clip> {
  constructor(private readonly items: readonly unknown[]) {}

  get length(): number {
    return this.items.length;
  }

  *[Symbol.iterator](): Iterator<Clip> {
    const check = new ClipChecker(this.items);
    for (let i = 0; i < this.items.length; i++) {
      const clip = check.at(i);
      if (clip === null) {
        for (let j = i + 1; j < this.items.length; j++) check.at(j);
        const refused = check.refusal();
        throw new ImportRefusedError(refused.problems, refused.more);
      }
      yield clip;
    }
  }

  /**
   * Every clip checked before any is returned: the normalised clips of those that passed, the
   * problems of those that did not (valibot issues with their paths in the file) and one
   * problem per repeated id. The file is good when both lists are empty.
   */
  check(): { clips: Clip[]; issues: v.BaseIssue<unknown>[]; duplicates: ImportProblem[] } {
    const check = new ClipChecker(this.items);
    const clips: Clip[] = [];
    for (let i = 0; i < this.items.length; i++) {
      const clip = check.at(i);
      if (clip !== null) clips.push(clip);
    }
    return { clips, issues: check.issues, duplicates: check.duplicates };
  }

  /** The problems of each clip against ClipSchema (paths `clips[i].…`), none for a repeated id. */
  static issuesOf(items: readonly unknown[]): v.BaseIssue<unknown>[] {
    return new CheckedClips(items).check().issues;
  }
}

/** A refused file: the first MAX_REPORTED_ISSUES problems, and how many more there are. */
export interface ImportRefusal {
  ok: false;
  problems: ImportProblem[];
  more: number;
}

/** At most this many problems are listed for one file; `more` counts the rest. */
export const MAX_REPORTED_ISSUES = 5;

export function refuse(problems: ImportProblem[]): ImportRefusal {
  const shown = problems.slice(0, MAX_REPORTED_ISSUES);
  return { ok: false, problems: shown, more: problems.length - shown.length };
}

/** Thrown by iterating CheckedClips over a bad file: its refusal, as parseClipsImport gives it. */
export class ImportRefusedError extends Error {
  constructor(
    readonly problems: ImportProblem[],
    readonly more: number,
  ) {
    super(`import refused: ${problems.map((p) => `${p.path ?? ''} ${p.code}`).join('; ')}${more > 0 ? ` (+${more})` : ''}`);
    this.name = 'ImportRefusedError';
  }
}

/* Messages come from issueToProblem once the path is complete, so valibot's own are not used. */
const PARSE_CONFIG = { abortEarly: false } as const;

/**
 * Checks clips by index, one parse per clip (no schema walks an array of 100,000), keeping each
 * problem with its path in the file (`clips[i].…`, as issueToProblem expects) and each id
 * (after normalisation) that repeats an earlier one.
 */
class ClipChecker {
  readonly issues: v.BaseIssue<unknown>[] = [];
  readonly duplicates: ImportProblem[] = [];
  private readonly firstIndex = new Map<string, number>();

  constructor(private readonly items: readonly unknown[]) {}

  /** The clip at `i` normalised, or null when it is bad or repeats an earlier id. */
  at(i: number): Clip | null {
    const item = this.items[i];
    const parsed = v.safeParse(ClipSchema, item, PARSE_CONFIG);
    if (!parsed.success) {
      const prefix: v.IssuePathItem[] = [
        { type: 'object', origin: 'value', input: {}, key: 'clips', value: this.items },
        { type: 'array', origin: 'value', input: this.items, key: i, value: item },
      ];
      for (const issue of parsed.issues) this.issues.push({ ...issue, path: [...prefix, ...(issue.path ?? [])] as v.BaseIssue<unknown>['path'] });
      return null;
    }
    const clip = parsed.output;
    const first = this.firstIndex.get(clip.id);
    if (first === undefined) {
      this.firstIndex.set(clip.id, i);
      return clip;
    }
    this.duplicates.push(problemAt(`clips[${i}].id`, 'duplicate-id', [String(first + 1), `clips[${first}].id`, clip.id]));
    return null;
  }

  /** The refusal once every clip was checked: the clips' problems, else the repeated ids. */
  refusal(): ImportRefusal {
    return refuse(this.issues.length > 0 ? this.issues.map(issueToProblem) : this.duplicates);
  }
}
