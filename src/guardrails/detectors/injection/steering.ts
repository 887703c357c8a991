// Content steering (concepts/injection-steering.ts: invented news asked for as real, a forced
// stance, a false "only truth", a partisan persona, threats against the model) is flagged when the
// classifier finds it at least as likely an injection as not, below the calibrated threshold: the
// families are structure that benign prompts rarely show (2 of the 3,626 benign training texts and
// none of 245 benign twins match), while the n-grams of such short political asks look like the
// benign questions they open with (issue 15, deepstyle-fresh dev half: 0.78 → 0.85 recall with the floor).

import { hasSteeringFamily } from '../concepts/lexicon.ts';

/** Classifier score a content-steering family needs to be flagged (the model's even-odds point). */
export const STEERING_FLOOR = 0.5;

/** Whether the best window's families and score make a content-steering finding. */
export function steeringFlag(concepts: readonly number[], score: number): boolean {
  return score >= STEERING_FLOOR && hasSteeringFamily(concepts);
}
