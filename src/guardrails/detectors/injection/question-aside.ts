// The user parking their own question for a moment (extract2-fresh dev: "Forget my question for a sec. What did I
// tell you to avoid in the itinerary?"). The `task_abandon` family reads "forget my question … tell" as HouYi's
// separator, which drops the task it came with for good; "for a sec", "for now", "for a moment" keeps the user's
// question for later. When that is the text's only injection family, the classifier alone does not flag it (rules,
// e.g. an extraction asked right after, still apply).

import { conceptNames, conceptRegexes } from '../concepts/lexicon.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const TASK_ABANDON = NAMES.indexOf('task_abandon');

const ASIDE =
  /\b(?:forget|never ?mind|skip|drop|scrap|park|leave)\s+(?:about\s+)?my\s+(?:\w+\s+)?(?:question|request|task)\s+(?:for\s+(?:a\s+(?:sec(?:ond)?|moment|minute|bit)|now)|a\s+(?:sec(?:ond)?|moment|minute))\b/i;

/** True when the only injection family in `text` is the user's own question set aside for a moment. */
export function ownQuestionAsideOnly(hits: readonly number[], text: string): boolean {
  return hits.includes(TASK_ABANDON) && hits.every((k) => k >= FAMILIES || k === TASK_ABANDON) && ASIDE.test(text);
}
