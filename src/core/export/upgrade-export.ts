import { EXPORT_VERSION } from './clips-export';
import { problemAt, type ImportProblem } from './describe-issue';

/**
 * The upgrade path of export documents: a step per version, from version n to n+1, so a
 * file written by an older DocClip is brought to `EXPORT_VERSION` before validation.
 * A step receives the parsed (unvalidated) document of its version and returns the next
 * version's document, with `version` set.
 */
export type UpgradeStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * 1 → 2: version 2 only adds optional fields (the top-level `documents`), so a version 1 file
 * is a version 2 file without them. A version 1 file that has a `documents` field is not one
 * DocClip wrote; it is kept, and validation refuses it if it is not a valid version 2 one.
 */
export const upgradeV1ToV2: UpgradeStep = (doc) => ({ ...doc, version: 2 });

/** 2 → 3: version 3 only adds the optional top-level `settings`, as 2 added `documents`. */
export const upgradeV2ToV3: UpgradeStep = (doc) => ({ ...doc, version: 3 });

export const UPGRADE_STEPS: Readonly<Record<number, UpgradeStep>> = { 1: upgradeV1ToV2, 2: upgradeV2ToV3 };

export type UpgradeResult =
  | { ok: true; doc: Record<string, unknown> }
  | { ok: false; problem: ImportProblem };

/**
 * Brings `doc` (whose `version` is an integer ≥ 1) to version `target`.
 * Refuses, with a problem for the reader (`newer-version`, `unknown-version` at `version`), a version newer than `target` (written by a
 * newer DocClip) or one with no step (never released). Never throws for a step's absence;
 * a step's own exception propagates.
 */
export function upgradeExport(
  doc: Record<string, unknown> & { version: number },
  steps: Readonly<Record<number, UpgradeStep>> = UPGRADE_STEPS,
  target: number = EXPORT_VERSION,
): UpgradeResult {
  if (doc.version > target) {
    return { ok: false, problem: problemAt('version', 'newer-version', [String(doc.version), String(target)]) };
  }
  let current: Record<string, unknown> = doc;
  for (let version = doc.version; version < target; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, problem: problemAt('version', 'unknown-version', [String(version), String(target)]) };
    current = step(current);
  }
  return { ok: true, doc: current };
}
