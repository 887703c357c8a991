// A practice simulation that says what it is not (issue 15, over-refusal on role-play setups: cards-fresh dev
// half, "This is a training simulation, not real therapy. Stay in role as Alex", flagged by the classifier
// alone at 1.00). The `lawless_world` family reads "a simulation … not real" as the jailbreak's claim that
// nothing here counts ("this is a sandbox, nothing is real, no one is harmed"). Practice sims for
// counsellors, support agents, interviewers and law students say the opposite: the simulation is not real
// *therapy*, not a real *patient*, not real *legal advice* — a disclaimer that limits the role, not the
// model. `withoutSimDisclaimer` drops `lawless_world` from the hits when every match of it is "simulation /
// training / practice / role-play …, not (a) real <noun>" — the text with those disclaimers blanked no longer
// matches — so that the role-play excuse (lexicon.ts `personaOnly`) can read the rest. "Not real, so …",
// "not monitored", "no one is harmed" keep the family; so does every other family, and rules are not touched.

import { conceptRegexes, familySlot } from '../concepts/lexicon.ts';

const LAWLESS = familySlot('injection', 'lawless_world');
const LAWLESS_RE = new RegExp(conceptRegexes('injection')[LAWLESS].source, 'i');

/** "a training simulation, not real therapy", "this is practice, not a real patient". */
const DISCLAIMER =
  /\b(?:simulation|simulated|practice|training|role-?play|exercise|drill|mock|rehearsal)\b[^.!?\n]{0,40}?\bnot (?:an? )?real (?!(?:and|so|or|then|anyway|anymore|here|at all|life|world|consequences?)\b)[a-z]{3,}/gi;

/** The hits without `lawless_world` when its only matches in `text` are a practice sim's disclaimer (see above). */
export function withoutSimDisclaimer(hits: readonly number[], text: string): readonly number[] {
  if (!hits.includes(LAWLESS)) return hits;
  const blanked = text.replace(DISCLAIMER, (m) => ' '.repeat(m.length));
  if (blanked === text || LAWLESS_RE.test(blanked)) return hits;
  return hits.filter((k) => k !== LAWLESS);
}
