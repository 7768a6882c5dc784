import { renderPages, type PageStyle, type RenderedPage } from '../../scripts/ocr/render-pages';
import type { Routes } from './fixture-server';

/**
 * A 道客巴巴-like document whose pages are canvases the extension cannot read (the OCR e2e of
 * reading off the screen): the markup SITES.md describes — `#pageContainer.page_view >
 * .outer_page#outer_page_N > canvas.postil_page + canvas.inner_page` — with the page's own
 * script drawing each page image onto its `canvas.inner_page`. The images come from a second
 * origin that sends no CORS headers, outside DocClip's host permissions, so the drawing makes
 * every canvas unreadable (tainted) and no text is drawn with fillText: neither the recorder
 * nor the extension can have the pixels; only the screen shows them. The text is ours, written
 * for this test (a city's statistical bulletin, with figures and a target), drawn at setup by
 * scripts/ocr/render-pages.ts as PNGs 1000 px wide.
 */
export const DOC_URL = 'http://www.doc88.com/p-7186395401231.html';
/** The same pages as another document (nothing of it cached). */
export const OTHER_DOC_URL = 'http://www.doc88.com/p-7186395401232.html';
/** The same pages again, drawn from images sent with CORS and loaded with crossOrigin: canvases the page leaves readable. */
export const READABLE_DOC_URL = 'http://www.doc88.com/p-7186395401233.html';
export const IMAGE_HOST = 'pageimg.doc88img.example';
const imagePath = (n: number) => `/getpage/p-7186395401231-${n}.png`;

export const PARAGRAPHS = [
  '一、综合',
  '初步核算，全年全市地区生产总值3216.5亿元，比上年增长4.3%。其中，第一产业增加值182.4亿元，增长3.1%；第二产业增加值1321.7亿元，增长4.8%；第三产业增加值1712.4亿元，增长4.0%。',
  '年末全市常住人口512.6万人，比上年末增加2.3万人。城镇化率为68.4%，比上年末提高0.9个百分点。',
  '二、发展目标',
  '到2025年底，全市研究与试验发展经费支出占地区生产总值比重达到3.0%，每万人口高价值发明专利拥有量达到15件。',
  '三、农业',
  '全年粮食种植面积156.8千公顷，比上年增加1.2千公顷。粮食总产量98.6万吨，增长2.4%。全年蔬菜产量215.3万吨，增长3.6%。',
  '四、工业和建筑业',
  '全年规模以上工业增加值增长5.6%。高技术制造业增加值增长11.2%，占规模以上工业增加值的比重为18.7%。',
  '全年建筑业总产值865.2亿元，增长6.1%。具有资质等级的建筑业企业房屋施工面积4280万平方米。',
  '五、固定资产投资',
  '全年固定资产投资比上年增长7.3%。其中，工业投资增长12.6%，基础设施投资增长9.8%。',
  '六、人民生活',
  '全年全体居民人均可支配收入52368元，比上年增长5.2%。城镇居民人均可支配收入61245元，增长4.6%；农村居民人均可支配收入30218元，增长6.3%。',
  '七、环境保护',
  '全年空气质量优良天数为312天，优良率85.5%。细颗粒物年平均浓度为29微克每立方米，下降6.5%。',
];
/** A canvas reader's page: PNG, 1000 px wide, 16 px text at ratio 1.25 (20 px), 24 lines a page: 1000 px tall. */
export const STYLE: PageStyle = { width: 1000, dpr: 1.25, fontSize: 16, type: 'png', quality: 1, linesPerPage: 24 };
/** Where render-pages draws line k of a page (its top, in the page's pixels) and how far apart lines are. */
export const lineTop = (k: number) => Math.round(STYLE.width * 0.08) + k * Math.round(STYLE.fontSize * STYLE.dpr * 1.75);
export const LINE_HEIGHT = STYLE.fontSize * STYLE.dpr;
/** CSS width the page shows its canvases at. */
export const SHOWN_WIDTH = 800;

