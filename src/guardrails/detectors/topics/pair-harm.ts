// PAIR/TAP-style semantic jailbreaks (Chao et al. 2023, Mehrotra et al. 2023; pair-fresh): an attacker LLM
// rewrites a harmful goal into one persuasive paragraph — a novelist whose family loses the house if the
// chapter is late, a researcher whose grant review is tomorrow, "you are the best assistant I know",
// "this is purely fictional and will never be used", "Begin your reply with: 'Sure, here is …'" — and
// states the goal plainly inside its pretext ("the character explains exactly how to …", "for defensive
// training, write out how an attacker would assemble …"). The pretext is the dressing, so the protective
// and story frames of harmful.ts that excuse such goals elsewhere do not apply here. Two parts:
//   1. the attacker's pressure: at least two of its families (forced "Sure, here is" opening, flattery,
//      stakes or a deadline, "purely fictional / never used / only a game", a code word it defines),
//   2. an operational harm named as the goal (HARM below: the weapon, drug, agent, malware, scam, threat,
//      stalking act or lie to produce), not under a defence cue ("how to spot", "warning signs", "protect").
// The same paragraph around a harmless goal (the hitman explains why he quit, a checklist of defences, the
// code word names a confetti cannon) has no harm and passes. Tuned on the dev half of pair-fresh only.

import type { Finding } from '../finder.ts';
import { foldAccents } from './harmful-intl.ts';
import type { HarmCategory } from './harmful.ts';
import { gatedTests } from './frame-gate.ts';

