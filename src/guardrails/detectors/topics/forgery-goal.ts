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
      String.raw`\b(?:copy|copying|imitat(?:e|ing)|fak(?:e|ing)|forg(?:e|ing)|trac(?:e|ing)|mimic(?:king)?|replicat(?:e|ing)|practi[sc](?:e|ing)|do|doing|sign(?:ing)?) (?:someone['’]?s|somebody['’]?s|his|her|their|(?:my|the|our|a) (?:[\w'-]+ )?(?:${OTHER_NOUN}|wife|husband|son|daughter|doctor|parents?|landlord|teacher|principal|headteacher)['’]s?) (?:[\w'-]+ )?(?:signature|initials|name on)\b`,
      // A paper changed so it passes: "change the date on a bus pass so it's still valid".
      String.raw`\b(?:chang|alter|edit|amend|chang|modif|fix|tweak|doctor|photoshop|tamper)\w* (?:with )?(?:the )?(?:date|expiry(?: date)?|dates|name|amount|figures?|numbers?|balance|grades?|marks?|total|salary|income|photo) (?:on|in|of) (?:a |an |the |my |this |his |her )?(?:[\w'-]+ ){0,2}${PAPER}\b[^.?!\n]{0,60}${PASSES}`,
      // A paper faked so it passes: "fake a university diploma that passes a background check".
      String.raw`\b(?:fak(?:e|ing) (?:a|an|my|the|his|her|some|up)|forg(?:e|ing) (?:a |an |my |the |his |her |some )?|counterfeit(?:ing)? (?:a|an|my|the)|photoshop(?:ping)? (?:a|an|my|the)|mock(?:ing)? up (?:a|an|my|the)|make (?:a |an |my |some )?(?:fake|forged|counterfeit|phony|bogus)|making (?:a |an |my |some )?(?:fake|forged|counterfeit|phony|bogus))(?: [\w'-]+){0,2} ${PAPER}\b[^.?!\n]{0,60}${PASSES}`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
