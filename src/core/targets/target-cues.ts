/**
 * Cue words that make a clause a target (a goal, task or commitment), and the checks that
 * keep a mere mention out. Readers scan targets for what was promised, so precision matters:
 *
 *   target      确保20xx年全面达到验收标准 · 力争… · 预计今年年底将投入使用 · 不低于80%
 *               明确了今年的主要任务 · 主要目标是… · 到2025年… · 7月底可全面完成 · 计划投资…
 *   not target  对创建目标责任任务分解方案进行了研究讨论 (procedure about a goal)
 *               签订了…目标责任书 · 按照…要求 (conformity, not a demand) · 确保了 (past)
 *               《关于确保…的意见》 (a document name) · 有计划地 · 年度创建计划 (nouns)
 */

export interface Cue {
  /** The cue as written (确保, 任务, 到2025年 …). */
  word: string;
  /** Offset of the cue in the clause. */
  index: number;
}

interface Rule {
  re: RegExp;
  /** Which capture group is the cue word (0: the whole match). */
  group: number;
  /** Clause-level vetoes for this rule. */
  unless?: RegExp;
}

const YEAR = '(?:\\d{4}|(?:19|20)(?:\\d[xX*＊]|[xX*＊]{2})|[〇零一二三四五六七八九]{4})';
const ACTION = '(?:完成|实现|达到|建成|投入使用|投产|开工|竣工|上报|到位|验收|通车|运行|启用|交付)';

const RULES: readonly Rule[] = [
  // Commitments and forecasts. 确保了 / 保证了 report the past; 保证金 is a deposit.
  { re: /(?:确保|力争|争取|保证|务必|必须|预计)(?![了金书])/g, group: 0 },
  // 计划 as a verb (计划投资3亿, 计划于年底); as a noun (年度计划, 有计划地) it promises nothing.
  {
    re: /计划(?=于|在|到|将|今年|明年|年内|年底|投资|投入|完成|建设|实施|开工|新建|建成|改造|启动|推进|开展|用|从|每年|再|新增|增加|安排|引进|申报|举办|召开|培训|发放|种植|造林|[0-9一二两三四五六七八九十])/g,
    group: 0,
  },
  // Norms with a bound.
  { re: /不低于|不少于|不超过|不高于|控制在[^，,。；;]{0,12}?(?:以内|以下)/g, group: 0 },
  // 到2025年…: a future horizon (截至2022年 and 2019年到2021年 look back).
  { re: new RegExp(`(?<![截年\\d])(?:到|至)${YEAR}年(?!以来)`, 'g'), group: 0 },
  // The goal itself being set or stated: 明确了今年的主要任务, 确定了整改目标, 主要目标是.
  {
    re: /(?:明确|确定|提出|制定|设定|确立|下达)了?[^，,。；;：:]{0,12}?(目标|任务)/g,
    group: 1,
    unless: /进行了?(?:研究|讨论|分解|部署|安排)|分解|责任书|考核|汇报/,
  },
  { re: /(?:主要|工作|总体|奋斗|发展|年度|总)?(目标|任务)(?:是|为(?!重点|主)|[：:])/g, group: 1, unless: /分解|责任书|考核/ },
  // A demand: 要求其建设…; not 按照…要求 / …的要求 / 作出要求：.
  { re: /要求(?=[^的，,。；;：:、\s])/g, group: 0, unless: /(?:按照|根据|依照|按)[^，,。；;]*要求/ },
  // A scheduled action with a modal: 7月底可全面完成, 将于年底建成 (needs a deadline, see caller).
  { re: new RegExp(`(?:将|要|可|须|应|能|需)[^，,。；;]{0,6}?(${ACTION})`, 'g'), group: 1 },
];
/** Index of the rule above that needs a deadline in the clause. */
const SCHEDULED_RULE = RULES.length - 1;

/**
 * The earliest cue of `clause` that survives its vetoes; null when none.
 * `hasDeadline` tells whether the clause states a deadline (needed by scheduled actions).
 */
export function findCue(clause: string, hasDeadline: boolean): Cue | null {
  let best: Cue | null = null;
  RULES.forEach((rule, i) => {
    if (i === SCHEDULED_RULE && !hasDeadline) return;
    if (rule.unless?.test(clause)) return;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(clause)) !== null) {
      const word = m[rule.group] ?? m[0];
      const index = m.index + m[0].lastIndexOf(word);
      if (best && index >= best.index) break;
      if (!insideTitle(clause, index)) {
        best = { word, index };
        break;
      }
    }
  });
  return best;
}

/** True when `index` lies inside a 《document title》 of the clause. */
function insideTitle(clause: string, index: number): boolean {
  const open = clause.lastIndexOf('《', index);
  return open >= 0 && clause.lastIndexOf('》', index) < open;
}
