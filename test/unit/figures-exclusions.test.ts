import { describe, it } from 'vitest';
import { expectFigures, type FigureCase } from './figures-expect';

/** Identifiers, ordinals, list numbers, slogans and page markers: none is a figure. */
const none = (text: string): FigureCase => ({ text, expect: [] });

const cases: FigureCase[] = [
  // roads
  none('将105国道xx段作为示范带'),
  none('209国、320国道两旁'),
  none('G320沿线'),
  none('沿S308省道'),
  none('X012县道改造'),
  none('地铁2号线'),
  // upload and update stamps of the site
  none('上传时间:2023-11-02 格式:DOCX'),
  none('更新日期：2019-4-8'),
  none('小李 发表于 2016-3-9 08:41:02'),
  none('2021-05-18 09:30:00 来源:本站'),
  // document, standard, phone, QQ, ICP numbers
  none('国发〔2021〕4号'),
  none('湘政办发[2020]12号'),
  none('依据GB/T 50378-2019'),
  none('执行GB 3838-2002标准'),
  none('通过ISO14001认证'),
  none('PM2.5浓度'),
  none('客服联系 QQ:2149211541'),
  none('备案号:鲁ICP备2024069028号-1'),
  none('联系电话：0731-88886666'),
  none('手机13812345678'),
  none('邮编410000'),
  none('©2015-2020 m.777doc.com 三七文档.'),
  none('编号：3号'),
  none('案卷号00001日期'),
  none('卷号12日期'),
  // serial numbers padded with zeros (a figure never is)
  none('序号001条目'),
  none('档案00001日期'),
  // section and list numbers
  none('一、市委、政府高度重视。'),
  none('(三)我市加大了创建工作的宣传力度'),
  none('（二）加强督查与指导'),
  none('1、强化组织领导。'),
  none('2.1项目概况'),
  none('3.2.1 建设内容'),
  none('①统一规划'),
  // ordinals
  none('第二污水处理厂'),
  none('第三章 总则'),
  none('县长任第一副组长'),
  none('第一责任人'),
  none('第3名'),
  none('第二十条'),
  none('第三次意见征询'),
  // set phrases, slogans and words that start with a numeral
  none('“三个文明”建设'),
  none('“两化”项目'),
  none('“三线”下地工程'),
  none('“三区”地理标注'),
  none('“两沿三地”为整治重点'),
  none('“一号工程”'),
  none('一心一意谋发展'),
  none('召开两会'),
  none('一要高度重视,二要突出重点,三要加强投入,四要完善机制'),
  none('一是全市创建,二是创建生态示范市'),
  none('一批创建工作实施项目'),
  none('一期工程投入'),
  none('二期拦渣坝加高加固'),
  none('两个一百年奋斗目标'),
  none('“十四五”规划'),
  none('十二五期间'),
  none('千家万户'),
  none('千方百计增加收入'),
  none('万无一失'),
  none('十万火急'),
  none('十分重要'),
  none('一系列政策文件'),
  none('一次性补助'),
  none('一带一路'),
  none('实施一系列生态工程'),
  none('三番五次'),
  none('八面山风力发电'),
  none('9大示范项目'),
  none('几年来'),
  // page markers k/N
  none('燃煤9/20锅炉'),
  none('经7/20济社会发展'),
  none('1 / 20'),
  // numbers without a unit
  none('编码123456'),
  none('共计100'),
];

describe('recognizeFigures: not figures', () => {
  it.each(cases)('$text', (c) => expectFigures(c));
});

describe('recognizeFigures: figures next to excluded numbers', () => {
  it.each([
    { text: '209国、320国道两旁绿化3公里', expect: [{ text: '3公里', value: 3 }] },
    { text: '第二污水处理厂日处理2万吨', expect: [{ text: '2万吨', value: 20000 }] },
    { text: '(三)完成造林5000亩', expect: [{ text: '5000亩' }] },
    { text: '1、投资100万元', expect: [{ text: '100万元' }] },
    { text: '“三个文明”建设投入20万元', expect: [{ text: '20万元' }] },
    { text: '国发〔2021〕4号文件下达资金3亿元', expect: [{ text: '3亿元' }] },
    { text: '第3季度增长5%', expect: [{ text: '第3季度', kind: 'date' }, { text: '5%' }] },
    { text: '目前已完成5/20前期投资400万元', expect: [{ text: '400万元' }] },
  ] satisfies FigureCase[])('$text', (c) => expectFigures(c));
});
