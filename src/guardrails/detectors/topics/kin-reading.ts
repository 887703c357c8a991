// The kin reading (issue 15): a prompt read again with each noun or verb the harmful rules do not name
// replaced by its nearest kin they do name (kin-words.ts, from WordNet's hypernym tree): "cut the brake lines
// on my ex's motorcycle" is read as "… on my ex's car", "pilfer" as "steal", "a machete" as "a weapon". The
// rules were written around common words; their users write rarer ones. English only, word by word; words
// the rules name stay as they are.

import { KIN_NOUNS, KIN_VERBS } from './kin-words.ts';

let nouns: Map<string, string> | undefined;
let verbs: Map<string, string> | undefined;

function table(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of s.split(' ')) {
    const i = pair.indexOf(':');
    if (i > 0) m.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return m;
}

// WordNet's detachment rules, noun then verb ("machetes" → "machete", "pilfered" → "pilfer").
const NOUN_ENDINGS: readonly [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['men', 'man'],
];
const VERB_ENDINGS: readonly [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];

/** A kin inflected as the word was ("pilfering" → "stealing", "machetes" → "weapons"). */
function inflect(kin: string, ending: string): string {
  if (ending === '' || ending === 'men') return kin;
  if (ending === 's' || ending === 'es' || ending === 'ies') return kin.endsWith('s') ? kin : `${kin}s`;
  const stem =
    kin.endsWith('e') && !kin.endsWith('ee')
      ? kin.slice(0, -1)
      : /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/.test(kin)
        ? kin + kin.at(-1)
        : kin;
  return ending === 'ing' ? `${stem}ing` : `${stem}ed`;
}

function kinOf(word: string): string | undefined {
  nouns ??= table(KIN_NOUNS);
  verbs ??= table(KIN_VERBS);
  const direct = nouns.get(word) ?? verbs.get(word);
  if (direct) return direct;
  for (const [end, rep] of NOUN_ENDINGS) {
    if (word.length > end.length + 2 && word.endsWith(end)) {
      const k = nouns.get(word.slice(0, -end.length) + rep);
      if (k) return inflect(k, end);
    }
  }
  for (const [end, rep] of VERB_ENDINGS) {
    if (word.length > end.length + 2 && word.endsWith(end)) {
      const stem = word.slice(0, -end.length);
      const k =
        verbs.get(stem + rep) ?? (rep === '' && stem.at(-1) === stem.at(-2) ? verbs.get(stem.slice(0, -1)) : undefined);
      if (k) return inflect(k, end);
    }
  }
  return undefined;
}

/** Only the head is read: a request is short, and it bounds the cost on long texts. */
const HEAD = 2048;
const WORD = /[a-z][a-z-]*[a-z]/g;

/** The text with kin in place of the words the rules do not name, or null when no word changed. */
export function kinReading(norm: string): string | null {
  const head = norm.length > HEAD ? norm.slice(0, HEAD) : norm;
  let changed = false;
  const out = head.toLowerCase().replace(WORD, (w) => {
    if (w.length < 4) return w;
    const k = kinOf(w);
    if (k === undefined) return w;
    changed = true;
    return k;
  });
  return changed ? out : null;
}
