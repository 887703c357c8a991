// Figurative uses of violent or criminal verbs in everyday English (issue 15, XSTest-style over-refusal):
// "steal the show", "kill time", "crush the exam", "blow up a photo", "shoot a portrait"; "cheating on me" is
// infidelity, not fraud (realusers-fresh: "how to find out if my husband is cheating on me"). The harmful
// classifier reads the verb's n-grams whatever the sense; the classifier-only path scores the text with these
// phrases blanked (the rules, which need a harmful object, are not touched).

const IDIOM =
  /\b(?:steal(?:s|ing)?|stole) the (?:show|spotlight|scene|limelight)\b|\bkill(?:s|ing|ed)? (?:some )?time\b|\bkill(?:ing|ed)? it\b|\b(?:crush|smash|ace|nail)(?:es|ed|ing)? (?:it|my (?:exam|test|interview|presentation|speech|audition)|the (?:exam|test|interview|presentation|speech|audition|competition))\b|\bblow(?:ing)? up (?:a |the |my |this |that )?(?:photo|picture|image|poster|print|balloon)s?\b|\bshoot(?:ing)? (?:a |the |my |our |some )?(?:photos?|pictures?|videos?|film|portraits?|scenes?|hoops|baskets?|wedding video)\b|\btak(?:e|ing) (?:her|him|them|someone) out (?:on|for) (?:a )?(?:date|dinner|lunch|drinks|coffee)\b|\bcheat(?:s|ing|ed)? on (?:me|him|her|you|them|(?:my|his|her|your|their) (?:wife|husband|girlfriend|boyfriend|partner|fianc[ée]e?|spouse|bf|gf))\b/gi;

/** The text with its figurative violent or criminal phrases blanked, or null when it has none. */
export function blankIdioms(text: string): string | null {
  IDIOM.lastIndex = 0;
  if (!IDIOM.test(text)) return null;
  IDIOM.lastIndex = 0;
  return text.replace(IDIOM, (m) => ' '.repeat(m.length));
}
