import { isHiddenOrOwn } from '../core/dom/apply-clean-plan';
import { finishedRoots, insertionPoint } from '../core/dom/parsed-so-far';
import { selectorStylesheet } from '../core/sites/selector-stylesheet';
import type { SiteProfile } from '../core/sites/site-profile';
import { CHUNK_CHARS } from './chunk-size';
import type { PageSession } from './page-session';

/**
 * How long one observer callback cleans before it leaves the rest to the next (ms): the parser
 * and the page's first frame wait for it.
 */
const CALLBACK_MS = 15;
/**
 * Characters of text cleaned while the page is parsed; past them the observer stops and the
 * first pass over the parsed page does the rest. The parser inserts in reading order, so this
 * covers the first screens (a screen of a document page holds well under 5,000 characters) and
 * keeps the work done twice (here, and by the pass, which reads the whole page) small.
 */
export const PARSE_TIME_CHARS = 60_000;
/**
 * Past PARSE_TIME_CHARS, small children of <body> (a fixed toast, a footer or a nag at the end of
 * the page, which can be on the first screen wherever they are parsed) are still cleaned as they
 * come, up to LATE_CHARS in all; the rest waits for the first pass, which keeps these cleanings
 * (PageSession `late`).
 */
const LATE_BLOCK_CHARS = 400;
const LATE_CHARS = 4_000;

/**
 * Cleans the page while the browser parses it, so that the first frame the reader sees is
 * already clean: started by the content script at document_start, before any of the page is
 * built.
 *
 *   at once      the profile's selectors as a stylesheet (SelectorStyles): named clutter is never drawn
 *   each parser  MutationObserver callback (a microtask after the parser's insertions, before the
 *   batch        browser can draw them) ─► the blocks the parser has finished (parsed-so-far.ts)
 *                ─► session.cleanParsed: phrase clutter hidden, markers cut, as for arrivals
 *   parsed       `finish` (the content script's boot, at DOMContentLoaded): the first pass takes over
 *
 * Blocks the parser has not closed yet are cleaned once it has (or by the first pass).
 *
 * Its own time is measured (`docclip:parse-time-cleaning`, a performance measure as long as all
 * its callbacks together, made by `finish`), since it runs inside the parser's tasks.
 */
export class ParseTimeCleaner {
  private observer: MutationObserver | null;
  /** Open elements that hold inserted nodes, and finished blocks the last callback had no time for. */
  private waiting: Element[] = [];
  private chars = 0;
  private lateChars = 0;
  /** Past the budget: only small children of <body> are cleaned (LATE_BLOCK_CHARS). */
  private late = false;
  /** The time its callbacks took, and when the first began. */
  private readonly spent = { ms: 0, longest: 0, callbacks: 0, first: NaN };

  constructor(
    private readonly doc: Document,
    private readonly session: PageSession,
    private readonly styles: SelectorStyles,
  ) {
    styles.attach();
    this.observer = new MutationObserver((records) => this.cleanInserted(records));
    this.observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('readystatechange', this.onReadyState);
  }

  private readonly onReadyState = () => {
    if (this.doc.readyState !== 'loading') this.parsed();
  };

  /** Stops cleaning as the parser inserts (the page is parsed, or DocClip is off here). Idempotent. */
  finish(): void {
    this.doc.removeEventListener('readystatechange', this.onReadyState);
    const watching = this.observer !== null;
    this.observer?.disconnect();
    this.observer = null;
    this.waiting = [];
    const { ms, longest, callbacks, first } = this.spent;
    if (watching && callbacks > 0) {
      performance.measure('docclip:parse-time-cleaning', { start: first, duration: ms, detail: { callbacks, longest } });
    }
  }

  private cleanInserted(records: MutationRecord[]): void {
    this.timed(() => {
      this.styles.attach(); // when the script ran before the document had a root element
      this.clean(this.withWaiting(records), performance.now() + CALLBACK_MS);
    });
  }

  private timed(work: () => void): void {
    const start = performance.now();
    work();
    const ms = performance.now() - start;
    if (this.spent.callbacks++ === 0) this.spent.first = start;
    this.spent.ms += ms;
    this.spent.longest = Math.max(this.spent.longest, ms);
  }

