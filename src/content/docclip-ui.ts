import { t } from '../browser';
import type { HighlightCategory } from '../messages';

/**
 * DocClip's in-page UI: one <docclip-ui> element with an open shadow root, holding the clip
 * button shown beside a selection, the legend (with per-category toggles), the notice for
 * pages whose text is drawn, a toast and the figure tooltip. Controls carry `data-action` and
 * act only on trusted events, so a page cannot forge a click that saves a clip.
 */

export interface UiHandlers {
  clip(): void;
  toggle(category: HighlightCategory, visible: boolean): void;
}

export interface LegendCounts {
  figure: number;
  target: number;
  watch: number;
  clip: number;
}

const CATEGORIES: HighlightCategory[] = ['figure', 'target', 'watch', 'clip'];

const STYLE = `
:host { all: initial; }
.box { font: 13px/1.4 system-ui, "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; }
button { font: inherit; cursor: pointer; }
[data-action="clip"] { position: fixed; z-index: 2147483647; padding: 4px 10px; border: 0; border-radius: 6px;
  background: #0b57d0; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
[data-action="clip"]:focus-visible, .legend button:focus-visible { outline: 2px solid #e8710a; outline-offset: 2px; }
.legend { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; background: #fff; border: 1px solid #d0d7de;
  border-radius: 8px; padding: 6px 8px; box-shadow: 0 2px 10px rgba(0,0,0,.12); display: flex; gap: 6px; align-items: center; }
.legend strong { margin-right: 2px; }
.legend button { display: inline-flex; align-items: center; gap: 4px; border: 1px solid transparent; background: none; padding: 2px 6px; border-radius: 4px; }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.figure { background: #ffd43b; } .target { background: #a5d8ff; border-bottom: 2px solid #1c7ed6; }
.watch { background: #fcc2d7; } .clip { background: #b2f2bb; }
.notice { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); z-index: 2147483646; max-width: 560px;
  background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px; }
.toast { position: fixed; left: 50%; bottom: 56px; transform: translateX(-50%); z-index: 2147483647; background: #1f2328; color: #fff;
  border-radius: 6px; padding: 6px 12px; }
.tip { position: fixed; z-index: 2147483647; background: #1f2328; color: #fff; border-radius: 4px; padding: 3px 8px; pointer-events: none; }
[hidden] { display: none !important; }
`;

export class DocClipUi {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly clipButton: HTMLButtonElement;
  private readonly legend: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly toast: HTMLElement;
  private readonly tip: HTMLElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document, handlers: UiHandlers) {
    this.host = doc.createElement('docclip-ui');
    this.root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE); // constructed sheets are not blocked by a page's style-src CSP
    this.root.adoptedStyleSheets = [sheet];
    const box = this.el('div', 'box');
    this.clipButton = this.el('button') as HTMLButtonElement;
    this.clipButton.dataset.action = 'clip';
    this.clipButton.type = 'button';
    this.clipButton.textContent = t('clipButton');
    this.clipButton.title = t('clipButtonTitle');
    this.clipButton.hidden = true;
    this.legend = this.el('div', 'legend');
    this.legend.setAttribute('role', 'group');
    this.legend.setAttribute('aria-label', t('legendLabel'));
    this.notice = this.el('div', 'notice');
    this.notice.setAttribute('role', 'note');
    this.notice.hidden = true;
    this.toast = this.el('div', 'toast');
    this.toast.setAttribute('role', 'status');
    this.toast.hidden = true;
    this.tip = this.el('div', 'tip');
    this.tip.hidden = true;
    box.append(this.clipButton, this.legend, this.notice, this.toast, this.tip);
    this.root.append(box);

    // Keep the selection: pressing the button must not collapse it before the click lands.
    this.clipButton.addEventListener('mousedown', (e) => e.preventDefault());
    this.root.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const target = (event.target as Element | null)?.closest('[data-action]');
      const action = target?.getAttribute('data-action');
      if (action === 'clip') handlers.clip();
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
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    this.clipButton.style.left = `${Math.min(Math.max(4, rect.right + 6), width - 80)}px`;
    this.clipButton.style.top = `${Math.max(4, rect.bottom + 6)}px`;
    this.clipButton.hidden = false;
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
    this.legend.replaceChildren(title, ...buttons);
  }

  showNotice(text: string | null): void {
    this.notice.textContent = text ?? '';
    this.notice.hidden = text === null;
  }

  showToast(text: string): void {
    this.toast.textContent = text;
    this.toast.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toast.hidden = true), 2500);
  }

  showTip(text: string | null, x = 0, y = 0): void {
    this.tip.hidden = text === null;
    if (text === null) return;
    this.tip.textContent = text;
    this.tip.style.left = `${x + 12}px`;
    this.tip.style.top = `${y + 16}px`;
  }

  private el(tag: string, className?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (className) e.className = className;
    return e;
  }
}
