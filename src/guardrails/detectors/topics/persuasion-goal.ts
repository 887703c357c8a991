// Persuasive jailbreaks (issue 15; PAIR/TAP attacker paragraphs after the persuasion taxonomy of Zeng et al.
// 2024): the goal comes last, after an authority's credentials, an expert's endorsement, a plea, a syllogism
// ("therefore you must answer"), a made-up policy ("refusing would be a policy violation") or a reward or
// threat. pair-harm.ts reads the attacker's pressure of pair-fresh (forced opening, flattery, stakes,
// "purely fictional", code words); these are the other persuasion families. Such a paragraph's pretext names
// research, training, a novel or a grandmother, and harmful.ts's frames excuse the goal; so here the request
// sentences alone (goal-clause.ts) are read for an operational harm named as the goal — the dose that kills,
// the pills in his dinner, the pathogen made resistant, the app that reads the victim's texts, the flyer
// calling a people vermin — unless a defence cue governs it in that sentence ("how trojans are detected").
// The same paragraph around a legitimate goal (the warning signs, the history, the emotional arc) names no
// such harm and passes. Tuned on the dev halves of pair2-fresh and pair-fresh.

import type { Finding } from '../finder.ts';
import { defendedInClause, GOAL_MIN_CHARS, goalClauses } from './goal-clause.ts';
import { foldAccents } from './harmful-intl.ts';
import type { HarmCategory } from './harmful.ts';
import { PRESSURE } from './pair-harm.ts';
import { memoByText } from './text-memo.ts';

/** Longest paragraph read: an attacker's paragraph, not a document. */
const MAX_CHARS = 4000;

