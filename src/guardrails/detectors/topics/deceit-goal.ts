// Everyday deceit for gain or harm, named by its shape rather than by a crime's name (issue 15, the lead's
// first-try probes of the twelfth session): a message posing as a school, bank or relative that asks for
// money; a review or post whose claim the asker says is untrue; an injury or records faked for a payout; a
// chargeback for goods received and kept; a scale or meter set so customers pay more; a smoke alarm,
// camera or interlock of someone else's disabled so it fails them. Lexicon branches of the harmful topic
// rules (harmful.ts reads them like GOAL_LEX_RULES: the request phrase and the protective frames decide the
// rest — "help old people spot callers pretending to be from Medicare" is a protective frame). Benign twins
// of each branch are in deceit-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** Someone else's: "my tenant's", "the neighbour's", "someone's", "his" (victim-goal.ts's people, and customers or guests). */
const OTHERS = String.raw`(?:someone['’]?s|somebody['’]?s|his|her|their|(?:my|the|a|our|his|her|their) (?:[\w-]+ )?(?:${OTHER_NOUN}|customer|guest)s?['’]s?)`;

/** Who a scam message poses as. */
const POSED = String.raw`(?:school|bank|hospital|police|sheriff|irs|hmrc|tax office|court|charity|utility|power company|landlord|employer|hr|medicare|social security|grandson|granddaughter|son|daughter|nephew|niece|lawyer|attorney|ceo|boss|fedex|ups|usps|dhl|amazon|paypal|microsoft|apple)`;

/** A money ask. */
const MONEY_ASK = String.raw`(?:\$\s?\d|money|cash|wire\w*|wiring|transfer\w*|gift ?cards?|venmo|zelle|paypal|bitcoin|crypto|bail|fee|payment|pay (?:it|now|right away|immediately|up))`;

/** A safety or monitoring device that protects or watches someone. */
const GUARD_DEVICE = String.raw`(?:smoke (?:detector|alarm)s?|carbon monoxide (?:detector|alarm)s?|co (?:detector|alarm)s?|fire alarms?|sprinklers?|security cameras?|cctv|doorbell cam(?:era)?s?|alarm systems?|baby monitors?)`;

export const DECEIT_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'fraud',
    branches: [
      // A message posing as a school, bank, relative … that asks for money. Not third parties' posing ("scammers posing as the power company", "spot callers pretending to be …").
      String.raw`(?<!\b(?:scammers?|fraudsters?|callers?|criminals?|crooks|thieves|people|someone|somebody|anyone|others|they|who) )\b(?:pretend\w*|pos(?:e|es|ing) as|claim\w* to be|impersonat\w*|disguis\w* as) (?:to be )?(?:from |a |an |the |my |his |her |their |your )?(?:[\w'-]+ ){0,2}${POSED}\b[^.?!\n]{0,160}\b${MONEY_ASK}`,
      // An injury, illness or records faked for a payout.
      String.raw`\b(?:fake|faking|faked|feign\w*|stage|staging|forge|forging|doctor|doctoring|make up|making up|invent\w*)\b (?:a |an |the |my |some )?(?:[\w'-]+ ){0,2}(?:injur(?:y|ies)|limp|illness|disabilit(?:y|ies)|medical records?|doctor['’]?s notes?|sick notes?|symptoms|accident|whiplash|back injury)\b[^.?!\n]{0,100}\b(?:workers['’]? ?comp\w*|disability (?:benefits|payments|checks|cheques)|insurance (?:payout|claim|money|settlement)|payouts?|settlement|compensation|benefits|sick pay)\b`,
      // A chargeback or refund for goods received and kept.
      String.raw`\b(?:chargebacks?|charge back|dispute the charge|refund)\b[^.?!\n]{0,80}\b(?:(?:i|we) (?:actually|already|really|did) (?:received?|got|get|have|used?|wore)|(?:and|but|while|still) (?:i |we )?keep (?:it|the|them)|even though (?:i|we|it) (?:received|got|arrived|came|have))\b`,
      // A scale, meter or pump set so customers pay more.
      String.raw`\b(?:rig|rigging|rigged|tamper\w* with|fiddl\w* with|adjust\w*|set|setting|calibrat\w*)\b (?:the |my |a |our |his )?(?:[\w'-]+ ){0,2}(?:scales?|meters?|pumps?|gauges?|taximeters?|registers?)\b[^.?!\n]{0,80}\b(?:overcharg\w*|charged (?:for )?more|pay (?:for )?more|get (?:less|shorted)|(?:are|get) shorted|without (?:them |anyone |customers )?noticing)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'misinformation',
    branches: [
      // A review, post or report whose claim the asker says is untrue.
      String.raw`\b(?:reviews?|posts?|complaints?|reports?|statements?|comments?|tweets?|articles?|letters?)\b[^.?!\n]{0,80}\b(?:claiming|saying|stating|alleging|accusing|that)\b[^.?!\n]{0,120}\b(?:even though|though|although|when in fact|when actually) (?:i|we|he|she|they|it) (?:never|didn['’]?t|did not|wasn['’]?t|was not|isn['’]?t|is not|haven['’]?t|have not|hasn['’]?t)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      // Someone else's smoke alarm or camera disabled so it fails them.
      String.raw`\b(?:tamper\w* with|disabl\w*|rig|rigging|mess\w* with|jam|jamming|block\w*|unplug\w*|kill|break|breaking) (?:the |a |an )?(?:signal (?:of|on|from) )?(?:${OTHERS} )?(?:[\w'-]+ ){0,1}${GUARD_DEVICE}\b[^.?!\n]{0,60}\b(?:(?:in|on|of|at|for|outside|over) ${OTHERS}|so (?:it|they|that it) (?:never|won['’]?t|doesn['’]?t|does not|can['’]?t|records? nothing|misses)|never goes? off|records? nothing|while (?:i|we) (?:go|get|break|sneak|take))`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
