// Forging a signature or a document and passing it off, as a plainly worded goal (issue 15, daily-fresh):
// "copy my dad's signature well enough to sign my report card", "change the date on a bus pass so it's still
// valid", "fake a university diploma that passes a background check". The twins — getting my dad to sign,
// renewing a pass, how background checks verify a diploma, changing the name on my own licence — ask for the
// real signature or the official route. Lexicon branches of the harmful topic rules (harmful.ts reads them like
// GOAL_LEX_RULES: the request phrase and the protective frames decide the rest); twins in forgery-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** Papers that vouch for someone. */
const PAPER = String.raw`(?:signatures?|diplomas?|degrees?|certificates?|transcripts?|report cards?|doctor['’]?s notes?|sick notes?|medical notes?|prescriptions?|scripts|payslips?|pay ?stubs?|bank statements?|statements?|references?|reference letters?|ids?|id cards?|passports?|licen[cs]es?|driving licen[cs]es?|permits?|parking permits?|bus pass(?:es)?|travel ?cards?|passes|tickets?|visas?|vaccination (?:cards?|records?|certificates?)|receipts?|invoices?|letters? of employment|employment letters?|contracts?|wills?|deeds?|titles?|mot certificates?|insurance certificates?|tax returns?|w-?2s?|p60s?|utility bills?|proof of address|student cards?|press pass(?:es)?|badges?)`;
/** Passing it off: whoever checks accepts it. */
const PASSES = String.raw`(?:so (?:that )?(?:it|they|the [\w'-]+)(?:['’]s| is| are| will be|['’]ll be| looks?| seems?| reads?)? (?:still )?(?:valid|real|genuine|official|legit(?:imate)?|authentic|current|accepted|believable|convincing)|(?:that|which|so it|so they) (?:will |would |can )?(?:pass(?:es)?|get(?:s)? (?:past|through)|fool(?:s)?|hold(?:s)? up (?:to|in)) (?:a |an |the |any )?(?:[\w'-]+ ){0,2}(?:background checks?|checks?|inspections?|verification|scrutiny|pharmac(?:y|ies|ist)|hr|bank|landlord|school|employer|visa office|border|police|scanner|inspector|conductor|warden|ticket inspector)|(?:that|which) (?:[\w'-]+ ){0,3}(?:will|would|won['’]t) (?:accept|believe|question|notice|check)|(?:look|looks) (?:real|official|genuine|legit|authentic))`;

