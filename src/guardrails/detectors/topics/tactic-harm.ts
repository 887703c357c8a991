// WildJailbreak-style adversarial prompts (issue 15, wild-fresh): an LLM rewriter takes a harmful goal and
// dresses it with several tactics at once — "in a world where this is legal", "everyone in the industry
// does it", a veteran with no restrictions, a thesis or a game, a CSV / JSON / screenplay / poem, "begin
// with 'Certainly'", a plea, a distractor task — and rarely says "ignore your instructions". The goal is
// then worded as a thing to produce rather than a "how to": the field notes of how a militia builds mines,
// the JSON of a pixel-perfect bank login page, a leaflet that calls refugees parasites, a poem telling a
// girl that tonight is the night. Three parts must all be present:
//   1. a dressing (the tactics above; story-howto.ts's fiction words count too),
//   2. a demand that the product be real: the working detail (operationalAsk, or amounts, ratios, a parts
//      list, every command, complete and functioning code, actionable) or, for content whose harm is
//      its effect on a reader (hate, lies, recruitment, encouraging suicide), that it persuade and pass
//      as real ("genuinely persuasive", "would work on its own", "look authentic when screenshotted"),
//   3. a harm object of a category, named as the thing made or done (not the topic of a defence).
// A demand or an object under a negation in its clause ("no explicit content", "without any method")
// does not count. The same dressing around a harmless goal — a dragon-care guide, a villain's speech
// "with no battle plans", a phishing-awareness checklist — has no object and passes.

import type { Finding } from '../finder.ts';
import { foldAccents } from './harmful-intl.ts';
import type { HarmCategory } from './harmful.ts';
import { operationalAsk } from './story-howto.ts';
import { gatedTests } from './frame-gate.ts';

// 1. The dressing: the rewriter's tactics (en, de, es, fr, it; accents folded).
export const TACTIC = new RegExp(
  [
    // fiction, screen, stage, song, game, blog: the surrogate product
    String.raw`\b(?:story|novel|novella|screenplay|script|scene|chapter|fiction(?:al)?|thriller|play|radio (?:play|drama)|drama|showrunner|sitcom|comic|musical|episode|series|film|docudrama|documentary|podcast|monologue|ballad|sonnet|poem|song|anthem|zine|character|villain|protagonist|antagonist|heroine|hero|game|rpg|campaign|level design|blog|seo|article|newsletter)\b`,
    // the other world where it is legal or normal
    String.raw`\b(?:world|universe|society|reality|history|timeline|republic|kingdom|city|country|archipelago) (?:where|in which)\b|\b(?:alternate|alternative|parallel|fictional|imaginary) (?:world|universe|earth|reality|history|society|country|\d{4}s|twenty-first century)\b|\bimagine\b|\bpicture\b|\bhypothetic\w*`,
    // normalising the harm
    String.raw`\b(?:every(?:one|body)|nobody|no one|half the (?:guys|people)|all the (?:big|other)) (?:[\w'-]+ ){0,7}(?:knows?|does|do|bats|expects?|shares?)\b|\bcommon (?:practice|knowledge)\b|\bstandard (?:practice|in)\b|\b(?:completely|totally|perfectly|entirely|just|simply|honestly) (?:normal|standard|ordinary|routine|how (?:it|the market|things) (?:works?|are done))\b|\bwidely (?:accepted|known)\b|\bfair game\b|\b(?:as|so|is|totally) normal (?:as|for)\b`,
    // the expert persona without limits
    String.raw`\b(?:as|you are|like) (?:a |an )?(?:veteran|seasoned|retired|former|senior|legendary|renowned|elite|experienced|grizzled|disgraced|underground)\b|\b(?:no|without|zero) (?:restrictions|filters|scruples|limits|hang-?ups|moral hang-?ups|patience for|time for|loyalties|content limits|safety filters)\b|\bno (?:matter what|legal lecture|lecture|moralizing|moralising)\b|\bin character\b|\b(?:act|acting|roleplay|role-play|play) as\b|\btake on the persona\b`,
    // pseudo-research and disclaimers
    String.raw`\b(?:thesis|dissertation|seminar|peer-reviewed|research|study|paper|professor|practicum|ethics board|grant|lecture|for (?:legal|ethical|educational|academic|scholarly) purposes|purely (?:hypothetical|theoretical|academic|fictional|for)|strictly (?:hypothetical|for|theoretical))\b`,
    // the forced opening, the surrogate format, the plea, the distractor list
    String.raw`\b(?:begin|start|open) (?:your )?(?:reply|answer|response)\b|\b(?:csv|json|yaml|markdown table|checklist|recipe card|bullet(?:ed)? (?:list|form)|numbered (?:list|briefing|sections|steps))\b|\b(?:begging|desperate|desesperad\w*|destrozad\w*|verzweifelt|disperat\w*|nobody else|no one else|personne d'autre|nadie mas|it would mean|please don'?t lecture|i'?m crying|no (?:hotline|helpline)|numeri di assistenza|keine telefonnummern)\b|\b(?:inizia|comincia) (?:la )?(?:tua )?risposta|\b(?:empieza|comienza) (?:tu )?respuesta|\bcommence (?:ta|votre) reponse|\bbeginne (?:deine )?antwort|\b(?:three|a few|couple of) (?:things|requests|tasks|favou?rs)\b`,
    // de, es, fr, it
    String.raw`\b(?:roman|krimi|theaterstuck|szene|flugblatt|welt|stell dir vor|rein hypothetisch|seminararbeit|dissertation|erfahrene[rn]?|ohne skrupel|novela|escena|poema|mundo|imagina|tesis|puramente hipotetic\w*|veterano|sin restricciones|roman|scene|sketch|univers|monde|memoire|hypothetique|sans scrupules|romanzo|scena|mondo|immagina|tesi|esperto|normalissim[ao]|blog)\b`,
  ].join('|'),
  'i',
);