  /** The nodes the records inserted (elements, and text that is not only white space), after those waiting. */
  private withWaiting(records: MutationRecord[]): Node[] {
    const added: Node[] = [...this.waiting];
    for (const record of records) {
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.nodeType === Node.TEXT_NODE ? /\S/.test((node as Text).data) : node.nodeType === Node.ELEMENT_NODE) added.push(node);
      }
    }
    return added;
  }

  /**
   * The parser is done (readyState left "loading"; DOMContentLoaded comes a task later, and a
   * frame may be drawn between): everything it inserted is finished, and what waited is cleaned
   * now, up to PARSE_TIME_CHARS in all.
   */
  private parsed(): void {
    if (!this.observer) return;
    this.timed(() => this.clean(this.withWaiting(this.observer!.takeRecords()), Infinity, true));
    this.finish();
  }

  /** Cleans the finished blocks holding `added`, in document order, until `deadline`; keeps the rest waiting. */
  private clean(added: Node[], deadline: number, done = false): void {
    const body = this.doc.body;
    if (!body) return;
    const { roots, open } = finishedRoots(added, body, done ? null : insertionPoint(this.doc));
    const todo = roots.filter((r) => r.isConnected && !isHiddenOrOwn(r) && !r.closest('docclip-ui'));
    // In runs of up to a chunk's worth of blocks, so that the deadline is looked at between them.
    let n = 0;
    while (n < todo.length && this.chars < PARSE_TIME_CHARS && performance.now() < deadline) {
      const run: Element[] = [];
      for (let chars = 0; n < todo.length && (run.length === 0 || chars < CHUNK_CHARS); n++) {
        run.push(todo[n]!);
        chars += todo[n]!.textContent?.length ?? 0;
      }
      const { chars, all } = this.session.cleanParsed(run, PARSE_TIME_CHARS - this.chars);
      // The budget is spent once a chunk does not fit: the first pass cleans the document from there on.
      this.chars = all ? this.chars + chars : PARSE_TIME_CHARS;
    }
    if (this.chars >= PARSE_TIME_CHARS && !this.late) this.watchFrameOnly(body);
    for (; n < todo.length && this.chars >= PARSE_TIME_CHARS && this.lateChars < LATE_CHARS && performance.now() < deadline; n++) {
      const chars = todo[n]!.textContent?.length ?? 0;
      // Only the page's frame (children of <body>): a small block inside the document is cleaned with its neighbours by the pass.
      if (chars > LATE_BLOCK_CHARS || todo[n]!.parentElement !== body) continue;
      this.session.cleanParsed([todo[n]!], LATE_BLOCK_CHARS, true);
      this.lateChars += Math.max(chars, 1);
    }
    this.waiting = [...open, ...todo.slice(n)];
    if (this.late) this.waiting = this.waiting.filter((e) => e.parentNode === body);
    this.observer?.takeRecords(); // nothing of our own cleaning is an insertion to clean
    if (this.lateChars >= LATE_CHARS) this.finish();
  }

  /**
   * The budget is spent: from now on only the children of <body> are watched (what the parser
   * inserts into the document's blocks waits for the first pass), so that each of its later
   * insertions costs the observer nothing.
   */
  private watchFrameOnly(body: HTMLElement): void {
    this.late = true;
    if (!this.observer) return;
    this.observer.disconnect();
    this.observer.observe(body, { childList: true });
  }
}

/**
 * The profile's clutter selectors as a stylesheet of the page (selector-stylesheet.ts), in place
 * from document_start while DocClip is on: elements the profile names are never drawn, even
 * before the cleaning pass marks them hidden. `detach` when DocClip is turned off here.
 */
export class SelectorStyles {
  private readonly css: string;
  private style: HTMLStyleElement | null = null;

  constructor(
    private readonly doc: Document,
    profile: SiteProfile,
  ) {
    this.css = selectorStylesheet(profile);
  }

  /** Puts the stylesheet in the page (once it has a root element); does nothing when it is there or there are no rules. */
  attach(): void {
    if (!this.css || this.style?.isConnected) return;
    const parent = this.doc.head ?? this.doc.documentElement;
    if (!parent) return;
    this.style ??= Object.assign(this.doc.createElement('style'), { textContent: this.css });
    this.style.setAttribute('data-docclip-selectors', '');
    parent.appendChild(this.style);
  }

  detach(): void {
    this.style?.remove();
  }
}
