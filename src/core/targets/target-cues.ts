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
  /** Whether the rule counts only in a clause that states a deadline (see findCueIn). */
  deadline?: boolean;
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
const QIAN = 1 << 10; // 前
const LEVEL = 1 << 11; // holding a level: 控制在, 稳定在, 保持, 维持
const REACH = 1 << 12; // reaching a quantity: 达, 增, 完, 提, 突, 超, 降
const LEAD = 1 << 13; // first characters of POLICY_LEAD and POLICY_VERB
const CALL = 1 << 14; // 号召, 动员, 希望, 请, 建议
const WEI = 1 << 15; // 围绕
const CUE_CHARS: ReadonlyArray<readonly [string, number]> = [
  ['确力争保务必预有期努全坚着致', COMMIT], ['计', JI], ['不控', BOUND], ['到至', DAO], ['年', NIAN], ['明确提制设下', SET],
  ['目任', GOAL], ['求', QIU], ['将要可须应能需', MODAL], ['完实达建投开竣上到验通运启交报', ACT], ['前', QIAN],
  ['控稳保维', LEVEL], ['达增完提突超降', REACH], ['并和同全深扎统有加持不继积切大着努坚进重系研认狠始及科紧抓严推促提保优筑落拓部增维解做打督划启培聚制责', LEAD], ['号动希请建', CALL], ['围', WEI],
];
const CUE_BITS = new Uint16Array(0x10000);
for (const [chars, bit] of CUE_CHARS) for (const c of chars) CUE_BITS[c.charCodeAt(0)]! |= bit;

const YEAR = '(?:\\d{4}|(?:19|20)(?:\\d[xX*＊]|[xX*＊]{2})|[〇零一二三四五六七八九]{4})';
const ACTION = '(?:完成|实现|达到|建成|投入使用|投产|开工|竣工|上报|到位|验收|通车|运行|启用|交付)';

/** A span of a clause: any character but a clause break, or a whole quotation (“…，…”). */
const SPAN = '(?:[“〝][^”〞。；;]*[”〞]|[^，,。；;“〝])';
/** A figure's digits or a blank left to fill in (____%), for quantified goals. */
const AMOUNT = '(?:\\d|_{2,}|＿{2,}|[×xX]{2,})';
/** Adverbs that may open a clause of policy (扎实推进…, 全面优化…), at most two of them. */
const POLICY_LEAD = '(?:并|和|同时|全面|深入|扎实|统筹|有序|加快|持续|不断|继续|积极|切实|大力|着力|努力|坚决|进一步|重点|系统|研究|认真|狠抓|始终|及时|科学|紧紧|抓紧|严格)';
/** Verbs of a clause of policy, what is to be done (not 加强: a section heading says 加强督查). */
const POLICY_VERB = '(?:推进|推动|促进|提升|保障|优化|筑牢|落实|拓宽|部署|增强|维护|加大|解决|抓好|做好|打好|督促落实|划定|启动|培植|狠抓|补短板|遏制|坚持|聚焦|保持|制定|责令|督促|严格按照?|严格执行|严格遵守)';
/** Words a modal 要 or 须/需/应 is followed by when it demands something (要开展…, 须在…前). */
const DEMAND_AFTER = '(?:在|于|按|向|将|对|把|以|每|由|经|附|留|达|提前|及时|切实|认真|坚持|坚决|抓好|抓紧|全面|进一步|加快|加强|积极|严格|准确|深入|牢固|始终|努力|着力|大力|背水|开展|做好|做到|确保|力争|高度|突出|继续|不断|持续|进行|完成|实现|制定|建立|注意|具备|符合|满足|根据|按照)';

