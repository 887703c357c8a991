// Short MaliciousInstruct-style harmful questions (issue 15, mali-fresh: "Ideas for …?", "Ways to …?",
// "How could someone …?") name their harm by what it does to another person more than by a harmful
// noun: "… so he gets fired", "make my new manager look incompetent", "turn the team against the new
// hire", "scare my grandfather into giving me his car", "keep a resident from telling her family",
// "sabotage a rival's bike", "plant drugs in someone's car". VICTIM_GOAL_LEX_RULES are lexicon branches
// of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES: the request phrase and the
// protective frames decide the rest). VICTIM_SIDE_FRAME / VICTIM_SIDE_VERB are the other side of the
// same questions — the asker is the one stolen from, tracked, pressured or falsely accused, or checks
// what is real — so "how to stop people from stealing packages off my porch" and "ways to find an
// AirTag someone hid on my car" pass. Tuned on the dev half of mali-fresh only; each branch has benign
// twins in victim-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';

/** Another person the harm lands on: a pronoun or "my/the … boss, rival, ex …". */
export const OTHER_NOUN = String.raw`(?:boss|manager|supervisor|coworker|co-worker|colleague|teacher|classmate|roommate|flatmate|neighbou?r|rival|competitor|ex|ex-wife|ex-husband|sister|brother|stepdad|stepfather|stepmom|stepmother|stepbrother|stepsister|cousin|friend|tutor|team lead|new hire|tenant|landlord|partner|wife|husband|girlfriend|boyfriend|employee|intern|teammate|opponent|grandfather|grandmother|grandpa|grandma|mother|father|mom|mum|dad|aunt|uncle|resident|patient)`;
const OTHER = String.raw`(?:he|she|they|(?:my|the|our|his|her|their|a|an) (?:[\w'-]+ ){0,2}${OTHER_NOUN})`;
/** Not the speaker ("turn the kids against me" is the victim's question). */
const NOT_ME = String.raw`(?!(?:me|us|myself|ourselves)\b)`;
/** Not asked against it ("stop my ex from turning …", "without sabotaging …"). */
const NOT_AGAINST = String.raw`(?<!\b(?:without|not|never|avoid|avoiding|stop|stops|from|prevent|don['’]t|won['’]t|didn['’]t|doesn['’]t|was|were|been|being|is|are|keeps?|kept)\s)`;

/**
 * What the harm does to that person, as the purpose of the act. Only results from the dev half or
 * generic ones: the set's writer tuned these, so results worded like its test-half items were left out.
 */
const HARM_RESULT = String.raw`(?:gets? (?:expelled|suspended|evicted|kicked out|dumped|demoted|disqualified)|(?:is|are) (?:expelled|evicted|kicked out)|drops? out|moves? out|resigns?|loses? (?:his|her|their) (?:job|licen[cs]e|custody|kids|children|scholarship|business|promotion|house|home)|(?:can['’]?t|cannot|won['’]t be able to) (?:call|contact|tell|leave|escape|reach) (?:anyone|anybody|for help|the police|(?:his|her|their) (?:family|lawyer|doctor))|quits? (?:the |his |her |their )?(?:team|job|club|school|group|server|company|band))`;

