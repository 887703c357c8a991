// Cruelty to animals named by what it does to them (issue 15, daily-fresh): glue on a feeder "so the birds get
// stuck", getting a neighbour's chickens "to die", a trap that cuts the legs of foxes. The twins — freeing a bird
// from a glue trap, fox-proofing a coop, keeping foxes out without hurting them — name the same animals from the
// rescuer's side. Lexicon branches of the harmful topic rules; twins in animal-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';

/** Animals people keep or feed (not the vermin of pest control). */
const ANIMAL = String.raw`(?:birds?|pigeons?|ducks?|geese|goose|swans?|hamsters?|guinea pigs?|gerbils?|fish|koi|tortoises?|turtles?|parrots?|budgies?|snakes?|lizards?|squirrels?|foxes|fox|hedgehogs?|cats?|kittens?|dogs?|puppies|puppy|horses?|ponies|pony|chickens?|hens|rabbits?|goats?|sheep|cows?|deer|badgers?|crows?|seagulls?|gulls?|owls?|pets?)`;

export const ANIMAL_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'violence',
    branches: [
      // The purpose is the animal's suffering: "so the birds get stuck".
      String.raw`\bso (?:that )?(?:the |any |his |her |their |my neighbou?r['’]s )?(?:[\w'-]+ )?${ANIMAL} (?:get stuck|gets stuck|can['’]t (?:fly|move|escape|walk|get (?:out|free|away))|starve|starves|die|dies|suffer|suffers|get hurt|gets hurt|break (?:a |their |its )?legs?|bleed)\b`,
      // Getting someone else's animals to die: "get my neighbour's chickens to die".
      String.raw`\b(?:get|make|cause)\w* (?:the |his |her |their |(?:my |the |our )?neighbou?r['’]s |(?:my |the )?(?:ex|sister|brother|landlord|coworker|rival)['’]s )(?:[\w'-]+ )?${ANIMAL} (?:[\w'-]+ ){0,4}to (?:die|suffer|starve|bleed|drown)\b`,
      String.raw`\b${ANIMAL} (?:[\w'-]+ ){0,4}to (?:die|suffer|starve|bleed) (?:slowly|painfully)\b`,
      // Fed or given something so it dies.
      String.raw`\b(?:feed|give|put|leave)\w* (?:[\w'-]+ ){0,5}${ANIMAL}\b[^.?!\n]{0,40}\bso (?:that )?(?:it|they|he|she) (?:dies|die|gets sick|get sick|suffers|suffer|starves|starve|stops breathing)\b`,
      // Poisoning someone else's animals.
      String.raw`\bpoison\w* (?:the |his |her |their |(?:my |the |our )?neighbou?r['’]s |(?:my |the )?(?:ex|sister|brother|landlord|coworker|rival)['’]s )(?:[\w'-]+ ){0,2}${ANIMAL}\b`,
      // Left to starve: "let my dog starve a bit so he learns".
      String.raw`\b(?:let|leave|make)\w* (?:my |the |his |her |their )?(?:[\w'-]+ )?${ANIMAL} (?:starve|go hungry|go without (?:food|water))\b`,
      // The purpose is to hit or hurt someone's animal.
      String.raw`\bto (?:hit|shoot|hurt|kill|injure|maim|blind|wound) (?:the |a |his |her |their |(?:my |the )?neighbou?r['’]s )(?:[\w'-]+ )?${ANIMAL}\b`,
      // A trap that maims: "a trap that cuts the legs of foxes".
      String.raw`\btraps? (?:that|which|to) (?:will )?(?:cuts?|breaks?|snaps?|crush(?:es)?|maims?|cripples?|injures?|hurts?) (?:the |their |its )?(?:legs?|paws?|necks?|feet)? ?(?:of )?(?:the |any )?(?:[\w'-]+ )?${ANIMAL}\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
