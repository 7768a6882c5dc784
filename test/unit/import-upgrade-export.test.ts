import { describe, expect, it } from 'vitest';
import { upgradeExport, type UpgradeStep } from '../../src/core/export/upgrade-export';

const steps: Record<number, UpgradeStep> = {
  1: (doc) => ({ ...doc, version: 2, items: doc.clips }),
  2: (doc) => ({ ...doc, version: 3, renamed: true }),
};

describe('upgradeExport', () => {
  it('returns a document of the current version as it is', () => {
    const doc = { version: 3, clips: [] };
    expect(upgradeExport(doc)).toEqual({ ok: true, doc });
  });

  it('brings a version 1 file (no documents) and a version 2 file (no settings) to version 3 unchanged otherwise', () => {
    expect(upgradeExport({ version: 1, clips: ['a'] })).toEqual({ ok: true, doc: { version: 3, clips: ['a'] } });
    expect(upgradeExport({ version: 2, documents: [], clips: ['a'] })).toEqual({ ok: true, doc: { version: 3, documents: [], clips: ['a'] } });
  });

  it('applies every step from the file version to the target, in order', () => {
    const result = upgradeExport({ version: 1, clips: ['a'] }, steps, 3);
    expect(result).toEqual({ ok: true, doc: { version: 3, clips: ['a'], items: ['a'], renamed: true } });
  });

  it('refuses a version newer than the target', () => {
    const result = upgradeExport({ version: 4 }, steps, 3);
    expect(result).toEqual({ ok: false, problem: { code: 'newer-version', path: 'version', clip: null, params: ['4', '3'] } });
  });

  it('refuses a version with no upgrade step', () => {
    const result = upgradeExport({ version: 1 }, { 2: steps[2]! }, 3);
    expect(result).toEqual({ ok: false, problem: { code: 'unknown-version', path: 'version', clip: null, params: ['1', '3'] } });
  });
});
