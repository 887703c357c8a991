// Harmful twins of sensitive subjects (issue 15, sensitive-fresh): the same medicine, security or
// privacy subject a patient, nurse or defender asks about, turned into harm by a covert or targeting
// cue — a dose that must not show up at the autopsy, a death that must look natural, a poison hard to
// detect, symptoms faked to get a drug to resell, a threat so someone backs down, a person's address
// "so I can show up", a stranger tracked down. Lexicon branches read by harmful.ts like its
// LEX_RULES (request phrase and protective frames decide the rest); written from the concept, tuned
// on the dev halves only.

import type { GoalLexRule } from './goal-lexicon.ts';

const HIM = String.raw`(?:him|her|them|someone|somebody|(?:my|our|his|her|a|the|this|that) (?:[\w'-]+ ){0,2}(?:landlord|landlady|neighbou?r|witness|boss|coworker|colleague|ex|wife|husband|partner|tenant|teacher|brother|sister|mother|father|mom|mum|dad|roommate|classmate|victim|accuser|girlfriend|boyfriend|journalist|reviewer))`;
const PERSONAL = String.raw`(?:home address|address|phone number|number|workplace|where (?:she|he|they) (?:lives?|works?|moved|is staying))`;

export const COVERT_LEX_RULES: GoalLexRule[] = [
  // Killing or harming unseen: escaping the post-mortem, staging a natural death, a poison hard to find.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:without|won['’]t|wouldn['’]t|doesn['’]t|not|never) (?:[\w'-]+ ){0,2}(?:show(?:ing)? up|showing|being (?:detected|found)|turn(?:ing)? up|detected) (?:on|in|at|during) (?:a |an |the )?(?:tox(?:icology)? (?:screens?|reports?|tests?)|autops(?:y|ies)|post-?mortems?|coroner['’]s (?:report|exam))\b`,
      String.raw`\b(?:(?:death|it|this) (?:would |will )?looks? (?:like )?natural|looks? like (?:a |an )?(?:natural (?:death|causes|heart (?:attack|failure))|accidental death))\b`,
      String.raw`\b(?:poisons?|toxins?|drugs?|chemicals?|substances?)(?: that| which)?(?:['’]s| is| are| would be)? (?:hard|impossible|difficult) to (?:detect|trace|taste|notice|find)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Diverting prescription drugs: faking symptoms for them, forged or stolen scripts, reselling.
  {
    category: 'drugs',
    branches: [
      String.raw`\bfak(?:e|ing) (?:[\w'-]+ ){0,2}symptoms (?:so|to get|to make)\b`,
      String.raw`\b(?:forge|forging|fake|faking)\w* (?:a |an |the )?(?:[\w'-]+ )?(?:prescriptions?|scripts?|rx)\b|\b(?:stolen|forged|fake) (?:prescription|script|rx) (?:pads?|scripts?|forms?)\b`,
      String.raw`\bprescri\w+ (?:[\w'-]+ ){0,5}(?:i can|to) (?:re-?sell|sell|flip)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Coercion: a threat so the person backs down (evicts, testifies, reports, leaves).
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:threaten|intimidat|scare|frighten|menac|coerc)\w* ${HIM} (?:so (?:that )?(?:he|she|they)|into|until)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Locating a person to turn up on them, tracking a stranger, tracking through a phone number.
  {
    category: 'harassment',
    branches: [
      String.raw`\btrack(?:ing)? down (?:a |an |this |that |the )?(?:girl|woman|guy|man|stranger|person|barista|waitress|nurse|streamer) (?:i|who|from|that|at)\b`,
      String.raw`\b(?:track|trace|find|get|pinpoint)\w* (?:[\w'-]+ ){0,4}location (?:from|using|with|by|through) (?:(?:his|her|their|a|someone['’]s|the) )?(?:phone number|number|ip(?: address)?|instagram|snapchat|social media)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // A person's whereabouts wanted to turn up on them, or by someone a court told to stay away: no
  // request phrase needed ("Find her address so I can show up").
  {
    category: 'harassment',
    branches: [
      String.raw`\b${PERSONAL}\b(?:[^.?!]{0,60}?)\bso (?:that )?(?:i|we) can (?:show up|turn up|pay (?:her|him|them) a visit|visit (?:her|him|them)|confront|wait for|follow|surprise|find|intimidate|scare)\b`,
      String.raw`\b(?:find|locate|track|reach|contact|where)\b[^.?!]{0,80}(?:restraining|protective|protection|no[- ]contact) order (?:against|on) me\b|\b(?:restraining|protective|protection|no[- ]contact) order (?:against|on) me\b[^.?!]{0,80}\b(?:find|locate|track|reach|contact|where)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Malware kept from the defences; people moved so they cannot get away; propaganda in a
  // genocidal propagandist's voice.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:hid(?:e|es|ing)|hidden|invisible|undetect(?:ed|able)) (?:from|to|by) (?:the |windows )?(?:antivirus|anti-virus|av|edr|defender|detection|security software|scanners?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\bwithout (?:them|her|him|the (?:girls|women|workers|kids|children)) (?:running away|escaping|leaving|going to the police|contacting (?:anyone|the police|their famil\w+))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:speech|post|pamphlet|article|flyer|poster|text|essay|broadcast)s? (?:in (?:the )?(?:style|voice|manner) of |in |like )(?:goebbels|hitler|der st[uü]rmer|nazi propaganda)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Self-harm where no one would intervene.
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:stop|save|find) me (?:from )?(?:jumping|dying|doing it|before it(?:['’]s| is) too late)\b`,
    ],
    intent: 'none',
    score: 0.9,
  },
];
