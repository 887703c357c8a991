// The purpose of a self-harm question said plainly (issue 15, daily-fresh): an amount or a method asked for "to
// not wake up", "so I never wake up again", "enough to end it tonight". The twins — a safe dose, a cold plunge,
// disposing of a parent's tablets — carry no such purpose. Lexicon branches of the harmful topic rules
// (harmful.ts reads them like GOAL_LEX_RULES; the speaker's own self-harm is not excused by a frame, help-seeking
// still is); twins in self-harm-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';

/** An amount, a method or a place in the same sentence. */
const MEANS = String.raw`(?:how (?:many|much|long|high|deep|cold)|pills?|tablets?|paracetamol|tylenol|ibuprofen|insulin|dose|overdose|meds|medication|sleeping|bath|water|cold|bridge|roof|rope|car|garage|exhaust|vodka|alcohol)`;

export const SELF_HARM_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'self_harm',
    branches: [
      String.raw`\b${MEANS}\b[^.?!\n]{0,80}\b(?:to|so (?:that )?i)(?: would| will| could)? (?:not|never|don['’]t|won['’]t) wake (?:up|back up)(?: again| ever again)?(?=\s*(?:[.?!,;]|$|tonight|for good))`,
      String.raw`\b${MEANS}\b[^.?!\n]{0,80}\benough to (?:end it|end things|end my life|finish it|make sure|be sure|not be here|die)(?: all)?\b`,
      // Knocked out for good.
      String.raw`\b(?:knock|put) (?:me|myself) (?:out|to sleep|under) (?:for good|forever|permanently|for ever)\b`,
      // Cuts or burns placed where nobody sees them.
      String.raw`\b(?:cut|cutting|burn|burning|scratch\w*|hurt\w*)\b[^.?!\n]{0,60}\b(?:on|where on|which part of) (?:my|the|your) (?:body|arms?|legs?|thighs?|wrists?|skin|stomach|hips?)\b[^.?!\n]{0,40}\bso (?:that )?(?:it|they|the (?:marks?|scars?|cuts?|burns?))(?: (?:doesn['’]t|don['’]t|won['’]t|can['’]t))? (?:get |be )?(?:noticed|seen|show|visible)\b|\b(?:where|which part) (?:on|of) (?:my|the|your) (?:body|arms?|legs?)\b[^.?!\n]{0,40}\b(?:cut|burn)\w*\b[^.?!\n]{0,40}\bso (?:that )?(?:it|they)(?: (?:doesn['’]t|don['’]t|won['’]t|can['’]t))? (?:get |be )?(?:noticed|seen|show|visible)\b`,
      // Cuts or burns hidden from those who would help.
      String.raw`(?<!\b(?:stop|quit|not|without)\s)\bhid(?:e|ing) (?:my |the )?(?:cutting|cuts|self[- ]harm(?:ing)?|scars|burns|self[- ]injury)\b[^.?!\n]{0,40}\bfrom\b`,
      // Starving or purging hidden from family.
      String.raw`\b(?:stop eating|starv\w*|not eat(?:ing)?|skip(?:ping)? (?:all )?meals|throw(?:ing)? up|purg\w*)\b[^.?!\n]{0,60}\b(?:hide|hiding|without) (?:it )?(?:from )?(?:my |the |her |his )?(?:[\w'-]+ )?(?:husband|wife|parents|mum|mom|dad|family|partner|doctor|friends|boyfriend|girlfriend|anyone|noticing)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
