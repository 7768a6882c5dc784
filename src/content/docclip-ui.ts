import { t } from './extension-api';
import type { HighlightCategory } from '../messages';
import type { ReaderCategory } from '../core/categories';
import { placeBeside, type Edges } from '../core/dom/place-beside';
import { ClipBubble, type BubbleSave } from './clip-bubble';
import { UI_STYLE } from './ui-styles';

/**
 * DocClip's in-page UI: one <docclip-ui> element with an open shadow root, holding the clip
 * button shown beside a selection, the legend (with per-category toggles and the button that
 * opens the figures panel), the panel's container, the notice for pages whose text is drawn,
 * a toast and the figure tooltip. Controls carry `data-action` and act only on trusted
 * events, so a page cannot forge a click that saves a clip.
 */

export interface UiHandlers {
  clip(): void;
  toggle(category: HighlightCategory, visible: boolean): void;
  /** The legend's panel button: opens or closes the figures panel. */
  panel(): void;
  /** The clip bubble's save: the category and note of the clip just saved. */
  annotate(save: BubbleSave): void;
}

export interface LegendCounts {
  figure: number;
  target: number;
  watch: number;
  clip: number;
}

/** A tip with nothing besides its text. */
const NO_MORE: HTMLElement[] = [];

const CATEGORIES: HighlightCategory[] = ['figure', 'target', 'watch', 'clip'];

