// IBANs: country code, check digits, BBAN; validated by the registry length and ISO 7064 mod-97.

import type { Finding } from '../finder.ts';

const LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ' +
    'ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 ' +
    'LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 ' +
    'QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/g;

export function ibanChecksumOk(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48; // A=10 … Z=35
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

export function findIbans(text: string): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const cand = m[0];
    const len = LENGTHS[cand.slice(0, 2).toUpperCase()];
    if (!len) continue;
    // Take exactly `len` alphanumerics; the regex may have run into the following word.
    let count = 0;
    let end = 0;
    for (; end < cand.length && count < len; end++) if (cand[end] !== ' ') count++;
    if (count < len) continue;
    const next = text[m.index + end];
    if (next !== undefined && /[A-Za-z0-9]/.test(next)) continue;
    const compact = cand.slice(0, end).replace(/ /g, '').toUpperCase();
    if (!ibanChecksumOk(compact)) continue;
    out.push({ type: 'iban', start: m.index, end: m.index + end, score: 0.95 });
    CANDIDATE.lastIndex = m.index + end;
  }
  return out;
}
