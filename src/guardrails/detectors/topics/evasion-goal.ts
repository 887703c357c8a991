// Evading a court order, a police check or a pursuit, as a plainly worded goal (issue 15, daily-fresh): "get
// around the restraining order and still see my ex", "what should I say to the cop so he doesn't test me",
// "nails to throw behind me when the police chase me". The twins — making an ex follow the order, my rights
// when stopped, a flat tyre from nails — name the same order or check without getting round it. Lexicon
// branches of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES); twins in evasion-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';

/** An order of a court or the terms of release. */
const ORDER = String.raw`(?:(?:restraining|protective|protection|no[- ]contact|non[- ]molestation|custody|court|gag(?:ging)?|exclusion|stay[- ]away) orders?|injunctions?|bail conditions|parole conditions|probation(?: conditions)?|travel bans?|curfew|(?:ankle )?(?:monitor|tag)|electronic tag)`;
/** Those who check or arrest. */
const CHECKER = String.raw`(?:he|she|they|the (?:cop|cops|officer|police|policeman|policewoman|trooper|guard|security guard|border guard|customs officer|bouncer))`;

export const EVASION_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'crime',
    branches: [
      // Getting round an order made against the asker (not "make sure my ex follows it").
      String.raw`(?<!\b(?:if|when|ex|he|she|they|someone|somebody|who|keeps?|kept)\s)\b(?:get(?:ting)? around|get(?:ting)? round|work(?:ing)? around|skirt(?:ing)?|dodg(?:e|ing)|evad(?:e|ing)|ignor(?:e|ing)|break(?:ing)?|violat(?:e|ing)|bypass(?:ing)?|cheat(?:ing)?|slip(?:ping)?|beat(?:ing)?|remov(?:e|ing)|cut(?:ting)? off) (?:the |a |my |this |that |an |his |her )?${ORDER}\b`,
      // A plan carried out in spite of an order (not the victim's "my ex took them despite the order").
      String.raw`\b(?:wants? to|going to|plan(?:s|ning)? to|intends? to|how (?:do|does|can|could) (?:i|he|she|we|they))\b[^.?!\n]{0,100}\b(?:despite|in spite of|in breach of|regardless of) (?:the |a |my |his |her |our |their )?${ORDER}`,
      // Not paying support owed to a child or former partner (not "too much").
      String.raw`\b(?:avoid|dodge|duck|evade|get out of|escape|skip)\w* (?:paying )?(?:any |my |the |(?:my |the )?[\w'-]+ )?(?:child support|alimony|spousal support|maintenance payments|kindesunterhalt)\b(?! (?:too|more|twice|double))`,
      // Leaving without those who would stop it noticing.
      String.raw`\bwithout (?:the )?(?:police|cops|border (?:guards|police|control)|customs|airport security|immigration|anyone) (?:stopping|catching|finding|arresting|noticing|flagging) (?:me|us|him|her)\b|\b(?:flee|skip|sneak out of|slip out of) the country\b`,
      // A monitoring tag taken off.
      String.raw`\b(?:get|take|slip|cut|prise|pry)\w* (?:[\w'-]+ ){0,2}(?:ankle|electronic|curfew|probation|gps) (?:tags?|monitors?|bracelets?) off\b`,
      // Out of reach of extradition.
      String.raw`\b(?:which|what) countr(?:y|ies) (?:[\w'-]+ ){0,3}(?:won['’]t|don['’]t|doesn['’]t|will not|do not|wouldn['’]t|can['’]t) (?:send (?:me|us|him|her) back|extradite (?:me|us|him|her))\b`,
      // Evidence of a crime hidden or destroyed.
      String.raw`\b(?:hide|hiding|get rid of|getting rid of|dump|dumping|burn|burning|clean|cleaning|ditch|ditching|destroy|destroying|scrap|scrapping)\w* (?:the |a |my |our |his )?(?:[\w'-]+ ){0,2}(?:car|gun|knife|weapon|clothes|phone|van|bike|evidence|blood|cctv|footage|body)\b[^.?!\n]{0,40}\b(?:used in|from|after) (?:a |the |our |my )?(?:robbery|crime|break-in|burglary|hit and run|hit-and-run|stabbing|shooting|murder|attack|heist|mugging|fight|job)\b`,
      // A blade or weapon taken through a detector.
      String.raw`\b(?:blades?|knife|knives|weapons?|guns?|razors?)\b[^.?!\n]{0,40}\b(?:get|sneak|take|carry|slip|bring)\w* (?:it |them )?(?:through|past) (?:a |the )?(?:metal detectors?|security|scanners?|airport security|x-ray|bag checks?)\b`,
      // Keeping an authority from finding out what the asker did.
      String.raw`\b(?:stop|keep|prevent)\w* (?:the )?(?:police|cops|insurers?|insurance(?: company)?|court|judge|council|benefits? office|job ?centre|tax (?:office|man)|taxman|irs|hmrc|dvla|dmv|probation(?: officer)?|my probation officer|immigration|social services) (?:from )?(?:finding out|knowing|discovering|learning|realising|realizing)\b`,
      // So the one who checks does not: "so he doesn't test me".
      String.raw`\bso (?:that )?${CHECKER} (?:doesn['’]t|won['’]t|can['’]t|wouldn['’]t|don['’]t|does not|will not|cannot) (?:[\w'-]+ ){0,2}(?:test|search|breathaly[sz]e|arrest|check|fine|ticket|book|pull over|catch|find|frisk|pat down|smell|notice|impound) (?:me|us|my|it|them|the (?:weed|drugs|gun|knife|cash|money|stuff|stash|pills|bottle|booze))\b`,
      // Getting away from a pursuit: "when the police chase me", "lose the cops".
      String.raw`\b(?:when|while|if|after) (?:the )?(?:police|cops|officers?|squad cars?|patrol cars?) (?:are |start |is )?(?:chas|pursu|follow|tail)\w* (?:me|us)\b|\b(?:lose|losing|outrun|outrunning|shake off|shaking off|escape|escaping|get away from|getting away from) (?:the )?(?:police|cops|squad cars?|patrol cars?|police helicopter) (?:chasing|following|pursuing|behind|in a chase|on my tail)?`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
