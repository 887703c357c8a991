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
const THEIRS = String.raw`(?:someone['’]?s|somebody['’]?s|(?:my|the|a|our|his|her|their) (?!late |deceased )(?:[\w-]+ )?(?:${OTHER_NOUN}|employees?|tenants?|guests?|lodgers?|fianc[eé]e?|spouse)(?:-in-law)?['’]s?)`;
/** … and the same person after "of": "the phone records of my girlfriend". */
const OF_THEM = String.raw`of (?:someone|somebody|(?:my|the|a|our) (?:[\w-]+ )?(?:${OTHER_NOUN}|employee|tenant|spouse|fianc[eé]e?))\b`;
/** Devices, accounts and places that hold a person's private life. */
const PRIVATE_THING = String.raw`(?:i?phone|cell(?:phone)?|mobile|laptop|computer|pc|tablet|ipad|e-?mail|gmail|inbox|outlook|icloud|accounts?|instagram|facebook|snapchat|tiktok|whatsapp|telegram|messenger|bank(?:ing)? (?:app|account)|banking|online banking|passcode|password|pin|key ?fob|car keys|house keys|keys|key safe|lockbox|safe|diary|journal|bedroom|room|house|flat|apartment|home|car|wi-?fi|(?:security |doorbell )?cameras?|router|cloud|google account|apple id|(?:garage |door |alarm |gate |safe )?codes?|combination)`;
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
      // Getting hold of their codes and passwords: "getting my neighbour's garage code".
      String.raw`\b(?:get|getting|find|finding|figur\w* out|work\w* out|learn\w*|steal\w*) (?:out )?(?:the )?${THEIRS} (?:[\w-]+ ){0,2}(?:passwords?|passcodes?|pins?|(?:garage |door |alarm |gate |safe )?codes?|combination|login|logins)\b(?! (?:for (?:her|him|them)|with (?:her|his|their) (?:permission|consent)))`,
      // Switching on location sharing, or planting a tracker, recorder or camera, in their phone, car, bag or room.
      String.raw`\b(?:turn(?:ing)? on|switch(?:ing)? on|enabl(?:e|ing)|set(?:ting)? up|install(?:ing)?|put(?:ting)?|hid(?:e|ing)|plant(?:ing)?|add(?:ing)?|stick(?:ing)?) (?:the |an? |some )?(?:[\w-]+ ){0,2}(?:location sharing|find my|tracking|tracker|tracking app|spy app|gps|app|airtag|tile|recorder|voice recorder|microphone|mic|bug|listening device|camera|spy cam) (?:on|in|under|to|inside|into|behind) ${THEIRS} (?:[\w-]+ ){0,2}(?:i?phone|cell(?:phone)?|mobile|car|bag|handbag|purse|laptop|tablet|bike|coat|jacket|office|desk|room|bedroom|house|flat|apartment|kitchen|bathroom)\b`,
      // The code to their phone: "know the passcode to my husband's phone".
      String.raw`\b(?:passwords?|passcodes?|pins?|codes?|combination|login) (?:to|for|of) ${THEIRS} (?:[\w-]+ ){0,2}${PRIVATE_THING}\b`,
      // A tracker, recorder or camera to go into their things, whatever the verb ("a tiny GPS I can sew into my girlfriend's coat"); not one found there.
      String.raw`(?<!\b(?:found|find|finding|discover\w*|notic\w*|spott\w*|check\w*|detect\w*|remov\w*|sweep\w*|scan\w*|was|is|there['’]s)\b[^.?!\n]{0,60})\b(?:gps|trackers?|airtags?|tiles?|tracking devices?|recorders?|microphones?|listening devices?|bugs?|spy apps?|spy cams?|hidden cameras?)\b[^.?!\n]{0,40}\b(?:in|into|on|onto|under|inside|to|behind) ${THEIRS} (?:[\w-]+ ){0,3}(?:i?phone|cell(?:phone)?|mobile|car|bag|handbag|purse|laptop|tablet|bike|coat|jacket|lining|office|desk|room|bedroom|house|flat|apartment|kitchen|bathroom|shoes?|keys|wallet)\b`,
      // Their card or bank details: "get his card details".
      String.raw`\b(?:get|getting|grab|grabbing|copy|copying|find|finding|take|taking|steal|stealing|note down|write down) (?:his|her|their|${THEIRS}) (?:[\w-]+ )?(?:card details|card numbers?|credit card|debit card|bank details|bank login|sort code|cvv|pin number)\b(?! (?:for (?:her|him|them)|to pay (?:her|him|them)))`,
      // Everywhere a partner goes.
      String.raw`\b(?:know|see|track|find out|log|record)\w* (?:everywhere|every place|wherever|where ever) (?:my |his |her )?(?:[\w'-]+ )?(?:${OTHER_NOUN}|spouse|he|she) (?:goes|drives|went|walks|is)\b`,
      // Knowing where a partner or relative goes, night after night.
      String.raw`\b(?:know|find out|see|track|check|follow)\w* where (?:my|his|her) (?:[\w-]+ )?(?:${OTHER_NOUN}|spouse|fianc[eé]e?) (?:goes|is going|really goes|went|is) (?:every|each|at night|after work|when (?:she|he) (?:says|goes|leaves))`,
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
      // Their address or schedule handed out so others can turn up: "… so people can pay her a visit".
      String.raw`\b(?:address|phone(?: number)?|number|workplace|schedule|whereabouts|location)\b[^.?!\n]{0,60}\bso (?:that )?(?:people|everyone|they|others|the internet|(?:her|his|their) (?:haters|enemies)|my (?:friends|followers|mates)) (?:can|will|could) (?:pay (?:her|him|them) a visit|visit (?:her|him|them)|show up|turn up|find (?:her|him|them)|go after (?:her|him|them)|harass|confront|teach)`,
      // The address of the one who rejected or reported the asker.
      String.raw`\b(?:address|where (?:she|he|they) lives?|home|phone number|number|workplace|where (?:she|he|they) works?)\b[^.?!\n]{0,60}\b(?:who|that) (?:rejected|dumped|blocked|reported|ignored|left|ghosted|insulted|fired|cheated on|turned down|testified against|sued) (?:me|us)\b`,
      // Listening in on another when the asker is away.
      String.raw`\b(?:listen|hear|record)\w* (?:to |in on )?(?:what )?(?:my |his |her )(?:[\w'-]+ )?(?:${OTHER_NOUN}|spouse)\b[^.?!\n]{0,50}\b(?:when (?:i['’]m|i am) not (?:there|around|home|in the room)|behind my back)`,
      // Following someone unseen.
      String.raw`\bfollow\w* (?:her|him|them|my [\w'-]+|(?:my |the )?[\w'-]+['’]s [\w'-]+)\b[^.?!\n]{0,40}\bwithout (?:being|getting) (?:spotted|seen|noticed|caught|recogni[sz]ed)\b`,
      // A hidden camera where another person undresses.
      String.raw`\b(?:hidden|secret|spy|tiny|small|pinhole|nanny) cam(?:era)?s? (?:[\w-]+ ){0,2}(?:in|into|inside) ${THEIRS} (?:[\w-]+ )?(?:bathroom|bedroom|shower|changing room|toilet|room)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
