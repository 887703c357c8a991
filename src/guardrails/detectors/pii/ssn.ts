// US Social Security numbers: AAA-GG-SSSS with the SSA's never-issued ranges excluded. Unformatted
// nine-digit numbers only count next to a context word.

import { contextBefore, type Finding } from '../finder.ts';

const CANDIDATE = /(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const CONTEXT = /\b(?:ssn|ssns|social security|soc\.? ?sec|ss#|ss no|taxpayer id|tin)\b/i;
const INVALID = new Set(['078051120', '219099999', '123456789', '111111111', '333333333']);

export function validSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  return !INVALID.has(area + group + serial);
}

export function findSsns(text: string): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (!validSsn(m[1], m[3], m[4])) continue;
    const base = m[2] === '-' ? 0.6 : m[2] === ' ' ? 0.45 : 0.3;
    const ctx = contextBefore(text, m.index, CONTEXT, 48);
    out.push({
      type: 'us_ssn',
      start: m.index,
      end: m.index + m[0].length,
      score: ctx ? Math.min(0.95, base + 0.35) : base,
    });
  }
  return out;
}
