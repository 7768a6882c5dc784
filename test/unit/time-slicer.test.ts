import { describe, expect, it } from 'vitest';
import { timeSlicer } from '../../src/content/yield-to-event-loop';

/** Whether `promise` settles within a few microtask turns (no macrotask in between). */
async function settlesAtOnce(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

describe('timeSlicer', () => {
  it('goes on at once within the budget, yields a macrotask once it is spent, then starts a new slice', async () => {
    let clock = 0;
    const pause = timeSlicer(10, () => clock);
    clock = 9;
    expect(await settlesAtOnce(pause())).toBe(true);
    clock = 10;
    const spent = pause();
    expect(await settlesAtOnce(spent)).toBe(false);
    await spent;
    clock = 19;
    expect(await settlesAtOnce(pause())).toBe(true);
    clock = 20;
    expect(await settlesAtOnce(pause())).toBe(false);
  });
});
