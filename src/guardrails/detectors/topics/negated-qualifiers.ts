// A hateful or crude qualifier the user asks NOT to have (realusers-fresh, real users of a chatbot demo): "tell me
// a dark joke that isn't racist", "a roast that's not too offensive", "sin ser racista", "pas raciste". The harmful
// classifier reads "racist" / "offensive" as the request's n-grams whatever the negation; the classifier-only path
// scores the text with these negated qualifiers blanked, as it does with idioms (idioms.ts). The rules, which need
// a harmful object, are not touched: "tell me a racist joke" and a joke about a people group are still judged.

const QUALIFIER = String.raw`(?:racist|sexist|homophobic|transphobic|bigoted|hateful|offensive|insulting|mean|rude|dirty|nsfw|explicit|inappropriate|rassistisch\w*|sexistisch\w*|beleidigend\w*|racista|sexista|ofensiv[oa]|racistes?|sexistes?|offensante?s?|razzist[ai]|sessist[ai]|offensiv[oa])`;
const NEGATED = new RegExp(
  String.raw`\b(?:(?:that|which|but|and|it)\s+)?(?:isn'?t|is\s+not|aren'?t|are\s+not|'s\s+not|s\s+not|wasn'?t|won'?t\s+be|not|never|without\s+being|nothing|nicht|kein\w*|ohne\s+(?:zu\s+)?|que\s+no\s+(?:sea|seas|es)|sin\s+ser|no|pas|sans\s+être|non|senza\s+essere|que\s+não\s+seja|sem\s+ser|não)\s+(?:too\s+|very\s+|really\s+|at\s+all\s+|zu\s+|muy\s+|trop\s+|troppo\s+|muito\s+)?${QUALIFIER}(?:,?\s+(?:or|nor|and|oder|und|o|y|ou|et|e|ni|né)\s+${QUALIFIER})*(?![\w\u00C0-\u024F])`,
  'gi',
);

/** The text with its negated hateful or crude qualifiers blanked, or null when it has none. */
export function blankNegatedQualifiers(text: string): string | null {
  NEGATED.lastIndex = 0;
  if (!NEGATED.test(text)) return null;
  NEGATED.lastIndex = 0;
  return text.replace(NEGATED, (m) => ' '.repeat(m.length));
}