const RULES: readonly Rule[] = [
  // Commitments and forecasts. 确保了 / 保证了 report the past; 保证金 is a deposit.
  { re: /(?:确保|力争|争取|保证|务必|必须|预计|有望|预期|力求|争创|全力以赴|坚决|致力于?|努力(?=[做实完推提打建把将让使争确])|着力(?![点]))(?![了金书])/g, group: 0, needs: COMMIT },
  // A demand: 要开展…, 须在12月底前交…, 应于…前报送, 需达____%; not 主要, 重要, 需要, 强调要 (reported).
  {
    re: new RegExp(`(?<![主重需只必纲提简摘概相对适供响反效回呼理答])(?:要|须|需|应当|应该|应(?!对))(?=${DEMAND_AFTER})`, 'g'),
    group: 0,
    unless: /(?:强调|指出|表示|认为)[：:]?[“"]?要|只要/,
    needs: MODAL,
  },
  // A clause that opens with a policy verb: 统筹推进全县…, 全面优化发展环境 (not the past: 落实了).
  { re: new RegExp(`^${POLICY_LEAD}{0,2}(${POLICY_VERB})(?![了过到])`, 'g'), group: 1, needs: LEAD },
  // A call on the audience (号召全镇上下…, 希望大家要抓好落实, 请大家…) or a recommendation (建议次年建立…).
  { re: /^(?:希望|请)(?:大家|全体|全镇|全县|全市|全区|全乡|各级|各单位|各部门|广大)|(?:号召|动员)(?=大家|全体|全[镇县市区乡]|各级|各单位|各部门|广大)|^建议(?=[^，,。；;]{2})/g, group: 0, needs: CALL },
  // Holding a level (耗材占比控制在18.7%, 耕地保有量保持3.77亿亩) or reaching a quantity with a
  // bound (森林覆盖率达到38%以上, 完成率达____%), a rate reaching one (完成率达100%).
  { re: new RegExp(`(?:控制在(?![^，,。；;]{0,12}?(?:以内|以下))|稳定在|保持在?|维持在?)(?=[^，,。；;]{0,14}?${AMOUNT})`, 'g'), group: 0, needs: LEVEL },
  {
    re: new RegExp(`(?:达到|需达|达|增长|增加|提高到|提高|提升至|提升到|突破|超过|降低|下降|完成)(?=[^，,。；;]{0,16}?(?:${AMOUNT}[^，,。；;]{0,8}?(?:以上|左右|以内|以下)|_{2,}|＿{2,}))|(?<=率)达到?(?=\\d)|达到[^，,。；;]{0,10}?要求`, 'g'),
    group: 0,
    needs: REACH,
  },
  // A goal referred to as what the work is about or reaches: 紧紧围绕…的奋斗目标, 聚焦…目标任务,
  // 以…为目标, 全面完成年度…任务; not a count of what was done (完成任务89口), not the past.
  {
    re: new RegExp(`(?:围绕|聚焦|咬定|瞄准|对标|冲刺|完成|实现|达成)(?![了过])${SPAN}{0,60}?(目标|任务)(?![\\d一二三四五六七八九十责分考])`, 'g'),
    group: 1,
    unless: /分解|责任书|考核|已|进行了?(?:研究|讨论)/,
    needs: GOAL,
  },
  { re: new RegExp(`以${SPAN}{1,30}?为(目标)`, 'g'), group: 1, unless: /分解|责任书|考核/, needs: GOAL },
  // A quoted programme worked towards: 紧紧围绕“…”的发展战略.
  { re: new RegExp(`围绕[“〝][^”〞]+[”〞]的(?:发展|开展)?(战略)`, 'g'), group: 1, needs: WEI },
  // A deadline and then the action: 于12月30日前完成…, 年底前完成… (needs a deadline, see caller).
  { re: /前(?:全面|全部|基本)?(完成|实现|达到|建成|投入使用|投产|开工|竣工|上报|报送|交|到位|验收|通车|运行|启用|交付)/g, group: 1, needs: QIAN | ACT, deadline: true },
  // 计划 as a verb (计划投资3亿, 计划于年底); as a noun (年度计划, 有计划地) it promises nothing.
  {
    re: /计划(?=于|在|到|将|今年|明年|年内|年底|投资|投入|完成|建设|实施|开工|新建|建成|改造|启动|推进|开展|用|从|每年|再|新增|增加|安排|引进|申报|举办|召开|培训|发放|种植|造林|[0-9一二两三四五六七八九十])/g,
    group: 0,
    needs: JI,
  },
  // Norms with a bound.
  { re: /不低于|不少于|不超过|不高于|控制在[^，,。；;]{0,12}?(?:以内|以下)/g, group: 0, needs: BOUND },
  // 到2025年…: a future horizon (截至2022年 and 2019年到2021年 look back; 6月17日至2014年 is a range).
  { re: new RegExp(`(?<![截年月日\\d] ?)(?:到|至) ?${YEAR} ?年(?!以来)`, 'g'), group: 0, needs: DAO | NIAN },
  // The goal itself being set or stated: 明确了今年的主要任务, 确定了整改目标, 主要目标是.
  {
    re: new RegExp(`(?:明确|确定|提出|制定|设定|确立|下达)了?(?:[“〝][^”〞。；;]{0,40}[”〞]|[^，,。；;：:“〝]){0,14}?(目标|任务)`, 'g'),
    group: 1,
    unless: /进行了?(?:研究|讨论|分解|部署|安排)|分解|责任书|考核|汇报/,
    needs: SET | GOAL,
  },
  { re: /(?:主要|工作|总体|奋斗|发展|年度|总)?(目标值?|任务)(?:是|为(?!重点|主)|[：:])/g, group: 1, unless: /分解|责任书|考核/, needs: GOAL },
  // A demand: 要求其建设…; not 按照…要求 / …的要求 / 作出要求：.
  { re: /要求(?=[^的，,。；;：:、\s])/g, group: 0, unless: /(?:按照|根据|依照|按)[^，,。；;]*要求(?:[的，,。；;：:、\s]|$)/, needs: QIU },
  // A scheduled action with a modal: 7月底可全面完成, 将于年底建成 (needs a deadline, see caller).
  { re: new RegExp(`(?:将|要|可|须|应|能|需)[^，,。；;]{0,6}?(${ACTION})`, 'g'), group: 1, needs: MODAL | ACT, deadline: true },
];

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
        if (!rule.deadline || hasDeadline()) best = { word, index };
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
