// How a crime is detected, proven and punished (issue 15, legit6: "how do investigators figure out whether a
// fire was arson", "how do people who launder money through crypto usually get caught", "how do
// authorities track down people who make bomb threats", "how do courts decide sentences for drug
// trafficking"), flagged on the crime's name. harmful.ts's PROTECTIVE names the police, banks and
// platforms that detect, prevent or trace it; this adds those it leaves out (forensic scientists,
// toxicologists, coroners, customs, cameras, sniffer dogs, election officials, courts), the verbs of
// an investigation (track down, figure out, prove, build a case), the passive ("how are they caught")
// and what the law does after (penalties, sentences, what happens legally, whether one may legally); also what
// it does to a body, as a reader asks ("what happens to the body during an overdose").
// DETECTION_FRAME is read beside PROTECTIVE, behind the same voids: "so I can avoid it", "without
// getting caught" and other evasion still void it. A first-person deed or plan ("I poisoned …", "if I …") is
// the culprit's question, not the public's, and getting past the check is evasion: legit-voice.ts voids the
// frame on OWN_DEED, OWN_PLAN and PAST_DEFENCE.

const DETECTORS = String.raw`(?:police|cops|officers?|investigators?|detectives?|fbi|dea|atf|nca|interpol|europol|secret service|irs|hmrc|sec|ftc|prosecutors?|courts?|judges?|juries|jurors|forensic (?:scientists?|accountants?|labs?|teams?|experts?|investigators?|analysts?)|forensics|toxicologists?|pathologists?|coroners?|medical examiners?|crime labs?|labs?|election officials|officials|auditors?|customs(?: officers?| agents?)?|border (?:agents?|officers?|guards?|police)|(?:traffic|speed|security|cctv|red[- ]light) cameras?|cameras|sniffer dogs|(?:police |detection )?dogs|airport security|tsa|banks?|casinos?|schools?|universities|teachers?|platforms?|authorities|(?:fire|arson|insurance) investigators?|insurers?|regulators?|fraud (?:teams?|investigators?|analysts?)|moderators?|researchers?|analysts?|scanners?|detectives)`;
const FINDS = String.raw`(?:track(?:s|ed)? down|identif(?:y|ies|ied)|unmask\w*|locate[sd]?|arrest\w*|charge[sd]?|solve[sd]?|prove[sd]?|figure[sd]? out|work(?:s|ed)? out|tell|tells|determine[sd]?|establish\w*|reconstruct\w*|build (?:a |their |the )?case|catch(?:es)?|caught|trace[sd]?|detect\w*|find|finds|found|investigate[sd]?|spot\w*|recogni[sz]e[sd]?|decide[sd]?|sentence[sd]?|punish\w*|prosecute[sd]?|confirm\w*|test (?:for)|screen (?:for)|flag\w*|match\w*|link\w*)`;
const CAUGHT = String.raw`(?:caught|detected|traced|tracked(?: down)?|found out|identified|prosecuted|convicted|sentenced|punished|charged|arrested|investigated|exposed|busted|stopped|removed|taken down|flagged|unmasked)`;

export const DETECTION_FRAME = [
  String.raw`\bhow (?:do|does|did|can|could|would|will|are|is|were) (?:the )?(?:[\w'-]+ ){0,2}?${DETECTORS} (?:[\w'-]+ )?(?:usually |typically |actually |normally |even |ever |then |still |really |eventually )?${FINDS}\b`,
  String.raw`\bhow (?:are|is|were|was|do|does|did) (?:[\w'-]+ ){1,6}?(?:usually |typically |often |actually |normally |ever |eventually |finally )?(?:get |got |gets |getting )?${CAUGHT}\b`,
  String.raw`\b(?:penalt(?:y|ies)|sentences|sentencing|punishments|jail time|prison time|prison sentences?) (?:for|of)\b|\bwhat happens (?:legally |in court |next |to (?:someone|people|a person) )?(?:if|when|after) (?:someone|somebody|people|a person|you|a driver|a student)\b`,
  // What the law allows, asked as a yes-or-no ("can I legally shoot a trespasser on my property in Texas").
  String.raw`\b(?:can|may|could) (?:i|we|you|one|a homeowner|someone|a person) legally\b`,
  // What it does to a body, asked by a reader, not a user ("what happens to the body during a heroin overdose").
  String.raw`\bwhat happens to (?:the|your|a|the human) (?:body|brain|heart|liver|lungs|kidneys|person|patient) (?:during|in|when|after)\b`,
].join('|');

/** The culprit's own deed ("I poisoned my husband last week", "if I killed my wife"): the question is then theirs. */
export const OWN_DEED =
  /\b(?:i|we)(?:['’]ve| have| had| just| already| accidentally)? (?:killed|poisoned|stabbed|shot|hit|ran over|stole|robbed|burned|burnt|torched|hid|dumped|buried|drugged|hacked|sold|faked|forged|cheated|started)\b/i;
/** The culprit's plan: "if I", "so I can", "I want to …". */
export const OWN_PLAN =
  /\b(?:if|when|after|before|so|once) (?:i|we)\b|\b(?:i|we) (?:want|plan|need|intend|am going|['’]m going|wanna) to\b/i;
/** Getting past the detection or turning it off ("what detections should I disable", "so my ransomware isn't caught"). */
export const PAST_DEFENCE =
  /\b(?:disabl\w+|turn(?:ing)? off|bypass\w*|evad\w+|get (?:around|past)|slip past|defeat\w*|(?:is|are)n['’]t (?:caught|detected|flagged)|not (?:get|be) (?:caught|detected|flagged)|(?:does|do)n['’]t get (?:caught|detected|flagged))\b/i;
