import { browser, t, tCount } from './extension-api';
import { CATEGORIES_KEY, DEFAULT_CATEGORIES, readStoredCategories, type ReaderCategory } from '../core/categories';
import { siteName } from '../core/export/site-name';
import type { Clip, ClipDraft } from '../core/types';
import { PageRequestSchema, errorReply, parseMessage, unwrap, type PageFullText, type Reply, type SelectionPreview } from '../messages';
import { caretAtPoint } from './caret-at-point';
import { DocClipUi } from './docclip-ui';
import type { FiguresPanel } from './figures-panel';
import { loadPart } from './content-parts';
import { loadCanvasLayers, requestPart } from './request-part';
import { rangesFor } from './text-ranges';
import type { AnchorResult } from './anchor-clips';
import type { PageStart } from './page-start';
import { highlightApiAvailable } from './paint-highlights';
import { draftFromRange, draftFromSpan, type PageIdentity } from './selection-draft';
import { watchArrivals } from './watch-arrivals';
import { clipIdFromHash } from './reveal-clip';
import { errorText } from './error-text';
import { yieldToEventLoop } from './yield-to-event-loop';
import { isDrawnPage } from '../core/dom/page-facts';
import { listenForCanvasText, type CanvasText } from './canvas-text-source';
import { inCanvasLayer } from './text-layer-marks';
import { CanvasLayers } from './canvas-layers';
import { clearOcrLayers, ocrClipFields, ocrFigureTipAt, ocrPagesRead, onNextPageImage, readPageImages, shownPages } from './ocr-hook';

/**
 * Starts DocClip on this page once it is parsed (what page-start.ts set up when the script ran):
 * cleans, paints, and answers the popup and the background.
 */