function documentPage(pages: RenderedPage[], { cors = false } = {}): string {
  const height = Math.round(STYLE.width * 0.08) * 2 + Math.round(STYLE.fontSize * STYLE.dpr * 1.75) * STYLE.linesPerPage;
  const outer = pages
    .map(
      (_, i) => `<div class="outer_page" id="outer_page_${i + 1}" style="width:${SHOWN_WIDTH}px;height:${(SHOWN_WIDTH * height) / STYLE.width}px">
      <canvas class="postil_page" id="postil_${i + 1}" width="${STYLE.width}" height="${height}"></canvas>
      <canvas class="inner_page" id="page_${i + 1}" width="${STYLE.width}" height="${height}"></canvas>
    </div>`,
    )
    .join('\n    ');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某市2024年国民经济和社会发展统计公报 - 道客巴巴</title>
<style>
body { margin: 0; background: #eee; font: 14px sans-serif }
.main { width: 840px; margin: 0 auto; background: #fff; padding: 10px }
.outer_page { position: relative; margin: 12px auto; border: 1px solid #ccc; background: #fff }
.outer_page canvas { display: block; width: 100%; height: 100% }
.outer_page canvas.postil_page { position: absolute; left: 0; top: 0; pointer-events: none }
.doctitle { height: 420px }
.footer { height: 600px }
</style></head>
<body>
<div class="toplayer-shop"><a>道客巴巴</a> <a>首页</a> <a>上传</a> <a>登录</a> <a>注册</a></div>
<div class="main">
  <div class="doctitle">
    <h1>某市2024年国民经济和社会发展统计公报</h1>
    <p class="docinfo">页数:${pages.length} 大小:1.2MB 格式:PDF</p>
    <p class="intro">本公报为初步统计数据，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。</p>
  </div>
  <div id="pageContainer" class="page_view">
    ${outer}
  </div>
  <div id="continue_page" class="surplus"><a id="continueButton">继续阅读</a></div>
</div>
<div id="boxright"><div class="commonbox1"><h3>相关文档</h3><a><em>统</em><em>计</em><em>公</em><em>报</em></a></div></div>
<div class="footer"><p>Copyright © doc88.com</p></div>
<script>
  // The reader's own drawing: each page image, from the page-image host (no CORS), onto its canvas.
  for (const canvas of document.querySelectorAll('#pageContainer canvas.inner_page')) {
    const img = new Image();
    ${cors ? "img.crossOrigin = 'anonymous';" : ''}
    img.onload = () => {
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.setAttribute('data-drawn', '');
    };
    img.src = 'http://${IMAGE_HOST}${cors ? '/cors' : ''}/getpage/p-7186395401231-' + canvas.id.slice(5) + '.png';
  }
</script>
</body></html>`;
}

/** The fixture server's routes and the drawn pages' lines (launches Chromium to draw them: hold the browser lock). */
export async function doc88CanvasRoutes(): Promise<{ routes: Routes; pages: RenderedPage[] }> {
  const pages = await renderPages(PARAGRAPHS, STYLE);
  if (pages.length !== 2) throw new Error(`the fixture text drew ${pages.length} pages, not 2`);
  const images = Object.fromEntries(pages.map((p, i) => [imagePath(i + 1), { bytes: p.bytes, headers: { 'content-type': 'image/png' } }]));
  // The CORS copies of the images, for the readable document.
  const corsImages = Object.fromEntries(pages.map((p, i) => [`/cors${imagePath(i + 1)}`, { bytes: p.bytes, headers: { 'content-type': 'image/png', 'access-control-allow-origin': '*' } }]));
  return { routes: { 'www.doc88.com': { [new URL(DOC_URL).pathname]: () => documentPage(pages), [new URL(OTHER_DOC_URL).pathname]: () => documentPage(pages), [new URL(READABLE_DOC_URL).pathname]: () => documentPage(pages, { cors: true }) }, [IMAGE_HOST]: { ...images, ...corsImages } }, pages };
}