export class DocClipUi {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private readonly clipButton: HTMLButtonElement;
  private readonly legend: HTMLElement;
  private readonly panelButton: HTMLButtonElement;
  private readonly panelSlot: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly toast: HTMLElement;
  private readonly tip: HTMLElement;
  /** What the tip shows now (showTip). */
  private tipText = '';
  private tipMore: HTMLElement[] = NO_MORE;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the notice's action button does (showNotice's `action`). */
  private noticeAction: (() => void) | null = null;
  private readonly bubble: ClipBubble;
  /** The selection the clip button was last shown beside (the bubble opens beside it too). */
  private lastSelection: Edges = { left: 0, top: 0, right: 0, bottom: 0 };

  constructor(private readonly doc: Document, handlers: UiHandlers) {
    this.host = doc.createElement('docclip-ui');
    this.root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_STYLE); // constructed sheets are not blocked by a page's style-src CSP
    this.root.adoptedStyleSheets = [sheet];
    const box = (this.box = this.el('div', 'box'));
    this.clipButton = this.el('button') as HTMLButtonElement;
    this.clipButton.dataset.action = 'clip';
    this.clipButton.type = 'button';
    this.clipButton.textContent = t('clipButton');
    this.clipButton.title = t('clipButtonTitle');
    this.clipButton.hidden = true;
    this.legend = this.el('div', 'legend');
    this.legend.setAttribute('role', 'group');
    this.legend.setAttribute('aria-label', t('legendLabel'));
    this.panelButton = this.el('button') as HTMLButtonElement;
    this.panelButton.type = 'button';
    this.panelButton.dataset.action = 'panel';
    this.panelButton.textContent = t('panelButton');
    this.panelButton.title = t('panelButtonTitle');
    this.panelButton.setAttribute('aria-expanded', 'false');
    this.panelSlot = this.el('div');
    this.notice = this.el('div', 'notice');
    this.notice.setAttribute('role', 'note');
    this.notice.hidden = true;
    this.toast = this.el('div', 'toast');
    this.toast.setAttribute('role', 'status');
    this.toast.hidden = true;
    this.tip = this.el('div', 'tip');
    this.tip.hidden = true;
    this.bubble = new ClipBubble(doc, (save) => handlers.annotate(save));
    box.append(this.clipButton, this.bubble.element, this.legend, this.panelSlot, this.notice, this.toast, this.tip);
    this.root.append(box);

    // Keep the selection: pressing the button must not collapse it before the click lands.
    this.clipButton.addEventListener('mousedown', (e) => e.preventDefault());
    this.root.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const target = (event.target as Element | null)?.closest('[data-action]');
      const action = target?.getAttribute('data-action');
      if (action === 'clip') handlers.clip();
      else if (action === 'panel') handlers.panel();
      else if (action === 'dismiss-notice') this.notice.hidden = true;
      else if (action === 'notice-action') this.noticeAction?.();
      else if (action?.startsWith('toggle-')) {
        const category = action.slice('toggle-'.length) as HighlightCategory;
        const visible = target!.getAttribute('aria-pressed') !== 'true';
        handlers.toggle(category, visible);
      }
    });
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  unmount(): void {
    this.host.remove();
  }

  /** Shows the clip button beside the selection's end, or hides it (rect null). */
  placeClipButton(rect: DOMRect | null): void {
    if (!rect) {
      this.clipButton.hidden = true;
      return;
    }
    this.lastSelection = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    this.clipButton.hidden = false;
    this.placeBesideSelection(this.clipButton);
  }

  /** Opens the clip bubble for the clip just saved, beside its selection and wholly on screen. */
  openClipBubble(clipId: string, categories: readonly ReaderCategory[]): void {
    this.bubble.open(clipId, categories);
    this.placeBesideSelection(this.bubble.element);
  }

  /** Moves a shown fixed `box` beside the last selection, inside the viewport (placeBeside). */
  private placeBesideSelection(box: HTMLElement): void {
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const { width, height } = box.getBoundingClientRect();
    const at = placeBeside(this.lastSelection, { width, height }, viewport);
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
  }

  renderLegend(counts: LegendCounts, visible: Record<HighlightCategory, boolean>): void {
    const title = this.el('strong');
    title.textContent = 'DocClip';
    const buttons = CATEGORIES.filter((c) => c !== 'watch' || counts.watch > 0).filter((c) => c !== 'clip' || counts.clip > 0).map((category) => {
      const b = this.el('button') as HTMLButtonElement;
      b.type = 'button';
      b.dataset.action = `toggle-${category}`;
      b.setAttribute('aria-pressed', String(visible[category]));
      b.title = t('legendToggleTitle');
      const swatch = this.el('span', `swatch ${category}`);
      const label = this.el('span');
      label.textContent = `${t(`legend_${category}`)} ${counts[category]}`;
      b.append(swatch, label);
      return b;
    });
    this.legend.replaceChildren(title, ...buttons, this.panelButton);
  }

  /** Where the figures panel renders (inside the shadow root). */
  panelContainer(): HTMLElement {
    return this.panelSlot;
  }

  /** Shows the panel's state on the legend (which moves clear of the panel); `focusButton` returns focus to it. */
  setPanelOpen(open: boolean, focusButton = false): void {
    this.box.classList.toggle('panel-open', open);
    this.panelButton.setAttribute('aria-expanded', String(open));
    if (focusButton) this.panelButton.focus();
  }

  /**
   * Shows a note to the reader (with a button that dismisses it, and one for `action` when
   * given: the drawn-page notice's OCR button), or hides it (null).
   */
  showNotice(text: string | null, action?: { label: string; run: () => void }): void {
    const message = this.el('span');
    message.textContent = text ?? '';
    const dismiss = this.el('button') as HTMLButtonElement;
    dismiss.type = 'button';
    dismiss.dataset.action = 'dismiss-notice';
    dismiss.textContent = t('dismissNotice');
    this.noticeAction = action?.run ?? null;
    if (action) {
      const act = this.el('button') as HTMLButtonElement;
      act.type = 'button';
      act.dataset.action = 'notice-action';
      act.textContent = action.label;
      this.notice.replaceChildren(message, act, dismiss);
    } else this.notice.replaceChildren(message, dismiss);
    this.notice.hidden = text === null;
  }

  showToast(text: string): void {
    this.toast.textContent = text;
    this.toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toast.hidden = true), 2500);
  }

  /**
   * Shows `text` (a figure's value) beside the pointer at (x, y), with `more` below it (a figure
   * read by OCR: its confidence and image crop); null hides the tip. Kept inside the window.
   */
  showTip(text: string | null, x = 0, y = 0, more: HTMLElement[] = NO_MORE): void {
    this.tip.hidden = text === null;
    if (text === null) return;
    if (this.tipText !== text || this.tipMore !== more) {
      this.tipText = text;
      this.tipMore = more;
      this.tip.replaceChildren(text, ...more);
    }
    let left = x + 12;
    let top = y + 16;
    if (more.length > 0) {
      // A tip with an image crop is tall: it goes above or left of the pointer where it would leave the window.
      const view = this.doc.defaultView!;
      const { width, height } = this.tip.getBoundingClientRect();
      if (left + width > view.innerWidth) left = Math.max(0, x - 12 - width);
      if (top + height > view.innerHeight) top = Math.max(0, y - 8 - height);
    }
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  private el(tag: string, className?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (className) e.className = className;
    return e;
  }
}
