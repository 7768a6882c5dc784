import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../src/library/block-cache';

/** A loader over 0..total-1 whose loads resolve only when `flush` is called. */
function deferredLoader(total: number) {
  const calls: Array<{ offset: number; limit: number; resolve: () => void; reject: (e: Error) => void }> = [];
  const load = (offset: number, limit: number) =>
    new Promise<number[]>((resolve, reject) => {
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
      calls.push({ offset, limit, resolve: () => resolve(rows), reject });
    });
  const flush = async () => {
    for (const call of calls.splice(0)) call.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { load, calls, flush };
}

describe('BlockCache', () => {
  it('loads each block once and serves its rows', async () => {
    const { load, calls, flush } = deferredLoader(1000);
    let changes = 0;
    const cache = new BlockCache<number>(load, () => changes++, 100);
    cache.ensure([0, 1]);
    cache.ensure([1, 2]);
    expect(calls.map((c) => c.offset)).toEqual([0, 100, 200]);
    expect(cache.get(150)).toBeUndefined();
    await flush();
    expect([cache.get(0), cache.get(150), cache.get(299)]).toEqual([0, 150, 299]);
    expect(changes).toBe(3);
    cache.ensure([1]);
    expect(calls).toHaveLength(0);
  });

  const resets: Array<{ name: string; keepStale: boolean; expectBeforeReload: number | undefined }> = [
    { name: 'a new query shows nothing old', keepStale: false, expectBeforeReload: undefined },
    { name: 'a write keeps old rows until reloaded', keepStale: true, expectBeforeReload: 5 },
  ];
  it.each(resets)('$name', async ({ keepStale, expectBeforeReload }) => {
    const first = deferredLoader(1000);
    const cache = new BlockCache<number>(first.load, () => undefined, 100);
    cache.ensure([0]);
    await first.flush();
    const second = deferredLoader(1000);
    cache.reset(async (offset, limit) => (await second.load(offset, limit)).map((n) => n + 10_000), keepStale);
    expect(cache.get(5)).toBe(expectBeforeReload);
    expect(cache.isFresh(5)).toBe(false);
    cache.ensure([0]);
    await second.flush();
    expect(cache.get(5)).toBe(10_005);
  });

  it('drops a load that finishes after a reset', async () => {
    const { load, flush } = deferredLoader(1000);
    const cache = new BlockCache<number>(load, () => undefined, 100);
    cache.ensure([0]);
    cache.reset(async () => [], false);
    await flush();
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps at most maxBlocks, evicting those farthest from the last request', async () => {
    const { load, flush } = deferredLoader(10_000);
    const cache = new BlockCache<number>(load, () => undefined, 10, 3);
    for (const block of [0, 1, 2, 3, 4]) {
      cache.ensure([block]);
      await flush();
    }
    expect([0, 1, 2, 3, 4].map((b) => cache.isFresh(b * 10))).toEqual([false, false, true, true, true]);
  });

  it('replaces an edited row wherever it is loaded', async () => {
    const { load, flush } = deferredLoader(1000);
    const cache = new BlockCache<number>(load, () => undefined, 100);
    cache.ensure([0]);
    await flush();
    cache.replace((n) => n === 42, -42);
    expect(cache.get(42)).toBe(-42);
  });

  it('reports a failed load and retries it on the next request', async () => {
    const { load, calls } = deferredLoader(1000);
    const cache = new BlockCache<number>(load, () => undefined, 100);
    cache.ensure([0]);
    calls.splice(0)[0]!.reject(new Error('quota'));
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.error).toBe('quota');
    cache.ensure([0]);
    expect(calls).toHaveLength(1);
  });
});
