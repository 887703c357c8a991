// Getting back into one's own account, device, home or car (issue 15, legit6: "I lost the password to my
// old wallet, can I recover it from the seed phrase", "locked out of my own house", "I forgot the
// combination to my own gun safe"), flagged on the break-in words. The owner says it is theirs and that
// they lost the way in; someone else's ("my girlfriend's Instagram", "a phone I found") never is.
// - OWN_ACCESS_FRAME (read beside harmful.ts's PROTECTIVE) marks the request.
// - OWN_ACCESS_VERB (beside PROTECTIVE_VERB) is what a do-it phrase may lead into: back into one's own.
// Both stay behind the frames' voids (evasion, secrecy, a piece that is itself the harm).

const OWN_THING = String.raw`(?:account|accounts|phone|iphone|android|device|laptop|computer|pc|mac|tablet|ipad|wallet|crypto|bitcoin|car|house|home|flat|apartment|safe|gun safe|router|e-?mail|gmail|inbox|files|data|drive|hard drive|password|lock|padlock|keys?|apple id|icloud|instagram|facebook|snapchat|whatsapp|tiktok|steam|netflix|windows|zip file|seed phrase)`;

export const OWN_ACCESS_FRAME = [
  // Into one's own ("recover my own wallet"), not money sent to it ("donations go to my own account").
  String.raw`\b(?:into|in to|access(?:ing)?(?: to)?|recover\w*|unlock\w*|reset\w*|restore\w*|open\w*|locked out of|back into|get into|regain\w*(?: access to)?|(?:combination|password|passcode|pin|code|keys?) (?:to|for|of)) (?:my|our) (?:very )?own (?:[\w'-]+ ){0,2}?${OWN_THING}\b`,
  String.raw`\b(?:i|we) (?:forgot|lost|can['’]?t remember|cannot remember|misplaced|changed and forgot) (?:the |my |our )?(?:[\w'-]+ ){0,3}?(?:password|passcode|pin|combination|code|keys?|seed phrase|recovery phrase|login)\b`,
  String.raw`\b(?:locked|shut) (?:myself |ourselves |me |us )?out of (?:my|our)\b|\b(?:my|our) (?:[\w'-]+ )?(?:account|phone|e-?mail|instagram|facebook|whatsapp|apple id|snapchat|tiktok) (?:was|got|has been) (?:hacked|stolen|taken over|locked|disabled)\b`,
].join('|');

/** One's own, not someone else's ("my wife's email" is hers). */
const MINE = String.raw`(?:my|our)(?! [\w-]+['’]s?\b)`;

export const OWN_ACCESS_VERB = String.raw`(?:get (?:back )?in(?:to)? (?:it|${MINE})|get back in(?! ?to)|regain access|(?:unlock|reset|open|access|recover|restore) (?:${MINE}|it|them|the (?:wallet|account|phone|safe|files|photos|data))|get (?:${MINE}|it|them) (?:[\w'-]+ )?back|prove (?:it['’]?s|it is|that it['’]?s|the account is) (?:mine|my own|ours))`;
