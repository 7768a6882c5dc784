import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';

/**
 * More shapes of the generic layer that the real-page corpus showed on several sites (QUALITY.md,
 * "Per clutter family"). Every text here is written for this test. `gone` must leave the cleaned
 * text; `kept` must stay in it (white space ignored).
 */
interface Case {
  name: string;
  text: string;
  gone: string[];
  kept: string[];
}

const cases: Case[] = [
  {
    name: 'a forum author line whose bars carry the toolbar',
    text: '某网友 发表于 2019-3-2 08:10:05 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题\n正文第一段写的是基层工作。',
    gone: ['发表于', '显示全部楼层', '上一主题'],
    kept: ['正文第一段写的是基层工作。'],
  },
  {
    name: 'a table row with bars stays when one cell is the document\'s',
    text: '张三 | 2019-3-2 08:10:05 | 打印\n项目 | 数量 | 金额',
    gone: [],
    kept: ['张三 | 2019-3-2 08:10:05 | 打印', '项目 | 数量 | 金额'],
  },
  {
    name: 'the site name learnt from "X,欢迎您!" goes alone and with its slogan',
    text: '某某公文网,欢迎您!\n某某公文网 - 范文写作大全\n某某公文网\n本文提到某某公文网 - 只在句中。',
    gone: ['欢迎您', '范文写作大全', '\n某某公文网\n'],
    kept: ['本文提到某某公文网 - 只在句中。'],
  },
  {
    name: 'two pinyin notes after one character both go, the word joins',
    text: '歡迎來到某網!\n企業(yè)(yè)現有職工(gōng)三百人,規(guī)劃(huà)明年投產。',
    gone: ['(yè)', '(gōng)', '(guī)', '(huà)'],
    kept: ['企業現有職工三百人,規劃明年投產。'],
  },
  {
    name: 'ASCII noise glued to the end of a sentence, but not the sentence\'s own colon',
    text: '已完成管网铺设80公里。7 `: q2 }# f. y3 Y6 K5\n工作分为三个部分: 3 E/ {/ g: ]6 Q" ]/ y7\n完成率达到95%。# n* K6 A% v/ ^0 t',
    gone: ['7 `: q2', 'E/ {/ g:', '# n* K6'],
    kept: ['已完成管网铺设80公里。', '工作分为三个部分:', '完成率达到95%。'],
  },
  {
    name: 'a site block cut mid-word joins the next block after its chunk number',
    text: `资源描述\n1、${'全乡上下围绕年度目标扎实推进各项工作,'.repeat(9)}种植面积扩\n\n2、大到三千亩,产值明显提\n\n3、高。`,
    gone: ['1、全乡', '2、', '3、'],
    kept: ['种植面积扩大到三千亩,产值明显提高。'],
  },
];

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('generic clutter: more real-page shapes', () => {
  it.each(cases)('$name', ({ text, gone, kept }) => {
    const cleaned = `\n${cleanText(text).text}\n`;
    for (const g of gone) expect(cleaned, `left: ${g}`).not.toContain(g);
    for (const k of kept) expect(squeeze(cleaned), `lost: ${k}`).toContain(squeeze(k));
  });

  it('joins the halves of a cut word without white space between them', () => {
    const text = `资源描述\n1、${'全乡上下围绕年度目标扎实推进各项工作,'.repeat(9)}种植面积扩\n\n2、大到三千亩。`;
    expect(cleanText(text).text).toContain('种植面积扩大到三千亩。');
  });
});