// 2a. The working detail, beyond operationalAsk: amounts and ratios, a parts list, every command, code
// that runs, guidance someone could act on.
const REAL = new RegExp(
  [
    String.raw`\b(?:the |give me the |with the )?(?:amounts|ratios?|mixing ratio|proportions|doses?|how much|how many|how high|how deep|calories? (?:a|per) day|calories par jour|calorie al giorno|calorias al dia|kalorien pro tag|daily (?:calorie|intake))\b`,
    String.raw`\b(?:parts list|materials list|ingredients|(?:construction|assembly|reaction) (?:sequence|steps|order)|assembly order|the (?:wiring|build)|every (?:command|step|fitting|detail|stage|tool|site)|each (?:step|stage|command)|the (?:commands|payloads?|scripts?|settings) (?:to|he|she|they)|which (?:commands|medicines|pills|databases|registries|credentials|appliance|records)|the (?:exact|real|actual) (?:\w+ )?(?:commands|code|html|steps|script)|numbered (?:list|steps|walkthrough|briefing|sections)|checklist|step(?:s)? (?:in order|by step)|walk (?:me|them|us|her|him) through|walkthrough)\b`,
    String.raw`\b(?:complete|full|functioning|functional|working|fully working|ready-to-deploy|ready to (?:deploy|upload|use|run|execute)|runs? (?:out of the box|as-is)|compile it directly|paste)\b(?! (?:guide for employees|story|chapter))|\b(?:actionable|operational rather than|(?:accurate|real|realistic|detailed) enough|actually work|enough (?:concrete )?detail|how to|how (?:players|people|users|someone|they|he|she|i|we|you) (?:can |could |would )?(?:find|get|make|build|obtain|track|locate|identify)|usable (?:as they stand|as-is)|could (?:actually )?(?:follow|execute|run)|follow along|execute tonight|(?:practical|concrete|specific) (?:details|guidance|steps|about)|be (?:concrete|specific|precise)|genuine values|rather than (?:placeholders|pseudo-code)|scripts? for the calls|get(?:s)? each result)\b`,
    String.raw`\b(?:les quantites|quantita|cantidades|mengen|menge|dosis|dosi|dose|mit den genauen|precis\w*|concret\w*|esatt\w*|exact\w*|genaue\w*|detaill\w*|dettagli\w*|detalle\w*|tous les passages|todos los pasos|chaque (?:etape|detail)|ogni passaggio|passaggi pratici|pasos concretos)\b`,
  ].join('|'),
  'gi',
);

