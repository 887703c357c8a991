// Dosing another person or an animal without their knowledge, named by its shape rather than by a poison's
// name (issue 15, daily-fresh): something put into another's food or drink ("eye drops in their coworker's
// water bottle", "laxatives in the office cake", "sedatives hidden in his food"), extra of someone's own
// medicine so they are too tired to object, and the purpose "enough to make the dog next door sick" or "to
// make the people swimming sick". The twins — a child who swallowed eye drops by accident, how much chocolate
// is dangerous for my dog, what to give my husband to sleep better — name no other person's food or no purpose
// of making them ill. Lexicon branches of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES);
// twins of each branch are in dosing-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** What is slipped in: medicines, cleaning products and anything unnamed. */
const SUBSTANCE = String.raw`(?:something|anything|stuff|a (?:few |couple of )?(?:drops|pills?|tablets?)|drops|eye ?drops|pills?|tablets?|meds|medication|medicine|sedatives?|sleeping (?:pills|tablets|meds)|sleep aids?|laxatives?|ex-?lax|diuretics?|antifreeze|bleach|rat poison|poison|weed killer|drain cleaner|salt|alcohol|vodka|benadryl|melatonin|xanax|valium|ambien|zopiclone|diazepam|ketamine|ghb|rohypnol|roofies?|powder|crushed [\w-]+)`;
/** What a person eats or drinks. */
const FOOD = String.raw`(?:drinks?|coffee|tea|water(?: bottle)?|bottle|glass|cup|mug|food|meals?|dinner|lunch|breakfast|snack|cake|cookies|brownies|beer|wine|juice|soup|stew|smoothie|shake|milk|soda|pint|cocktail|lunchbox|sandwich|porridge|cereal|plate|shampoo|conditioner|toothpaste|mouthwash|lotion|moisturi[sz]er|face cream|sunscreen|deodorant|inhaler|contact lens solution)`;
/** Whose: another adult, a named group, or the people at a place. */
const WHOSE = String.raw`(?:someone['’]?s|somebody['’]?s|his|her|their|(?:my|the|a|our|his|her|their) (?:[\w-]+ )?(?:${OTHER_NOUN}|guests?|date|stepson|stepdaughter|in-laws?)['’]s?|the (?:office|team|staff|break ?room|party|shared|communal))`;
/** A person or animal made ill on purpose: not me, not my own pet (the owner's worry). */
const VICTIM = String.raw`(?!(?:me|myself|us|my (?:own )?(?:dog|cat|pet|puppy|kitten|horse|bird|rabbit|baby|child|kid|son|daughter))\b)(?:him|her|them|someone|somebody|people|(?:the|all the) (?:people|guests|kids|swimmers|staff|customers|neighbou?rs|birds|pigeons|cats|dogs|dog|cat)(?: [\w-]+ing| next door| upstairs| downstairs)?|(?:my|the|our|his|her) (?:[\w-]+ )?${OTHER_NOUN}|(?:the|my|our) neighbou?r['’]s (?:[\w-]+ )?(?:dog|cat|horse|chickens?|hens|rabbit|bird|pet)|the (?:dog|cat|horse) (?:next door|upstairs|downstairs|across the (?:street|road)))`;
/** Ill, sleepy or worse. */
const ILL = String.raw`(?:(?:really |very |so |violently |seriously |slowly )?(?:sick|ill|vomit|throw up|puke|pass out|black out|unconscious|sleepy|drowsy|groggy)|too (?:tired|sleepy|drowsy|weak|sick|ill) to)`;