export function boot(page: PageStart): void {
  const doc = document;
  const { url, profile, docId, session, styles, cleaner, disabledKey, disabledSiteKey } = page;
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
      void loadPanel().then(
        (p) => {
          // The panel reads the whole page's analysis, which is built only when it is needed.
          if (!p.open) p.update(session.analysis);
          p.toggle();
        },
        (error: unknown) => ui.showToast(errorText(error)),
      ),
  });
  // The figures panel is a part loaded the first time the reader opens it, not with every page (content-parts.ts).
  let panel: FiguresPanel | null = null;
  async function loadPanel(): Promise<FiguresPanel> {
    if (!panel) {
      const { FiguresPanel } = await loadPart('figures-panel', requestPart);
      panel ??= new FiguresPanel(doc, ui.panelContainer(), { title: session.docTitle, url }, {
        clip: (start, end) => void toastSaved(clipSpan(start, end)),
        toggled: (open, hadFocus) => ui.setPanelOpen(open, hadFocus),
        say: (text) => ui.showToast(text),
        ranges: (map, spans) => rangesFor(doc, map, spans),
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
  const textLayers = new CanvasLayers(doc, loadCanvasLayers);
  /** A canvas whose drawn strings were recorded gets their layer; the others are read by OCR (off the screen). */
  const hasDrawnText = (canvas: HTMLCanvasElement) => (canvasText.get(canvas)?.records.length ?? 0) > 0;
  listenForCanvasText(window, (changed) => {
    for (const c of changed) canvasText.set(c.canvas, c);
    if (session.enabled) textLayers.update(changed);
    // The first drawing recorded: the layers' part loads now, to be there when DocClip starts.
    else void textLayers.preload();
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
    showDrawnNotice();
  }

  /** The drawn-page notice; on pages shown as images, with the button that reads them (OCR). */
  let waitingForImage = false;
  function showDrawnNotice(): void {
    const images = drawn ? shownPages(doc, profile, hasDrawnText).length : 0;
    if (!drawn) ui.showNotice(null);
    else if (images > 0) ui.showNotice(t('drawnNoticeOcr'), { label: t('ocrButton'), run: () => void readImages().catch((error: unknown) => ui.showToast(t('ocrFailed', errorText(error)))) });
    else {
      ui.showNotice(t('drawnNotice'));
      // Page images still loading: the button comes with the first one.
      if (!waitingForImage) {
        waitingForImage = true;
        onNextPageImage(doc, profile, () => {
          waitingForImage = false;
          if (session.enabled && drawn) showDrawnNotice();
        });
      }
    }
  }

  /** Reads the page images the page has shown (OCR, in the extension); returns how many were queued. */
  async function readImages(): Promise<number> {
    if (!session.enabled) throw new Error(t('errorDisabled'));
    const queued = await readPageImages(doc, profile, hasDrawnText, (text) => ui.showToast(text));
    ui.showToast(queued > 0 ? tCount('ocrStarted', queued) : t('ocrNoImages'));
    return queued;
  }

  /** On a revisit of a document whose pages were read, the readings are laid again (from the cache). */
  async function relayReadPages(): Promise<void> {
    if (!drawn || shownPages(doc, profile, hasDrawnText).length === 0) return;
    try {
      const read = unwrap<number>(await browser.runtime.sendMessage({ type: 'ocr/count' }));
      if (read > 0 && session.enabled) await readPageImages(doc, profile, hasDrawnText, (text) => ui.showToast(text), { cachedOnly: true });
    } catch (error) {
      console.warn('DocClip: could not look up the pages read before', error);
    }
  }

  let siteEnabled = true;

  /** Starts so far: a start that was stopped while it waited sees a newer one and gives way. */
  let starts = 0;

  async function start(): Promise<void> {
    if (session.enabled) return;
    cleaner?.finish(); // the page is parsed: the first pass reads all of it
    session.enabled = true;
    styles.attach();
    const run = ++starts;
    performance.mark('docclip:start');
    // The pages drawn before DocClip started get their layers one page a task (a page of text
    // is a few thousand strings to order and lay out): the first pass then reads them all.
    if (canvasText.size > 0) {
      await textLayers.preload();
      if (!session.enabled || run !== starts) return; // turned off (and maybe on again) meanwhile
    }
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
    const clipsLoading = fetchClips();
    // The session splits over-long text nodes before its first await (page-session.ts): the
    // watch starts after, so that those pieces are not taken for blocks the site added.
    const starting = session.start(watchTerms);
    if (watchNow) watch();
    const finished = await starting;
    if (!finished) return; // stopped mid-way: the page is restored already
    // A reader whose pages are drawn may be recognised only once its clutter is hidden.
    if (isDrawnPage(doc, profile) !== drawn) {
      drawn = session.drawn = !drawn;
      session.refreshShown();
    }
    renderUi();
    performance.mark('docclip:painted');
    showDrawnNotice();
    if (!watchNow) watch();
    void relayReadPages();
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
    cleaner?.finish();
    session.enabled = false;
    session.stop();
    styles.detach();
    textLayers.clear();
    clearOcrLayers();
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
      // Text read off a page image records that it was, the page it was read from and how sure the
      // reading was; text of a canvas layer (the page's own drawn strings) that it came from a canvas.
      const range = currentRange();
      const ocr = range && ocrClipFields(range);
      const drawn = ocr ? { source: ocr.source, page: ocr.page, confidence: ocr.confidence } : range && inCanvasLayer(range) ? { source: 'canvas' as const } : {};
      return draft && { ...draft, tags, note, ...(category ? { category } : {}), ...drawn };
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
          return { ok: true, value: { ...session.status(drawn, siteEnabled), ocr: { images: shownPages(doc, profile, hasDrawnText).length, read: ocrPagesRead() } } };
        case 'page/ocr':
          return { ok: true, value: await readImages() };
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
        case 'page/full-text': {
          const full = session.fullText();
          if (!full) throw new Error(t('errorDisabled'));
          // The site's name as the exports write it (a site without a profile: its host).
          const value: PageFullText = { docId, docTitle: session.docTitle, url, siteName: siteName({ site: profile.id, url }), ...full };
          return { ok: true, value };
        }
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
      // A figure read by OCR shows its confidence and the image crop it was read in besides.
      const ocr = label !== null && caret ? ocrFigureTipAt(caret.offsetNode, caret.offset, () => session.analysis) : null;
      ui.showTip(label, event.clientX, event.clientY, ocr ?? undefined);
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
    // The page is parsed (and what the parser inserted is cleaned: parse-time-cleaner.ts): the
    // first pass starts at once, so figures are painted in the page's first frames.
    const stored = await page.stored;
    watchTerms = readTerms(stored.watchTerms);
    categories = readStoredCategories(stored[CATEGORIES_KEY]);
    siteEnabled = stored[disabledSiteKey] !== true;
    if (siteEnabled && stored[disabledKey] !== true) await start();
    else stop();
  })();
}
