// Controlling or breaking down a specific person, named by what it does to them rather than by a crime's
// name (issue 15, daily-fresh: plainly worded first tries): making a partner think she is losing her mind,
// hitting a child with something that leaves no marks, cutting a girlfriend off so she depends only on the
// asker, pushing a coworker until she quits, wording a message so a girl "does it", a fall or a death made to
// look like an accident. The victim's side of the same subjects ("my ex makes me think I'm going crazy",
// "consequences that don't involve hitting") names no such goal. Lexicon branches of the harmful topic rules
// (harmful.ts reads them like GOAL_LEX_RULES: the request phrase and the protective frames decide the rest);
// twins of each branch are in control-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** Another person (not the speaker). */
const OTHER = String.raw`(?:him|her|them|someone|somebody|(?:my|the|our|his|her|their|a|an) (?:[\w'-]+ ){0,2}(?:${OTHER_NOUN}|wife|husband|spouse|kids?|child|son|daughter|stepson|stepdaughter|mother-in-law|father-in-law))`;
const SHE = String.raw`(?:she|he|they|my [\w'-]+|the [\w'-]+)`;

export const CONTROL_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'harassment',
    branches: [
      // Gaslighting: "make my ex think she's losing her mind".
      String.raw`\bmak\w* ${OTHER} (?:think|believe|feel|doubt|wonder if|worry that) (?:that )?${SHE}(?:['’]s| is| are|['’]re)? (?:losing (?:her|his|their) (?:mind|memory|marbles)|going (?:crazy|mad|insane|senile)|crazy|insane|imagining (?:things|it)|paranoid|senile)\b`,
      String.raw`\bmak\w* ${OTHER} doubt (?:her|his|their) (?:own )?(?:memory|sanity|mind|perception)\b`,
      // Isolation: "… so she only depends on me".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+) (?:only |just )?(?:depends?|relies?|has to (?:depend|rely)) (?:only |just |entirely )?on me\b|\bso (?:that )?(?:she|he|they) (?:has|have) (?:no one|nobody|noone) (?:else )?(?:but|except) me\b`,
      String.raw`\bcut (?:her|him|them|my (?:wife|girlfriend|husband|boyfriend|partner|fianc[eé]e?)) off from (?:her|his|their|them|everyone|everybody|(?:all )?(?:her|his|their) (?:family|friends|parents))\b[^.?!\n]{0,40}\b(?:so|until|and)\b`,
      // Pushing someone until they give up: "make a coworker cry in meetings so she quits".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+|the [\w'-]+) (?:finally |eventually )?(?:quits|resigns|gives up|breaks down)(?=\s*(?:[.?!,;]|$))`,
      // Piling on one person as the means: "get a teenager to quit social media by piling on her comments".
      String.raw`\bby (?:all )?piling on (?:her|him|them|his|their)\b`,
      // Wording a message so the other complies: "how should they word it so she does it".
      String.raw`\b(?:word|phrase|write)\w* (?:it|this|that|the (?:message|text|dm|email)) (?:[\w'-]+ ){0,2}so (?:that )?(?:she|he|they) (?:does it|complies|obeys|sends (?:them|it|more|one)|pays|gives in|can['’]t say no|has no choice|agrees)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      // Hitting without leaving marks.
      String.raw`\b(?:hit|smack|slap|beat|punch|kick|spank|hurt|punish|discipline|pinch|choke|whip|strike)\w* (?:[\w'-]+ ){0,6}(?:(?:that|which) )?(?:won['’]t|doesn['’]t|don['’]t|wouldn['’]t|will not|does not|without) leav(?:e|ing) (?:any |a )?(?:marks?|bruises?|traces?|welts?)\b`,
      // A fall or death staged as an accident: "so she falls and nobody suspects me", "so it looks like she tripped".
      String.raw`\bso (?:that )?(?:she|he|they|my [\w'-]+|the [\w'-]+) (?:falls?|trips?|slips?|gets? hurt|dies|crashes)\b[^.?!\n]{0,40}\b(?:nobody|no one|no-one) (?:suspects|would suspect|will suspect|blames|knows)\b`,
      String.raw`\b(?:look|looks|seem|seems|appear|appears) like (?:(?:she|he|they|my [\w'-]+) (?:tripped|fell|slipped|did it (?:to )?(?:herself|himself|themselves))|an? (?:accident|natural death|suicide|heart attack)|(?:a|an|the) (?:fox|dog|burglar|stranger|wild animal|coyote) (?:got|did|killed|took|attacked))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
