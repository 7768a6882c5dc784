/**
 * Styles of <docclip-ui>'s shadow root (adopted as a constructed sheet: a page's style-src CSP
 * does not block it, and `all: initial` on the host keeps the page's own styles out). The figures
 * panel's are the panel's own (panel-styles.ts, in its part).
 */

export const UI_STYLE = `
:host { all: initial; }
.bubble { position: fixed; z-index: 2147483647; width: 260px; display: flex; flex-direction: column; gap: 6px; padding: 8px;
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.bubble[hidden] { display: none; }
.bubble select, .bubble textarea { font: inherit; border: 1px solid #d0d7de; border-radius: 4px; padding: 2px 4px; }
.bubble textarea { resize: vertical; }
.bubble-actions { display: flex; gap: 6px; justify-content: flex-end; }
.bubble-actions button { border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 10px; }
.bubble-actions [data-action="bubble-save"] { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.box { font: 13px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #e8710a; outline-offset: 2px; }
[data-action="clip"] { position: fixed; z-index: 2147483647; padding: 4px 10px; border: 0; border-radius: 6px;
  background: #0b57d0; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.legend { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; background: #fff; border: 1px solid #d0d7de;
  border-radius: 8px; padding: 6px 8px; box-shadow: 0 2px 10px rgba(0,0,0,.12); display: flex; gap: 6px; align-items: center; }
.legend strong { margin-right: 2px; }
.legend button { display: inline-flex; align-items: center; gap: 4px; border: 1px solid transparent; background: none; padding: 2px 6px; border-radius: 4px; }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.legend [data-action="panel"] { border-color: #d0d7de; }
.legend [data-action="panel"][aria-expanded="true"] { background: #ddf4ff; border-color: #54aeff; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; flex: none; }
.figure { background: #ffd43b; } .target { background: #a5d8ff; border-bottom: 2px solid #1c7ed6; }
.watch { background: #fcc2d7; } .clip { background: #b2f2bb; }
.notice { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); z-index: 2147483646; max-width: 560px;
  background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px; }
.notice { display: flex; gap: 10px; align-items: flex-start; }
.notice button { flex: none; border: 1px solid #d4a72c; background: #fff; border-radius: 4px; padding: 2px 8px; }
.toast { position: fixed; left: 50%; bottom: 56px; transform: translateX(-50%); z-index: 2147483647; background: #1f2328; color: #fff;
  border-radius: 6px; padding: 6px 12px; }
.tip { position: fixed; z-index: 2147483647; background: #1f2328; color: #fff; border-radius: 4px; padding: 3px 8px; pointer-events: none; }
.tip .tip-ocr { margin-top: 2px; color: #d0d7de; font-size: 12px; }
.tip .tip-crop { display: block; margin: 4px 0 2px; border-radius: 2px; background: #fff; }
[hidden] { display: none !important; }

`;
