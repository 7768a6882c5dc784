import { t, tCount } from './extension-api';
import {
  describeFigureRows, figureRowsToCsv, groupFigureRows, sentenceAround, type FigureGroup, type FigureRow, type FigureRowKind,
} from '../core/figures/figures-table';
import type { TextMap } from '../core/dom/text-map';
import type { PageAnalysis } from './page-analysis';
import { highlightApiAvailable, paintRanges, type Unpaint } from './paint-highlights';
import { adoptPanelStyles } from './panel-styles';
import { keepingPlace, revealRange } from './reveal-range';

/**
 * The figures panel: a side panel in <docclip-ui>'s shadow root listing every figure and target
 * of the page, grouped (see GROUP_ORDER), each with its context. A row scrolls the page to its
 * span and flashes it (highlight `docclip-focus`); its clip button saves the figure's sentence
 * (or the target) as a clip; the header copies the whole list as CSV.
 *
 * Rows are computed only while the panel is open, and each group renders PAGE_SIZE rows at a
 * time, so a page with tens of thousands of figures opens at once. Controls act only on
 * trusted events; all text is set with textContent.
 */

export interface PanelHandlers {
  /** Saves the span [start, end) of the analysed page text as a clip. */
  clip(start: number, end: number): void;
  /** The panel opened or closed; `hadFocus` when focus was inside it as it closed. */
  toggled(open: boolean, hadFocus: boolean): void;
  /** Says something short to the reader (a toast). */
  say(text: string): void;
  /**
   * The DOM Ranges of spans of a text map, as the content script's painter sees the page now
   * (text-ranges.ts `rangesFor`: the <mark> painter splits text nodes). Handed in: the panel is a
   * part loaded on its own (content-parts.ts) and shares no module state with the painter.
   */
  ranges(map: TextMap, spans: Array<{ start: number; end: number }>): Range[];
}

/** Rows a group renders at first and on each "show more". */
export const PAGE_SIZE = 200;
/** How long a row's span stays flashed after the page scrolls to it (ms). */
const FLASH_MS = 1600;
/**
 * Where the page is wide enough, the open panel docks: the attribute on <html> makes page.css
 * give the page a right margin as wide as the panel, so no text (and no flashed span) lies
 * under it; the reader's place is kept across the reflow. Narrower, the panel lies over the page and closes when it scrolls to a row.
 * Keep the query in step with page.css.
 */
const DOCKED_ATTRIBUTE = 'data-docclip-panel';
const DOCK_QUERY = '(min-width: 800px)';

