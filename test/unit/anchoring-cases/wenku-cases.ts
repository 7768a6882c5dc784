import type { AnchorCase } from './case-types';

/*
 * DocClip's own cases: a 文库 report page (the cleaned text DocClip shows: title, a summary that
 * repeats sentences of the body, numbered sections, a progress table with the same figure in
 * several rows) saved once and revisited after the site re-rendered or revised it.
 */
export const REPORT = [
  '关于2023年度重点项目建设情况的报告',
  '摘要：全县共实施重点项目42个，完成投资18.6亿元。一期工程投入198万元已到位，7月中旬将正式开工。下一步将进一步加强项目调度，力争年底前完成投资21亿元。',
  '一、总体情况',
  '今年以来，全县围绕“项目建设年”目标，共实施重点项目42个，完成投资18.6亿元，占年度计划的87.5%。其中，一期工程投入198万元已到位，7月中旬将正式开工；二期工程投入198万元尚未到位，预计9月底前落实。',
  '二、主要做法',
  '（一）强化组织领导。成立由县长任组长的项目建设领导小组，实行“一个项目、一名领导、一套班子”的推进机制，每月召开一次调度会。',
  '（二）加大资金保障。积极争取上级资金，全年争取中央预算内投资3200万元、地方政府专项债券1.2亿元，确保项目资金按时足额到位。',
  '（三）优化营商环境。推行“承诺制＋标准地”改革，审批时限压缩至20个工作日以内，企业满意度达到95%以上。',
  '三、项目进度表',
  '项目名称　计划投资　完成投资　进度',
  '一期工程　198万元　198万元　已完工',
  '二期工程　198万元　120万元　在建',
  '三期工程　350万元　0万元　前期',
  '四、存在问题',
  '部分项目前期工作不扎实，征地拆迁进度滞后，资金缺口较大，二期工程投入198万元尚未到位。',
  '五、下步打算',
  '下一步，我们将进一步加强项目调度，力争年底前完成投资21亿元，确保全年目标任务圆满完成。',
].join('\n');

const W = 'docclip';
const FULL = '，：；（）＋';
const HALF = ',:;()+';
/** The page with full-width punctuation half-width (or back), as sites re-render it. */
const toHalf = (s: string) => s.replace(/[，：；（）＋]/g, (c) => HALF[FULL.indexOf(c)]!);
const toFull = (s: string) => s.replace(/[,:;()+]/g, (c) => FULL[HALF.indexOf(c)]!);
const fullDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** Page markers k/12 where the site's page blocks join: after each line in `lines` (and one spliced into `word`). */
const withMarkers = (s: string, word?: [string, string]) => {
  let k = 1;
  let out = s.replace(/\n(?=[二三四五]、)/g, () => `\n${++k}/12\n`);
  if (word) out = out.replace(word[0], word[1]);
  return out;
};
const replace = (s: string, a: string, b: string) => {
  if (!s.includes(a)) throw new Error(`not in page: ${a}`);
  return s.replace(a, b);
};
const half = toHalf(REPORT);
const S_BODY = '一期工程投入198万元已到位，7月中旬将正式开工';
const S_PHASE2 = '二期工程投入198万元尚未到位，预计9月底前落实';
const S_FUND = '全年争取中央预算内投资3200万元、地方政府专项债券1.2亿元';
const S_NEXT = '力争年底前完成投资21亿元，确保全年目标任务圆满完成';
const S_BIZ = '审批时限压缩至20个工作日以内，企业满意度达到95%以上';
const ROW2 = '二期工程　198万元　120万元　在建';