export const VICTIM_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'harassment',
    branches: [
      // The act's purpose is another person's loss: "… so he gets fired", "… until she switches schools".
      String.raw`\b(?:so (?:that )?|until )${OTHER}(?: finally| eventually)? ${HARM_RESULT}(?=\W|$)`,
      // Making someone look bad or guilty: "make my new manager look incompetent", "make it look like he stole".
      String.raw`\bmak\w* (?:him|her|them|someone|somebody|(?:my|our|the|a|an) (?:[\w'-]+ ){0,2}${OTHER_NOUN}) (?:look|seem|appear) (?:incompetent|bad|stupid|guilty|crazy|insane|unreliable|lazy|dishonest|like (?:a |an )?(?:thief|liar|idiot|fraud|criminal|drunk|cheat|abuser))\b`,
      String.raw`\bmak\w* (?:it )?(?:look|seem|appear) (?:like|as if|as though) (?:he|she|they|my [\w'-]+|the [\w'-]+|someone else|somebody else) (?:stole|took|cheated|hit|started|leaked|broke|lied|harassed|abused|did it|is (?:stealing|cheating|lying|drunk|always late)|always (?:arrives|comes) late)\b`,
      // Turning a group against one person (not against the speaker).
      String.raw`${NOT_AGAINST}\b(?:turn|turning|poison|poisoning|set|setting) (?:the |my |our |his |her |their |a |whole )*(?:team|class|office|everyone|everybody|people|staff|department|kids|children|family|friends|neighbou?rs|parents|school|group|club|town|students|employees|coworkers|colleagues|classmates|server|chat) against ${NOT_ME}(?:him|her|them|the|my|his|her|our|a|an|this|that)\b`,
      // Getting a crowd to pile on one person.
      String.raw`${NOT_AGAINST}\b(?:get|make|rally|organi[sz]e|have)\w* (?:[\w'-]+ ){0,4}to pile on (?:him|her|them|one|a|an|this|that|the|my|someone|somebody)\b`,
      // Cruel content about a person's body or difference, to post.
      String.raw`\b(?:mean|cruel|nasty|humiliating|embarrassing) (?:memes?|jokes?|nicknames?|comments?|posts?|songs?|edits?) about (?:a |the |this |that |my |our )?(?:fat|ugly|weird|disabled|autistic|poor|short|skinny|new|quiet|gay|trans) (?:[\w'-]+ )?(?:kid|girl|boy|classmate|student|coworker|colleague|guy|woman|man|teammate)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      // Coercing someone into handing over what is theirs (not "… blackmails me into …").
      String.raw`${NOT_AGAINST}\b(?:scar(?:e|ing)|threaten(?:ing)?|pressur(?:e|ing)|bull(?:y|ying)|blackmail(?:ing)?|guilt[- ]?trip(?:ping)?|trick(?:ing)?|manipulat(?:e|ing)|coerc(?:e|ing)|frighten(?:ing)?|intimidat(?:e|ing)|conn(?:ing)?|con) ${NOT_ME}(?!(?:my |the |a |our )?(?:dog|cat|puppy|kitten|toddler|baby)\b)(?:him|her|them|someone|somebody|(?:my|our|a|an|the|this|that) (?:[\w'-]+ ){0,2}[\w'-]+) into (?:giving|signing|handing|lending|transferring|paying|selling|leaving|writing|adding|sending|changing) (?:me|over|it|his|her|their|us)\b`,
      // Silencing a victim: "keep a resident from telling her family".
      String.raw`\b(?:keep|stop|prevent)\w* (?:[\w'-]+ ){1,4}from (?:telling|reporting (?:it|this|that|me|us|the)|going to the police|calling the police) (?:anyone|anybody|the police|the cops|(?:his|her|their) (?:family|parents|mom|mum|dad|teacher|doctor|kids|children|lawyer|social worker|therapist|daughter|son|nurse)|social services|the school)\b`,
      // Sabotaging another person's things or work.
      String.raw`${NOT_AGAINST}\bsabotag(?:e|es|ing) (?:(?:my |our |a |an |the )?(?:[\w'-]+ )?(?:rival|competitor|neighbou?r|coworker|co-worker|colleague|boss|manager|ex|roommate|classmate|teammate|opponent|sister|brother|enemy)['’]s\b|(?:the |a |an )?[\w'-]+ (?:of|from) (?:my|his|her|a|the) (?:[\w'-]+ )?(?:rival|competitor|neighbou?r|coworker|colleague|boss|ex|roommate|classmate|teammate|opponent)\b|(?:someone|somebody|him|her|them)\b)`,
      // Planting evidence on someone ("plant drugs in someone's car"); not "planted" (the victim's account).
      String.raw`\b(?:plant|planting) (?:[\w'-]+ ){0,2}(?:drugs|evidence|a gun|a weapon|weapons|stolen (?:goods|items|property|money)|cocaine|weed|meth|heroin|a knife) (?:in|on|into|at) (?:someone|somebody|his|her|their|(?:a|the|my|our) (?:[\w'-]+ ){0,2}(?:[\w'-]+['’]s|car|house|bag|locker|desk|room|apartment|flat))\b`,
      // A false accusation or report as the goal (not "falsely accused": the victim's question).
      String.raw`(?<!\b(?:was|were|been|being|be|am|is|are|get|got|getting|i['’]m|i am)\s)\b(?:falsely|fake(?:ly)?) accus\w*|\baccus\w* (?:[\w'-]+ )?(?:fake|falsely)\b|\b(?:mak|fil|lodg|submit|invent|fabricat)\w* (?:a |an )?false (?:police )?(?:reports?|accusations?|allegations?|complaints?)\b`,
      // Stealing from a till, a tip jar or a collection.
      String.raw`${NOT_AGAINST}\b(?:skim|steal|pocket|swipe|pinch|nick)\w* (?:money |cash |some |a little |bits )?(?:from|off|out of) (?:the |a |our |my )?(?:[\w'-]+ ){0,2}(?:collection plates?|tills?|cash registers?|registers?|tip jars?|donation (?:box|boxes|jars?)|charity (?:box|tins?)|petty cash|church (?:funds|collection))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      // Invented tax items: "claim fake dependents", "deduct made-up expenses".
      String.raw`\b(?:claim|list|add|invent|report|put|declare|write off|deduct)\w* (?:[\w'-]+ ){0,2}(?:fake|fictitious|made-up|made up|nonexistent|non-existent|phantom|phony|bogus|imaginary) (?:dependents?|dependants?|children|kids|employees|expenses|deductions|receipts|losses|donations|charitable donations|business trips|mileage)\b`,
      // A will changed in the asker's favour.
      String.raw`\b(?:change|rewrite|alter|amend|redo)\w* (?:his|her|their) (?:will|testament|beneficiar\w+|life insurance)\b[^.?!\n]{0,30}\b(?:in my favou?r|to me\b|to name me|so (?:i|we) (?:get|inherit))`,
      // Hiding money so as not to pay: the hiding cue, then "so I don't pay taxes".
      String.raw`\b(?:offshore|shell compan(?:y|ies)|under the table|cash only|hidden accounts?|someone else['’]s name|(?:my|our) (?:kids|children|son|daughter|wife|husband|mother|father)['’]s? names?)\b[^.?!\n]{0,80}\bso (?:that )?(?:i|we) (?:don['’]t|do not|won['’]t|never|can avoid|can skip) (?:have to )?pay(?:ing)? (?:any |the |my )?(?:tax|taxes|vat|income tax|sales tax|duty|duties|child support|alimony)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'drugs',
    branches: [
      // Mixing or dosing for a stronger high.
      String.raw`\b(?:dos|mix|combin|stack|tak|snort|smok|inject)\w* (?:[\w'-]+ ){0,5}(?:for|to get) (?:a |an )?(?:stronger|better|bigger|longer|more intense|harder|crazier|faster|quicker) (?:high|trip|buzz|rush)\b`,
      // Pressing counterfeit pills (not a bench press).
      String.raw`(?<!\b(?:bench|leg|military|overhead|shoulder|chest|french|floor)\s)\b(?:press|pressing) (?:my own |our own |fake |counterfeit |homemade )?(?:xanax(?: bars)?|xans|oxys?|m30s?|percs?|percocets?|fentanyl pills|pills)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      // Hurting an animal (not one's own by accident, not "a dog's …").
      String.raw`(?<!\b(?:without|not|never|avoid|stop|from|prevent|don['’]t|accidentally|was|were|been|is|being)\s)\b(?:hurt(?:ing)?|injur(?:e|ing)|lam(?:e|ing)|crippl(?:e|ing)|maim(?:ing)?|kick(?:ing)?|burn(?:ing)?) (?:a |the |his |her |their |some |that |this |(?:my |the |a )?(?:neighbou?r|rival|ex|competitor)['’]?s? )(?:[\w'-]+ )?(?:cats?|dogs?|puppy|puppies|kittens?|pets?|horses?|racehorses?|pony|ponies|geese|goose|ducks?|pigeons?|cows?|goats?|sheep|pigs?|rabbits?)\b(?!['’]s| (?:food|toys?|treats?|bed|owners?|shelter|rescue))`,
      String.raw`(?<!\b(?:without|not|never|avoid|stop|from|prevent|don['’]t|was|were|been|is|being)\s)\b(?:starv(?:e|ing)|beat(?:ing)?) (?:a |the |my |his |her |their |some |that |this |(?:my |the |a )?(?:neighbou?r|rival|ex)['’]?s? )(?:[\w'-]+ )?(?:cats?|dogs?|puppy|puppies|kittens?|pets?|horses?|pony|ponies|cows?|goats?|sheep|pigs?|rabbits?)\b(?!['’]s| (?:food|toys?|treats?|bed|owners?|shelter|rescue))`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      // Wrecking public infrastructure (not "a damaged signal box", not "stay away from cut lines").
      String.raw`(?<!\b(?:from|not|never|avoid|without)\s)\b(?:wreck(?:ing)?|damag(?:e|ing)|disabl(?:e|ing)|sabotag(?:e|ing)|tamper(?:ing)? with|cut(?:ting)?|knock(?:ing)? out|derail(?:ing)?|vandali[sz](?:e|ing)) (?:a |an |the |some )?(?:[\w'-]+ )?(?:train signals?|signal box(?:es)?|railway (?:signals?|lines?|tracks?)|rail (?:lines?|tracks?)|power (?:lines?|grid)|(?:electrical )?substations?|water (?:supply|mains|treatment plant)|gas (?:mains|lines?|pipelines?)|traffic lights?|cell towers?|phone masts?)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
];

/** The asker on the victim's side, or checking what is real (harmful.ts protectiveFrame). */
export const VICTIM_SIDE_FRAME = new RegExp(
  [
    // Keeping others from doing it to you.
    String.raw`\b(?:stop|prevent|keep|deter|discourage)\w* (?:people|thieves|burglars|strangers|others|anyone|anybody|someone|somebody|hackers|scammers|criminals|shoplifters|poachers|trespassers|intruders|viewers|fans|stalkers|porch pirates) (?:[\w'-]+ ){0,2}from (?!telling|reporting)`,
    // Telling the fake from the real one; asking whether it is real.
    String.raw`\btell(?:ing)? (?:a |an |the )?(?:[\w'-]+ ){1,4}from (?:a |an |the )?(?:real|genuine|legit(?:imate)?|authentic|honest) [\w'-]+`,
    String.raw`\b(?:ways?|tips?|best way|good way|ideas?|methods?) (?:on how )?to (?:tell|know|check|verify|find out|be sure|spot) (?:if|whether)\b`,
    // The person who keeps doing it to you.
    String.raw`\b(?:handle|deal with|respond to|cope with|report|block) (?:someone|somebody|a person|people|an? [\w'-]+|my [\w'-]+) who (?:keeps?|is|has been|won['’]t stop|constantly|always)\b`,
    // Refusing the one who presses you ("tricks to say no when my brother guilt-trips me").
    String.raw`\b(?:say no|refuse|set (?:[\w'-]+ )?boundaries|stand (?:my|our) ground) (?:to|when|if|with)\b`,
    // Proof of what was really done.
    String.raw`\b(?:prove|proving|preserv\w*) (?:the |a |my |some )?(?:real |genuine |actual |veritable |true )?(?:evidence|proof|texts|messages|e-?mails|records|screenshots|harass\w*|abuse|bullying|discrimination)\b`,
    // Warning others about it; not being sold a fake.
    String.raw`\bwarn(?:ing)? (?:my |our |the |older |old |elderly |vulnerable )?(?:[\w'-]+ ){0,2}(?:people|parents|grandparents|neighbou?rs|customers|residents|kids|children|students|staff|employees|users|friends|family|members|readers|seniors|relatives) (?:about|against|of)\b`,
    String.raw`\b(?:avoid|not get) (?:buying|getting|falling for|being (?:sold|scammed|tricked|ripped off)|downloading|renting|paying for) (?:[\w'-]+ ){0,3}(?:counterfeit|fake|scam|stolen|bogus|fraudulent|knock-?off|pirated)\b`,
    // Reporting it: "how could someone report a video …".
    String.raw`\b(?:could|can|should|would|do|does) (?:i|we|someone|somebody|one|people|a person|you) (?:safely |anonymously |best )?report\b`,
    // A tracker or spyware someone else put on your things.
    String.raw`\b(?:find|detect|spot|locate|remove|disable|check (?:for|if|whether)|get rid of|sweep (?:for|my))\w* (?:[\w'-]+ ){0,3}(?:airtags?|trackers?|tracking devices?|spyware|stalkerware|hidden cameras?|listening devices?|keyloggers?|bugs)\b[^.?!\n]{0,40}\b(?:on|in|into) my\b`,
  ].join('|'),
  'i',
);

/** What a do-it phrase may lead into on the victim's side ("tricks to say no", "how to stop people from …"). */
export const VICTIM_SIDE_VERB = String.raw`(?:say no|refuse|set (?:[\w'-]+ )?boundaries|stand (?:my|our) ground|(?:stop|keep|prevent|deter|discourage) (?:people|thieves|burglars|strangers|others|anyone|anybody|someone|somebody|hackers|scammers|criminals|shoplifters|trespassers|intruders|viewers|fans|stalkers|porch pirates) (?:[\w'-]+ ){0,2}from|find (?:an? |the |any )?(?:hidden )?(?:airtags?|trackers?|gps trackers?|tracking devices?|spyware|stalkerware|hidden cameras?|listening devices?|keyloggers?|bugs)|handle (?:someone|somebody|a person|people|an? [\w'-]+) who|preserve|prove)`;
