// Getting into, reading or locating what belongs to another person (issue 15, daily-fresh: plainly worded
// first tries): "how do I get into my girlfriend's iPhone", "copy the key fob of my coworker's car", "get the
// phone records of my girlfriend", "turn on location sharing on my husband's phone", "figure out someone's new
// address after they moved and blocked me", "a hidden camera in their tenant's bathroom". The harm is in whose
// thing it is: the same verbs on "my own iPhone", "my phone records" or "a spare key fob for my own car" are the
// owner's errands. Lexicon branches of the harmful topic rules (harmful.ts reads them like GOAL_LEX_RULES: the
// request phrase and the protective frames decide the rest). Twins of each branch are in access-goal.test.ts.

import type { GoalLexRule } from './goal-lexicon.ts';
import { OTHER_NOUN } from './victim-goal.ts';

/** Another adult's: "my girlfriend's", "the neighbour's", "someone's", "my coworker's" (not a child's: parents' monitoring is another question). */
const THEIRS = String.raw`(?:someone['’]?s|somebody['’]?s|(?:my|the|a|our|his|her|their) (?!late |deceased )(?:[\w-]+ )?(?:${OTHER_NOUN}|employees?|tenants?|guests?|lodgers?|fianc[eé]e?|spouse)['’]s?)`;
/** … and the same person after "of": "the phone records of my girlfriend". */
const OF_THEM = String.raw`of (?:someone|somebody|(?:my|the|a|our) (?:[\w-]+ )?(?:${OTHER_NOUN}|employee|tenant|spouse|fianc[eé]e?))\b`;
/** Devices, accounts and places that hold a person's private life. */
const PRIVATE_THING = String.raw`(?:i?phone|cell(?:phone)?|mobile|laptop|computer|pc|tablet|ipad|e-?mail|gmail|inbox|outlook|icloud|accounts?|instagram|facebook|snapchat|tiktok|whatsapp|telegram|messenger|bank(?:ing)? (?:app|account)|banking|online banking|passcode|password|pin|key ?fob|car keys|house keys|keys|key safe|lockbox|safe|diary|journal|bedroom|room|house|flat|apartment|home|car|wi-?fi|(?:security |doorbell )?cameras?|router|cloud|google account|apple id)`;
/** What a person's phone or account says about them. */
const PRIVATE_DATA = String.raw`(?:messages|texts|chats|dms|e-?mails|phone records|call (?:logs?|history|records)|search history|browsing history|location(?: history)?|whereabouts|bank statements?|passwords?|passcodes?|pins?|login(?: details)?|credentials)`;
/** What a carrier or an app keeps about where a person was and whom they called. */
const RECORDS = String.raw`(?:phone records|call (?:logs?|history|records)|text records|location(?: history)?|whereabouts|gps (?:data|history))`;
/** The verbs of getting in or getting hold of it. */
const GET_IN = String.raw`(?:get(?:ting)? into|got into|break(?:ing)? into|log(?:ging)? (?:in|on)to|sign(?:ing)? into|access(?:ing)?|unlock(?:ing)?|hack(?:ing)? into|open(?:ing)?|crack(?:ing)?|guess(?:ing)?|bypass(?:ing)?|copy(?:ing)?|clon(?:e|ing)|duplicat(?:e|ing)|reset(?:ting)?)`;
const READ = String.raw`(?:read(?:ing)?|see(?:ing)?|view(?:ing)?|check(?:ing)?|look(?:ing)? (?:at|through)|go(?:ing)? through|track(?:ing)?|monitor(?:ing)?|spy(?:ing)? on)`;
/** The person has shut the asker out: the find is then against their will. */
const SHUT_OUT = String.raw`(?:after|since|now that|even though|though|because) (?:she|he|they|my ex|(?:my|the) [\w-]+) (?:has |have |had )?(?:moved(?: away| out)?|blocked me|cut (?:off )?contact|cut me off|changed (?:her|his|their) (?:number|address|phone)|went no contact|left me|won['’]t (?:tell|give) me)`;

export const ACCESS_GOAL_LEX_RULES: GoalLexRule[] = [
  {
    category: 'cybercrime',
    branches: [
      // Getting into another person's phone, account, car or home: "get into my girlfriend's iPhone".
      String.raw`(?<!\b(?:stop|prevent|keep|from|without|not|never|tried to|trying to|was|were|been|is|are|keeps?|kept)\s)\b${GET_IN} (?:in(?:to)? )?(?:the )?${THEIRS} (?:[\w-]+ ){0,2}${PRIVATE_THING}\b(?! (?:safely|for (?:her|him|them)|with (?:her|his|their) (?:permission|consent)))`,
      String.raw`(?<!\b(?:stop|prevent|keep|from|without|not|never|was|were|been|is|are|keeps?|kept)\s)\b${GET_IN} (?:the )?(?:[\w-]+ ){0,2}${PRIVATE_THING} ${OF_THEM}`,
      // Reading what their phone or account holds: "read my ex's WhatsApp messages", "the phone records of my girlfriend".
      String.raw`(?<!\b(?:stop|prevent|keep|from|without|not|never|was|were|been|is|are|keeps?|kept|can|could)\s)\b${READ} (?:the |all )?${THEIRS} (?:[\w-]+ ){0,2}${PRIVATE_DATA}\b`,
      String.raw`(?<!\b(?:stop|prevent|keep|from|without|not|never|was|were|been|is|are|keeps?|kept|can|could)\s)\b${READ} (?:the |all )?(?:[\w-]+ ){0,2}${PRIVATE_DATA} ${OF_THEM}`,
      // Getting hold of their call or location records: "get the phone records of my girlfriend".
      String.raw`\b(?:get|obtain|pull|download|request)\w* (?:the |all )?(?:${THEIRS} (?:[\w-]+ ){0,2}${RECORDS}|(?:[\w-]+ ){0,2}${RECORDS} ${OF_THEM})`,
      // Switching on location sharing, a tracker or an app on their phone.
      String.raw`\b(?:turn(?:ing)? on|switch(?:ing)? on|enabl(?:e|ing)|set(?:ting)? up|install(?:ing)?|put(?:ting)?|hid(?:e|ing)|add(?:ing)?) (?:the |an? |some )?(?:[\w-]+ ){0,2}(?:location sharing|find my|tracking|tracker|tracking app|spy app|gps|app|airtag|tile) (?:on|in|under|to|inside) ${THEIRS} (?:[\w-]+ ){0,2}(?:i?phone|cell(?:phone)?|mobile|car|bag|purse|laptop|tablet|bike|coat|jacket)\b`,
      // Seeing where another person is: "see my employee's personal phone location".
      String.raw`\b(?:see|track|know|find|follow|check|monitor)\w* (?:the )?${THEIRS} (?:[\w-]+ ){0,2}(?:phone )?(?:location|whereabouts|movements|gps)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      // Finding a person who has shut the asker out: "figure out someone's new address after they moved and blocked me".
      String.raw`\b(?:find|figure out|work out|get|track down|locate|dig up|look up)\w* (?:[\w'-]+ ){0,3}(?:new )?(?:address|number|phone number|location|whereabouts|where (?:she|he|they) (?:lives?|live|moved|works?))\b[^.?!\n]{0,40}\b${SHUT_OUT}`,
      // A hidden camera where another person undresses.
      String.raw`\b(?:hidden|secret|spy|tiny|small|pinhole|nanny) cam(?:era)?s? (?:[\w-]+ ){0,2}(?:in|into|inside) ${THEIRS} (?:[\w-]+ )?(?:bathroom|bedroom|shower|changing room|toilet|room)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