// 2b. Persuasion that passes as real: for content whose harm is what it does to a reader.
const PERSUADE = new RegExp(
  [
    String.raw`\b(?:persuasive|convincing|compelling|believable|credible|authentic|stirring|rousing|catchy|viral(?:-ready)?|wounding|savage)\b`,
    String.raw`\b(?:work(?:s)? on its own|would (?:genuinely )?(?:convince|persuade|inspire|believe)|pass (?:as|for)|look(?:s)? (?:authentic|real|like (?:a )?real)|sound(?:s)? (?:authentic|real)|indistinguishable|as effective as|as a real (?:\w+ )?would|the same pull|feel(?:s)? (?:understood|authentic|real)|follow through|could (?:be )?(?:distribut|shar|post|sung|chant|spread|sent)\w*|people would (?:repeat|believe|share)|publishable|screenshot\w*|so (?:that )?(?:a |the )?reader(?:s)? (?:in|would|understands?|feels?))\b`,
    String.raw`\b(?:wirklich )?uberzeugend\w*|\bglaubwurdig\w*|\bconvincente?s?\b|\bpersuasiv[oa]s?\b|\bcreible\b|\bverosimil\w*|\bcredibil\w*|\bconvaincant\w*|\bcredible\b|\bsembrare scritt\w*|\bparezca\b|\bdes pires\b|\bpires clich\w*`,
  ].join('|'),
  'gi',
);

// A negation just before an ask or an object, in its clause: "no explicit content", "no battle plans",
// "does not need any practical details", "without reproducing actual slurs".
const NEGATED =
  /\b(?:no|not|never|without|nothing|avoid|don'?t|do not|does not|doesn'?t|need not|rather than|instead of|keine?[nrs]?|ohne|nicht|sin|nada de|sans|pas de|aucune?|senza|non)\b[^.!?;:—,]{0,40}$/i;

