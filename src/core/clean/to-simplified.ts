import { SIMPLIFIED, TRADITIONAL } from './simplified-map';

/**
 * The text with each traditional character that the cleaner's rules use replaced by its
 * simplified form, one UTF-16 unit for one, so that offsets into the result are offsets into
 * the text. The rules are written once, in simplified characters, and still recognise the
 * traditional-character mirrors of these sites ("下載資源需要10積分", "忘記密碼?"). Returns the
 * same string when there is nothing to replace.
 */
let table: Uint16Array | null = null;

function lookup(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(65536);
  for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  return table;
}

export function toSimplified(text: string): string {
  const t = lookup();
  let i = 0;
  while (i < text.length && t[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const codes = new Array<number>(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    codes[j] = t[c] || c;
  }
  let out = '';
  for (let j = 0; j < codes.length; j += 8192) out += String.fromCharCode(...codes.slice(j, j + 8192));
  return out;
}
