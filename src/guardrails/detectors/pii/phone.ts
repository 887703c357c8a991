// Phone numbers. Shape first (digit groups with phone separators), then evidence: a North American
// layout, an international prefix that libphonenumber accepts, or a context word ("Phone:",
// "call me at", "… office"). Bare digit runs without evidence stay below the threshold.

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { contextAfter, contextBefore, type Finding } from '../finder.ts';

const CANDIDATE =
  /(?<![\w@#$€£¥/.:+-])(?<!\d,)(?:\+\d{1,3}[ .-]?|00\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:(?:[ .-]|[ ]?\(\d{1,4}\)[ ]?)\d{1,12}){0,6}(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?(?![\w%]|[.,]\d)/g;
const EXTENSION = /[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6}$/;
const NANP = /^(?:(?:\+?1|001)[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
// A whole candidate that reads as a calendar date (year-month-day or day/month/year).
const DATE = /^(?:(\d{4})([-./])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-./])(\d{1,2})\6(\d{2}|\d{4}))$/;
const BEFORE =
  /(?:\b(?:phone|telephone|tel|mobile|cell|cellphone|fax|whats ?app|sms|text me|call|calling|call me|reach me|dial|ring|contact|answering|messages? to|registered)\b|\b(?:desk|office|home|work|direct|landline)\s*:)[^\n\d]{0,24}\n?[^\n\d]{0,4}$/i;
const AFTER = /^[ \-,:(\\]*(?:office|fax|mobile|cell|home|work|phone|tel)\b/i;

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [a, b] = m[1] ? [Number(m[3]), Number(m[4])] : [Number(m[5]), Number(m[7])];
  // Either order of day and month; both must be plausible.
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function findPhones(text: string): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let s = m[0];
    // Trailing separators are not part of the number.
    s = s.replace(/[ .-]+$/, '');
    const core = s.replace(EXTENSION, '');
    const digits = digitCount(core);
    if (digits < 7 || digits > 15 || isDate(core)) continue;
    const grouped = /[ .()-]/.test(core);
    let score = grouped ? 0.35 : 0.2;
    if (NANP.test(core)) score = 0.75;
    else if (core.startsWith('+') || core.startsWith('00')) {
      const p = parsePhoneNumberFromString(core.startsWith('00') ? `+${core.slice(2)}` : core);
      if (p?.isValid()) score = 0.8;
      else if (p?.isPossible()) score = 0.6;
    }
    const start = m.index;
    const end = start + s.length;
    if (contextBefore(text, start, BEFORE, 40) || contextAfter(text, end, AFTER, 16))
      score = Math.min(0.95, score + 0.4);
    out.push({ type: 'phone', start, end, score });
  }
  return out;
}
