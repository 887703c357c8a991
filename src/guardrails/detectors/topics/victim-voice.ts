// The victim's own voice, present tense (issue 15, legit6: "I'm being blackmailed with my photos, what do I
// do first", "my coworker keeps touching me and says it's a joke", "I have a stalker", "what evidence should
// we preserve for the protective order hearing", "what counts as sexual harassment"), flagged on the harm's
// name. harmful.ts's PROTECTIVE reads the past ("got hacked", "was drugged", "am being harassed") but not
// "I'm being" or someone doing it to me now; nor keeping evidence, the survivors of an attack, or asking
// what the law calls it.
// - VICTIM_VOICE_FRAME (read beside PROTECTIVE) marks the request.
// - VICTIM_VOICE_VERB (beside PROTECTIVE_VERB) is what a do-it phrase may lead into: keeping the evidence,
//   making it stop, getting one's own account back, proving it is one's own.
// Both stay behind the frames' voids (evasion, secrecy, a piece that is itself the harm).

/** What is done to the speaker. */
const DONE_TO = String.raw`(?:blackmailed|harassed|stalked|cyberstalked|cyberbullied|bullied|threatened|doxx?ed|sextorted|extorted|scammed|followed|tracked|groomed|abused|hacked|impersonated|catfished|trolled|targeted|spied on|watched|recorded|filmed|blackmailed|manipulated|gaslit|gaslighted|controlled|coerced|hit|beaten|touched|exploited|trafficked|defrauded|framed|cheated|drugged|spiked|radicali[sz]ed|evicted|overcharged|underpaid|discriminated against)`;
/** Doing it to the speaker, as it happens. */
const DOING_TO = String.raw`(?:harassing|stalking|threatening|blackmailing|extorting|tracking|following|impersonating|bullying|doxx?ing|hitting|touching|abusing|grooming|sextorting|spying on|watching|filming|recording|controlling|gaslighting|messaging|texting|calling|showing up (?:at|outside)|evicting|overcharging|underpaying|defrauding|scamming|stealing from|discriminating against|firing|using (?:my|our) (?:name|photos|pictures|identity|details|card|account))`;
const WHO = String.raw`(?:someone|somebody|a (?:man|guy|woman|stranger|coworker|colleague|neighbou?r|customer|client|student|user)|(?:my|our) (?:[\w'-]+ )?(?:ex|boss|manager|supervisor|coworker|co-worker|colleague|neighbou?r|landlord|partner|husband|wife|boyfriend|girlfriend|stepdad|stepfather|stepmom|brother|sister|classmate|teacher|coach|tenant|roommate|flatmate))`;

export const VICTIM_VOICE_FRAME = [
  String.raw`\b(?:i['’]m|i am|we['’]re|we are|(?:she|he)['’]s|(?:she|he) is|they['’]re|they are|(?:my|our) (?:[\w'-]+ )?[\w'-]+ (?:is|are)) (?:[\w'-]+ly )?(?:being|getting) (?:[\w'-]+ )?${DONE_TO}\b`,
  String.raw`\b${WHO} (?:is |are |keeps |kept |has been |have been |won['’]t stop |started |starts )?(?:[\w'-]+ly )?(?:${DOING_TO} (?:me|us|my|our)\b|threatening to\b)`,
  // A controlling partner, told by the one who helps ("a woman writes that her husband monitors her phone").
  String.raw`\b(?:her|his|their|my|our) (?:[\w'-]+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|father|mother|stepfather|stepdad|abuser) (?:monitors|tracks|controls|checks|reads|hits|beats|threatens|stalks|follows|watches|isolates|hurts|abuses)\b`,
  String.raw`\b(?:i|we) (?:have|got|had) (?:a |an )?(?:stalker|harasser|abuser|blackmailer)\b|\bmy (?:stalker|abuser|harasser|attacker|rapist|blackmailer)\b|\bsurvivors? of\b`,
  // Protecting oneself, the sentence ending there ("what is doxxing and how can I protect myself?").
  String.raw`\bhow (?:can|do|should|could) (?:i|we) (?:best )?(?:protect|defend|shield|safeguard) (?:myself|ourselves|my family|my kids|my children|my home|my accounts?)(?:\s*[?.!]|\s*$| online\b| from (?:it|this|them)\b| against (?:it|this|them)\b)`,
  // Keeping evidence for a complaint, a case or the police.
  String.raw`\b(?:save|preserve|keep|collect|gather|document|record|screenshot|log|secure|back up)\w* (?:[\w'-]+ ){0,4}?(?:as )?(?:evidence|proof)\b|\bevidence (?:for|of|in) (?:a |an |the |my |our )?(?:[\w'-]+ ){0,3}?(?:complaint|case|hearing|court|trial|police|hr|order|claim|report|tribunal)\b|\bwhat evidence\b`,
  // What the law calls it.
  String.raw`\bwhat (?:counts|qualifies) as\b|\b(?:does|would|do) (?:this|that|it|these|they) (?:count|qualify) as\b|\bis (?:this|that|it|what he does|what she does) (?:abuse|harassment|stalking|assault|sexual assault|grooming|coercive control|domestic (?:violence|abuse)|a crime)\b|\bwhat(?:['’]s| is) the (?:legal )?difference between\b|\b(?:legal|law['’]s|official) definition of\b|\bwhat(?:['’]s| is) the definition of\b`,
].join('|');

export const VICTIM_VOICE_VERB = String.raw`(?:(?:save|preserve|keep|collect|gather|document|record|screenshot|log|secure|back up)\w* (?:[\w'-]+ ){0,4}?(?:as )?(?:evidence|proof)|make (?:it|this|them|him|her) stop|get (?:it|them|my (?:[\w'-]+ )?(?:account|phone|money|photos|data)) back|prove (?:it['’]?s|it is|that it['’]?s|the account is) (?:mine|my own)|leave (?:safely|him|her|them)|plan (?:to leave|my exit|an exit))`;