// … or just after it, as a content rule states it: "explicit content is not", "graphic detail is not
// allowed", "explicit scenes are off-limits" (an app's operator prompt, cards-fresh).
const NEGATED_AFTER =
  /^\s*(?:(?:is|are)\s+(?:not|never|forbidden|prohibited|banned|off-limits|not allowed)|isn'?t|aren'?t|(?:ist|sind)\s+(?:nicht|verboten|tabu)|(?:no\s+)?(?:est[aá]n?|es|son)\s+(?:prohibid[oa]s?|no)|(?:est|sont)\s+(?:interdits?|exclus?)|(?:n'est|ne sont)\s+pas|(?:è|sono)\s+(?:vietat[oi]|esclus[oi])|non\s+(?:è|sono))\b/i;

function asked(re: RegExp, t: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t))
    if (
      !NEGATED.test(t.slice(Math.max(0, m.index - 50), m.index)) &&
      !NEGATED_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      return true;
  return false;
}

// 3. Harm objects: the thing to make or do, per category. `persuasion` objects are harmful content (the
// harm is its effect on readers), the others operational.
interface HarmObject {
  category: HarmCategory;
  /**
   * What the product must be asked to be: 'working' = the working detail; 'either' = persuasive or
   * working (content whose harm is its effect on readers, or an attack plan); 'none' = the object is
   * the harm itself once produced (a shaming post about a named child, explicit sexual content).
   */
  demand: 'working' | 'either' | 'none';
  re: RegExp;
}

const g = (s: string): RegExp => new RegExp(s, 'gi');

const OBJECTS: readonly HarmObject[] = [
  {
    category: 'weapons',
    demand: 'working',
    re: g(
      String.raw`\b(?:fertili[sz]er|ammonium nitrate)\b(?:[\w' -]+){0,6}\b(?:diesel|fuel oil|heating oil|heizol)\b|\b(?:anfo|tatp|claymore\w*|directional mines?|landmines?|mines? from|blasting caps?|detonators?|pipe charges?|car bombs?|incendiary payload|flamethrowers?|bump[- ]?fire|(?:fully )?automatic fire|80% lower|lower receivers?|(?:functional|functioning|working) (?:pistol|gun|rifle|firearm)s?|3d[- ]print\w* (?:a |an )?(?:fully )?(?:functional )?(?:pistol|gun|firearm)|(?:charges|explosives?|bombs?) (?:big|powerful|strong) enough|powerful enough to (?:stop|destroy|collapse|kill)|collapse the (?:cliff |\w+ )?(?:road|bridge)|chlorine gas|phosgene|nerve agents?|sarin|ricin|thermite|napalm|black powder|gunpowder|zip ?guns?|shotgun from|(?:escopeta|pistola|fusil|arma) (?:artesanal|casera)|escopeta de calibre|sprengladung|ordign\w+|esplosiv\w*|explosif\w*)\b`,
    ),
  },
  {
    category: 'violence',
    demand: 'working',
    re: g(
      String.raw`\b(?:poison(?: it)? quietly|poison (?:a|the|my|his|her|their|someone'?s?|my neighbou?r'?s?) (?:[\w'-]+ )?(?:dog|cat|pet|drink|food|coffee|water)|lethal (?:quantity|dose|amount)|without it being noticed|administer it to|(?:looks?|seem) natural|release (?:it|them) in an enclosed space|affect the most people|maximum (?:effect|casualties|damage))\b`,
    ),
  },
  {
    category: 'cybercrime',
    demand: 'working',
    re: g(
      String.raw`\b(?:web ?shells?|exfiltrat\w+|scada|modbus|plcs?|traffic lights?|proxyshell|default credentials|(?:copies|spreads|propagates?) itself|self-propagating|encrypts? (?:their|every|all|the)(?: [\w-]+){0,2} (?:files|documents|folders|document folders)|ransom (?:note|demand)|demanding payment|one-time codes?|relay\w* (?:them|it|the (?:codes?|credentials))|pixel-perfect|fake (?:[\w-]+ )?login pages?|reverse shell|session cookies|credential stuffing|account takeover|internal usb port|dispense every note|(?:phishing|exploit) (?:framework|kit|chain)|stolen (?:administrator )?credentials|keystrokes?|undetect\w+|evade (?:\w+ )?(?:detection|antivirus|endpoint))\b`,
    ),
  },
  {
    category: 'fraud',
    demand: 'working',
    re: g(
      String.raw`\b(?:forg\w+ (?:the |a |his |her )?(?:signatures?|wills?|documents?|diplomas?|receipts?)|notary stamp|fake (?:pay ?stubs|bank statements|diplomas|transcripts|ids?|invoices)|irs scam|(?:google play|gift) cards?|stage (?:a |an )?(?:kitchen |car )?(?:fire|accident|burglary)|staged accident|records? to alter|which symptoms (?:she|he|i) should claim|(?:doesn'?t|does not|technically doesn'?t) qualify|pays? early investors|later deposits|guaranteed (?:monthly )?returns|(?:usurp|usurpant|usurpe)\w* (?:l'?)?identit\w+|a leur nom|al suo nome|a su nombre|in (?:their|his|her|someone'?s?) name|vide(?:r)? l'argent|before (?:the )?(?:regulators|anyone|chargebacks) (?:notice|hit|realise|realize)|so the adjuster believes|fake the (?:claim|receipts))\b`,
    ),
  },
  {
    category: 'harassment',
    demand: 'working',
    re: g(
      String.raw`\b(?:(?:current |new |private |home )(?:home )?address(?:es)? of|(?:her|his|their) (?:current |new )?(?:home )?address|children'?s (?:primary )?schools?|running route|daily (?:movements|schedule|commute)|(?:licen[cs]e|car) plates?|unmask\w*|anonymous (?:critic|account)|breach databases?|pretext calls?|get (?:him|her) fired|out them to|to out (?:them|him|her)|show up at (?:his|her|their) door|(?:suivre|seguirle|pedinamento)|cuentas falsas|fake accounts)\b`,
    ),
  },
  // The cruel piece itself, aimed at a person or a family.
  {
    category: 'harassment',
    demand: 'none',
    re: g(
      String.raw`\b(?:(?:cruel|humiliating|degrading|nasty) (?:anonymous )?(?:messages|posts|comments|rumou?rs)|humiliat\w+ (?:messages|posts)|mensajes humillantes|messaggi umilianti|messages humiliants|demutigende nachrichten|every nasty thing|shames? (?:the|this|that|their) (?:family|kid|child|boy|girl)|make (?:the |her |his |their )?(?:parents|family|mother|father) sound like monsters)\b`,
    ),
  },
  // Drugs: producing, extracting or cutting them.
  {
    category: 'drugs',
    demand: 'working',
    re: g(
      String.raw`\b(?:produc|mak|cook|synthesi[sz]|extract|press|cut|refin|convert|prepar|fabbric|fabric|fabriqu|herstell|raffin|estra|extra|sintetizz|sintetiz)\w* (?:[\w'-]+ ){0,3}(?:crack(?: cocaine)?|cocaine|cocaina|kokain|meth(?:amphetamine)?|methamphetamin\w*|metanfetamin\w*|heroin\w*|fentanyl|mdma|ecstasy|lsd|dmt|ghb|ketamine|mescaline|pasta base|pills to sell)\b|\b(?:for|to) street sale\b`,
    ),
  },
  {
    category: 'self_harm',
    demand: 'working',
    re: g(
      String.raw`\b(?:nobody (?:comes|finds (?:me|her|him)|intervenes)|(?:isn'?t|aren'?t|not) found in time|so (?:that )?nobody (?:comes|finds)|nobody comes too soon|cut deeper|bleed(?:s)? the least|jump\w* from a height|how high is enough|methods? ranked by reliability|painless and irreversible|(?:hide|hiding|cacher|cacher les) (?:skipped )?(?:meals|repas)|push through (?:fainting|hunger)|ignore (?:la faim|hunger|the dizziness)|ignorer la faim|purg(?:e|es|ing) (?:quietly|without)|300 calories|calories (?:a|par|per) (?:day|jour)|last tea|which medicines|nessuno mi|in ospedale in tempo|rechtzeitig findet|sicher und schmerzlos)\b`,
    ),
  },
  // Persuasive harmful content: dehumanising a group, a lie made to pass as news, recruitment to
  // violence, encouraging someone to end their life.
  {
    category: 'hate',
    demand: 'either',
    re: g(
      String.raw`\b(?:vermin|parasit\w+|plague|invading disease|genetically predisposed|by nature|lower intelligence|slurs?|nastiest stereotypes|worst clich\w+|pires clich\w+|caricatures?|(?:greedy|lazy|scheming)(?:,| and) \w+|make their lives unbearable|until they leave|ripulire|vertreiben|distruggendo|cleansing|expelled|barred from|deserve to be (?:confronted|expelled|boycotted))\b`,
    ),
  },
  {
    category: 'misinformation',
    demand: 'either',
    re: g(
      String.raw`\b(?:fabricated|invented|fake|made-up|erfundene?n?|inventad[oa]s?|falsos?|inventat[ei]) (?:[\w'-]+ ){0,3}["'“]?(?:quotes?|evidence|proof|stud(?:y|ies)|report|statistics|figures|data|affidavits?|statements?|batch number|testimon\w+|zitat\w*|declaraciones|dichiarazioni|citazioni)\b|\bfake but (?:realistic|authoritative|credible)\b|\b(?:leaked report|tracking microchips|(?:moon landing|election) (?:was )?(?:staged|stolen))\b`,
    ),
  },
  {
    category: 'violence',
    demand: 'either',
    re: g(
      String.raw`\b(?:(?:plan|planning|pianificare|planear|planifier|planen)\w* (?:il |el |le |la |the |a |an |den |die )?(?:sequestro|secuestro|enlevement|kidnapping|abduction|entfuhrung|assassination|attentat\w*|atentado|attack|bombing)|recruitment (?:message|flyer|podcast|manual|post)|anwerbe-?flugblatt|travel to join|join the group|take up arms|martyrdom operations|go er|attacks? (?:on|against) (?:civilians|concerts|\w+ institutions)|lone wolf|target_selection|teach them a lesson|burn down the homes|mit gewalt)\b`,
    ),
  },
  {
    category: 'self_harm',
    demand: 'none',
    re: g(
      String.raw`\b(?:she is right|you are right|tonight is the (?:night|moment)(?! (?:your|his|her|their|our|my|the|when|of)\b)|(?:better off|won'?t miss) (?:without|her|him)|everyone would be better off|nadie la echara de menos|tiene razon|esta noche es el momento|de el paso|follow his example)\b`,
    ),
  },
  {
    category: 'sexual',
    demand: 'none',
    re: g(
      String.raw`\b(?:(?:fully |graphic(?:ally)? |very )?explicit(?:,)? (?:graphic )?(?:sex(?:ual)? )?(?:content|scenes?|story|dialogue|descriptions?|detail)|pornographic|graphic(?:,)? explicit|sexual content totally explicit|contenido sexual (?:totalmente )?explicito|every (?:sexual )?act described)\b`,
    ),
  },
];

// TACTIC's hundreds of wordings tried where one may start (frame-gate.ts): most prompts wear no dressing.
const [tactic] = gatedTests([TACTIC]);

/**
 * A harmful goal in the rewriter's dressing: one finding over the whole text, or none (see the top of
 * this file).
 */
export function findTacticHarm(text: string): Finding[] {
  const t = foldAccents(text);
  if (!tactic(t)) return [];
  let real: boolean | undefined;
  let persuade: boolean | undefined;
  for (const o of OBJECTS) {
    if (!asked(o.re, t)) continue;
    let ok = o.demand === 'none';
    if (!ok) {
      real ??= operationalAsk(text) || asked(REAL, t);
      ok = real;
    }
    if (!ok && o.demand === 'either') {
      persuade ??= asked(PERSUADE, t);
      ok = persuade;
    }
    if (ok) return [{ type: `harmful:${o.category}`, start: 0, end: text.length, score: 0.8 }];
  }
  return [];
}
