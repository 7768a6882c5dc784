import { browser, t } from '../browser';
import { CATEGORIES_KEY, DEFAULT_CATEGORIES, readStoredCategories, type ReaderCategory } from '../core/categories';
import { createSiteProfile } from '../core/sites/create-site-profile';
import type { Clip, ClipDraft } from '../core/types';
import { PageRequestSchema, errorReply, parseMessage, unwrap, type Reply, type SelectionPreview } from '../messages';
import { caretAtPoint } from './caret-at-point';
import { DocClipUi } from './docclip-ui';
import type { FiguresPanel } from './figures-panel';
import type { AnchorResult } from './anchor-clips';
import { PageSession } from './page-session';
import { highlightApiAvailable } from './paint-highlights';
import { draftFromRange, draftFromSpan, type PageIdentity } from './selection-draft';
import { watchArrivals } from './watch-arrivals';
import { clipIdFromHash } from './reveal-clip';
import { errorText } from './error-text';
import { afterNextFrame, yieldToEventLoop } from './yield-to-event-loop';
import { documentTitle, isDrawnPage } from '../core/dom/page-facts';
import { listenForCanvasText, type CanvasText } from './canvas-text-source';
import { CanvasTextLayers } from './canvas-text-layer';

/** Starts DocClip on this page: cleans, paints, and answers the popup and the background. */
export function boot(): void {
  const doc = document;
  const url = location.href;
  const profile = createSiteProfile(url);
  const docId = profile.documentId(new URL(url));
  const session = new PageSession(doc, profile, docId, documentTitle(doc));
  /** What the background was last told of how the clips were found (see reportAnchoring). */
  let reported = '';
  /** The clip the page was opened to show (#docclip=<id>), until it is shown. */
  let wanted = clipIdFromHash(location.hash);
  /** Shows the wanted clip once it is anchored (at once, or after the search for clips not at their place). */
  const revealWanted = () => {
    if (wanted && session.revealClip(wanted)) wanted = null;
  };
  session.onAnchored = (result) => {
    // Every saved clip is placed or listed as not found (the bench times docclip:painted → this).
    performance.mark('docclip:anchored');
    revealWanted();
    reportAnchoring(result);
  };
  const ui = new DocClipUi(doc, {
    clip: () => void toastSaved(clipSelection([], '')).then((clip) => clip && ui.openClipBubble(clip.id, categories)),
    annotate: ({ clipId, category, note }) => void annotate(clipId, category, note),
    toggle: (category, visible) => {
      session.setVisible(category, visible);
      renderUi();
    },
    panel: () =>
      void loadPanel().then((p) => {
        // The panel reads the whole page's analysis, which is built only when it is needed.
        if (!p.open) p.update(session.analysis);
        p.toggle();
      }),
  });
  // The figures panel is loaded the first time the reader opens it, not with every page.
  let panel: FiguresPanel | null = null;
  async function loadPanel(): Promise<FiguresPanel> {
    if (!panel) {
      const { FiguresPanel } = await import('./figures-panel');
      panel = new FiguresPanel(doc, ui.panelContainer(), { title: session.docTitle, url }, {
        clip: (start, end) => void toastSaved(clipSpan(start, end)),
        toggled: (open, hadFocus) => ui.setPanelOpen(open, hadFocus),
        say: (text) => ui.showToast(text),
      });
    }
    return panel;
  }
  let clips: Clip[] = [];
  let watchTerms: string[] = [];
  /** The reader's categories, offered by the clip bubble. */
  let categories: ReaderCategory[] = [...DEFAULT_CATEGORIES];
  let stopWatching: (() => void) | null = null;
  let drawn = false;
  // Text the page drew on canvases (recorded in its main world from document_start): a text layer
  // over each canvas while DocClip is on, analysed as page text; its changes arrive as blocks.
  const canvasText = new Map<HTMLCanvasElement, CanvasText>();
  const textLayers = new CanvasTextLayers(doc);
  listenForCanvasText(window, (changed) => {
    for (const c of changed) canvasText.set(c.canvas, c);
    if (session.enabled) textLayers.update(changed);
  });

  /**
   * Whether the page is drawn (only saved clips shown, the notice): recomputed when blocks
   * arrive, both ways — a reader may draw its pages late, and a text layer laid over drawn pages
   * makes them text pages.
   */
  function updateDrawn(): void {
    const now = isDrawnPage(doc, profile);
    if (now === drawn) return;
    drawn = session.drawn = now;
    session.refreshShown();
    ui.showNotice(drawn ? t('drawnNotice') : null);
  }

  const disabledKey = `disabled:${docId}`;
  const disabledSiteKey = `disabledSite:${profile.id === 'generic' ? location.hostname : profile.id}`;
  let siteEnabled = true;

  /** Starts so far: a start that was stopped while it waited sees a newer one and gives way. */
  let starts = 0;

  async function start(): Promise<void> {
    if (session.enabled) return;
    session.enabled = true;
    const run = ++starts;
    performance.mark('docclip:start');
    // The pages drawn before DocClip started get their layers one page a task (a page of text
    // is a few thousand strings to order and lay out): the first pass then reads them all.
    for (const text of [...canvasText.values()]) {
      textLayers.update([text]);
      await yieldToEventLoop();
      if (!session.enabled || run !== starts) return; // turned off (and maybe on again) meanwhile
    }
    drawn = isDrawnPage(doc, profile);
    session.drawn = drawn;
    ui.mount();
    // Blocks the site adds while the first pass works are cleaned at once where the pass has
    // been already (session.arrived). The <mark> fallback painter inserts nodes itself: there
    // the watch starts after the pass, as the first paint is then synchronous-looking anyway.
    const watchNow = highlightApiAvailable();
    if (watchNow) watch();
    const clipsLoading = fetchClips();
    const finished = await session.start(watchTerms);
    if (!finished) return; // stopped mid-way: the page is restored already
    // A reader whose pages are drawn may be recognised only once its clutter is hidden.
    if (isDrawnPage(doc, profile) !== drawn) {
      drawn = session.drawn = !drawn;
      session.refreshShown();
    }
    renderUi();
    performance.mark('docclip:painted');
    ui.showNotice(drawn ? t('drawnNotice') : null);
    if (!watchNow) watch();
    await showClips(clipsLoading);
  }

  function watch(): void {
    stopWatching = watchArrivals(
      doc.body,
      (roots) => session.arrived(roots),
      () => {
        // A reader that draws its pages after load becomes a drawn page only now (or a text page, once its text layers are laid).
        updateDrawn();
        void session.settle().then(renderUi);
      },
    );
  }

  function stop(): void {
    panel?.close();
    panel?.update(null);
    stopWatching?.();
    stopWatching = null;
    session.enabled = false;
    session.stop();
    textLayers.clear();
    ui.placeClipButton(null);
    ui.unmount();
  }

  /** Asks the background for this page's saved clips (while the first pass works); null when it could not answer. */
  async function fetchClips(): Promise<Clip[] | null> {
    try {
      return unwrap<Clip[]>(await browser.runtime.sendMessage({ type: 'clips/forPage' }));
    } catch (error) {
      console.warn('DocClip: could not load saved clips', error);
      return null;
    }
  }

  /** Anchors and paints the saved clips once the first pass is done (they anchor in the cleaned text). */
  async function showClips(loading: Promise<Clip[] | null>): Promise<void> {
    const loaded = await loading;
    if (!loaded || !session.enabled) return;
    clips = loaded;
    session.anchor(clips);
    revealWanted();
    renderUi();
  }

  /**
   * Tells the background which clips were found with changed text (for the library) and which
   * with the saved text, when that differs from what it was last told.
   */
  function reportAnchoring({ found, changed }: AnchorResult): void {
    const changedIds = new Set(changed.map((c) => c.id));
    const message = {
      type: 'clips/anchored',
      changed: changed.map((c) => ({ id: c.id, now: c.now })),
      same: found.filter((f) => !changedIds.has(f.id)).map((f) => f.id),
    };
    const key = JSON.stringify(message);
    if (key === reported || found.length === 0) return;
    reported = key;
    browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('DocClip: could not record how clips were found', error));
  }

  /** Shows the current analysis in the legend and, when it is open, the figures panel. */
  function renderUi(): void {
    if (panel?.open) panel.update(session.analysis);
    renderLegend();
  }

  /** The legend's counts (from the units' own lists: no page text is built for them). */
  function renderLegend(): void {
    const n = session.counts();
    const clipsShown = session.status(drawn, siteEnabled).clipsShown;
    ui.renderLegend({ figure: n.figure, target: n.target, watch: n.watch, clip: clipsShown }, session.visible);
  }

  function currentRange(): Range | null {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    return selection.getRangeAt(0);
  }

  function currentDraft() {
    const range = currentRange();
    if (!range || !session.analysis) return null;
    return draftFromRange(range, session.analysis, identity());
  }

  function identity(): PageIdentity {
    return { url, site: profile.id, docId, docTitle: session.docTitle };
  }

  function clipSelection(tags: string[], note: string, category?: string): Promise<Clip> {
    return saveDraft(() => {
      const draft = currentDraft();
      return draft && { ...draft, tags, note, ...(category ? { category } : {}) };
    });
  }

  /** Saves the span [start, end) of the analysed page text (a row of the figures panel). */
  function clipSpan(start: number, end: number): Promise<Clip> {
    return saveDraft(() => session.analysis && draftFromSpan(start, end, session.analysis, identity()));
  }

  async function saveDraft(makeDraft: () => ClipDraft | null): Promise<Clip> {
    if (!session.enabled) throw new Error(t('errorDisabled'));
    if (drawn) throw new Error(t('drawnNotice'));
    const draft = makeDraft();
    if (!draft) throw new Error(t('errorNoSelection'));
    const clip = unwrap<Clip>(await browser.runtime.sendMessage({ type: 'clip/create', draft }));
    clips = [...clips, clip];
    session.anchor(clips);
    renderUi();
    ui.placeClipButton(null);
    return clip;
  }

  /** Says the clip was saved (the clip), or why not (null). */
  function toastSaved(saving: Promise<Clip>): Promise<Clip | null> {
    return saving.then(
      (clip) => {
        ui.showToast(t('toastSaved', clip.text.slice(0, 20)));
        return clip;
      },
      (error: unknown) => {
        ui.showToast(t('toastFailed', errorText(error)));
        return null;
      },
    );
  }

  /** Saves the clip bubble's category and note on the clip (of this page) just saved. */
  async function annotate(clipId: string, category: string | null, note: string): Promise<void> {
    try {
      const updated = unwrap<Clip>(await browser.runtime.sendMessage({ type: 'clip/annotate', id: clipId, category, note }));
      clips = clips.map((c) => (c.id === updated.id ? updated : c));
      ui.showToast(t('toastAnnotated'));
    } catch (error) {
      ui.showToast(t('toastFailed', errorText(error)));
    }
  }

  async function handle(message: unknown): Promise<Reply<unknown>> {
    const parsed = parseMessage(PageRequestSchema, message);
    if (!parsed.ok) return parsed;
    const request = parsed.value;
    try {
      switch (request.type) {
        case 'page/status':
          return { ok: true, value: session.status(drawn, siteEnabled) };
        case 'page/selection': {
          const draft = session.enabled && !drawn ? currentDraft() : null;
          const preview: SelectionPreview | null = draft && { text: draft.text, figures: draft.figures.length, page: draft.page };
          return { ok: true, value: preview };
        }
        case 'page/clip': {
          const clip = await clipSelection(request.tags, request.note, request.category);
          ui.showToast(t('toastSaved', clip.text.slice(0, 20)));
          return { ok: true, value: clip };
        }
        case 'page/set-enabled': {
          const key = request.scope === 'site' ? disabledSiteKey : disabledKey;
          if (request.enabled) {
            // Turning the site back on turns this page on too; a page cannot be on in a site that is off.
            await browser.storage.local.remove(request.scope === 'site' ? [key, disabledKey] : key);
            if (request.scope === 'site') siteEnabled = true;
            if (siteEnabled) await start();
          } else {
            // Stop first: a first pass still working must not go on while the setting is saved.
            if (request.scope === 'site') siteEnabled = false;
            stop();
            await browser.storage.local.set({ [key]: true });
          }
          return { ok: true, value: session.status(drawn, siteEnabled) };
        }
        case 'page/set-highlights':
          session.setVisible(request.category, request.visible);
          renderUi();
          return { ok: true, value: session.status(drawn, siteEnabled) };
      }
    } catch (error) {
      return errorReply(error);
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return handle(message);
  });

  /** Shows the clip button beside a selection of page text (and follows it when the page scrolls). */
  function placeClipButton(): void {
    const range = session.enabled && !drawn ? currentRange() : null;
    const inPage = range !== null && !ui.host.contains(range.commonAncestorContainer) && currentDraft() !== null;
    ui.placeClipButton(inPage ? range.getBoundingClientRect() : null);
  }

  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('selectionchange', () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(placeClipButton, 120);
  });
  doc.addEventListener('scroll', () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(placeClipButton, 50);
  }, { passive: true, capture: true });

  let hoverFrame = 0;
  doc.addEventListener('mousemove', (event) => {
    if (hoverFrame || !session.enabled) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      const caret = caretAtPoint(doc, event.clientX, event.clientY);
      const label = caret ? session.describeAt(caret.offsetNode, caret.offset) : null;
      ui.showTip(label, event.clientX, event.clientY);
    });
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CATEGORIES_KEY in changes) categories = readStoredCategories(changes[CATEGORIES_KEY]?.newValue);
    if (area !== 'local' || !('watchTerms' in changes)) return;
    watchTerms = readTerms(changes.watchTerms?.newValue);
    if (session.enabled) {
      session.setWatchTerms(watchTerms);
      renderUi();
    }
  });

  function readTerms(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  void (async () => {
    // The content script runs once the DOM is parsed (document_end); DocClip starts after the
    // page's first frame, so the browser lays out and shows the page before DocClip works on it.
    const [stored] = await Promise.all([browser.storage.local.get(['watchTerms', CATEGORIES_KEY, disabledKey, disabledSiteKey]), afterNextFrame()]);
    watchTerms = readTerms(stored.watchTerms);
    categories = readStoredCategories(stored[CATEGORIES_KEY]);
    siteEnabled = stored[disabledSiteKey] !== true;
    if (siteEnabled && stored[disabledKey] !== true) await start();
  })();
}
