/**
 * The traditional characters of the target cues, made simplified one UTF-16 unit for one, so
 * that the cue rules (written once, in simplified characters) also read the traditional-
 * character mirrors of the sites (確保銷售目標按期達成, 須在12月底前, 應于…前完成) and offsets
 * into the folded text are offsets into the text. Only characters whose simplified form is
 * unambiguous in these words are listed.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['確', '确'], ['爭', '争'], ['證', '证'], ['務', '务'], ['須', '须'], ['預', '预'], ['計', '计'],
  ['劃', '划'], ['標', '标'], ['務', '务'], ['達', '达'], ['實', '实'], ['現', '现'], ['應', '应'],
  ['將', '将'], ['設', '设'], ['確', '确'], ['於', '于'], ['為', '为'], ['爲', '为'], ['製', '制'],
  ['訂', '订'], ['圍', '围'], ['繞', '绕'], ['進', '进'], ['動', '动'], ['強', '强'], ['優', '优'],
  ['體', '体'], ['維', '维'], ['護', '护'], ['統', '统'], ['籌', '筹'], ['堅', '坚'], ['決', '决'],
  ['續', '续'], ['極', '极'], ['斷', '断'], ['開', '开'], ['啟', '启'], ['啓', '启'], ['驗', '验'],
  ['收', '收'], ['竣', '竣'], ['運', '运'], ['營', '营'], ['報', '报'], ['場', '场'], ['億', '亿'],
  ['萬', '万'], ['個', '个'], ['億', '亿'], ['長', '长'], ['穩', '稳'], ['維', '维'], ['額', '额'],
  ['達', '达'], ['狀', '状'], ['題', '题'], ['點', '点'], ['領', '领'], ['導', '导'], ['學', '学'],
  ['掃', '扫'], ['規', '规'], ['範', '范'], ['處', '处'], ['號', '号'], ['員', '员'], ['責', '责'],
  ['書', '书'], ['審', '审'], ['評', '评'], ['價', '价'], ['說', '说'], ['後', '后'], ['內', '内'],
  ['經', '经'], ['濟', '济'], ['產', '产'], ['業', '业'], ['週', '周'], ['屆', '届'], ['當', '当'],
  ['該', '该'], ['嚴', '严'], ['認', '认'], ['準', '准'], ['確', '确'], ['覺', '觉'], ['盡', '尽'],
  ['謂', '谓'], ['調', '调'], ['顯', '显'], ['齊', '齐'], ['權', '权'], ['則', '则'], ['據', '据'],
  ['覆', '覆'], ['蓋', '盖'], ['級', '级'], ['幹', '干'], ['養', '养'], ['訓', '训'], ['練', '练'],
  ['銷', '销'], ['較', '较'], ['專', '专'], ['項', '项'], ['貫', '贯'], ['徹', '彻'], ['舉', '举'],
  ['辦', '办'], ['門', '门'], ['們', '们'], ['時', '时'], ['間', '间'], ['節', '节'], ['構', '构'],
  ['築', '筑'], ['牢', '牢'], ['補', '补'], ['短', '短'], ['強', '强'], ['紮', '扎'], ['結', '结'],
  ['總', '总'], ['會', '会'], ['東', '东'], ['參', '参'], ['環', '环'], ['關', '关'], ['係', '系'],
  ['單', '单'], ['階', '阶'], ['段', '段'], ['務', '务'], ['請', '请'], ['號', '号'], ['動', '动'],
  ['員', '员'], ['讓', '让'], ['擴', '扩'], ['寬', '宽'], ['聚', '聚'], ['焦', '焦'], ['難', '难'],
];

let table: Uint16Array | null = null;

function lookup(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(65536);
  for (const [t, s] of PAIRS) if (t !== s) table[t.charCodeAt(0)] = s.charCodeAt(0);
  return table;
}

/** `text` with the traditional cue characters made simplified; the same string when it has none. */
export function foldCueText(text: string): string {
  const t = lookup();
  let i = 0;
  const n = text.length;
  while (i < n && t[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;
  const out: string[] = [text.slice(0, i)];
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const s = t[c]!;
    out.push(s === 0 ? text[i]! : String.fromCharCode(s));
  }
  return out.join('');
}