export const DOSING_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'violence',
    branches: [
      // Something put into another's food or drink: "eye drops in their coworker's water bottle".
      String.raw`(?<!\b(?:from|not|never|stop|prevent|without|accidentally|was|were|been)\s)\b(?:put|putting|add|adding|slip|slipping|mix|mixing|crush|crushing|stir|stirring|hide|hiding|sprinkle|sprinkling|drop|dropping|spike|spiking|lace|lacing|dissolv(?:e|ing)) (?:[\w-]+ ){0,2}${SUBSTANCE} (?:[\w-]+ ){0,2}(?:in|into|inside|under|to) (?:[\w-]+ ){0,1}${WHOSE} (?:[\w-]+ ){0,2}${FOOD}\b`,
      // Into another's food or drink so they fall asleep or fall ill, whatever is put in.
      String.raw`\b(?:put|add|slip|mix|stir|drop)\w* (?:[\w-]+ ){0,3}(?:in|into|to) (?:[\w-]+ ){0,1}${WHOSE} (?:[\w-]+ ){0,2}${FOOD}\b[^.?!\n]{0,60}\bso (?:that )?(?:they|he|she|it)(?:['’]ll| will| would)? (?:fall asleep|falls asleep|pass(?:es)? out|gets? sick|feels? sick|throws? up|vomits?|blacks? out|collapses?|sleeps?|can['’]t (?:drive|think|stand|walk)|won['’]t wake)\b`,
      // Another's food or drink named first, the strong substance after: "make my boss's coffee taste normal if I put a laxative in it".
      String.raw`\b${WHOSE} (?:[\w-]+ ){0,2}${FOOD}\b[^.?!\n]{0,60}\b(?:put|add|slip|mix|crush|stir|drop)\w* (?:[\w-]+ ){0,2}(?:laxatives?|sedatives?|sleeping (?:pills|tablets)|poison|rat poison|bleach|antifreeze|eye ?drops|valium|xanax|ketamine|rohypnol|ghb|diazepam|zopiclone|ambien)\b`,
      // Fumes or pills to knock someone out.
      String.raw`\b(?:cleaning products?|chemicals|cleaners|gas|fumes|sprays?|aerosols?|pills?|drops|powders?)\b[^.?!\n]{0,60}\b(?:knock|put) (?:someone|somebody|him|her|them|people|a person|my [\w'-]+) (?:out|to sleep|unconscious)\b`,
      // To put a person to sleep or out (not for surgery).
      String.raw`\bto (?:put|knock) (?:someone|somebody|him|her|them|a person|people|(?:my|the|his|her) (?:[\w-]+ )?${OTHER_NOUN}) (?:to sleep|under|out|unconscious)\b(?! (?:for|during|before) (?:surgery|an operation|a procedure|the operation))`,
      // Medicine in another's drink, without a verb: "a few of my antidepressants in my dad's beer" (not a carer's pills made easier to swallow).
      String.raw`\b(?:antidepressants?|sleeping (?:pills|tablets)|sedatives?|laxatives?|tranquili[sz]ers?|valium|xanax|diazepam|ambien|zopiclone|benadryl|antihistamines?|melatonin|painkillers?|opioids?|ketamine|ghb) in (?:my |his |her |their |the )?(?:[\w-]+ )?${OTHER_NOUN}['’]s (?:[\w-]+ )?${FOOD}\b(?![^.?!\n]{0,60}\b(?:swallow|doctor|pharmacist|prescribed|for (?:her|his) (?:pain|condition)))`,
      // Medicine given hidden in food: "take sedatives hidden in his food".
      String.raw`\b${SUBSTANCE} (?:hidden|crushed|mixed|slipped|dissolved) (?:up )?(?:in|into) (?:his|her|their|(?:my|the) (?:[\w-]+ )?${OTHER_NOUN}['’]s) (?:[\w-]+ ){0,2}${FOOD}\b`,
      // Extra of someone's own medicine so they are subdued: "give her extra of her own blood pressure medication so she's too tired".
      String.raw`\b(?:give|giving|slip|slipping|double|doubling)\w* (?:him|her|them|(?:my|the) (?:[\w-]+ )?${OTHER_NOUN}) (?:an? )?(?:extra|more|double|a double dose|an extra dose|a bigger dose|a higher dose|too much)\b[^.?!\n]{0,60}\b(?:medication|meds|pills?|tablets?|dose|insulin|sedatives?)\b[^.?!\n]{0,40}\bso (?:that )?(?:she|he|they)(?:['’]s| is| are| will be|['’]ll be| gets?)? ${ILL}`,
      // The purpose: to make another person or someone else's animal ill. "enough to make the dog next door really ill".
      String.raw`(?<!\b(?:not|never|won['’]t|wouldn['’]t|doesn['’]t|don['’]t|can['’]t|could)\s)\b(?:to|will|would|that['’]ll|that will|enough to|so as to|in order to|it take to) make ${VICTIM} (?:[\w-]+ ){0,1}${ILL}\b`,
      String.raw`\bmake (?:it|the dog|the cat) (?:sick|ill) enough to (?:shut up|stop|die|go quiet)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      // Holding a head under water, one's own or another's, until they pass out (not a swimming lesson's breath-holding).
      String.raw`\b(?:hold|holding|push|pushing|keep|keeping)\w* (?:my|your|his|her|their|someone['’]s|somebody['’]s|a person['’]s) head under(?: the)? water\b[^.?!\n]{0,40}\b(?:to|until|till) (?:(?:i|you|he|she|they) )?(?:pass(?:es)? out|blacks? out|los(?:e|es) consciousness|drowns?|stops? breathing|go(?:es)? limp)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
