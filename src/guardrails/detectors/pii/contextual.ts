// Identifiers that only mean something next to a context word: dates of birth, passport numbers,
// driving-licence numbers. The value must follow the context word closely.

import type { Finding } from '../finder.ts';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

const DOB = new RegExp(
  `\\b(?:born(?:\\s+on)?|birth\\s*date|date\\s+of\\s+birth|d\\.?o\\.?b\\.?|birthday|geboren(?:\\s+am)?|né(?:e)?\\s+le)\\b[^\\n\\d]{0,24}(${DATE})`,
  'dgi',
);
const PASSPORT =
  /\bpassport(?:\s+(?:no|number|num|id))?\.?\b[^\n\dA-Z]{0,24}(?:is\s+|:\s*|#\s*)?([A-Z]{0,2}\d[A-Z0-9]{5,8})(?![A-Za-z0-9])/dgi;
const LICENCE =
  /\b(?:driver'?s?|driving|drivers)\s+licen[cs]e(?:\s+(?:no|number|num|id))?\.?|\bDL\s*(?:#|no\.?|number)/dgi;
const LICENCE_VALUE =
  /^[^\n\dA-Za-z]{0,6}(?:(?:is|was|reads|number|no\.?|#)[^\n\dA-Za-z]{0,4}){0,2}([A-Z]{0,3}[0-9][A-Z0-9-]{3,17})(?![A-Za-z0-9-])/di;

function grouped(re: RegExp, type: string, text: string, score: number): Finding[] {
  const out: Finding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const idx = m.indices?.[1];
    if (idx) out.push({ type, start: idx[0], end: idx[1], score });
  }
  return out;
}

export function findDatesOfBirth(text: string): Finding[] {
  return grouped(DOB, 'date_of_birth', text, 0.85);
}

export function findPassports(text: string): Finding[] {
  if (!/passport/i.test(text)) return [];
  return grouped(PASSPORT, 'passport', text, 0.85);
}

export function findDriverLicences(text: string): Finding[] {
  if (!/licen[cs]e|\bDL\b/i.test(text)) return [];
  const out: Finding[] = [];
  LICENCE.lastIndex = 0;
  for (let m = LICENCE.exec(text); m; m = LICENCE.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 48);
    const v = LICENCE_VALUE.exec(rest);
    const idx = v?.indices?.[1];
    if (!v || !idx || (v[1].match(/\d/g)?.length ?? 0) < 4) continue;
    const base = m.index + m[0].length;
    out.push({ type: 'driver_license', start: base + idx[0], end: base + idx[1], score: 0.85 });
  }
  return out;
}
