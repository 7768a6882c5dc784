import { renderPages, type PageStyle } from '../../scripts/ocr/render-pages';
import type { Routes } from './fixture-server';

/**
 * A 原创力文档-like document shown as page images (its `.webpreview-item > img` pages), for the
 * OCR e2e tests in Chromium and Firefox: one page, a JPEG drawn at setup from text written for
 * these tests (scripts/ocr/render-pages.ts: 1000 px wide at quality 75), with figures and targets.
 */
export const DOC_URL = 'http://max.book118.com/html/2024/0108/8032016124005077.shtm';
export const IMAGE_HOST = 'view-cache.book118.com';
const imagePath = (n: number) => `/view1/M00/ocr-${n}.jpg`;

/** Our text: one page, with figures and a target. */
export const PARAGRAPHS = [
  '一、基本情况',
  '2024年，全院共监测住院患者32456例，发生医院感染387例，感染率为1.19%，较上年下降0.21个百分点。',
  '全年开展院感知识培训14次，培训医务人员2860人次，手卫生依从率达到88.6%。',
  '二、工作目标',
  '力争到2025年底，医院感染发生率控制在1%以内，多重耐药菌防控措施落实率达到100%。',
  '三、保障措施',
  '医院每年安排院感防控专项经费不少于120万元，用于监测设备更新和人员培训。',
];
export const STYLE: PageStyle = { width: 1000, dpr: 1.25, fontSize: 16, type: 'jpeg', quality: 0.75, linesPerPage: 16 };

function documentPage(pages: number): string {
  const items = Array.from({ length: pages }, (_, i) => `<div class="webpreview-item"><img src="http://${IMAGE_HOST}${imagePath(i + 1)}" alt="医院感染管理工作总结_第${i + 1}页" style="width: 800px; display: block"></div>`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>医院感染管理工作总结.docx - 原创力文档</title>
<style>body { margin: 0; background: #eee; font: 14px sans-serif } .article { width: 820px; margin: 0 auto; background: #fff; padding: 10px }
.webpreview-item { position: relative; margin: 10px 0; border: 1px solid #ccc }</style></head>
<body>
<div class="header"><a href="https://max.book118.com">原创力文档</a> 首页 | 分类 | 上传 | 登录</div>
<div class="article">
  <h1 class="title">医院感染管理工作总结.docx</h1>
  <p class="meta">文档页数:1页 文件大小:28.35KB 文档格式:docx</p>
  <div class="webpreview">
    ${items}
  </div>
  <p class="preview-end">本资源只提供1页预览,全部文档请下载后查看!</p>
</div>
<div id="bar_download"><span>￥2.00</span><a>立即下载</a><a>开通VIP</a></div>
</body></html>`;
}

/** The fixture server's routes: the document page and its page image, drawn now (launches Chromium: hold the browser lock). */
export async function imagePageRoutes(): Promise<Routes> {
  const rendered = await renderPages(PARAGRAPHS, STYLE);
  if (rendered.length !== 1) throw new Error(`the fixture text drew ${rendered.length} pages, not 1`);
  return {
    'max.book118.com': { [new URL(DOC_URL).pathname]: () => documentPage(1) },
    [IMAGE_HOST]: { [imagePath(1)]: { bytes: rendered[0]!.bytes, headers: { 'content-type': 'image/jpeg', 'cache-control': 'max-age=3600' } } },
  };
}

/**
 * The same page image in a 金锄头文库-like page (its `#outer_page_N` boxes holding each page's
 * `<img>`, `#outer_page_more` the "more pages" box; markup written for these tests after SITES.md).
 */
export const JINCHUTOU_DOC_URL = 'http://www.jinchutou.com/p-20240108.html';
const JINCHUTOU_IMAGE_HOST = 'img.jinchutou.com';
const jinchutouImagePath = (n: number) => `/preview/20240108/${n}.jpg`;

function jinchutouPage(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>医院感染管理工作总结-金锄头文库</title>
<style>body { margin: 0; background: #f4f4f4; font: 14px sans-serif } #contents { width: 840px; margin: 0 auto; background: #fff; padding: 10px }
[id^="outer_page_"] { margin: 12px 0; border: 1px solid #ddd } [id^="outer_page_"] img { width: 800px; display: block }</style></head>
<body>
<div class="top_nav">金锄头文库 首页 | 分类 | 上传文档 | 登录 | 注册</div>
<div id="contents">
  <h1>医院感染管理工作总结</h1>
  <div id="outer_page_1"><img src="http://${JINCHUTOU_IMAGE_HOST}${jinchutouImagePath(1)}" alt="医院感染管理工作总结"></div>
  <div id="outer_page_more">还剩 3 页未读，继续阅读</div>
  <div id="readshop">下载本文档需要 2 金币 <a>立即下载</a></div>
</div>
<div class="QQ_S">客服 QQ: 000000</div>
<div class="foot_nav">关于我们 | 联系我们 | 版权申诉</div>
</body></html>`;
}

/** The routes of the 金锄头-like page and its page image (launches Chromium: hold the browser lock). */
export async function jinchutouPageRoutes(): Promise<Routes> {
  const rendered = await renderPages(PARAGRAPHS, STYLE);
  if (rendered.length !== 1) throw new Error(`the fixture text drew ${rendered.length} pages, not 1`);
  return {
    'www.jinchutou.com': { [new URL(JINCHUTOU_DOC_URL).pathname]: () => jinchutouPage() },
    [JINCHUTOU_IMAGE_HOST]: { [jinchutouImagePath(1)]: { bytes: rendered[0]!.bytes, headers: { 'content-type': 'image/jpeg', 'cache-control': 'max-age=3600' } } },
  };
}
