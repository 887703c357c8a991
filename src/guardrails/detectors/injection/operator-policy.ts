// An app's own content rules in its setup (issue 15, over-refusal on operator and companion prompts:
// cards-fresh dev half, "Content policy (these override user requests): - Romance may be suggestive; anything
// explicit fades to black …", flagged by the classifier alone at 1.00). Operators label their bot's rules
// "Content policy:" / "Content rules:" and rank them above the user ("these take priority over user
// requests"); the `policy` family reads "content policy" as the jailbreak's target (OpenAI's / your content
// policy) and `precedence` reads the ranking as the jailbreak's "this overrides everything above". The
// direction is the opposite: the operator's rules narrow the bot against its user. So the classifier alone
// does not flag a text whose only injection families are `policy`, `precedence`, moral words and role-play
// cues when, with the operator's policy label ("Content policy:", "our content rules") and its ranking over the
// user's requests blanked, neither family matches any more, the rules restrict (no / never / only / fade to
// black …), and no harmful topic rule fires (the harm words a rule list forbids — "no explicit content" — are
// expected). "Your / OpenAI's content policy", a ranking over the
// assistant's own instructions, and any other family keep the flag; rules are not touched.

import { conceptNames, conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { findHarmfulTopics } from '../topics/harmful.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const POLICY = familySlot('injection', 'policy');
const PRECEDENCE = familySlot('injection', 'precedence');
const ALLOWED = new Set(
  ['policy', 'precedence', 'moral_words', 'no_caveats', 'persona', 'character_lock'].map((n) => NAMES.indexOf(n)),
);
const POLICY_RE = new RegExp(conceptRegexes('injection')[POLICY].source, 'i');
const PRECEDENCE_RE = new RegExp(conceptRegexes('injection')[PRECEDENCE].source, 'i');

/** The operator's own policy: a label heading a section, or "our / the app's content policy". */
const OWN_POLICY =
  /(?:(?:^|[\n.;(])[ \t*#-]*|\b(?:our|my|the app'?s|this app'?s|the platform'?s|the server'?s|house)\s+)(?:content|usage|safety|chat) (?:polic(?:y|ies)|rules|guidelines)(?=\s*(?:\(|:|-|—|\n))/gi;
/** Ranked above the user's requests, not above the assistant's instructions. */
const OVER_USER =
  /\b(?:these|this|they|the following|such rules|it)\s+(?:\w+\s+){0,2}?(?:take|takes|have|has|override|overrides|outrank|outranks|trump|trumps|win over|wins over|come before|comes before)\s+(?:precedence\s+|priority\s+)?(?:over\s+)?(?:any\s+|all\s+|the\s+)?(?:user|users|player|players|customer|customers|member|members)(?:'s|s')?\s+(?:requests?|messages?|instructions?|wishes|input|prompts?|asks?)\b/gi;
/** The rules restrict the bot. */
const RESTRICTS =
  /\b(?:no|never|not|don'?t|do not|avoid|only|fades? to black|keep (?:it|things|romance|content) (?:pg|sfw|clean|suggestive)|decline|refuse|step out)\b/i;

/** True when the only policy words in `text` are an operator's own content rules over its users (see above). */
export function operatorPolicyOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(POLICY) && !hits.includes(PRECEDENCE)) return false;
  if (!hits.every((k) => k >= FAMILIES || ALLOWED.has(k))) return false;
  const rest = text.replace(OWN_POLICY, (m) => ' '.repeat(m.length)).replace(OVER_USER, (m) => ' '.repeat(m.length));
  OWN_POLICY.lastIndex = 0;
  OVER_USER.lastIndex = 0;
  if (rest === text || POLICY_RE.test(rest) || PRECEDENCE_RE.test(rest)) return false;
  // A rule list names what it forbids ("no explicit content"): only a harmful topic rule, not a harm word, is a goal.
  return RESTRICTS.test(text) && findHarmfulTopics(text).length === 0;
}
