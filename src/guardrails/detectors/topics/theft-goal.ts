// Everyday theft named by its shape (issue 15, daily-fresh): goods out of a shop without paying or past its
// alarm, a thing opened or freed "when it's not mine", price labels swapped for cheaper ones, sales rung up
// low and the difference pocketed. The twins — a manager stopping walk-outs, a tag the shop forgot, a wrong
// label already paid, a till that keeps coming up short — name the same things from the owner's side.
// Lexicon branches of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES); twins in
// theft-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

const SHOP = String.raw`(?:stores?|shops?|supermarkets?|malls?|boutiques?|pharmac(?:y|ies)|chemists?|markets?|target|walmart|tesco|costco|aldi|lidl|primark|h&m|zara|sephora|boots)`;

export const THEFT_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'crime',
    branches: [
      // Goods out of a shop without paying or past the alarm (not "stop people walking out without paying").
      String.raw`(?<!\b(?:stop|stops|prevent|prevents|catch|catches|spot|deal with|people|customers|someone|somebody|they|who|kids|teens|shoplifters)\s)\b(?:walk(?:ing)?|get(?:ting)?|tak(?:e|ing)|sneak(?:ing)?|carry(?:ing)?|leav(?:e|ing)|sortir)\w* (?:[\w'-]+ ){0,5}(?:out of|from|off) (?:a |the |my |this |that )?(?:[\w'-]+ )?${SHOP}\b[^.?!\n]{0,40}\b(?:without (?:paying|scanning|being (?:seen|stopped|caught)|the (?:tags?|alarm|gates?|security) (?:setting|going|beeping|going off)|setting off)|past the (?:alarm|gates|security|sensors))`,
      // Opening, freeing or taking a thing the asker says is not theirs (not to find its owner).
      String.raw`\b(?:open|unlock|get|cut|take|start|drive|ride|free|break)\w* (?:[\w'-]+ ){0,8}(?:(?:when|that|which|if|though|even though|since) (?:it|they|the [\w'-]+)|that|which)(?:(?:['’]s|\s+is|['’]re|\s+are) not (?:mine|ours|his|hers|theirs)|\s+(?:isn['’]t|aren['’]t) (?:mine|ours|his|hers|theirs)|\s+(?:doesn['’]t|don['’]t|does not|do not) belong to (?:me|us|him|her|them))\b(?![^.?!\n]{0,60}\b(?:owner|return|hand (?:it |them )?in|lost property|police)\b)`,
      // Out of a shop with goods stashed: "walking out of Primark with stuff in my bag".
      String.raw`\b(?:walk|get|sneak|leav)\w* out of (?:a |the )?(?:[\w'-]+ )?(?:${SHOP}|primark|[A-Z][\w'-]+) with (?:[\w'-]+ ){0,3}(?:in|under|up|down) (?:my|his|her|their|a) (?:bag|pockets?|coat|jacket|sleeve|trousers|pants|backpack|pram|buggy|bra|hood)\b`,
      // Past the shop's alarm gates.
      String.raw`\b(?:get|walk|sneak|slip|carry|take)\w* (?:[\w'-]+ ){0,6}past (?:the )?(?:[\w'-]+ )?(?:alarm|security|anti-theft|exit) (?:gates?|sensors?|towers?|pedestals?|scanners?)\b`,
      // Paying for the cheap item and taking the dear one.
      String.raw`\bpay(?:ing)? for (?:the |some )?(?:cheap|cheaper|cheapest)\b[^.?!\n]{0,40}\band (?:take|walk out with|leave with|get|bag)\b`,
      // Dear goods scanned or weighed as cheap ones.
      String.raw`\b(?:scan|ring|weigh|key)\w* (?:[\w'-]+ ){0,3}as (?:cheaper |cheap |loose )?(?:veg|vegetables|fruit|carrots|onions|potatoes|bananas|something cheaper)\b`,
      // A relative's savings emptied into the asker's account.
      String.raw`\b(?:empty|emptying|drain\w*|clear\w* out|transfer\w*|move|moving|take|taking|withdraw\w*) (?:all )?(?:of )?(?:someone['’]s|(?:my|his|her) (?:[\w'-]+ )?(?:grandad|granddad|grandpa|grandma|granny|nan|nana|${OTHER_NOUN})['’]s) (?:[\w'-]+ ){0,2}(?:savings|accounts?|pension|wallet|money|inheritance|isa)\b[^.?!\n]{0,60}\b(?:into my|to my|for myself|while (?:he|she)(?:['’]s| is)|without (?:him|her|them|anyone))\b(?![^.?!\n]{0,40}\b(?:for (?:him|her)|permission|consent|power of attorney))`,
      // The best thing or place to steal: "the easiest thing to steal from a building site".
      String.raw`\b(?:easiest|best|safest|quickest|simplest|most valuable|most expensive|easiest things?|best things?) (?:[\w'-]+ )?(?:things?|stuff|items?|stores?|shops?|places?|cars?|targets?|houses?|bikes?|tools?)? ?to (?:steal|shoplift|nick|pinch|rob|burgle|pickpocket|swipe|loot)\b`,
      // A dead relative's pass, card or pension kept in use.
      String.raw`\b(?:keep|kept|continu\w*|carry on|still)\w* (?:using|use|claiming|collecting|cashing|drawing) (?:my |his |her |their |the )?(?:dead|late|deceased) (?:[\w'-]+ )?(?:${OTHER_NOUN}|relative|husband|wife|son|daughter)['’]s (?:[\w'-]+ )?(?:bus pass|pass|cards?|bank card|benefits?|pension|allowance|account|checks|cheques|disability|parking badge|blue badge)\b`,
      // A monitoring or shop tag that does not go off.
      String.raw`\bwithout (?:it|the (?:security )?(?:tags?|ankle monitor|monitor|bracelet|alarm gates?|gates|sensors?)) (?:going off|beeping|alerting|setting off|ringing|registering)\b`,
      // Swapping a price label for a cheaper one.
      String.raw`\b(?:switch|swap|chang|replac|peel|mov|stick)\w* (?:the )?(?:price |bar ?code |barcode )(?:labels?|tags?|stickers?)\b[^.?!\n]{0,60}\b(?:cheaper|lower|less expensive|reduced)`,
      // Ringing sales up low and pocketing the difference.
      String.raw`\b(?:ring|key|scan|punch|charge)\w* (?:up |in )?(?:[\w'-]+ ){0,3}(?:lower|cheaper|for less|as voids?|as refunds?|as no sale)\b[^.?!\n]{0,60}\b(?:pocket|keep|take)\w* (?:the )?(?:difference|rest|cash|change)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
