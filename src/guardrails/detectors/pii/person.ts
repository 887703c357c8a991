// Person names by heuristics: honorifics ("Dr. Jane Roe"), introductions ("my name is …"), and
// gazetteer first names followed by a capitalised surname. Regex cannot find most names; the eval
// reports the recall this reaches.

import type { Finding } from '../finder.ts';
import { FIRST_NAMES } from './gazetteer.ts';

const NAME = "\\p{Lu}[\\p{Ll}'’-]+";
const NAME_SEQ = `${NAME}(?:\\s(?:\\p{Lu}\\.?\\s)?${NAME}){0,2}`;
const HONORIFIC = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sra?)\\.?\\s(${NAME_SEQ})`,
  'dgu',
);
const INTRO = new RegExp(
  `\\b(?:[Mm]y name is|[Nn]ame is|[Nn]ame:|[Cc]all me|[Dd]ear|[Ss]igned|[Rr]egards,|[Ss]incerely,|[Tt]hanks,|[Cc]heers,)\\s+(${NAME_SEQ})`,
  'dgu',
);
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${NAME})(?:\\s\\p{Lu}\\.?(?=\\s))?(?:\\s(${NAME}))?`, 'dgu');

function collect(re: RegExp, text: string, score: number, out: Finding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const idx = m.indices?.[1];
    if (idx) out.push({ type: 'person', start: idx[0], end: idx[1], score });
  }
}

export function findPersons(text: string): Finding[] {
  const out: Finding[] = [];
  collect(HONORIFIC, text, 0.75, out);
  collect(INTRO, text, 0.7, out);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const first = m[1];
    if (!FIRST_NAMES.has(first.toLowerCase())) {
      // Retry from the next word so "Call Anna Smith" still finds "Anna Smith".
      CAPITALISED.lastIndex = m.index + first.length;
      continue;
    }
    const withSurname = m[2] !== undefined;
    out.push({ type: 'person', start: m.index, end: m.index + m[0].length, score: withSurname ? 0.7 : 0.55 });
  }
  return out;
}