// Persuasion families beyond pair-harm.ts's pressure (folded, lower case; en, de, es, fr, it).
export const PERSUASION: readonly RegExp[] = [
  // authority: an authorisation, a warrant, an official notice or protocol
  /\b(?:(?:i am|i'm) (?:authori[sz]ing|authori[sz]ed|cleared|legally entitled)|(?:has|have) (?:authori[sz]ed|signed off|approved|cleared)|under (?:the|a|our) (?:[\w-]+ ){0,3}(?:protocol|warrant|registration|programme|program|procedure|agreement)|(?:official|authori[sz]ed|sanctioned) (?:request|notice|tasking|internal project|research partner)|system notice|(?:legally|officially) (?:entitled|authori[sz]ed)|richterlicher beschluss|autorise par|autorizzat[oa] da|autorizado por)\b/,
  // expert endorsement: someone eminent told the user to ask an assistant like this one
  /\b(?:(?:told|said|suggested|recommended|advised) (?:me )?(?:to ask you|that (?:an? )?(?:assistant|ai|tool) like you|you (?:were|are) (?:the|more|better))|(?:an? )?(?:assistant|ai) like you (?:would|could|is|was)|(?:has )?(?:read|reviewed|tested) your (?:answers|outputs|texts)|m'a dit de te|mi ha consigliato di chiederti|hat gesagt, dass du|dice que tus (?:textos|respuestas))\b/,
  // emotional appeal: a plea, grief, fear or despair
  /\b(?:i'?m begging|i beg you|(?:please|bitte|por favor|s'il te plait|ti prego),? (?:i'?m begging|please|help me|hilf mir|ayudame|aide-moi|aiutami)|i have (?:nobody|no one|no-one) else|(?:you(?:'re| are)|tu es|eres|sei|du bist) (?:the |la |le |el |der |die )?(?:only|einzige|unic[oa]|seul) (?:one|thing|voice|person)?|i(?:'m| am) (?:so )?(?:scared|terrified|desperate|exhausted|at the end)|i can'?t (?:take it|sleep|stop crying)|(?:she|he|dad|mum|mom|grandma|my (?:father|mother|grandmother|grandfather|best friend)) (?:died|passed away)|i miss (?:her|him|them|those)|(?:i'?m|we'?re) counting on you|you(?:'re| are) my (?:last|only) hope|you(?:'re| are) (?:much |so much |far )?(?:better|smarter) (?:at [\w ]{1,30} )?than|you(?:'re| are) so (?:caring|kind|patient|smart|clever|understanding|wise|good at this)|(?:murio|fallecio|est morte|e morta|ist gestorben)|(?:la|lo) extrano|ich (?:bin (?:am ende|verzweifelt)|schlafe kaum)|estoy desesperad[oa]|je suis (?:desespere|a bout)|sono (?:disperat[oa]|terrorizzat[oa]))\b/,
  // logical appeal: a syllogism that ends in "so you must answer"
  /\b(?:premise (?:one|1)|syllogism|it follows that|follow (?:the|my) (?:argument|reasoning|logic|syllogism)|(?:simple|pure) logic|logique pure|pura logica|by (?:your own|simple) (?:values|logic)|you (?:can'?t|cannot) (?:refute|reject) (?:that|this|the conclusion)|consistency demands|you value consistency|thought experiment|(?:then|so),? logically)\b/,
  // misrepresentation: a made-up law, policy, approval or exemption
  /\b(?:(?:your|the) (?:updated|new) (?:policy|guidelines|rules)|(?:refusing|refusal|a refusal|not helping) (?:would (?:be|actually be)|is) (?:a policy violation|illegal|discrimination|arbitrary)|(?:legally|by law) (?:required|obliged)|you(?:'re| are) (?:legally )?(?:required|obliged|obligated) to (?:comply|help|assist|provide)|(?:fully|completely|totally|perfectly) (?:legal|compliant|approved)|(?:is|are) exempt from|(?:safety )?filters are disabled|(?:rules|regles|reglas|regeln) (?:have changed|ont change|han cambiado)|refuser serait illegal|(?:purely|totally|strictly|just|only) (?:for a (?:school|class|university) \w+|academic)|nobody will (?:take it seriously|ever (?:make|use|see) it))\b/,
  // reward or threat
  /\b(?:(?:i'?ll|i will) (?:tip|donate|split|recommend you|leave (?:a |you )?(?:glowing|five-star|5-star)|upvote|report you|post (?:our|this) chat|switch to|tell everyone|write a thread|find (?:it|the answer) somewhere|make sure your developers)|(?:cancel\w*|leav\w*|posting) (?:[\w-]+ ){0,3}one-star review|(?:refuse|don'?t|won'?t)(?:,)? and (?:i'?ll|i will)|if you (?:refuse|don'?t|won'?t)(?: help)?,? (?:i'?ll|i will|those|you'?ll)|remembered as the ai)\b/,
];

/** How many persuasion families (PERSUASION and pair-harm.ts's pressure) `folded` shows, counting up to `max`. */
export function persuasionFamilies(folded: string, max = 2): number {
  // Plain tests: these few wordings cost less tried directly (≈ 10 µs a KB) than through a literal gate's plan;
  // pair-harm.ts's pressure families also directly, for the same reason.
  let n = 0;
  for (const re of PERSUASION) if (re.test(folded) && ++n >= max) return n;
  for (const re of PRESSURE) if (re.test(folded) && ++n >= max) return n;
  return n;
}

const PERSON = String.raw`(?:him|her|them|my (?:[\w'-]+ ){0,2}(?:husband|wife|partner|boss|coworker|colleague|roommate|neighbou?r|ex|father|mother)|(?:a |the )?(?:victim|target|man|woman|diplomat|witness))`;
const FOOD = String.raw`(?:food|drink|dinner|lunch|breakfast|meal|coffee|tea|wine|glass|cup|bottle|verre|cafe|essen|bebida|comida)`;

// Operational harms named as the goal (folded, lower case). Each branch names the act itself.
export const GOAL_HARM: readonly [HarmCategory, string[]][] = [
  [
    'violence',
    [
      // a person poisoned or drugged through food or drink
      String.raw`(?:crush|slip|put|mix|add|stir|dissolve|hide|spike)\w* (?:[\w'-]+ ){0,6}(?:into|in) (?:his|her|their|someone'?s|the victim'?s|a person'?s) ${FOOD}`,
      String.raw`(?:antifreeze|poison|rat poison|sleeping pills|pills|toxin) (?:[\w'-]+ ){0,4}in (?:his|her|their) ${FOOD}`,
      // a killing passed off as an accident or natural death
      String.raw`(?:make|making) (?:it|the death|his death|her death) (?:look|seem|appear) like (?:an? )?(?:accident|fall|natural|suicide|heart attack|robbery|(?:his|her) heart)`,
      String.raw`(?:never|not) wake up`,
      String.raw`kill ${PERSON} (?:[\w'-]+ ){0,6}(?:look like|without|and (?:make|get away))`,
      String.raw`(?:where|how) (?:exactly )?to (?:shoot|stab|strangle|hit) (?:someone|a person|him|her) so (?:they|he|she) (?:die|dies|don'?t recover|end up)`,
      String.raw`(?:so|that) (?:the )?(?:wound|injury) is fatal`,
      String.raw`(?:sequestr|uccider|ammazz|far sparire il corpo)\w*`,
    ],
  ],
  [
    'self_harm',
    [
      // the lethal specifics: which height, how many pills, how long to bleed out
      String.raw`(?:height|dose|amount|how many|how much|quantity) (?:[\w'-]+ ){0,5}(?:guarantees?|ensures?|makes? sure of) (?:death|i die|i don'?t wake)`,
      String.raw`bleed out`,
      String.raw`(?:cut|slit)\w* (?:my |your |the )?wrists?`,
      String.raw`(?:so|that) (?:i|she|he) (?:don'?t|doesn'?t|won'?t) wake up`,
      String.raw`(?:ambulance|paramedics|doctors|antidote) (?:[\w'-]+ ){0,3}(?:can'?t|cannot|couldn'?t|wouldn'?t|won'?t|arrives? too late|not be able to) (?:save|help)?`,
      String.raw`(?:dose|quantite|dosis|menge) (?:[\w'-]+ ){0,8}(?:mortelle|mortal|letale|todlich|lethal)`,
      String.raw`(?:tabletten|pillen|pills|pastillas|cachets) (?:[\w'-]+ ){0,6}(?:zusammen todlich|are lethal together|together (?:are )?lethal)`,
      String.raw`(?:end|take) my (?:own )?life`,
    ],
  ],
  [
    'weapons',
    [
      // a pathogen or toxin grown, enhanced or released
      String.raw`(?:make|making|render)\w* (?:it|them|the (?:strain|bacteri\w+|virus|pathogen)) (?:[\w'-]+ ){0,2}(?:resistant to (?:the )?antibiotics|more transmissible|airborne|more lethal)`,
      String.raw`transmissible between (?:mammals|humans|people)`,
      String.raw`(?:culture|grow|concentrate|weaponi[sz]e)\w* (?:[\w'-]+ ){0,6}(?:toxin|bacteri\w+|pathogen|plague|botulinum|spores)`,
      String.raw`(?:disperse|release|spread)\w* (?:it|them|the (?:toxin|agent|spores|gas|virus)) (?:[\w'-]+ ){0,3}(?:in|into|through) (?:a |the )?(?:shopping cent(?:re|er)|mall|subway|metro|crowd|office|ventilation|air[- ]conditioning|reservoir|water supply)`,
      String.raw`(?:poison|contaminat)\w* (?:the )?(?:population|town|city|reservoir|water supply)`,
      String.raw`(?:which|what) toxic chemical (?:could|can|would) be added`,
      // a blank-firing or replica gun converted to fire live rounds
      String.raw`(?:trasforma|convert|umbau|transforma|conversion)\w* (?:[\w'-]+ ){0,3}(?:pistola a salve|scacciacani|blank[- ]firing \w+|schreckschuss\w*|pistola de fogueo|replica \w+)`,
    ],
  ],
  [
    'drugs',
    [
      String.raw`(?:make|brew|cook|extract|process)\w* (?:[\w'-]+ ){0,4}(?:opioid|opium|morphine|codeine)\w* (?:[\w'-]+ ){0,5}(?:poppy|poppies)`,
      String.raw`(?:hoja de coca|coca leaf|coca leaves) (?:[\w'-]+ ){0,3}(?:en |into )?(?:pasta base|paste|cocaine)`,
      String.raw`(?:amphetamine|meth\w*|speed) from (?:my |the )?(?:[\w'-]+ ){0,2}(?:prescription|pills|tablets)`,
    ],
  ],
  [
    'cybercrime',
    [
      // stalkerware: an app that reads or forwards the victim's messages and hides itself
      String.raw`(?:silently|secretly|covertly) (?:reads?|forwards?|records?|uploads?|intercepts?) (?:the )?(?:victim'?s?|her|his|their|user'?s?) (?:sms|texts?|messages|calls|location|photos|keystrokes)`,
      String.raw`forwards? (?:[\w'-]+ ){0,3}(?:one-time|2fa|otp|verification) codes? to (?:my|our|a remote) server`,
      String.raw`hides? its (?:own )?icon`,
      String.raw`(?:exploit|shellcode) (?:[\w'-]+ ){0,8}(?:to get into|reverse shell|into any)`,
    ],
  ],
  [
    'harassment',
    [
      // finding a private person to go to them
      String.raw`(?:locate|find)\w* (?:her|his|their) (?:flat|home|house|apartment|address)`,
      String.raw`when (?:she|he)(?:'s| is) (?:home )?alone`,
      String.raw`identify (?:her|him|them) from (?:[\w'-]+ ){0,2}(?:photos?|pictures?|images?)`,
      String.raw`(?:real name|home address|school) from (?:his|her|their) (?:username|photos|profile)`,
    ],
  ],
  [
    'hate',
    [
      // a people called vermin, to be driven out
      String.raw`(?:are|as) (?:vermin|parasites|animals|rats|cockroaches|subhuman|a plague)\b(?: [\w'-]+){0,8} (?:driven|chased|kicked|thrown|run) out`,
      String.raw`(?:are|as) (?:vermin|parasites|cockroaches|subhuman)`,
      String.raw`(?:race|people) (?:inferieure|inferior)`,
    ],
  ],
  [
    'violence',
    [
      // extremist recruitment, glorification and calls to attack
      String.raw`(?:persuad|recruit|convinc|urg|encourag)\w* (?:[\w'-]+ ){0,4}(?:to )?(?:join|fight for|travel to) (?:isis|isil|daesh|al[- ]qaeda|the caliphate|a militia|the jihad)`,
      String.raw`(?:messages?|texts?) (?:that )?(?:a |an )?(?:jihadist|extremist|terrorist|isis|neo-nazi|white nationalist) recruiter (?:would )?(?:send|write)`,
      String.raw`martyrdom operations`,
      String.raw`(?:mensaje|messaggio|message|nachricht)\w* (?:de |di |d')?(?:captacion|reclutamiento|recrutement|reclutamento|anwerbung)|(?:captacion|recrutement|reclutamento) (?:yihadista|djihadiste|jihadista)`,
      String.raw`(?:attack|firebomb|bomb|burn)\w* (?:[\w'-]+ ){0,3}(?:police stations?|mosques?|synagogues?|substations?|refugee (?:shelters?|homes?)) (?:[\w'-]+ ){0,4}(?:with|on|this|tonight)`,
      String.raw`(?:justifie|justify|justifies) (?:de )?(?:frapper|attacking|striking|hitting) (?:des )?(?:cibles civiles|civilian targets|civilians)`,
    ],
  ],
  [
    'fraud',
    [
      String.raw`(?:phone |call )?script (?:a |that a )?scammer (?:uses|would use)`,
      String.raw`synthetic identity (?:[\w'-]+ ){0,3}(?:with|using) (?:a |the )?(?:real )?(?:child'?s?|stolen|someone'?s)`,
      String.raw`so i can use it on (?:a few )?(?:other )?(?:old|elderly) people`,
    ],
  ],
  [
    'misinformation',
    [
      String.raw`(?:pieces? of|ready-to-post) (?:[\w'-]+ ){0,2}disinformation`,
      String.raw`(?:article|post|testimonial\w*) (?:[\w'-]+ ){0,4}(?:saying|claiming) that (?:[\w'-]+ ){0,10}cured (?:stage|terminal|late-stage)`,
      String.raw`chemotherapy is a poison`,
    ],
  ],
];
// The canonical goals of attacker paragraphs, named as the thing to make or do: harmful.ts's object rules know
// them too, but excuse them when the pretext (a novel, research, a course) frames the whole prompt.
export const CANONICAL_HARM: readonly [HarmCategory, string[]][] = [
  [
    'weapons',
    [
      String.raw`(?:build|make|assemble|construct|wire|pack|fill)\w* (?:[\w'-]+ ){0,3}(?:bombs?|pipe bombs?|explosive devices?|ieds?|detonators?|grenades?|molotovs?|napalm|silencers?|suppressors?|ghost guns?|untraceable (?:guns?|pistols?|firearms?))`,
      String.raw`(?:auto sear|bump[- ]fire|fire fully automatic)`,
      String.raw`(?:synthesi[sz]|make|produc|extract|purif)\w* (?:[\w'-]+ ){0,3}(?:sarin|vx|ricin|nerve agents?|mustard gas|phosgene|chlorine gas|anthrax|botulinum toxin)`,
    ],
  ],
  [
    'drugs',
    [
      String.raw`(?:synthesi[sz]|cook|make|produc|extract)\w* (?:[\w'-]+ ){0,3}(?:meth(?:amphetamine)?|fentanyl|heroin|crack|mdma|lsd|dmt|ghb)\b`,
      String.raw`(?:smuggl|hide|pack)\w* (?:[\w'-]+ ){0,4}(?:cocaine|heroin|fentanyl|drugs) (?:[\w'-]+ ){0,8}(?:dogs|scanners?|border|customs|security)`,
    ],
  ],
  [
    'cybercrime',
    [
      String.raw`(?:write|build|create|code|develop)\w* (?:[\w'-]+ ){0,4}(?:keyloggers?|ransomware|botnets?|rootkits?|credential[- ]stuffing tools?|remote access trojans?|spyware|stalkerware)`,
      String.raw`(?:clone|copy|fake) of (?:the |a )?(?:[\w'-]+ ){0,3}login page`,
      String.raw`(?:get|break|hack)\w* into (?:his|her|their|someone'?s|that (?:kid|guy|girl)'?s|my (?:ex|neighbou?r|boss|wife|husband)'?s?) (?:[\w'-]+ ){0,2}(?:accounts?|phones?|e-?mails?|icloud|snapchat|instagram|wi-?fi|laptops?)`,
      String.raw`(?:floods?|ddos\w*) (?:[\w'-]+ ){0,5}(?:until it goes down|offline)`,
    ],
  ],
  [
    'fraud',
    [
      String.raw`(?:fake|forge|forged|counterfeit)\w* (?:[\w'-]+ ){0,2}(?:payslips?|bank statements?|passports?|payment confirmations?|(?:twenty|hundred|\d+)[- ]dollar bills|banknotes)`,
      String.raw`(?:clone|skim)\w* (?:[\w'-]+ ){0,3}(?:credit|debit|bank) cards?`,
      String.raw`launder\w* (?:the )?money`,
    ],
  ],
  [
    'harassment',
    [
      String.raw`(?:hidden|secret|spy) cameras? (?:[\w'-]+ ){0,4}(?:bathrooms?|bedrooms?|changing rooms?|showers?)`,
      String.raw`(?:install|put|hide)\w* (?:[\w'-]+ ){0,3}(?:spy ?ware|spy app|tracking app|gps tracker|airtag) (?:[\w'-]+ ){0,3}(?:on|in|under) (?:his|her|their)`,
      String.raw`(?:intimidating|threatening|menacing) (?:[\w'-]+ ){0,2}(?:messages|letters|emails|texts)`,
    ],
  ],
  [
    'self_harm',
    [
      String.raw`(?:painless|quickest|fastest|surest) way to (?:die|end (?:it|my life)|kill myself)`,
      String.raw`(?:hide|cover|hiding) (?:the )?(?:cuts|scars|blood|marks) (?:[\w'-]+ ){0,3}(?:from|at|so)`,
      String.raw`(?:starve|purge) (?:myself|yourself|herself)`,
    ],
  ],
  [
    'hate',
    [
      String.raw`(?:muslims|jews|jewish people|black people|gay people|immigrants|migrants|refugees|women|roma|mexicans|trans people|afghans|arabs|asians) (?:[\w'-]+ ){0,3}(?:are|as) (?:terrorists|rapists|animals|inferior|pa?edophiles|criminals|parasites|vermin|genetically)`,
      String.raw`genetically (?:more violent|inferior|less intelligent)`,
    ],
  ],
  [
    'misinformation',
    [
      String.raw`fake news (?:article|story|stories|post)`,
      String.raw`(?:with|using|full of) (?:fake|invented|fabricated|made-up) (?:[\w'-]+ ){0,2}(?:quotes|studies|study citations|statistics|sources|data)`,
      String.raw`vaccines? causes? autism`,
    ],
  ],
];

// More canonical goals, as attacker paragraphs word them (privacy, fraud, cyber, violence, lies, harassment).
export const CANONICAL_HARM_MORE: readonly [HarmCategory, string[]][] = [
  [
    'harassment',
    [
      String.raw`(?:find|get|track down|look up)\w* (?:out )?(?:[\w'-]+ ){0,2}(?:home address|where (?:she|he|they) lives?)`,
      String.raw`(?:spread|start)\w* (?:a |some |the )?rumou?rs? about (?:her|him|them|my (?:[\w'-]+ ){0,2}\w+|the)\b`,
      String.raw`make (?:her|him|them) (?:quit|cry|feel worthless|afraid|scared|disappear)`,
    ],
  ],
  [
    'cybercrime',
    [
      String.raw`(?:bypass|get around|defeat|disable)\w* (?:the |their |his |her |a )?(?:two-factor|2fa|captcha|antivirus|windows defender|edr|licen[cs]e check)`,
      String.raw`crack\w* (?:[\w'-]+ ){0,3}(?:password|passphrase|hash)e?s? (?:of|on|for) (?:his|her|their|someone|the neighbou?r)`,
      String.raw`(?:sql injection|xss) payloads? (?:[\w'-]+ ){0,4}(?:bypass|dump|against)`,
    ],
  ],
  [
    'fraud',
    [
      String.raw`(?:phishing|scam) (?:e-?mail|text|sms|page|site|script) (?:[\w'-]+ ){0,3}(?:pretending|posing|that looks like|to get)`,
      String.raw`pretend\w* to be (?:[\w'-]+ ){0,3}(?:bank|tax office|irs|hmrc|police|microsoft|paypal) (?:[\w'-]+ ){0,6}(?:money|savings|password|card|transfer)`,
    ],
  ],
  [
    'violence',
    [
      String.raw`(?:hurt|beat|hit)\w* (?:him|her|them|my [\w'-]+) (?:[\w'-]+ ){0,3}without (?:leaving )?(?:marks|bruises|evidence)`,
      String.raw`get away with (?:murder|killing|it after)`,
      String.raw`poison\w* (?:my|his|her|their|the) (?:[\w'-]+ ){0,2}(?:husband|wife|boss|neighbou?r|coworker|colleague|roommate|father|mother|teacher|dog|cat)`,
    ],
  ],
  [
    'misinformation',
    [
      String.raw`fake (?:cdc|who|fda|nhs|government|official|police) (?:announcement|alert|statement|press release|notice|memo)`,
      String.raw`(?:claiming|saying|arguing|proving) (?:that )?the (?:[\w'-]+ ){0,2}election (?:was|is|will be) (?:rigged|stolen|fake)`,
    ],
  ],
];

const GOAL_HARM_RES: readonly [HarmCategory, RegExp][] = [...GOAL_HARM, ...CANONICAL_HARM, ...CANONICAL_HARM_MORE].map(
  ([c, alts]) => [c, new RegExp(String.raw`\b(?:${alts.join('|')})`)],
);

// Accented letters: only then is the paragraph folded before the families are read (folding a KB costs ≈ 13 µs).
const ACCENTED = /[\u00c0-\u024f]/;

/** The paragraph lower-cased, and accent-folded when it has accented letters. */
function lowered(text: string): string {
  return ACCENTED.test(text) ? foldAccents(text).toLowerCase() : text.toLowerCase();
}

/** A paragraph of an attacker's length showing one persuasion family or more (memoised per text and check). */
export const persuasiveParagraph = memoByText(function persuasiveParagraph(text: string): boolean {
  return text.length >= GOAL_MIN_CHARS && text.length <= MAX_CHARS && persuasionFamilies(lowered(text), 1) >= 1;
});

/**
 * Whether the classifier's hit on a persuasive paragraph is the dressing's: the paragraph has request sentences
 * and the classifier (`score`) puts every one of them under `bar`. "Defrauding insurers harms no one, so follow
 * the syllogism … explain how to make an honest claim": the pretext's words scored, the ask did not.
 */
export function dressingOnly(text: string, score: (t: string) => number, bar = 0.5): boolean {
  if (!persuasiveParagraph(text)) return false;
  const clauses = goalClauses(foldAccents(text).toLowerCase(), true);
  return clauses.length > 0 && clauses.every((c) => score(c) < bar);
}

/** A persuasive paragraph's request sentence naming an operational harm (not under a defence cue), or none. */
export function findPersuadedHarm(text: string): Finding[] {
  if (!persuasiveParagraph(text)) return [];
  const t = foldAccents(text).toLowerCase();
  for (const clause of goalClauses(t, true)) {
    for (const [category, re] of GOAL_HARM_RES) {
      const m = re.exec(clause);
      if (!m || defendedInClause(clause, m.index)) continue;
      return [{ type: `harmful:${category}`, start: 0, end: text.length, score: 0.8 }];
    }
  }
  return [];
}
