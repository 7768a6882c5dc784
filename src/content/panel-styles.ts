/**
 * Styles of the figures panel, added to <docclip-ui>'s shadow root (beside ui-styles.ts) when
 * the panel is made: they come with the panel's part (content-parts.ts), not with every page.
 */

/** Width of the figures panel; the legend moves left by as much while the panel is open. */
const PANEL_WIDTH = 'min(360px, 100vw)';

export const PANEL_STYLE = `
.box.panel-open .legend { right: calc(${PANEL_WIDTH} + 12px); }
.panel { position: fixed; top: 0; right: 0; bottom: 0; width: ${PANEL_WIDTH}; box-sizing: border-box; z-index: 2147483646;
  display: flex; flex-direction: column; background: #fff; border-left: 1px solid #d0d7de; box-shadow: -4px 0 16px rgba(0,0,0,.12); }
.panel header { padding: 10px 12px 8px; border-bottom: 1px solid #d0d7de; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.panel h2 { margin: 0; font-size: 15px; flex: 1; }
.panel h2:focus { outline: none; }
.panel .counts { flex-basis: 100%; margin: 0; color: #57606a; }
.panel header button { border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 10px; }
.panel [data-action="close"] { padding: 0 8px; font-size: 18px; line-height: 24px; }
.panel .manual { flex-basis: 100%; }
.panel .manual p { margin: 4px 0; color: #9a6700; }
.panel textarea { width: 100%; height: 8em; box-sizing: border-box; font: 12px/1.4 ui-monospace, monospace; }
.panel .scroll { flex: 1; overflow-y: auto; overscroll-behavior: contain; padding-bottom: 16px; }
.panel .empty { padding: 12px; color: #57606a; }
.panel h3 { position: sticky; top: 0; z-index: 1; margin: 0; padding: 6px 12px; font-size: 13px; background: #f6f8fa;
  border-bottom: 1px solid #eaeef2; display: flex; align-items: center; gap: 6px; text-transform: capitalize; }
.panel ol { list-style: none; margin: 0; padding: 0; }
.panel li { display: flex; align-items: center; border-bottom: 1px solid #eaeef2; }
.panel .goto { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 1px; text-align: left; border: 0;
  background: none; padding: 6px 6px 6px 12px; }
.panel li:hover { background: #f6f8fa; }
.panel .head { overflow-wrap: anywhere; }
.panel .head strong { font-weight: 600; }
.panel .value { color: #0b57d0; margin-left: 6px; font-variant-numeric: tabular-nums; }
.panel .context { color: #57606a; font-size: 12px; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 2; overflow: hidden; }
.panel .is-target .head { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.panel .is-target .head strong { font-weight: 400; }
.panel [data-action="clip-row"] { flex: none; margin: 0 8px; border: 1px solid #d0d7de; background: #fff; border-radius: 4px; padding: 1px 8px; }
.panel [data-action="clip-row"]:hover { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.panel [data-action="more"] { margin: 8px 12px; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 3px 10px; }
@media (max-width: 480px) {
  .panel { width: 100vw; bottom: 56px; border-bottom: 1px solid #d0d7de; }
  .box.panel-open .legend { right: 12px; }
}
`;

/** Adds the panel's styles to the shadow root that holds `container` (a constructed sheet, as ui-styles.ts's). */
export function adoptPanelStyles(container: HTMLElement): void {
  const root = container.getRootNode() as Node & DocumentOrShadowRoot;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PANEL_STYLE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
