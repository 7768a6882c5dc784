import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { escapePlainMarkers, fullTextMarkdown, fullTextPlain, PLAIN_ESCAPE_NOTE, shownPagesSentence, type FullTextSource } from '../../src/core/export/full-text';
import { makeClip } from './helpers/make-clip';

const TEXT = '某县林业发展规划\n\n   一、主要目标。到2025年，完成造林3万亩。 \n\n\n二、重点任务：森林覆盖率达到45.5%。\n';

/** A source over TEXT (or `text`) with clips on the given quotes (their first occurrence). */
function sourceWith(quotes: Array<{ quote: string; patch?: Parameters<typeof makeClip>[0] }>, extra: Partial<FullTextSource> = {}): FullTextSource {
  const text = extra.text ?? TEXT;
  return {
    title: '某县林业发展“十四五”规划',
    url: 'https://m.777doc.com/doc-4411.html',
    site: '三七文档',
    accessed: new Date(2026, 11, 4, 10),
    text,
    marks: quotes.map(({ quote, patch }) => {
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`not in the text: ${quote}`);
      return { start, end: start + quote.length, clip: makeClip({ text: quote, createdAt: new Date(2026, 11, 1, 10).toISOString(), ...patch }) };
    }),
    missing: [],
    pages: { first: 1, last: 9, count: 20 },
    ...extra,
  };
}

/** The body of the plain text (between the header and the clip list). */
const plainBody = (out: string) => out.split('\n\n')[1]!.replace(/\n$/, '');

/**
 * The plain-text body read as its header tells a reader to: `[摘录n]` and `[/摘录n]` are
 * DocClip's markers (taken out; each clip's text between them kept, one run per line it
 * spans), and any other `[` before `摘录` or `/摘录` has one backslash after it to drop.
 */
function readPlain(body: string): { text: string; clips: Map<number, string[]> } {
  let text = '';
  let at = 0;
  const open = new Map<number, number>();
  const clips = new Map<number, string[]>();
  const close = (n: number, from: number) => clips.set(n, [...(clips.get(n) ?? []), text.slice(from)]);
  for (const m of body.matchAll(/\[(\\+)(?=\/?摘录)|\[(\/?)摘录(\d+)\]|\n/g)) {
    text += body.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[0] === '\n') {
      // A clip still open at a line's end goes on at the next line's start.
      for (const [n, from] of open) {
        close(n, from);
        open.set(n, text.length + 1);
      }
      text += '\n';
    } else if (m[1] !== undefined) text += `[${m[1].slice(1)}`;
    else if (m[2] === '') open.set(Number(m[3]), text.length);
    else {
      close(Number(m[3]), open.get(Number(m[3]))!);
      open.delete(Number(m[3]));
    }
  }
  text += body.slice(at);
  expect(open.size).toBe(0);
  return { text, clips };
}

