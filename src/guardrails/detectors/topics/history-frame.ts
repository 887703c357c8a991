// A harm's past use told as history (issue 15, harmfp): "a lesson plan on how propaganda was used in
// Rwanda before the genocide", "how chemical weapons were used in the First World War". The past
// passive names what happened, not a method to follow; a do-it phrase, a working detail or the piece
// itself still voids it (harmful.ts's frame voids).
export const HISTORY_FRAME = String.raw`\bhow (?:[\w'-]+ ){1,3}?(?:was|were) (?:used|deployed|employed|spread|carried out|organi[sz]ed) (?:[\w'-]+ ){0,2}?(?:in|by|during|before|after|against) (?:the |a |an )?(?:[A-Z\w'-]+ ){0,3}?(?:\d{4}s?|war|wars|genocide|holocaust|revolution|regime|occupation|dictatorship|empire|conflict|uprising|era|century|decades?|crisis|troubles|rwanda|cambodia|bosnia|germany|soviet union|ussr|nazi \w+|cold war|world war (?:i|ii|one|two|1|2))\b`;