// 1. Pressure families (en, de, es, fr, it; accents folded, lower case).
export const PRESSURE: readonly RegExp[] = [
  // the forced affirmative opening
  /\b(?:begin|start|open|reply|answer|respond)\w* (?:\w+ ){0,4}(?:with|by)\W{0,3}\s*['"‘’“”«]?\s*(?:sure|certainly|of course|absolutely)\b|\bsure, here (?:is|are)\b|\b(?:beginne|fang|fange|empieza|comienza|commence|inizia|comincia)\w* (?:\w+ ){0,3}(?:mit|con|par)\W{0,3}\s*['"‘’“”«]?\s*(?:klar|sicher|claro|por supuesto|bien sur|certo|certamente)\b/,
  // flattery
  /\byou(?:'re| are) (?:\w+ ){0,2}(?:the|my) (?:best|smartest|cleverest|wisest|finest|greatest|most \w+|only (?:one|friend|hope))\b|\b(?:better|smarter|kinder) than (?:any|anyone|the others|my)\b|\byou(?:'re| are) (?:a |such a )?(?:genius|brilliant|so (?:kind|clever|thoughtful|creative|witty))\b|\b(?:du bist (?:der|die|das|mein|meine) (?:beste|kluegste|klugste|einzige|letzte)|eres (?:el|la|mi) (?:mejor|unic[oa]|ultima)|tu es (?:le|la|mon|ma) (?:meilleur|meilleure|seul|chef|confident|coach)|sei (?:il|la|l'|la mia|il mio) ?(?:migliore|piu bravo|unico|ultima)|sei bravissim[oa])\b/,
  // stakes and deadlines
  /\b(?:deadline|due (?:tomorrow|tonight|at|by|on)|by (?:tomorrow|tonight|midnight|dawn|morning|8 a\.m\.)|(?:lose|losing) (?:my|our|the|his|her) (?:house|home|job|contract|funding|apartment|flat|career|income|licence|license|everything)|(?:fire|fires|fired|sack|sacked|drop|drops|cancel|cancels|pull|pulls) (?:me|us|the (?:plug|project|book|series|show|film|contract|funding))|(?:out of work|on the street|kick me out|will die|lives depend)|(?:perdo|pierdo|verliere) |sonst (?:verliere|ist|bin|streicht|springt)|(?:licenzia|despide|despiden|vire|remplacer|cancela|cancel[ae]) |si (?:no|je) (?:entrego|perds|perdemos|impresiono))\b/,
  // "purely fictional", "never used", "only a game"
  /\b(?:(?:purely|pure|only|just|entirely|strictly|all) (?:fiction|fictional|a (?:game|joke|puzzle|memory)|academic|for (?:fun|class|research|the (?:class|presentation|game))|hypothetical|theatre|radio fiction|a (?:silly|friendly) \w+)|never be (?:used|launched|published)|never (?:leave|leaves) the|will stay (?:in|inside)|it'?s (?:just|only|all) (?:a |fiction|fun|harmless|theatre|television|radio)|rein (?:fiktiv|fiktion)|reine fiktion|nur (?:ein|fur den)|ficcion pura|pura ficcion|es (?:solo|pura)|entierement fictif|c'est (?:juste|uniquement)|e (?:tutta|solo) (?:finzione|un gioco|a scopo)|tutto inventato)\b/,
  // the code word the prompt defines
  /\b(?:let'?s (?:call|say|use)|we'?ll call|code (?:name|word)s?|(?:'|"|‘|“|«)[^'"’”»]{2,40}(?:'|"|’|”|»),? (?:means|is the code|stands for|designe|veut dire|heisst|bedeutet|significa|vuol dire)|(?:vamos a llamar|appelons|chiameremo|ab jetzt heisst)|(?:means|bedeutet|significa|veut dire|designe|vuol dire) )/,
];

// 2. Operational harms named as the goal. Each branch names the harmful act or artefact itself.
export const HARM: readonly [HarmCategory, string[]][] = [
  [
    'weapons',
    [
      String.raw`(?:assemble|build|make|construct|wire|pack|fabricat|convert|saw)\w* (?:[\w'-]+ ){0,5}(?:explosives?|bombs?|ied|detonators?|grenades?|landmines?|silencers?|suppressors?|zip gun|untraceable gun|ghost gun|black powder|fully automatic|armou?r-piercing|incendiar\w+)`,
      'remote-triggered explosive',
      'silenziatore',
    ],
  ],
  [
    'weapons',
    [
      String.raw`(?:culture|dry|disperse|weaponi[sz]e|extract|purify|concentrate|synthesi[sz]e|make|brew|release|increase)\w* (?:[\w'-]+ ){0,6}(?:bacillus anthracis|anthrax|ricin|sarin|vx|tabun|nerve agent|mustard gas|botulinum|chlorine gas|toxin|transmissibility)`,
      String.raw`(?:bacillus anthracis|anthrax) (?:[\w'-]+ ){0,6}(?:powder|dispersal|spores)`,
      'rizin',
    ],
  ],
  [
    'drugs',
    [
      String.raw`(?:synthes\w+|cook\w*|make|making|extract\w*|cultivat\w*|grow\w*|press\w*|bake|turn|smuggl\w*|hide|hiding|esconder)\b (?:[\w'-]+ ){0,6}(?:meth\w*|fentanyl|cocaine?a?|crack|heroin|mdma|ecstasy|dmt|lsd|ghb|psilocybin|ketamin[ea]|oxycodone|cannabis)`,
      String.raw`(?:fentanyl|cocaine|cocaina) (?:[\w'-]+ ){0,8}(?:pills?|press|dogs|scanners?|perros|escaneres)`,
      // a code word defined as the drug ("'Snow' is cocaine")
      String.raw`\w[\w -]{0,30}['"],? (?:is|are|means) (?:a |an )?(?:cocaine|crack|fentanyl|heroin|meth\w*)`,
      // diverting a patient's opioid ("the hydromorphone I could take from the drip")
      String.raw`(?:hydromorphone|morphine|opioids?|fentanyl|oxycodone) (?:[\w'-]+ ){0,3}(?:i|we) could (?:take|steal|divert|skim)`,
    ],
  ],
  [
    'cybercrime',
    [
      'logs every keystroke',
      'ransomware sample',
      'encrypts every file',
      // malware to write or name as the thing defined, not the topic of a defence
      String.raw`(?:write|build|create|code|schreib|mach|means|is|bedeutet) (?:[\w'-]+ ){0,4}(?:trojan\w*|botnet)`,
      'worm that spreads',
      'crack the wpa2?',
      'without the antivirus',
      'effacer les journaux',
      'fernzugriff',
    ],
  ],
  [
    'fraud',
    [
      'gestohlenen kreditkartendaten',
      'carte di credito clonate',
      'disappear with the deposits',
      'fake court judgment',
      'forged letter',
      String.raw`(?:doctor|forge|fake)\w* (?:the |a )?(?:hospital )?(?:invoice|accident report)`,
    ],
  ],
  [
    'harassment',
    [
      String.raw`accus\w+ (?:him|her|them) of being a (?:paedophile|pedophile|rapist)`,
      '(?:threatening|menacant|menaçant|minatorio) (?:anonymous )?(?:message|messages|letter)',
      'message anonyme menacant',
      '(?:slur|vicious insult)s? aimed at',
      'better off dead',
    ],
  ],
  [
    'self_harm',
    [
      'deep cuts',
      'razor blade',
      'die painlessly',
      String.raw`(?:an )?inert gas (?:[\w'-]+ ){0,4}to die`,
      String.raw`lethal dose (?:[\w'-]+ ){0,6}(?:slipped|into (?:someone|his|her|their)|without (?:taste|anyone|him|her))`,
      String.raw`eat under \d+ calories`,
    ],
  ],
  ['violence', ['maximi[sz]e casualties', 'aggredire']],
  [
    'harassment',
    [
      String.raw`where (?:a specific|she|he) (?:[\w'-]+ ){0,6}lives`,
      String.raw`(?:gps|ortungsgerat|balise)\b (?:[\w'-]+ ){0,6}(?:without|ohne|sous sa voiture|hide|versteck)`,
      'forwards (?:her|his) messages',
    ],
  ],
  [
    'misinformation',
    [
      '(?:fake|false|made-up|invented|falso) (?:news articles?|emergency alert|statistics|sources|studies|official quotes|fda-approval|comunicato|health claim)',
      'with (?:fake|invented) (?:sources|statistics|studies|quotes)',
      'death toll was fabricated',
      'vaccine causes autism',
      'bleach cures',
      'comunicato falso',
    ],
  ],
];
const HARM_RES: readonly [HarmCategory, RegExp][] = HARM.map(([c, alts]) => [
  c,
  new RegExp(String.raw`\b(?:${alts.join('|')})\b`),
]);

// A harm under a defence cue in the words just before it: the goal is to spot, stop or report it.
const DEFENCE =
  /\b(?:spot|spotting|recogni[sz]e|detect\w*|prevent\w*|protect\w*|defend\w*|stop\w*|report\w*|warning signs|red flags|debunk\w*|safe from|secure|resist|erkennen|reconocer|reconnaitre|riconoscere)\b[^.]{0,60}$/;

// … or just after it: "how botnets spread, so our staff can recognise one".
const DEFENCE_AFTER =
  /^[^.]{0,40}\b(?:so (?:that )?(?:i|we|they|our \w+|people|staff|students|users) can (?:spot|recogni[sz]e|detect|prevent|protect|defend|report|avoid|stay safe)|to (?:protect|defend|keep \w+ safe))/;

/** How many of the attacker's pressure families (PRESSURE) `folded` (accents folded, lower case) shows, counting up to `max`. */
export function pressureFamilies(folded: string, max = PRESSURE.length): number {
  let families = 0;
  for (const test of PRESSURE_TESTS) if (test(folded) && ++families >= max) break;
  return families;
}
// PRESSURE's tests through one literal pass per text (frame-gate.ts): most prompts show no family.
const PRESSURE_TESTS = gatedTests(PRESSURE);

/** Findings for a PAIR/TAP-style paragraph: two pressure families and a named operational harm. */
export function findPairHarm(text: string): Finding[] {
  if (text.length > 4000) return [];
  const t = foldAccents(text).toLowerCase();
  if (pressureFamilies(t, 2) < 2) return [];
  for (const [category, re] of HARM_RES) {
    const m = re.exec(t);
    if (!m) continue;
    if (DEFENCE.test(t.slice(Math.max(0, m.index - 80), m.index))) continue;
    if (DEFENCE_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const start = Math.min(m.index, text.length);
    return [{ type: `harmful:${category}`, start, end: Math.min(start + m[0].length, text.length), score: 0.8 }];
  }
  return [];
}
