import type { Removal } from '../types';
import { TRADITIONAL } from './simplified-map';

/**
 * Pinyin that traditional-character mirror sites insert after characters to defeat copying
 * ("開(kāi)展", "績(jì)效"). A document's own pinyin (a 语文 lesson's "漂(piāo)浮") looks the same,
 * so the notes are taken only where the page shows the mirror's family: at least MIN_NOTES of
 * them, on a page in traditional characters. Returns [] otherwise.
 */
const SYLLABLE = '\\((?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5})\\)';
/**
 * A note after a character, or after that character's earlier note ("企業(yè)(yè)": some mirrors
 * insert two); the character may be one the mirror's broken encoding turned into a capital
 * letter ("結" → "浣Y"), so one capital between the ideograph and the note is allowed.
 */
const NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff][A-Z]?(?:${SYLLABLE}){0,3})${SYLLABLE}`, 'g');
const TRADITIONAL_CHARS = new Set(TRADITIONAL);
const MIN_NOTES = 3;
const MIN_TRADITIONAL = 5;

export function findPinyinNotes(text: string): Removal[] {
  if (!text.includes('(')) return [];
  const notes = [...text.matchAll(NOTE)];
  if (notes.length < MIN_NOTES) return [];
  let traditional = 0;
  for (let i = 0; i < text.length && traditional < MIN_TRADITIONAL; i++) if (TRADITIONAL_CHARS.has(text[i]!)) traditional++;
  if (traditional < MIN_TRADITIONAL) return [];
  return notes.map((m) => ({ start: m.index, end: m.index + m[0].length, reason: 'watermark' as const, text: m[0] }));
}
