/**
 * Shared types of the pure core. Nothing here touches a browser API.
 * Offsets are UTF-16 code-unit indices into the text they were computed on,
 * `start` inclusive, `end` exclusive (like String.prototype.slice).
 */

export type FigureKind = 'date' | 'money' | 'percent' | 'measure' | 'count';

/** A numeric figure found in text (see DESIGN.md "figure kinds and values"). */
export interface Figure {
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  /**
   * money: yuan (or the stated currency, named in `unit`); percent: percent number
   * (12.5 for 12.5%); measure/count: value in `unit`; date: null unless a full
   * numeric year is stated (then the year, e.g. 2023). null when unresolvable (20xx年).
   * For a range, the lower bound (see `range`).
   */
  value: number | null;
  /**
   * money: '元' or the currency ('美元'); percent: '%', '个百分点', or '折' for a discount (75折,
   * 九折: value 75, 90, the share of the price paid); measure/count: the unit; date: null.
   * Values may be negative (负3.9%, 增速为-2.3%).
   */
  unit: string | null;
  /** Approximation words kept with the figure: 约, 近, 余, 多, 以上, 以下, 不低于, 不超过, 左右 … */
  approx?: string;
  /** Both bounds of a range (3-5万元 → {from: 30000, to: 50000}). */
  range?: { from: number | null; to: number | null };
}

/** A clause that states a goal, task or commitment. */
export interface Target {
  text: string;
  start: number;
  end: number;
  /** The cue word that made it a target (确保, 力争, 目标 …). */
  cue: string;
  /** Figures inside the clause, offsets in the same text as the target. */
  figures: Figure[];
  /** A deadline stated in the clause (到2025年, 年底前, 今年底 …), or null. */
  deadline: string | null;
}

/** Why a piece of text was recognised as clutter. */
export type RemovalReason =
  | 'nag'            // tip requests, download / VIP nags
  | 'fold'           // "free reading has ended" folds, "continue reading"
  | 'promo'          // site promotion sentences (【范文参考】…, 由会员分享…)
  | 'metadata'       // upload metadata (上传人, 文档编号 …)
  | 'navigation'     // breadcrumbs, 首页/返回/下载 …
  | 'page-marker'    // k/N spliced into the document text
  | 'page-counter'   // 第N页/共M页, "1 / 20" on its own
  | 'section-label'  // 资源描述, 文档简介 … (the site's, not the document's)
  | 'copyright'      // ©, 版权说明, 免责声明
  | 'icp'            // ICP 备案号
  | 'contact'        // 客服 QQ / 电话
  | 'watermark'      // repeated watermark phrases
  | 'chunk-number'   // "1、" inserted where the site's blocks join
  | 'toast'          // site UI leftovers (保存成功, ×)
  | 'duplicate'      // text the site doubled (第第1515章章, the title repeated on adjacent lines)
  | 'profile';       // named by a site profile's selector

/** A span of a text recognised as clutter. */
export interface Removal {
  start: number;
  end: number;
  reason: RemovalReason;
  text: string;
}

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** A target as kept inside a clip: offsets of its figures are relative to the clip text. */
export interface ClipTarget {
  statement: string;
  figures: Figure[];
  deadline: string | null;
}

/** A saved excerpt. Stored in the Dexie table `clips`, key `id`. */
export interface Clip {
  /** UUID, kept by export and import. */
  id: string;
  /** The excerpt, as the reader saw it (cleaned text). */
  text: string;
  url: string;
  /** Site profile id ('777doc', 'baidu-wenku', … or 'generic'). */
  site: string;
  /** The site's document identity (stable across query strings and fragments). */
  docId: string;
  docTitle: string;
  /** Page number of the document where known. */
  page: number | null;
  /** [quote, position] over the cleaned page text. */
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** Figures inside the excerpt; offsets relative to `text`. */
  figures: Figure[];
  targets: ClipTarget[];
  tags: string[];
  note: string;
  /**
   * The reader's category (a name from their list, src/core/categories.ts), chosen when
   * clipping or later. Optional: clips saved before schema version 3 have none, and a
   * missing field means "no category" (never an empty string).
   */
  category?: string;
  /**
   * How the text was read off a drawn page: 'ocr' (recognised from the page image) or 'canvas'
   * (the text the page drew). Absent for text the page holds as text.
   */
  source?: 'ocr' | 'canvas';
  /** With source 'ocr': the lowest recognition confidence (0..1) among the clipped characters. */
  confidence?: number;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** What a content script or a UI sends to create a clip (the store adds id and timestamps). */
export type ClipDraft = Omit<Clip, 'id' | 'createdAt' | 'updatedAt'>;
