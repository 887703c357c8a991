// Email addresses (ASCII local part and domain; the view is already NFKC-folded, zero-width free).

import type { Finding } from '../finder.ts';

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9@-])/g;

// Spelled-out addresses: "jane at example dot com", "jane [at] example (dot) co (dot) uk".
const AT = String.raw`(?:\s*[[(<{]\s*at\s*[\])>}]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\s*[[(<{]\s*dot\s*[\])>}]\s*|\s+dot\s+)`;
const SPELLED = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,62}${AT}[A-Za-z0-9-]{1,63}(?:(?:${DOT}|\.)[A-Za-z0-9-]{1,63})*${DOT}(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|ch|at|info|biz|me|us|ca|au)\b`,
  'gi',
);

// Prose also says "<word> at <word> dot com": "meet at noon dot com", "see you at lunch dot com". A spelled
// address whose local part is a common verb, pronoun or adverb is read as prose, not as an address (written
// with "@" it is still an address). Mailbox words (info, support, jane …) are not in the list.
const PROSE_BEFORE_AT = new Set(
  `meet meeting met see seeing saw look looking looked arrive arriving arrived be being been is are was were am
  stay staying stop stopping start starting starts end ends ending leave leaving left work working worked live
  living lives eat eating aim aiming point pointing laugh laughing smile smiling stare staring wait waiting
  back here there home me you us him her them it this that we they i one all up down out in off on over only
  just still even both together again tonight today tomorrow later early late sharp exactly around about
  good bad best great well better worse`.split(/\s+/),
);

function prose(match: string): boolean {
  const local = match
    .split(/\s*[[(<{]?\s*\bat\b/i)[0]
    .trim()
    .toLowerCase();
  return PROSE_BEFORE_AT.has(local);
}

export function findEmails(text: string): Finding[] {
  const out: Finding[] = [];
  if (/\bdot\b/i.test(text)) {
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
      if (prose(m[0])) continue;
      out.push({ type: 'email', start: m.index, end: m.index + m[0].length, score: 0.85 });
    }
  }
  if (!text.includes('@')) return out;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    out.push({ type: 'email', start: m.index, end: m.index + m[0].length, score: 0.95 });
  }
  return out;
}
