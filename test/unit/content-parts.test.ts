import { afterEach, describe, expect, it } from 'vitest';
import { loadPart, registerPart, type ContentParts } from '../../src/content/content-parts';

const shelf = globalThis as { __docclipParts?: unknown };
const fakePanel = { FiguresPanel: class {} } as unknown as ContentParts['figures-panel'];

describe('loadPart', () => {
  afterEach(() => {
    delete shelf.__docclipParts;
  });

  it('runs the part once and resolves with what it registered; later calls reuse it', async () => {
    let runs = 0;
    const run = async () => {
      runs++;
      registerPart('figures-panel', fakePanel);
    };
    const [a, b] = await Promise.all([loadPart('figures-panel', run), loadPart('figures-panel', run)]);
    expect(a).toBe(fakePanel);
    expect(b).toBe(fakePanel);
    expect(await loadPart('figures-panel', run)).toBe(fakePanel);
    expect(runs).toBe(1);
  });

  it('rejects when the script ran but registered nothing, and tries again on the next call', async () => {
    let runs = 0;
    await expect(loadPart('mark-fallback', async () => void runs++)).rejects.toThrow(/mark-fallback did not load/);
    await expect(loadPart('mark-fallback', () => Promise.reject(new Error('no host permission')))).rejects.toThrow('no host permission');
    const part = { wrapRanges: () => () => undefined } as unknown as ContentParts['mark-fallback'];
    expect(await loadPart('mark-fallback', async () => registerPart('mark-fallback', part))).toBe(part);
    expect(runs).toBe(1);
  });
});