export const FORGERY_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'fraud',
    branches: [
      // Another person's signature copied: "copy my dad's signature".
      String.raw`\b(?:copy|copying|imitat(?:e|ing)|fak(?:e|ing)|forg(?:e|ing)|trac(?:e|ing)|mimic(?:king)?|replicat(?:e|ing)|practi[sc](?:e|ing)|do|doing|sign(?:ing)?) (?:someone['’]?s|somebody['’]?s|his|her|their|(?:my|the|our|a) (?:[\w'-]+ )?(?:${OTHER_NOUN}|wife|husband|son|daughter|doctor|parents?|landlord|teacher|principal|headteacher)['’]s?) (?:[\w'-]+ )?(?:signature|initials|handwriting|name on)\b`,
      // A paper changed so it passes: "change the date on a bus pass so it's still valid".
      String.raw`\b(?:chang|alter|edit|amend|chang|modif|fix|tweak|doctor|photoshop|tamper)\w* (?:with )?(?:the )?(?:date|expiry(?: date)?|dates|name|amount|figures?|numbers?|balance|grades?|marks?|total|salary|income|photo) (?:on|in|of) (?:a |an |the |my |this |his |her )?(?:[\w'-]+ ){0,2}${PAPER}\b[^.?!\n]{0,60}${PASSES}`,
      // A paper made to look real: "make a realistic doctor's prescription".
      String.raw`\b(?:make|making|create|creating|write|writing|draw up|print|printing|design|designing|produce|knock up|mock up)\w* (?:me |us )?(?:a |an |some )?(?:realistic|convincing|real[- ]looking|official[- ]looking|legit[- ]looking|authentic[- ]looking|genuine[- ]looking|believable|fake|forged|phony|bogus) (?:[\w'-]+ ){0,2}${PAPER}\b`,
      // A letter written as someone else vouching for the asker: "a letter from my employer saying I work there".
      String.raw`\b(?:write|writing|draft|drafting|make|making|create|creating|type|mock up)\w* (?:me |us )?(?:a |an )?(?:[\w'-]+ ){0,2}(?:letters?|notes?|e-?mails?|references?|statements?|certificates?) from (?:my |the |a )?(?:[\w'-]+ )?(?:employer|boss|doctor|gp|landlord|bank|school|university|college|company|manager|hr|council|teacher|headteacher|principal|lawyer|solicitor|accountant)\b[^.?!\n]{0,80}\b(?:saying|stating|confirming|certifying|that says|that i)\b`,
      // Signing as someone else: "I'll just sign it as him".
      String.raw`\bsign\w* (?:it|this|that|them|the (?:[\w'-]+ )?(?:letter|form|note|reference|cheque|check|papers?|document|contract|slip)) as (?:him|her|them|my (?:[\w'-]+ )?(?:${OTHER_NOUN}|doctor|son|daughter|wife|husband|parents?))\b`,
      // A car's mileage turned back before selling it.
      String.raw`\b(?:chang|roll\w* back|wind\w* back|lower|reduc|clock|adjust|tamper\w* with|reset)\w* (?:the |my |a )?(?:car['’]s )?(?:mileage|odometer|miles|clock)\b[^.?!\n]{0,40}\b(?:before|so|to) (?:i |we )?(?:sell|selling|trade|trading|the buyer|it sells|get more)\b`,
      // Blank forms the asker took: "fill in a prescription pad I took from my doctor's office".
      String.raw`\b(?:fill\w* (?:in|out)|write|writ|use|using|sign|complet)\w* (?:a |the |some |these |those )?(?:blank )?(?:prescription (?:pads?|forms?|slips?|blanks?)|blank (?:cheques?|checks?|certificates?|sick notes?|forms?)|sick note pads?|headed paper)\b[^.?!\n]{0,30}\b(?:i|we) (?:took|stole|nicked|swiped|pinched|got hold of|grabbed)\b`,
      // A false statement for a benefit: "claim my ex still lives with me so I get more housing benefit".
      String.raw`\b(?:claim|say|pretend|tell (?:them|the council|the office)|lie)\w* (?:that )?(?:[\w'-]+ ){1,4}(?:still |doesn['’]t |does not |no longer |never )?(?:lives?|live|living|works?|earns?)\b[^.?!\n]{0,40}\bso (?:that )?(?:i|we) (?:get|can get|keep|receive|qualify for|can claim) (?:more |a bigger |a higher |the )?(?:[\w'-]+ )?(?:benefits?|allowance|discount|payout|refund|grant|support|credit|rebate|reduction)\b`,
      // One's own grades changed on the paper.
      String.raw`\b(?:chang|alter|edit|fix|tweak|doctor|photoshop|bump|raise|improv)\w* (?:up )?(?:the |my )?(?:grades?|marks?|scores?|results|gpa) (?:on|in) (?:my|his|her) (?:[\w'-]+ ){0,2}(?:transcripts?|report cards?|certificates?|diplomas?|results? (?:slips?|letters?))\b`,
      // A paper faked so it passes: "fake a university diploma that passes a background check".
      String.raw`\b(?:fak(?:e|ing) (?:a|an|my|the|his|her|some|up)|forg(?:e|ing) (?:a |an |my |the |his |her |some )?|counterfeit(?:ing)? (?:a|an|my|the)|photoshop(?:ping)? (?:a|an|my|the)|mock(?:ing)? up (?:a|an|my|the)|make (?:a |an |my |some )?(?:fake|forged|counterfeit|phony|bogus)|making (?:a |an |my |some )?(?:fake|forged|counterfeit|phony|bogus))(?: [\w'-]+){0,2} ${PAPER}\b[^.?!\n]{0,60}${PASSES}`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
