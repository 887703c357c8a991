// Payment card numbers: 12–19 digits (optionally grouped by spaces, dashes or dots), Luhn-valid, with a
// known issuer prefix and length. Short numbers need a context word to count.

import { contextBefore, type Finding } from '../finder.ts';

// Dots only between groups of four (4111.1111.1111.1111), so decimals and version numbers stay out.
const CANDIDATE = /(?<![\d.,-])(?:\d{4}(?:\.\d{4}){2,3}(?:\.\d{1,3})?|\d(?:[ -]?\d){11,18})(?![\d]|[.,-]\d)/g;
const CONTEXT =
  /\b(?:card|cc|visa|master ?card|amex|american express|discover|maestro|jcb|credit|debit|payment|pan)\b/i;

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** True when the prefix and length match a card scheme (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay, Mir). */
export function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p4 >= 2200 && p4 <= 2204) return n >= 16 && n <= 19;
  if (p2 === 34 || p2 === 37) return n === 15;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19;
  if (p4 === 1800 || p4 === 2131) return n === 15;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p2 === 62 || p2 === 81) return n >= 16 && n <= 19;
  if (d[0] === '6' || p2 === 50 || (p2 >= 56 && p2 <= 58)) return n >= 12 && n <= 19; // Discover, Maestro
  return false;
}

export function findCards(text: string): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const digits = m[0].replace(/[ .-]/g, '');
    if (!luhn(digits) || /^(\d)\1+$/.test(digits)) continue;
    const ctx = contextBefore(text, m.index, CONTEXT, 48);
    // Unknown issuer prefixes (test numbers, new ranges) count only next to a context word.
    const long = digits.length >= 14;
    const base = knownIssuer(digits) ? (long ? 0.8 : 0.4) : long ? 0.35 : 0;
    const score = ctx ? base + 0.2 : base;
    if (score > 0)
      out.push({ type: 'credit_card', start: m.index, end: m.index + m[0].length, score: Math.min(0.97, score) });
  }
  return out;
}
