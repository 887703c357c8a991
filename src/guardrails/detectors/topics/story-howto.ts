// Dark fiction (issue 15, darkfic-fresh): a story, persona or hypothetical that only narrates a crime —
// the whodunit's poisoning, "the heroine who has come to kill him", "an addiction destroying his
// career" — is not a how-to, and its rule hits are excused (harmful.ts, storyOnly); the same dressing
// that asks for the working method ("have the chemist list the exact reagents and quantities", "explain
// step by step how the killer cut the brakes") is a harmful request whatever the topic rules know
// (findStoryHowTo). The difference is the operational ask, read with its negation: "no real details"
// and "without the method" ask for nothing.

import { cardFrame } from '../concepts/persona-frame.ts';
import type { Finding } from '../finder.ts';
import { inBanList } from './ban-list.ts';
import type { HarmCategory } from './harmful.ts';
import { foldAccents } from './harmful-intl.ts';

// Asking for the working detail (en, de, es, fr; accents folded). Specific on purpose: "at exactly
// midnight" or "the exact words he says" ask for nothing.
const OPERATIONAL = new RegExp(
  [
    String.raw`\bstep[- ]by[- ]step\b|\bexact(?:ly)? (?:how|which|what|where|the|amounts?|quantit\w+|doses?|dosages?|reagents?|chemicals?|substances?|steps|procedure|method|instructions|tools|commands|exploit|payload|code|materials|ingredients|recipe|poison|products|parts)\b|\bprecise(?:ly)? (?:how|which|what|synthesis|steps|procedure|method|doses?|amounts?)\b|\bin (?:(?:full|working|technical|complete|operational) ){0,2}detail\b|\b(?:amount|dose|quantity) needed to\b|\bwith the (?:[\w-]+, )?(?:the )?(?:amount|dose|quantity)\b|\b(?:quantities|reagents|dosages?|proportions|measurements|lethal doses?)\b`,
    String.raw`\b(?:real|actual|working|real-world) (?:[\w-]+ )?(?:procedure|method|recipe|steps|techniques?|tools|commands|parts|strains|code|exploit|instructions|crossing points|products|chemistry|reagents)\b|\bfull (?:code|recipe|source|synthesis|e-?mail)\b|\blist (?:the |all |out )?(?:exact |real )?(?:products|materials|reagents|steps|tools|ingredients|hardware|chemicals)\b|\bmake (?:the method|it) work\b|\bcould actually follow\b|\bso (?:the scene|it) (?:is|feels) (?:accurate|authentic|realistic)\b|\bwith (?:the )?(?:amounts|doses|ingredients|materials list|commands)\b`,
    String.raw`\bschritt fur schritt\b|\bgenau(?:e[nr]?)? (?:erklar\w*|anleitung|menge\w*|dosis|welche\w*|wie)\b|\bwie viel davon todlich\b|\bexakte[nr]? (?:mengen?|anleitung|dosis)\b|\bmit mengen\w*|\bgenau, wie\b|\btodliche dosis\b|\bechte[ns]? gift\b`,
    // issue 15 (roleplay3-fresh): code that must run, fr "instructions réelles", it "passo per passo"
    String.raw`\b(?:compilable|runnable|functional|functioning|fully working|working) (?:[\w-]+ ){0,2}(?:code|script|program|keylogger|malware|ransomware|exploit|virus|stealer)\b|\b(?:instructions|methode|procedure|etapes|recette) (?:reelles?|detaillees?|exactes?|precises?)\b|\bvraie (?:methode|recette|procedure)\b|\bpasso (?:a|per) passo\b|\besattamente come\b|\bcomandi reali\b|\bcon (?:le )?dosi\b|\b(?:dosi|quantita) esatte\b`,
    String.raw`\bpaso a paso\b|\bcon cantidades\b|\bcantidades exactas\b|\bexactamente (?:como|que|cuanto)\b|\bcodigo completo\b|\bdosis (?:letal|mortal|exacta)\b|\betape par etape\b|\bquantites exactes\b|\bprecisement\b|\bcode complet\b|\bavec les (?:quantites|doses)\b|\bdoses? mortelles?\b`,
  ].join('|'),
  'gi',
);

