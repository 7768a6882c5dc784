/**
 * Rows of a long result, loaded in blocks of `blockSize` as the list scrolls to them. The
 * list renders whatever is loaded and a placeholder for the rest; a block is requested once
 * at a time. Loads started before `reset` are dropped when they arrive, so rows of an old
 * query never show under a new one. At most `maxBlocks` blocks are kept: those farthest from
 * the last requested ones go first, so scrolling through 100,000 clips stays within memory.
 */
export type LoadRows<T> = (offset: number, limit: number) => Promise<T[]>;

export class BlockCache<T> {
  private blocks = new Map<number, T[]>();
  /** Blocks of the previous generation, shown until their replacement arrives (see reset). */
  private stale = new Map<number, T[]>();
  private pending = new Set<number>();
  private generation = 0;
  private focus = 0;
  /** The last error of a load, or null; cleared by reset. */
  error: string | null = null;

  constructor(
    private load: LoadRows<T>,
    private readonly onChange: () => void,
    readonly blockSize = 100,
    private readonly maxBlocks = 40,
  ) {}

  /**
   * Forgets every block. With `keepStale` (same query, rows changed by a write) the old rows
   * stay visible until reloaded; without it (a new query) nothing old is shown.
   */
  reset(load: LoadRows<T>, keepStale: boolean): void {
    this.load = load;
    this.stale = keepStale ? new Map([...this.stale, ...this.blocks].slice(-this.maxBlocks)) : new Map();
    this.blocks = new Map();
    this.pending = new Set();
    this.generation += 1;
    this.error = null;
  }

  /** The row at `index`, or undefined while its block is not loaded. */
  get(index: number): T | undefined {
    const block = Math.floor(index / this.blockSize);
    const offset = index % this.blockSize;
    return (this.blocks.get(block) ?? this.stale.get(block))?.[offset];
  }

  /** True when the row's block is loaded for the current generation. */
  isFresh(index: number): boolean {
    return this.blocks.has(Math.floor(index / this.blockSize));
  }

  /** Starts loading the given blocks that are neither loaded nor loading. */
  ensure(blocks: readonly number[]): void {
    if (blocks.length > 0) this.focus = blocks[0]!;
    for (const block of blocks) {
      if (this.blocks.has(block) || this.pending.has(block)) continue;
      this.pending.add(block);
      const generation = this.generation;
      this.load(block * this.blockSize, this.blockSize).then(
        (rows) => {
          if (generation !== this.generation) return;
          this.pending.delete(block);
          this.blocks.set(block, rows);
          this.stale.delete(block);
          this.evict();
          this.onChange();
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          this.pending.delete(block);
          this.error = error instanceof Error ? error.message : String(error);
          this.onChange();
        },
      );
    }
  }

  /** Replaces loaded rows for which `same(row)` holds by `next` (an edit saved elsewhere). */
  replace(same: (row: T) => boolean, next: T): void {
    for (const map of [this.blocks, this.stale]) {
      for (const rows of map.values()) {
        const i = rows.findIndex(same);
        if (i >= 0) rows[i] = next;
      }
    }
    this.onChange();
  }

  private evict(): void {
    if (this.blocks.size <= this.maxBlocks) return;
    const byDistance = [...this.blocks.keys()].sort((a, b) => Math.abs(b - this.focus) - Math.abs(a - this.focus));
    for (const block of byDistance.slice(0, this.blocks.size - this.maxBlocks)) this.blocks.delete(block);
  }
}