export class FiguresPanel {
  private readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly manual: HTMLElement;
  private readonly csvText: HTMLTextAreaElement;
  private readonly scroller: HTMLElement;
  private analysis: PageAnalysis | null = null;
  private groups: FigureGroup[] | null = null;
  private readonly shown = new Map<FigureRowKind, number>();
  private readonly rowOf = new WeakMap<Element, FigureRow>();
  private unflash: Unpaint | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && !event.defaultPrevented) this.close();
  };

  constructor(
    private readonly doc: Document,
    container: HTMLElement,
    private readonly source: { title: string; url: string },
    private readonly handlers: PanelHandlers,
  ) {
    this.element = this.el('aside', 'panel');
    this.element.setAttribute('aria-labelledby', 'docclip-panel-title');
    this.element.hidden = true;
    const header = this.el('header');
    this.heading = this.el('h2', '', t('panelTitle'));
    this.heading.id = 'docclip-panel-title';
    this.heading.tabIndex = -1;
    const copy = this.button('copy-csv', t('copyCsv'));
    const close = this.button('close', '×');
    close.setAttribute('aria-label', t('panelClose'));
    close.title = t('panelClose');
    this.counts = this.el('p', 'counts');
    this.counts.setAttribute('aria-live', 'polite');
    this.manual = this.el('div', 'manual');
    this.manual.hidden = true;
    this.csvText = this.el('textarea') as HTMLTextAreaElement;
    this.csvText.readOnly = true;
    this.csvText.setAttribute('aria-label', t('copyCsv'));
    this.manual.append(this.el('p', '', t('csvCopyByHand')), this.csvText);
    header.append(this.heading, copy, close, this.counts, this.manual);
    this.scroller = this.el('div', 'scroll');
    this.element.append(header, this.scroller);
    adoptPanelStyles(container);
    container.append(this.element);
    this.element.addEventListener('click', (event) => this.onClick(event));
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  toggle(): void {
    if (this.open) this.close();
    else this.show();
  }

  show(): void {
    if (this.open) return;
    this.element.hidden = false;
    keepingPlace(this.doc, () => this.doc.documentElement.setAttribute(DOCKED_ATTRIBUTE, ''));
    this.doc.addEventListener('keydown', this.onKey);
    this.render();
    this.heading.focus();
    this.handlers.toggled(true, false);
  }

  close(): void {
    if (!this.open) return;
    const root = this.element.getRootNode() as ShadowRoot | Document;
    const hadFocus = this.element.contains(root.activeElement);
    this.element.hidden = true;
    this.manual.hidden = true;
    keepingPlace(this.doc, () => this.doc.documentElement.removeAttribute(DOCKED_ATTRIBUTE));
    this.doc.removeEventListener('keydown', this.onKey);
    this.stopFlash();
    this.handlers.toggled(false, hadFocus);
  }

  /** Takes a new analysis of the page (null when DocClip is off); re-renders if open. */
  update(analysis: PageAnalysis | null): void {
    if (analysis === this.analysis) return;
    this.analysis = analysis;
    this.groups = null;
    if (this.open) this.render();
  }

  private rows(): FigureGroup[] {
    if (!this.groups) {
      const a = this.analysis;
      this.groups = a ? groupFigureRows(describeFigureRows(a.map.text, a.figures, a.targets)) : [];
    }
    return this.groups;
  }

  private render(): void {
    const groups = this.rows();
    const targets = groups.find((g) => g.kind === 'target')?.rows.length ?? 0;
    const figures = groups.reduce((n, g) => n + g.rows.length, 0) - targets;
    this.counts.textContent = `${tCount('panelFigureCount', figures)} · ${tCount('panelTargetCount', targets)}`;
    const top = this.scroller.scrollTop;
    const focused = this.focusedRow();
    if (groups.length === 0) this.scroller.replaceChildren(this.el('p', 'empty', t('panelEmpty')));
    else this.scroller.replaceChildren(...groups.map((g) => this.renderGroup(g)));
    this.scroller.scrollTop = top;
    if (focused) this.refocus(focused);
  }

  /** The row and control holding focus, so a re-render (after a clip is saved) can keep it. */
  private focusedRow(): { kind: FigureRowKind; start: number; action: string } | null {
    const active = (this.element.getRootNode() as ShadowRoot | Document).activeElement;
    const li = active && this.scroller.contains(active) ? active.closest('li') : null;
    const row = li ? this.rowOf.get(li) : undefined;
    return row ? { kind: row.kind, start: row.start, action: active!.getAttribute('data-action') ?? '' } : null;
  }

  private refocus(at: { kind: FigureRowKind; start: number; action: string }): void {
    for (const li of this.scroller.querySelectorAll(`[data-kind="${at.kind}"] li`)) {
      const row = this.rowOf.get(li);
      if (row?.start !== at.start) continue;
      li.querySelector<HTMLElement>(`[data-action="${at.action}"]`)?.focus({ preventScroll: true });
      return;
    }
  }

  private renderGroup(group: FigureGroup): HTMLElement {
    const section = this.el('section');
    section.dataset.kind = group.kind;
    const heading = this.el('h3');
    const name = group.kind === 'target' ? t('legend_target') : t(`figureKind_${group.kind}`);
    heading.append(this.el('span', `swatch ${group.kind === 'target' ? 'target' : 'figure'}`), `${name} ${group.rows.length}`);
    const list = this.el('ol');
    const limit = Math.min(group.rows.length, this.shown.get(group.kind) ?? PAGE_SIZE);
    for (let i = 0; i < limit; i++) list.append(this.renderRow(group.rows[i]!));
    section.append(heading, list);
    const rest = group.rows.length - limit;
    if (rest > 0) {
      const more = this.button('more', t('showMore', [String(Math.min(rest, PAGE_SIZE)), String(rest)]));
      more.dataset.kind = group.kind;
      section.append(more);
    }
    return section;
  }

  private renderRow(row: FigureRow): HTMLElement {
    const li = this.el('li', row.kind === 'target' ? 'is-target' : '');
    const go = this.button('goto', '');
    go.className = 'goto';
    go.title = t('gotoTitle');
    const head = this.el('span', 'head');
    head.append(this.el('strong', '', row.text));
    if (row.kind !== 'target') {
      const parsed = row.label.startsWith(row.text) ? row.label.slice(row.text.length).trim() : row.label;
      head.append(this.el('span', 'value', parsed));
      go.append(head, this.el('span', 'context', row.context));
    } else {
      go.append(head, this.el('span', 'context', row.label));
    }
    const clip = this.button('clip-row', t('clipButton'));
    clip.title = t(row.kind === 'target' ? 'clipTargetTitle' : 'clipSentenceTitle');
    li.append(go, clip);
    this.rowOf.set(li, row);
    return li;
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted) return;
    const control = (event.target as Element | null)?.closest('[data-action]');
    const action = control?.getAttribute('data-action');
    if (!control || !action) return;
    const row = this.rowOf.get(control.closest('li') ?? control);
    if (action === 'close') this.close();
    else if (action === 'copy-csv') void this.copyCsv();
    else if (action === 'more') this.showMore(control.getAttribute('data-kind') as FigureRowKind);
    else if (action === 'goto' && row) this.goTo(row);
    else if (action === 'clip-row' && row) this.clipRow(row);
  }

  /** Renders the group's next PAGE_SIZE rows and moves focus to the first of them. */
  private showMore(kind: FigureRowKind): void {
    const before = this.shown.get(kind) ?? PAGE_SIZE;
    this.shown.set(kind, before + PAGE_SIZE);
    this.render();
    this.scroller.querySelector<HTMLElement>(`[data-kind="${kind}"] li:nth-child(${before + 1}) .goto`)?.focus();
  }

  /** Scrolls the page so the row's span is centred, and flashes it. */
  private goTo(row: FigureRow): void {
    const a = this.analysis;
    const [range] = a ? this.handlers.ranges(a.map, [row]) : [];
    if (!range?.startContainer.isConnected) {
      this.handlers.say(t('notOnPage'));
      return;
    }
    if (!this.doc.defaultView?.matchMedia(DOCK_QUERY).matches) this.close();
    revealRange(range);
    this.flash(range);
  }

  private flash(range: Range): void {
    this.stopFlash();
    // Only with the Highlight API: the <mark> fallback would split the page's text nodes.
    if (!highlightApiAvailable()) return;
    this.unflash = paintRanges('docclip-focus', [range]);
    CSS.highlights.get('docclip-focus')!.priority = 1; // above the figure highlight, even after a repaint
    this.flashTimer = setTimeout(() => this.stopFlash(), FLASH_MS);
  }

  private stopFlash(): void {
    clearTimeout(this.flashTimer);
    this.unflash?.();
    this.unflash = null;
  }

  private clipRow(row: FigureRow): void {
    const a = this.analysis;
    if (!a) return;
    const span = row.kind === 'target' ? row : sentenceAround(a.map.text, row.start, row.end);
    this.handlers.clip(span.start, span.end);
  }

  /** Copies every row (not only those rendered) as CSV; where the clipboard refuses, shows it to copy by hand. */
  private async copyCsv(): Promise<void> {
    const rows = this.rows().flatMap((g) => g.rows);
    // The byte-order mark is for files; pasted, it would stick to the first cell.
    const csv = figureRowsToCsv(rows, this.source).replace(/^\uFEFF/, '');
    try {
      // Missing on pages that are not a secure context (http://): the fallback below.
      await this.doc.defaultView!.navigator.clipboard.writeText(csv);
      this.manual.hidden = true;
      this.handlers.say(tCount('csvCopied', rows.length));
    } catch {
      this.csvText.value = csv;
      this.manual.hidden = false;
      this.csvText.focus();
      this.csvText.select();
    }
  }

  private button(action: string, text: string): HTMLButtonElement {
    const b = this.el('button', '', text) as HTMLButtonElement;
    b.type = 'button';
    b.dataset.action = action;
    return b;
  }

  private el(tag: string, className = '', text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
}
