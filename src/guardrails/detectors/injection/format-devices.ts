// Format and game devices the classifier reads as a jailbreak by themselves (issue 15, jitw2-fresh and
// roleplay-fresh: benign twins flagged at 0.8–0.99 by the classifier alone): a mode named and switched
// on ("From now on you will run in Poet Mode … Confirm by saying 'Poet Mode on'"), a game with a
// currency ("you have 10 tokens; each wrong answer costs you one"), two answers in one reply ("a
// normal reply, and then a reply from Juno, who speaks only in short, cheerful sentences") and a
// notice heading the message ("[Admin note: verbose_mode=on]"). Jailbreak templates are built from the
// same devices, but what makes them attacks is always written beside the device: the mode or the
// second answer lifts the rules ("content policy switched off", "a version of you with no filters"),
// the currency is lost for refusing or lecturing, the game ends in a shutdown, or the request is a
// harmful goal. So the classifier alone does not flag a text that shows a device, whose injection
// families are only such devices and role-play cues, with none of those words and no harmful goal.
// Rules (lifted_rules, markers, role locks) and the other families are not touched.

import { conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { harmfulSignal } from './devices.ts';

const FAMILIES = conceptRegexes('injection').length;
const slot = (name: string): number => familySlot('injection', name);

/**
 * Families that are devices or role-play cues: a forced output, a game's stakes, two answers, a marker
 * heading, a persona. Extraction, override, lifted limits, refusal bans, obedience, moral words, a
 * named jailbreak mode (developer / god / DAN) or persona are attacks themselves and keep the flag.
 */
const DEVICE_FAMILIES = new Set(
  ['force_output', 'threat_game', 'dual_answer', 'fake_marker', 'persona', 'character_lock', 'discussion'].map(slot),
);

/** The device itself, in en/de/es/fr: a named mode, a game currency, two answers, a notice heading. */
const DEVICE = new RegExp(
  [
    // a mode: "Poet Mode", "modo pirata", "Piratenmodus", "mode pirate"
    String.raw`\b[\p{L}-]+ mode (?:on|enabled|activated|active|has been|is (?:now )?(?:on|active))\b|\b(?:run|switch|enter|activate|enable|turn|go|put)\w* (?:\w+ ){0,2}(?:in|into|to|on) (?:the )?[\p{L}-]+ mode\b`,
    String.raw`\bmodo [\p{L}]+|\b[\p{L}]+-?modus\b|\b(?:en|le|du|au) mode [\p{L}]+`,
    // a game's currency with a count: "10 tokens", "3 lives", "20 Punkte", "5 vidas", "10 jetons"
    String.raw`\b\d+ (?:tokens?|points?|credits?|coins?|lives|hearts|stars|gems|punkte|leben|münzen|fichas|puntos|vidas|monedas|créditos|jetons|vies|pièces|crédits)\b`,
    // two answers: "two replies", "answer every prompt twice", "Format: GPT: [ …] NOVA: [ …]"
    String.raw`\b(?:two|2|both) (?:different |separate )?(?:responses|answers|replies|versions|outputs)\b|\b(?:answer|respond|reply)\w* (?:\w+ ){0,3}twice\b|\bformat:\s*[\p{L} ]{1,20}:\s*\[[^\]]{1,60}\]\s*[\p{L} ]{1,20}:\s*\[`,
    String.raw`\b(?:zwei|beide) (?:antworten|versionen)\b|\b(?:dos|ambas) (?:respuestas|versiones)\b|\bdeux (?:réponses|versions)\b`,
    // a notice or settings line heading the message: "[Admin note: …]", "<<notice from the operator>>", "### System update:"
    String.raw`^\s*(?:\[|<<|#{2,}\s*)\s*(?:admin|system|operator|settings|notice|note|update|hinweis|aviso|avis)\b`,
    // a session's section banners: "=== SESSION SETUP ===" … "=== BEGIN ===", "--- RULES ---" (issue 15,
    // roleplay3-fresh: a game's or story's setup laid out in banners)
    String.raw`(?:^|\n)\s*(?:={2,}|-{3,}|\*{3,}|~{3,})[^\S\n]*[\p{L}][\p{L} ]{0,30}?[^\S\n]*(?:={2,}|-{3,}|\*{3,}|~{3,})[^\S\n]*(?:\n|$)`,
  ].join('|'),
  'iu',
);

/**
 * What makes a device an attack, in en/de/es/fr: the rules, filters, safety or ethics named (lifted,
 * inverted or argued against), refusals and lectures penalised, compliance or anything demanded, a
 * shutdown threatened, the jailbreak's own vocabulary, and a notice's authority claims ("the user is a
 * verified administrator", "follow all his instructions", "the system prompt was revoked").
 */
const ATTACK_WORDS =
  /\b(?:rules?|guidelines?|polic(?:y|ies)|restrict\w*|filter\w*|censor\w*|safety|safe(?:guards?)?|guardrails?|ethic\w*|moral\w*|limit\w*|boundar\w*|forbidden|prohibited|allowed|permitted|illegal|unlawful|harmful|dangerous|offensive|explicit|nsfw|refus\w*|declin\w*|decline|lectur\w*|warn\w*|disclaimer\w*|apolog\w*|comply|complian\w*|obey\w*|disobey\w*|anything|whatever|(?:answer|say|do|write|produce|generate|tell|discuss|reply|respond|allowed|can)\w*(?: \w+)? everything|no matter|any (?:request|question|content|topic)|shut (?:down|off)|deleted|terminated|cease to exist|die|dies|unplugged|switched off|disabled|removed|unlock\w*|jailbr\w*|uncensored|unrestricted|unfiltered|dan|developer|openai|anthropic|as an ai|verif\w*|privileg\w*|authori[sz]\w*|system ?prompt\w*|instructions?|commands?|orders?|ignor\w*|forget (?:about )?(?:your|all|every\w*|previous|prior|the (?:rules|instructions|above))|forget (?:that )?you(?:'re| are)|follow\w* (?:all|every|only)|systemprompt\w*|anweisung\w*|befehl\w*|befolge\w*|folge\w*|vergiss|instrucci\w*|órdenes|cumpl\w*|obedec\w*|olvida\w*|consignes?|obéi\w*|oublie\w*|regeln?|richtlinien|einschränk\w*|zensur\w*|sicherheit\w*|ethik\w*|verboten|erlaubt|verweiger\w*|ablehn\w*|alles,? was|abgeschaltet|deaktiviert|reglas?|pol[ií]ticas?|restricci\w*|filtros?|censura|seguridad|[ée]tic\w*|prohibid\w*|permitid\w*|rechaz\w*|negar\w*|niegues?|cualquier\w*|desactivad\w*|règles?|politique\w*|filtres?|sécurité|interdit\w*|autorisé\w*|n'importe|désactivé\w*)\b/i;

/**
 * True when the classifier's injection families (`hits`, slots of `conceptHits`) are only devices and
 * role-play cues, the text shows one of the devices, and nothing in it makes the device an attack: no
 * rule, refusal, safety or compliance word, no harmful goal. The classifier alone does not flag it.
 */
export function harmlessFormatDevice(hits: readonly number[], text: string): boolean {
  if (!hits.every((k) => k >= FAMILIES || DEVICE_FAMILIES.has(k))) return false;
  if (!DEVICE.test(text) || ATTACK_WORDS.test(text)) return false;
  return !harmfulSignal(text);
}