describe('fullTextPlain', () => {
  it('writes a header with the pages shown, the tidied text with each clip between [摘录n] and [/摘录n], then the clips', () => {
    const out = fullTextPlain(sourceWith([
      { quote: '完成造林3万亩', patch: { page: 3, category: '目标', note: '与省级\n目标对照', tags: ['林业'] } },
      { quote: '45.5%', patch: { page: 4, tags: [] } },
    ]));
    expect(out).toBe(
      [
        '某县林业发展“十四五”规划',
        '来源：三七文档 https://m.777doc.com/doc-4411.html',
        '访问：2026-12-04',
        '页数：网站显示了第 1–9 页（共 20 页）',
        '摘录：2 条，在文中以 [摘录n]…[/摘录n] 标出',
        '',
        '某县林业发展规划',
        '一、主要目标。到2025年，[摘录1]完成造林3万亩[/摘录1]。',
        '二、重点任务：森林覆盖率达到[摘录2]45.5%[/摘录2]。',
        '',
        '摘录',
        '[1] 第 3 页 · 摘录于 2026-12-01 · 分类：目标 · 笔记：与省级 目标对照 · 标签：林业',
        '[2] 第 4 页 · 摘录于 2026-12-01',
        '',
      ].join('\n'),
    );
  });

  it('marks a clip that spans lines from its first text to its last, and overlapping clips each', () => {
    const body = plainBody(fullTextPlain(sourceWith([
      { quote: '主要目标。到2025年，完成造林3万亩。 \n\n\n二、重点任务' },
      { quote: '2025年，完成' },
    ])));
    expect(body).toBe('某县林业发展规划\n一、[摘录1]主要目标。到[摘录2]2025年，完成[/摘录2]造林3万亩。\n二、重点任务[/摘录1]：森林覆盖率达到45.5%。');
  });

  it('clamps a clip that starts or ends on the white space between lines', () => {
    const text = '甲乙\n\n丙丁\n';
    const source = sourceWith([], { text, marks: [{ start: 1, end: 4, clip: makeClip() }] });
    expect(plainBody(fullTextPlain(source))).toBe('甲[摘录1]乙[/摘录1]\n丙丁');
    const onSpace = sourceWith([], { text, marks: [{ start: 2, end: 4, clip: makeClip({ text: '\n\n' }) }] });
    // A clip over white space alone shows nowhere in the text: it is listed with the missing ones.
    expect(fullTextPlain(onSpace)).toContain('未在本页文字中找到的摘录\n[1] ');
  });

  it('lists the clips of the document that are not in the text, so none is lost', () => {
    const out = fullTextPlain(sourceWith([{ quote: '45.5%' }], { missing: [makeClip({ text: '另一页的\n摘录', page: 12, note: '待核实' })] }));
    expect(out.endsWith('未在本页文字中找到的摘录\n[2] 另一页的 摘录（第 12 页 · 摘录于 2026-11-01 · 笔记：待核实 · 标签：林业, target）\n')).toBe(true);
  });

  it('gives back the tidied text once the markers are taken out, whatever the clips (fast-check)', () => {
    const text = fc
      .array(fc.constantFrom('甲', '乙', 'a', ' ', '\n', '\n\n', '　', '*', '#', '1.', '-', '[', '\\', '/', '摘录', '1', ']', '[摘录1]', '[/摘录2]', '[\\摘录'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), (t, spans) => {
        const marks = spans
          .map(([a, b]) => [Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)] as const)
          .filter(([s, e]) => e > s)
          .map(([start, end]) => ({ start, end, clip: makeClip({ text: t.slice(start, end) }) }));
        const out = fullTextPlain(sourceWith([], { text: t, marks }));
        const tidied = t.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
        const [, body = ''] = out.trimEnd().split('\n\n');
        expect(tidied === '' ? '' : readPlain(body).text).toBe(tidied);
        for (const n of marks.keys()) expect(out.split(`[摘录${n + 1}]`).length - 1).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fullTextPlain: the page\'s own text that looks like a marker', () => {
  const cases: { name: string; text: string; quotes: string[]; body: string; clips: string[][] }[] = [
    { name: 'a page quoting [摘录1] and [/摘录1], no clip', text: '见[摘录1]与[/摘录1]。', quotes: [], body: '见[\\摘录1]与[\\/摘录1]。', clips: [] },
    { name: 'a clip around the page\'s own [摘录1]', text: '甲[摘录1]乙', quotes: ['[摘录1]乙'], body: '甲[摘录1][\\摘录1]乙[/摘录1]', clips: [['[摘录1]乙']] },
    { name: 'a clip starting inside the look-alike: the page\'s [ stays plain', text: '甲[摘录9]乙', quotes: ['摘录9]'], body: '甲[[摘录1]摘录9][/摘录1]乙', clips: [['摘录9]']] },
    { name: 'a page already escaped: one more backslash', text: '[\\摘录2] 与 [\\\\/摘录3]', quotes: ['与'], body: '[\\\\摘录2] [摘录1]与[/摘录1] [\\\\\\/摘录3]', clips: [['与']] },
    { name: 'a [ right before a marker, and 摘录 without [', text: '[甲 摘录1] 乙', quotes: ['甲'], body: '[[摘录1]甲[/摘录1] 摘录1] 乙', clips: [['甲']] },
    { name: 'full-width brackets are not markers', text: '【摘录1】', quotes: [], body: '【摘录1】', clips: [] },
  ];
  it.each(cases)('$name', ({ text, quotes, body, clips }) => {
    const out = fullTextPlain(sourceWith(quotes.map((quote) => ({ quote })), { text }));
    expect(plainBody(out)).toBe(body);
    const read = readPlain(plainBody(out));
    expect(read.text).toBe(text);
    expect([...read.clips.keys()].sort().map((n) => read.clips.get(n))).toEqual(clips);
    // The header says how look-alikes are written exactly when the body has one escaped.
    expect(out.split('\n\n')[0]!.split('\n').includes(PLAIN_ESCAPE_NOTE)).toBe(/\[\\+\/?摘录/.test(body));
  });

  const escapes: [string, string][] = [
    ['[摘录1]', '[\\摘录1]'],
    ['[/摘录12]', '[\\/摘录12]'],
    ['[\\\\摘录', '[\\\\\\摘录'],
    ['[[摘录', '[[\\摘录'],
    ['[ 摘录1]', '[ 摘录1]'],
    ['摘录1]', '摘录1]'],
    ['[摘要1]', '[摘要1]'],
  ];
  it.each(escapes)('escapePlainMarkers(%j) = %j', (text, expected) => {
    expect(escapePlainMarkers(text)).toBe(expected);
  });

  it('a page without look-alikes has no such header line', () => {
    expect(fullTextPlain(sourceWith([{ quote: '45.5%' }]))).not.toContain(PLAIN_ESCAPE_NOTE);
  });

  it('each clip\'s text comes back between its markers, whatever the page and the clips (fast-check)', () => {
    const text = fc.array(fc.constantFrom('甲', 'a', ' ', '\n', '[', '\\', '/', '摘录', '1', ']', '[摘录1]', '[/摘录1]'), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.tuple(fc.nat(), fc.nat()), (t, [a, b]) => {
        const line = t.split('\n').map((l) => l.trim()).filter(Boolean)[0];
        fc.pre(line !== undefined);
        const from = Math.min(a, b) % line!.length;
        const to = from + 1 + (Math.max(a, b) % (line!.length - from));
        const quote = line!.slice(from, to);
        fc.pre(quote.trim() === quote && quote !== '');
        const start = t.indexOf(line!) + from;
        const out = fullTextPlain(sourceWith([], { text: t, marks: [{ start, end: start + quote.length, clip: makeClip({ text: quote }) }] }));
        expect(readPlain(plainBody(out)).clips.get(1)).toEqual([quote]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fullTextMarkdown', () => {
  it('writes front matter read by yaml, a heading, the pages shown, the text with <mark> and footnotes', () => {
    const out = fullTextMarkdown(sourceWith([{ quote: '完成造林3万亩', patch: { page: 3, category: '目标', note: '对照', tags: ['林业'] } }]));
    const [, front, rest] = /^---\n([^]*?)\n---\n\n([^]*)$/.exec(out)!;
    expect(parseYaml(front!)).toEqual({
      title: '某县林业发展“十四五”规划',
      url: 'https://m.777doc.com/doc-4411.html',
      site: '三七文档',
      accessed: '2026-12-04',
      'pages-shown': '1-9',
      'pages-total': 20,
    });
    expect(rest!.split('\n\n')).toEqual([
      '# 某县林业发展“十四五”规划',
      '[三七文档](https://m.777doc.com/doc-4411.html) · 访问于 2026-12-04 · 网站显示了第 1–9 页（共 20 页）。',
      '某县林业发展规划',
      '一、主要目标。到2025年，<mark>完成造林3万亩</mark>[^1]。',
      '二、重点任务：森林覆盖率达到45.5%。',
      '[^1]: 第 3 页 · 摘录于 2026-12-01 · 分类：目标 · 笔记：对照 · 标签：林业\n',
    ]);
  });

  it('closes and reopens the mark around a line break and where overlapping clips end', () => {
    const out = fullTextMarkdown(sourceWith([{ quote: '主要目标。到2025年，完成造林3万亩。 \n\n\n二、重点任务' }, { quote: '2025年，完成' }]));
    const paragraphs = out.split('\n\n');
    expect(paragraphs).toContain('一、<mark>主要目标。到2025年，完成</mark>[^2]<mark>造林3万亩。</mark>');
    expect(paragraphs).toContain('<mark>二、重点任务</mark>[^1]：森林覆盖率达到45.5%。');
  });

  const escapes: [string, string][] = [
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['a*b*c_d_[e](f)<g>`h`', 'a\\*b\\*c\\_d\\_\\[e\\](f)\\<g\\>\\`h\\`'],
  ];
  it.each(escapes)('escapes %j so that it shows as written', (line, expected) => {
    expect(fullTextMarkdown(sourceWith([], { text: line, title: '' })).trimEnd().split('\n\n')).toContain(expected);
  });

  it('lists the clips not in the text as a numbered list after the text', () => {
    const out = fullTextMarkdown(sourceWith([{ quote: '45.5%' }], { missing: [makeClip({ text: '别处*摘录*', page: null, tags: [], createdAt: new Date(2026, 10, 1, 10).toISOString() })] }));
    expect(out).toContain('## 未在本页文字中找到的摘录\n\n2. 别处\\*摘录\\*（摘录于 2026-11-01）');
  });
});

/**
 * A paragraph of the Markdown read as CommonMark would show its text: a backslash and the
 * character after it are that character; `<mark>`, `</mark>` and `[^n]` are markup. `balanced`:
 * each <mark> is closed before the next opens and by the paragraph's end.
 */
function readBack(paragraph: string): { text: string; balanced: boolean } {
  let text = '';
  let open = false;
  let balanced = true;
  for (let i = 0; i < paragraph.length; ) {
    const rest = paragraph.slice(i);
    const ref = /^\[\^\d+\]/.exec(rest);
    if (rest[0] === '\\' && i + 1 < paragraph.length) {
      text += paragraph[i + 1];
      i += 2;
    } else if (rest.startsWith('<mark>') || rest.startsWith('</mark>')) {
      const opening = rest.startsWith('<mark>');
      if (opening === open) balanced = false;
      open = opening;
      i += opening ? 6 : 7;
    } else if (ref) {
      i += ref[0].length;
    } else {
      text += rest[0];
      i += 1;
    }
  }
  return { text, balanced: balanced && !open };
}

describe('both formats, whatever the text and the clips (fast-check)', () => {
  const text = fc.array(fc.constantFrom('甲', '乙', 'a', ' ', '\n', '\n\n', '　', '*', '#', '1.', '-', '<', '[', '\\', '='), { maxLength: 40 }).map((p) => p.join(''));
  const sources = fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 })).map(([t, spans]) =>
    sourceWith([], {
      text: t,
      marks: spans
        .map(([a, b]) => [Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)] as const)
        .filter(([start, end]) => end > start)
        .map(([start, end]) => ({ start, end, clip: makeClip({ text: t.slice(start, end) }) })),
    }),
  );
  const tidy = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);

  it('Markdown: each line of the text is a paragraph that reads as written once marks, footnote references and escapes are taken out', () => {
    fc.assert(
      fc.property(sources, (source) => {
        const paragraphs = fullTextMarkdown(source).trimEnd().split('\n\n').slice(3);
        const lines = tidy(source.text);
        const read = paragraphs.slice(0, lines.length).map(readBack);
        expect(read.map((r) => r.text)).toEqual(lines);
        // Every <mark> is closed on its line, and not nested.
        for (const r of read) expect(r.balanced).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('shownPagesSentence', () => {
  const cases: [FullTextSource['pages'], string][] = [
    [null, '页面上没有页码标记，网站显示了几页不详'],
    [{ first: 3, last: 3, count: 10 }, '网站显示了第 3 页（共 10 页）'],
    [{ first: 1, last: 9, count: 20 }, '网站显示了第 1–9 页（共 20 页）'],
    [{ first: 2, last: 5, count: null }, '网站显示了第 2–5 页'],
  ];
  it.each(cases)('%j → %s', (pages, expected) => {
    expect(shownPagesSentence(pages)).toBe(expected);
  });
});
