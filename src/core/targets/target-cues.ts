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
  /**
   * Character groups (CUE_CHARS bits) every match of `re` contains a character of: a clause
   * lacking one cannot match, so the rule is skipped without running the regex.
   */
  needs: number;
}

/** Character groups for Rule.needs (bits); a character may be in several. */
const COMMIT = 1 << 0; // commitment verbs
const JI = 1 << 1; // 计划
const BOUND = 1 << 2; // 不低于…, 控制在
const DAO = 1 << 3; // 到, 至
const NIAN = 1 << 4; // 年
const SET = 1 << 5; // setting a goal: 明确, 确定, 提出 …
const GOAL = 1 << 6; // 目标, 任务
const QIU = 1 << 7; // 要求
const MODAL = 1 << 8;
const ACT = 1 << 9; // first characters of ACTION
const CUE_CHARS: ReadonlyArray<readonly [string, number]> = [
  ['确力争保务必预', COMMIT], ['计', JI], ['不控', BOUND], ['到至', DAO], ['年', NIAN], ['明确提制设下', SET],
  ['目任', GOAL], ['求', QIU], ['将要可须应能需', MODAL], ['完实达建投开竣上到验通运启交', ACT],
];
const CUE_BITS = new Uint16Array(0x10000);
for (const [chars, bit] of CUE_CHARS) for (const c of chars) CUE_BITS[c.charCodeAt(0)]! |= bit;

const YEAR = '(?:\\d{4}|(?:19|20)(?:\\d[xX*＊]|[xX*＊]{2})|[〇零一二三四五六七八九]{4})';
const ACTION = '(?:完成|实现|达到|建成|投入使用|投产|开工|竣工|上报|到位|验收|通车|运行|启用|交付)';

const RULES: readonly Rule[] = [
  // Commitments and forecasts. 确保了 / 保证了 report the past; 保证金 is a deposit.
  { re: /(?:确保|力争|争取|保证|务必|必须|预计)(?![了金书])/g, group: 0, needs: COMMIT },
  // 计划 as a verb (计划投资3亿, 计划于年底); as a noun (年度计划, 有计划地) it promises nothing.
  {
    re: /计划(?=于|在|到|将|今年|明年|年内|年底|投资|投入|完成|建设|实施|开工|新建|建成|改造|启动|推进|开展|用|从|每年|再|新增|增加|安排|引进|申报|举办|召开|培训|发放|种植|造林|[0-9一二两三四五六七八九十])/g,
    group: 0,
    needs: JI,
  },
  // Norms with a bound.
  { re: /不低于|不少于|不超过|不高于|控制在[^，,。；;]{0,12}?(?:以内|以下)/g, group: 0, needs: BOUND },
  // 到2025年…: a future horizon (截至2022年 and 2019年到2021年 look back).
  { re: new RegExp(`(?<![截年\\d])(?:到|至)${YEAR}年(?!以来)`, 'g'), group: 0, needs: DAO | NIAN },
  // The goal itself being set or stated: 明确了今年的主要任务, 确定了整改目标, 主要目标是.
  {
    re: /(?:明确|确定|提出|制定|设定|确立|下达)了?[^，,。；;：:]{0,12}?(目标|任务)/g,
    group: 1,
    unless: /进行了?(?:研究|讨论|分解|部署|安排)|分解|责任书|考核|汇报/,
    needs: SET | GOAL,
  },
  { re: /(?:主要|工作|总体|奋斗|发展|年度|总)?(目标|任务)(?:是|为(?!重点|主)|[：:])/g, group: 1, unless: /分解|责任书|考核/, needs: GOAL },
  // A demand: 要求其建设…; not 按照…要求 / …的要求 / 作出要求：.
  { re: /要求(?=[^的，,。；;：:、\s])/g, group: 0, unless: /(?:按照|根据|依照|按)[^，,。；;]*要求/, needs: QIU },
  // A scheduled action with a modal: 7月底可全面完成, 将于年底建成 (needs a deadline, see caller).
  { re: new RegExp(`(?:将|要|可|须|应|能|需)[^，,。；;]{0,6}?(${ACTION})`, 'g'), group: 1, needs: MODAL | ACT },
];
/** Index of the rule above that needs a deadline in the clause. */
const SCHEDULED_RULE = RULES.length - 1;

/** The CUE_CHARS groups present in text[start, end) (for findCueIn). */
export function cueCharsIn(text: string, start: number, end: number): number {
  let mask = 0;
  for (let i = start; i < end; i++) mask |= CUE_BITS[text.charCodeAt(i)]!;
  return mask;
}

/** False when no rule can match a clause with these CUE_CHARS groups (then findCue is null). */
export function mayHaveCue(chars: number): boolean {
  for (const rule of RULES) if ((chars & rule.needs) === rule.needs) return true;
  return false;
}

/**
 * The earliest cue of `clause` that survives its vetoes; null when none.
 * `hasDeadline` tells whether the clause states a deadline (needed by scheduled actions).
 */
export function findCue(clause: string, hasDeadline: boolean): Cue | null {
  return findCueIn(clause, cueCharsIn(clause, 0, clause.length), () => hasDeadline);
}

/**
 * findCue with the clause's CUE_CHARS groups already known (`chars` must be
 * cueCharsIn(clause)) and the deadline test deferred: `hasDeadline` is called at most once,
 * and only when a scheduled action would be the earliest cue.
 */
export function findCueIn(clause: string, chars: number, hasDeadline: () => boolean): Cue | null {
  let best: Cue | null = null;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if ((chars & rule.needs) !== rule.needs) continue;
    if (rule.unless?.test(clause)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(clause)) !== null) {
      const word = m[rule.group] ?? m[0];
      const index = m.index + m[0].lastIndexOf(word);
      if (best && index >= best.index) break;
      if (!insideTitle(clause, index)) {
        if (i !== SCHEDULED_RULE || hasDeadline()) best = { word, index };
        break;
      }
    }
  }
  return best;
}

/** True when `index` lies inside a 《document title》 of the clause. */
function insideTitle(clause: string, index: number): boolean {
  const open = clause.lastIndexOf('《', index);
  return open >= 0 && clause.lastIndexOf('》', index) < open;
}
