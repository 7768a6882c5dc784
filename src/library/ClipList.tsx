import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../browser';
import type { Clip } from '../core/types';
import type { BlockCache } from './block-cache';
import { blocksCovering, layoutWindow } from './window-range';

/** Every row of the list is this tall (px); the row's CSS keeps its content inside. */
export const ROW_HEIGHT = 184;
const OVERSCAN = 4;
/** Wait this long after scrolling stops before loading blocks, so a fast drag does not load every block on the way. */
const LOAD_DELAY_MS = 50;

interface Props {
  cache: BlockCache<Clip>;
  count: number;
  /** Changes when the query or the rows changed; a new query also scrolls back to the top. */
  resetKey: string;
  queryKey: string;
  renderRow: (clip: Clip | undefined, index: number, top: number) => ComponentChildren;
}

/** A windowed list: only the rows in (and just around) the viewport are in the DOM. */
export function ClipList({ cache, count, resetKey, queryKey, renderRow }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const frame = useRef(0);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [queryKey]);

  const layout = layoutWindow({ count, rowHeight: ROW_HEIGHT, scrollTop, viewportHeight: viewport, overscan: OVERSCAN });

  useEffect(() => {
    const timer = setTimeout(() => cache.ensure(blocksCovering(layout.start, layout.end, cache.blockSize)), LOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cache, layout.start, layout.end, resetKey]);

  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (scroller.current) setScrollTop(scroller.current.scrollTop);
    });
  };

  const rows: ComponentChildren[] = [];
  for (let i = layout.start; i < layout.end; i++) rows.push(renderRow(cache.get(i), i, i * ROW_HEIGHT - layout.shift));

  return (
    <div class="list-scroller" ref={scroller} onScroll={onScroll}>
      <ul class="list-spacer" aria-label={t('clipListLabel')} style={{ height: `${layout.spacerHeight}px` }}>
        {rows}
      </ul>
      {cache.error !== null && (
        <p class="error list-error" role="status">
          {cache.error}
        </p>
      )}
    </div>
  );
}