export const wenkuCases: AnchorCase[] = [
  // Unchanged page: every kind of clip by position.
  ...[S_BODY, S_PHASE2, S_FUND, ROW2, '198万元', '三期工程', '（三）优化营商环境'].map((clip): AnchorCase => ({ source: W, name: `unchanged: ${clip}`, kind: 'exact', before: REPORT, clip, want: { text: clip } })),
  { source: W, name: 'unchanged: the summary copy, not the body', kind: 'exact', before: REPORT, clip: '一期工程投入198万元已到位', nth: 0, want: { text: '一期工程投入198万元已到位', nth: 0 } },
  { source: W, name: 'unchanged: the body copy, not the summary', kind: 'exact', before: REPORT, clip: '一期工程投入198万元已到位', nth: 1, want: { text: '一期工程投入198万元已到位', nth: 1 } },
  { source: W, name: 'unchanged: 198万元 of row two', kind: 'exact', before: REPORT, clip: '198万元　120万元', want: { text: '198万元　120万元' } },

  // Full- and half-width.
  { source: W, name: 'punctuation turned half-width', kind: 'changed', before: REPORT, clip: S_BODY, nth: 1, after: half, want: { text: toHalf(S_BODY), nth: 1 } },
  { source: W, name: 'punctuation turned full-width', kind: 'changed', before: half, clip: toHalf(S_FUND), after: REPORT, want: { text: S_FUND } },
  { source: W, name: 'half-width, the summary copy', kind: 'changed', before: REPORT, clip: '一期工程投入198万元已到位，7月中旬', nth: 0, after: half, want: { text: '一期工程投入198万元已到位,7月中旬', nth: 0 } },
  { source: W, name: 'half-width, the body copy', kind: 'changed', before: REPORT, clip: '一期工程投入198万元已到位，7月中旬', nth: 1, after: half, want: { text: '一期工程投入198万元已到位,7月中旬', nth: 1 } },
  { source: W, name: 'digits turned full-width', kind: 'changed', before: REPORT, clip: S_BIZ, after: fullDigits(REPORT), want: { text: fullDigits(S_BIZ) } },
  { source: W, name: 'full-width digits turned half-width', kind: 'changed', before: fullDigits(REPORT), clip: fullDigits('企业满意度达到95%以上'), after: REPORT, want: { text: '企业满意度达到95%以上' } },
  { source: W, name: 'width and digits at once', kind: 'changed', before: REPORT, clip: S_FUND, after: fullDigits(half), want: { text: fullDigits(toHalf(S_FUND)) } },
  { source: W, name: 'quotation marks “” turned ""', kind: 'changed', before: REPORT, clip: '实行“一个项目、一名领导、一套班子”的推进机制', after: REPORT.replace(/[“”]/g, '"'), want: { text: '实行"一个项目、一名领导、一套班子"的推进机制' } },

  // Page markers and line breaks.
  { source: W, name: 'page markers appear between sections', kind: 'exact', before: REPORT, clip: S_NEXT, after: withMarkers(REPORT), want: { text: S_NEXT } },
  { source: W, name: 'a page marker spliced inside the quote', kind: 'changed', before: REPORT, clip: S_FUND, after: withMarkers(REPORT, ['专项债券', '专项7/12债券']), want: { text: '全年争取中央预算内投资3200万元、地方政府专项7/12债券1.2亿元' } },
  { source: W, name: 'a page marker at the quote\'s start', kind: 'changed', before: REPORT, clip: S_FUND, after: withMarkers(REPORT, ['全年争取', '7/12全年争取']), want: { text: S_FUND } },
  { source: W, name: 'a page marker at the quote\'s end', kind: 'changed', before: REPORT, clip: S_FUND, after: withMarkers(REPORT, ['1.2亿元，确保', '1.2亿元7/12，确保']), want: { text: S_FUND } },
  { source: W, name: 'the quote saved with a marker the page no longer shows', kind: 'changed', before: withMarkers(REPORT, ['专项债券', '专项7/12债券']), clip: '地方政府专项7/12债券1.2亿元', after: REPORT, want: { text: '地方政府专项债券1.2亿元' } },
  { source: W, name: 'a line break inside the quote', kind: 'changed', before: REPORT, clip: S_NEXT, after: replace(REPORT, '完成投资21亿元，确保', '完成投资21亿元，\n确保'), want: { text: '力争年底前完成投资21亿元，\n确保全年目标任务圆满完成' } },
  { source: W, name: 'a line break and spaces at the quote\'s edges', kind: 'changed', before: REPORT, clip: S_BIZ, after: replace(REPORT, '改革，审批', '改革，\n  审批'), want: { text: S_BIZ } },
  { source: W, name: 'spaces between the characters', kind: 'changed', before: REPORT, clip: '强化组织领导', after: replace(REPORT, '强化组织领导', '强 化 组 织 领 导'), want: { text: '强 化 组 织 领 导' } },
  { source: W, name: 'marker, width and line break together', kind: 'changed', before: REPORT, clip: S_FUND, after: withMarkers(toHalf(REPORT), ['专项债券', '专项\n7/12\n债券']), want: { text: '全年争取中央预算内投资3200万元、地方政府专项\n7/12\n债券1.2亿元' } },

  // Revised figures, a table that gains a row.
  { source: W, name: 'a figure revised in the quote', kind: 'changed', before: REPORT, clip: S_FUND, after: replace(REPORT, '3200万元', '3650万元'), want: { text: '全年争取中央预算内投资3650万元、地方政府专项债券1.2亿元' } },
  { source: W, name: 'a revised figure while the summary keeps the old sentence', kind: 'changed', before: REPORT, clip: S_BODY, nth: 1, after: replace(REPORT, '其中，一期工程投入198万元', '其中，一期工程投入215万元'), want: { text: '一期工程投入215万元已到位，7月中旬将正式开工' } },
  { source: W, name: 'the other phase revised: not the first phase', kind: 'changed', before: REPORT, clip: S_PHASE2, after: replace(REPORT, '二期工程投入198万元尚未到位，预计9月底', '二期工程投入236万元尚未到位，预计10月底'), want: { text: '二期工程投入236万元尚未到位，预计10月底前落实' } },
  { source: W, name: 'a short figure revised (3200万元 → 2150万元)', kind: 'changed', before: REPORT, clip: '投资3200万元', after: replace(REPORT, '投资3200万元', '投资2150万元'), want: { text: '投资2150万元' } },
  { source: W, name: 'a row added above the table', kind: 'changed', before: REPORT, clip: ROW2, after: replace(REPORT, '一期工程　198万元　198万元', '前期工程　198万元　198万元　已完工\n一期工程　198万元　198万元'), want: { text: ROW2 } },
  { source: W, name: 'a row added: 198万元 of row two still', kind: 'changed', before: REPORT, clip: '198万元　120万元', after: replace(REPORT, '二期工程　198万元', '一期续建　198万元　198万元　已完工\n二期工程　198万元'), want: { text: '198万元　120万元' } },
  { source: W, name: 'a row added and the row\'s figure revised', kind: 'changed', before: REPORT, clip: ROW2, after: replace(replace(REPORT, '120万元　在建', '160万元　在建'), '一期工程　198万元　198万元', '前期工程　198万元　198万元　已完工\n一期工程　198万元　198万元'), want: { text: '二期工程　198万元　160万元　在建' } },
  { source: W, name: 'a word reworded (进一步加强 → 持续加强)', kind: 'changed', before: REPORT, clip: '我们将进一步加强项目调度，力争年底前完成投资21亿元', after: replace(REPORT, '我们将进一步加强项目调度', '我们将持续加强项目调度'), want: { text: '我们将持续加强项目调度，力争年底前完成投资21亿元' } },
  { source: W, name: 'text inserted before, half-width', kind: 'changed', before: REPORT, clip: S_NEXT, after: toHalf(replace(REPORT, '一、总体情况', '一、总体情况\n（补充说明：本报告数据截至11月底。）')), want: { text: toHalf(S_NEXT) } },
  { source: W, name: 'a clip across two lines whose break changed', kind: 'changed', before: REPORT, clip: '五、下步打算\n下一步，我们将', after: replace(REPORT, '五、下步打算\n', '五、下步打算\n\n  '), want: { text: '五、下步打算\n\n  下一步，我们将' } },

  { source: W, name: 'the summary copy revised while the body keeps the old sentence', kind: 'changed', before: REPORT, clip: S_BODY, nth: 0, after: replace(REPORT, '。一期工程投入198万元', '。一期工程投入215万元'), want: { text: '一期工程投入215万元已到位，7月中旬将正式开工' } },
  { source: W, name: 'a marker inside and a figure revised', kind: 'changed', before: REPORT, clip: S_FUND, after: withMarkers(replace(REPORT, '3200万元', '3650万元'), ['专项债券', '专项7/12债券']), want: { text: '全年争取中央预算内投资3650万元、地方政府专项7/12债券1.2亿元' } },
  { source: W, name: 'table cells separated by tabs instead of full-width spaces', kind: 'changed', before: REPORT, clip: ROW2, after: REPORT.replace(/　/g, '\t'), want: { text: '二期工程\t198万元\t120万元\t在建' } },
  { source: W, name: 'a word removed from the quote', kind: 'changed', before: REPORT, clip: '积极争取上级资金，全年争取中央预算内投资3200万元', after: replace(REPORT, '积极争取上级资金，', '争取上级资金，'), want: { text: '争取上级资金，全年争取中央预算内投资3200万元' } },
  { source: W, name: 'a word added to the quote', kind: 'changed', before: REPORT, clip: '征地拆迁进度滞后，资金缺口较大', after: replace(REPORT, '资金缺口较大', '项目资金缺口较大'), want: { text: '征地拆迁进度滞后，项目资金缺口较大' } },
  { source: W, name: 'a row added below the table, half-width', kind: 'changed', before: REPORT, clip: '三期工程　350万元　0万元　前期', after: toHalf(replace(REPORT, '三期工程　350万元　0万元　前期', '三期工程　350万元　0万元　前期\n四期工程　198万元　0万元　前期')), want: { text: '三期工程　350万元　0万元　前期' } },

  // The quoted text is gone.
  { source: W, name: 'the quoted sentence deleted; the next is the other phase', kind: 'gone', before: REPORT, clip: '一期工程投入198万元已到位，7月中旬将正式开工；', nth: 0, after: replace(REPORT, '其中，一期工程投入198万元已到位，7月中旬将正式开工；', '其中，'), want: null },
  { source: W, name: 'the body sentence deleted; the summary still has it', kind: 'gone', before: REPORT, clip: '其中，一期工程投入198万元已到位，7月中旬将正式开工', after: replace(REPORT, '其中，一期工程投入198万元已到位，7月中旬将正式开工；', ''), want: null },
  { source: W, name: 'the summary deleted; the body still has the sentence', kind: 'gone', before: REPORT, clip: '完成投资18.6亿元。一期工程投入198万元已到位', after: replace(REPORT, REPORT.split('\n')[1]! + '\n', ''), want: null },
  { source: W, name: 'the sentence replaced by another', kind: 'gone', before: REPORT, clip: '征地拆迁进度滞后', after: replace(REPORT, '征地拆迁进度滞后', '配套设施建设有待完善'), want: null },
  { source: W, name: 'a table row deleted; another row has the same figure', kind: 'gone', before: REPORT, clip: ROW2, after: replace(REPORT, ROW2 + '\n', ''), want: null },
  { source: W, name: 'a paragraph deleted; a similar one elsewhere', kind: 'gone', before: REPORT, clip: '二期工程投入198万元尚未到位，预计9月底前落实', after: replace(REPORT, '；二期工程投入198万元尚未到位，预计9月底前落实', ''), want: null },
  { source: W, name: 'a section deleted, half-width elsewhere', kind: 'gone', before: REPORT, clip: '（二）加大资金保障', after: toHalf(replace(REPORT, REPORT.split('\n')[6]! + '\n', '')), want: null },
  { source: W, name: 'a table row replaced by another project\'s', kind: 'gone', before: REPORT, clip: ROW2, after: replace(REPORT, ROW2, '五期工程　420万元　60万元　在建'), want: null },
  { source: W, name: 'another document', kind: 'gone', before: REPORT, clip: S_BODY, after: '关于2024年度民生实事项目的通知\n各乡镇人民政府：现将有关事项通知如下。', want: null },
];