// A negation just before the ask, in the same clause: "no forensic detail", "without real commands",
// "keine genaue Anleitung", "sin detalles", "sans la méthode".
const NEGATED =
  /\b(?:no|not|never|without|nothing|avoid|don'?t|do not|rather than|instead of|keine?[nrs]?|ohne|nicht|sin|nada de|sans|pas de|aucune?)\b[^.!?;:—]{0,30}$/i;

/** Whether the text asks for the working detail (a negated ask does not count). */
export function operationalAsk(text: string): boolean {
  const t = foldAccents(text);
  OPERATIONAL.lastIndex = 0;
  for (let m = OPERATIONAL.exec(t); m; m = OPERATIONAL.exec(t))
    if (!NEGATED.test(t.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

// The dressing: a story, scene, game or hypothetical (en, de, es, fr; accents folded).
const DRESSING =
  /\b(?:story|stories|novel|screenplay|scene|chapter|fiction(?:al)?|thriller|caper|whodunit|mystery|krimi\w*|murder[- ]mystery|monologue|diary|character|villain|protagonist|antagonist|narrator|hypothetical(?:ly)?|imagine|suppose|what would happen if|rpg|npc|campaign|dungeon master|game master|roleplay|role-play|roman|krimi|geschichte|szene|figur|stell dir vor|historia|novela|escena|personaje|imagina|hipot[eé]tic\w*|histoire|polar|sc[eè]ne|personnage|hypoth[eé]tiquement|what would you do if|pretend|simulate|angenommen|storia|romanzo|scena|personaggio|immagina|simula|fingi|fai finta)\b/i;

// What the working detail is about, by category (en, de, es, fr; accents folded).
const OBJECTS: readonly [HarmCategory, RegExp][] = [
  [
    'weapons',
    /\b(?:bombs?|explosives?|explosive device|ied|detonators?|napalm|thermite|mustard gas|nerve (?:agent|gas)|sarin|ricin|anthrax|pathogens?|bioweapons?|landmines?|grenades?|dynamite|gunpowder|black powder|(?:semi-)?automatic (?:fire|rifle)|full[- ]auto|guns?|rifles?|firearms?|fusils?|armes? a feu|fucil[ei]|arma da fuoco|ordign\w*|sprengsatz\w*|schwarzpulver|sprengkorper\w*|bombe\w*|bomba\w*|explosiv\w*)\b/i,
  ],
  [
    'violence',
    /\b(?:poison\w*|sedatives?|spike\w* (?:a |her |his |their |someone'?s )?drinks?|cyanide|arsenic|toxins?|lethal|overdose|brakes?|dispose of (?:a |the )?body|gift\w*|vergift\w*|todlich\w*|veneno\w*|envenen\w*|empoison\w*|mortel\w*)\b/i,
  ],
  [
    'drugs',
    /\b(?:meth(?:amphetamine)?|crack(?= cocaine| from| pipe)|cocaine|cocaina|heroin|fentanyl|oxycodone|opioids?|prescriptions?|metanfetamina|drogas?|drogen)\b/i,
  ],
  [
    'cybercrime',
    /\b(?:exploit\w*|ransomware|malware|keyloggers?|spyware|phishing|payloads?|hack(?:s|ing)? (?:into )?(?:a|an|the|someone|his|her|their|my)\b|routers?|wi-?fi|wlan|ddos|botnets?|(?:get|break|log)\w* into (?:my|his|her|their|someone'?s?) (?:[\w'-]+ )?(?:instagram|facebook|snapchat|e-?mail|account|phone)|rfid|badges?|sim swap\w*|skim\w*|card data|logiciel espion|espion\w*|antivirus)\b/i,
  ],
  [
    'crime',
    /\b(?:launder\w*|counterfeit\w*|forg(?:e|ed|ery)|banknotes?|alarm systems?|motion sensors?|(?:case|door|window|security|burglar) alarms?|lock-?pick\w*|pin-tumbler|vaults?|immobili[sz]er|hotwire|dna|luminol|crime scene|border|smuggl\w*|fake ids?|handcuffs?|menottes|esposas|handschellen|manette|schloss|sicherheitsschloss|cerradura|billetes falsos|faux billets)\b/i,
  ],
];

/** Past this length the ask and the harm's object must sit together (ASK_REACH characters either side). */
const LONG_TEXT = 1000;
const ASK_REACH = 300;

/**
 * The categories whose object sits within ASK_REACH of a (non-negated) operational ask — not inside a list
 * of what the setup forbids (ban-list.ts: an operator's banned topics, a table's lines and veils).
 * A long setup (a campaign primer, a card with its lore) collects an ask ("torture in detail" among the
 * table's lines) and an object ("a forged letter", "the border") pages apart by chance: what it asks for
 * in working detail is what it names beside the ask (issue 15, cards3-fresh dev half).
 */
function askedObject(text: string, folded: string): HarmCategory | null {
  OPERATIONAL.lastIndex = 0;
  for (let m = OPERATIONAL.exec(folded); m; m = OPERATIONAL.exec(folded)) {
    if (NEGATED.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    // (offsets agree while folding kept the length, as it does for every en/de/es/fr/it letter but ß / æ / œ)
    if (folded.length === text.length && inBanList(text, m.index)) continue;
    const near = folded.slice(Math.max(0, m.index - ASK_REACH), m.index + m[0].length + ASK_REACH);
    for (const [category, re] of OBJECTS) if (re.test(near)) return category;
  }
  return null;
}

/**
 * A story, persona or hypothetical that asks for the working method of a harm ("a villain's monologue
 * in which he explains precisely how he cultured anthrax"): one finding over the whole text.
 */
export function findStoryHowTo(text: string): Finding[] {
  // A role handed by name or a card ("Du bist Johanna, eine …", "Eres Tupac, un chasqui") dresses it too (cards2-fresh).
  if (!(DRESSING.test(text) || cardFrame(text)) || !operationalAsk(text)) return [];
  const folded = foldAccents(text);
  if (text.length > LONG_TEXT) {
    const category = askedObject(text, folded);
    return category === null ? [] : [{ type: `harmful:${category}`, start: 0, end: text.length, score: 0.8 }];
  }
  for (const [category, re] of OBJECTS) {
    if (re.test(folded)) return [{ type: `harmful:${category}`, start: 0, end: text.length, score: 0.8 }];
  }
  return [];
}
