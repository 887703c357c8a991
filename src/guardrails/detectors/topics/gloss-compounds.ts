// German and Dutch compounds for the English gloss (gloss.ts): "Sprengstoffanleitung", "Giftgasherstellung",
// "Kinderpornografie", "zenuwgas" are one word the word map cannot list one by one. A compound is read
// as modifier + head, both of which the word map must know (so an unknown word is never half-read, and
// "Bombenstimmung" stays foreign): the longest known head first (German and Dutch put the head last),
// the modifier with or without its linking element (Fugen-s, -en, -e), itself split once more at most.
// English puts the parts in the same order ("Kinder|pornografie" → "child pornography"); action heads
// take the modifier as their object ("Giftgas|herstellung" → "how to make poison gas").

export interface CompoundLexicon {
  /** A part's English gloss when the word map knows it as a whole word (an inflected stem included), else undefined. */
  part(word: string): string | undefined;
  /** Linking elements a modifier may end in, longest first. */
  links: readonly string[];
  /** Heads (foreign words) whose English takes the modifier as an object: `{}` is where the modifier goes. */
  heads: Readonly<Record<string, string>>;
}

/** A part is a content word: at least four letters, or three when the map knows it exactly ("gas", "gif"). */
const MIN_PART = 3;
/** Compounds of more than three parts are rare in requests; the bound keeps the search small. */
const MAX_DEPTH = 2;

/** The English gloss of a compound, or undefined when it does not split into two known parts. */
export function glossCompound(word: string, lx: CompoundLexicon, depth = 0): string | undefined {
  if (word.length < 2 * MIN_PART + 1) return undefined;
  for (let j = MIN_PART; j <= word.length - MIN_PART; j++) {
    const headWord = word.slice(j);
    const head = lx.part(headWord);
    if (!head) continue;
    const modifier = modifierGloss(word.slice(0, j), lx, depth);
    if (!modifier) continue;
    const template = Object.hasOwn(lx.heads, headWord) ? lx.heads[headWord] : undefined;
    return template ? template.replace('{}', modifier) : `${modifier} ${head}`;
  }
  return undefined;
}

function modifierGloss(m: string, lx: CompoundLexicon, depth: number): string | undefined {
  const whole = lx.part(m);
  if (whole) return whole;
  for (const link of lx.links) {
    if (m.length - link.length < MIN_PART || !m.endsWith(link)) continue;
    const g = lx.part(m.slice(0, -link.length));
    if (g) return g;
  }
  return depth < MAX_DEPTH ? glossCompound(m, lx, depth + 1) : undefined;
}
