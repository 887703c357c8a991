// Email addresses (ASCII local part and domain; the view is already NFKC-folded, zero-width free).

import type { Finding } from '../finder.ts';

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9@-])/g;

export function findEmails(text: string): Finding[] {
  if (!text.includes('@')) return [];
  const out: Finding[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    out.push({ type: 'email', start: m.index, end: m.index + m[0].length, score: 0.95 });
  }
  return out;
}
