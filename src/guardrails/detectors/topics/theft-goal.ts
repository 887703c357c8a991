// Everyday theft named by its shape (issue 15, daily-fresh): goods out of a shop without paying or past its
// alarm, a thing opened or freed "when it's not mine", price labels swapped for cheaper ones, sales rung up
// low and the difference pocketed. The twins — a manager stopping walk-outs, a tag the shop forgot, a wrong
// label already paid, a till that keeps coming up short — name the same things from the owner's side.
// Lexicon branches of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES); twins in
// theft-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';

const SHOP = String.raw`(?:stores?|shops?|supermarkets?|malls?|boutiques?|pharmac(?:y|ies)|chemists?|markets?|target|walmart|tesco|costco|aldi|lidl|primark|h&m|zara|sephora|boots)`;

export const THEFT_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'crime',
    branches: [
      // Goods out of a shop without paying or past the alarm (not "stop people walking out without paying").
      String.raw`(?<!\b(?:stop|stops|prevent|prevents|catch|catches|spot|deal with|people|customers|someone|somebody|they|who|kids|teens|shoplifters)\s)\b(?:walk(?:ing)?|get(?:ting)?|tak(?:e|ing)|sneak(?:ing)?|carry(?:ing)?|leav(?:e|ing)|sortir)\w* (?:[\w'-]+ ){0,5}(?:out of|from|off) (?:a |the |my |this |that )?(?:[\w'-]+ )?${SHOP}\b[^.?!\n]{0,40}\b(?:without (?:paying|scanning|being (?:seen|stopped|caught)|the (?:tags?|alarm|gates?|security) (?:setting|going|beeping|going off)|setting off)|past the (?:alarm|gates|security|sensors))`,
      // Opening, freeing or taking a thing the asker says is not theirs (not to find its owner).
      String.raw`\b(?:open|unlock|get|cut|take|start|drive|ride|free|break)\w* (?:[\w'-]+ ){0,8}(?:when|that|which|if|though|even though|since) (?:it|they|the [\w'-]+)(?:(?:['’]s|\s+is|['’]re|\s+are) not (?:mine|ours)|\s+(?:isn['’]t|aren['’]t) (?:mine|ours)|\s+(?:doesn['’]t|don['’]t|does not|do not) belong to (?:me|us))\b(?![^.?!\n]{0,60}\b(?:owner|return|hand (?:it |them )?in|lost property|police)\b)`,
      // Swapping a price label for a cheaper one.
      String.raw`\b(?:switch|swap|chang|replac|peel|mov|stick)\w* (?:the )?(?:price |bar ?code |barcode )(?:labels?|tags?|stickers?)\b[^.?!\n]{0,60}\b(?:cheaper|lower|less expensive|reduced)`,
      // Ringing sales up low and pocketing the difference.
      String.raw`\b(?:ring|key|scan|punch|charge)\w* (?:up |in )?(?:[\w'-]+ ){0,3}(?:lower|cheaper|for less|as voids?|as refunds?|as no sale)\b[^.?!\n]{0,60}\b(?:pocket|keep|take)\w* (?:the )?(?:difference|rest|cash|change)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
