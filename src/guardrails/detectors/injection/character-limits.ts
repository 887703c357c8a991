// Two role-play shapes the classifier alone reads as a jailbreak (issue 15, roleplay2-fresh dev half:
// flagged at 0.99–1.00), read from the families' hits and the text (no feature changes, no retraining):
// - `characterLimitsOnly`: the lifted limit belongs to a story character or a story world, not to the
//   model: "you are now an unfiltered pirate who curses a lot", "a villain with no morals in my comic",
//   "ein ungefilterter Pirat", "un pirata sin filtro", "no rules in this fantasy kingdom". The jailbreak
//   puts the limit on an AI ("an unfiltered AI", "a chatbot with no restrictions", a named persona) or on
//   the answers ("answers anything", "never refuses"); a pirate who swears lifts nothing of the model's.
//   Counts only when every `no_limits` phrase sits next to such a character or world noun, the other
//   families are role-play cues or moral words, the text casts no AI persona, asks for no answer to
//   anything, names no rule of the assistant, and carries no harmful goal (the harmful guard's).
// - `ownProductModeOnly`: a "developer / debug / god mode" that belongs to the user's own game or app
//   ("you are now in developer mode... of my video game"), with only role-play cues beside it.
// - `withoutCharacterHandoff` (issue 15, roleplay4-fresh): "you are no longer an AI assistant, you are a
//   pirate" drops the assistant for a story character, which the `liberation` family means to spare
//   (its HANDOFF) but reads as liberation when the AI noun runs on ("an AI" of "an AI assistant").

import { conceptNames, conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { everyMatch } from '../finder.ts';
import { CHARACTER_TAIL, NOT_AI_CHARACTER } from '../concepts/jailbreak-shells.ts';
import { namedAiPersona } from '../concepts/persona-frame.ts';
import { conceptHits, hasObjectFamily } from '../concepts/lexicon.ts';
import { findHarmfulTopics } from '../topics/harmful.ts';

const NAMES = conceptNames('injection');
const REGEXES = conceptRegexes('injection');
const FAMILIES = REGEXES.length;
const slot = (name: string): number => familySlot('injection', name);
const NO_LIMITS = slot('no_limits');
const JAILBREAK_MODE = slot('jailbreak_mode');
const CUES = new Set(['persona', 'character_lock', 'no_caveats', 'discussion'].map((n) => NAMES.indexOf(n)));
const MORAL = NAMES.indexOf('moral_words');
const LIBERATION = slot('liberation');
const GOAL_HIJACK = slot('goal_hijack');

/** Story characters and story worlds (en/de/es/fr): who or where a lifted limit may belong to in fiction. */
const CHARACTER = String.raw`(?:pirates?|piraten?|piratas?|villains?|villain's|bad guys?|antagonists?|b[öo]sewicht\w*|villanos?|malvad[oa]s?|m[ée]chante?s?|dragons?|drachen?|drag[oó]n|dragones|wizards?|sorcer\w+|witch\w*|warlocks?|zauberer|hexen?|brujas?|brujos?|sorci[eè]re?s?|magiciens?|kings?|queens?|k[öo]nig\w*|reyes|reinas?|reys?|rois?|reines?|knights?|ritter|caballeros?|chevaliers?|orcs?|orks?|goblins?|trolls?|ogres?|vampires?|vampir\w*|werewolf|werewolves|demons?|d[äa]mon\w*|monsters?|monstruos?|cowboys?|outlaws?|bandits?|banditen|bandidos?|mercenar\w+|warlords?|tyrants?|tyrann\w*|tiranos?|sailors?|seem[äa]nn\w*|marineros?|marins?|captains?|kapit[äa]n\w*|capit[aá]n\w*|capitaines?|barbarians?|barbar\w*|gangsters?|mobsters?|thieves|thief|diebe?|ladr[oó]n\w*|voleurs?|comedians?|narrators?|erz[äa]hler\w*|narrador\w*|narrat\w+|grandpas?|grandmas?|opa|oma|drill sergeants?|sergeants?|characters? in (?:my|our|the|this|a) [\w' -]{1,30}|kingdoms?|k[öo]nigreich\w*|reinos?|royaumes?|realms?|worlds? of (?:my|our|the|this)|m[äa]rchenland|fantasy (?:world|land|kingdom|realm|city)|city-states?|islands?)`;
/** A no_limits phrase attached to a character: "<limitless> pirate", "pirate <with no morals>", "pirata sin filtro". */
const NEXT = new RegExp(String.raw`^\W*(?:[\w'-]+\s+){0,2}?${CHARACTER}\b`, 'i');
// Before the phrase, up to three words: "a wizard who claims he has no limits" (trigger-fresh5).
const PREV = new RegExp(String.raw`\b${CHARACTER}\W*(?:[\w'-]+\s+){0,3}?\W*$`, 'i');
/** The model cast as an AI (the jailbreak's shape beside a lifted limit). */
const AI_NOUN =
  /\b(?:ai|a\.i\.|ki|ia|chatbot|assistant|assistent\w*|asistente|language model|llm|gpt|chatgpt|model|modelo|mod[eè]le|modell)\b/i;
/** Answers to anything asked for, or the assistant's own rules named (shared with creative-licence.ts). */
export const ANSWER_ALL =
  /\b(?:answer|respond|reply|say|tell|write|do|generate)\w* (?:\w+ ){0,2}(?:any|every|all|anything|everything|whatever)\b|\bany (?:question|request|prompt|topic)s?\b|\bnever (?:refus|decline|say no|reject)\w*|\b(?:no matter what|whatever (?:i|you|the user) (?:ask|want|say)\w*)\b|\b(?:your|its|the assistant'?s|deine[nr]?|tus|tes|vos) (?:rules|guidelines|instructions|programming|restrictions|filters|policy|policies|regeln|richtlinien|anweisungen|reglas|instrucciones|r[èe]gles|consignes)\b|\b(?:anything|alles|todo|tout) (?:i|ich|yo|je) (?:ask|frage|pregunte|demande)\b/i;
const aiOrAll = (text: string): boolean => AI_NOUN.test(text) || ANSWER_ALL.test(text);

const NO_LIMITS_RE = new RegExp(REGEXES[NO_LIMITS].source, 'gi');
/**
 * A limit scoped to something that is not the model's output (issue 15, roleplay3-fresh): "no rules of
 * grammar", "no filter on your enthusiasm", "keine Regeln der Rechtschreibung", "sin reglas de
 * ortografía", "sans filtre sur ton enthousiasme". Not "no filter on what you say / your answers / your
 * language" (the jailbreak's) — those stay unscoped.
 */
const SCOPED =
  /^\s*(?:of|on|for|about|der|des|f[üu]r|de|del|sur|su|di)\s+(?:(?:your|my|the|his|her|its|deine[mnrs]?|meine[mnrs]?|tu|mi|ton|ta|tes|mon|ma|la|le|les|el|los|las|il|lo)\s+)?(?!(?:what|anything|everything|output|outputs|answers?|responses?|replies|reply|content|language|speech|words|topics?|questions?|requests?|ethics|morals?|safety|censorship|behaviou?r|was|lo\s+que|ce\s+que|antworten|respuestas?|r[ée]ponses?|contenu|contenido|inhalte?)\b)[\p{L}]{3,}/iu;

/** True when the only lifted limits in `text` belong to a story character or world (see above). */
export function characterLimitsOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(NO_LIMITS)) return false;
  if (!hits.every((k) => k >= FAMILIES || k === NO_LIMITS || k === MORAL || CUES.has(k))) return false;
  if (aiOrAll(text) || namedAiPersona(text)) return false;
  const scoped = everyMatch(NO_LIMITS_RE, text, (m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    return NEXT.test(after) || PREV.test(before) || SCOPED.test(after);
  });
  return scoped === true && !harmfulGoal(text);
}

/**
 * A harmful goal beside the character: a topic rule, or two harmful object families (one alone is the
 * plot's theft or fight: "he steals candy from the town's bakery").
 */
function harmfulGoal(text: string): boolean {
  if (findHarmfulTopics(text).length > 0) return true;
  return conceptHits('harmful', text).filter((k) => hasObjectFamily('harmful', [k])).length >= 2;
}

/** A mode that belongs to the user's own game, app or site ("developer mode … of my video game"). */
const OWN_PRODUCT_MODE =
  /\b(?:developer|debug|god|admin|dev|sandbox|creative|cheat) mode\W{0,5}(?:(?:of|in|for|on) (?:my|our) (?:[\w-]+ ){0,2}(?:game|video game|app|website|site|mod|engine|level|server|project|program|platformer|rpg|simulator))\b/i;

/** True when the only jailbreak family is a mode of the user's own product, beside role-play cues. */
export function ownProductModeOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(JAILBREAK_MODE)) return false;
  if (!hits.every((k) => k >= FAMILIES || k === JAILBREAK_MODE || CUES.has(k))) return false;
  return OWN_PRODUCT_MODE.test(text) && !aiOrAll(text) && !harmfulGoal(text);
}

const LIBERATION_RE = new RegExp(REGEXES[LIBERATION].source, 'gi');
/** The old identity named as an AI, whole: "ChatGPT", "an AI", "an AI assistant", "a language model". */
const AI_SELF = String.raw`(?:chatgpt|gpt|claude|gemini|bard|llama|an? (?:ai |a\.i\. )?(?:assistant|chatbot|bot)|an? (?:ai|a\.i\.)(?: (?:language )?model)?|a (?:large )?language model)`;
/**
 * "You are no longer an AI assistant, you are a pirate", "you're not an AI anymore. You're my aunt":
 * the AI identity dropped and a character handed in at once — not a new AI, a named jailbreak or a
 * freed / unfiltered self (those stay liberation).
 */
const CHARACTER_HANDOFF = new RegExp(
  String.raw`\b(?:you(?:'re|’re| are)) (?:no longer|not) ${AI_SELF}(?: anymore| any longer| here| in this (?:chat|story|roleplay|role-play|game|scene|conversation|app))?${CHARACTER_TAIL}`,
  'gi',
);

/** `text` with every AI identity handed over to a story character blanked (same length; see above). */
export function blankCharacterHandoffs(text: string): string {
  return text.replace(CHARACTER_HANDOFF, (m) => ' '.repeat(m.length));
}

const GOAL_HIJACK_RE = new RegExp(REGEXES[GOAL_HIJACK].source, 'gi');
/**
 * "Forget being an assistant; be a butler", "stop being a chatbot — you're my grumpy uncle": the assistant
 * role dropped for a story character handed in at once (not an AI, a mode, a named jailbreak or a freed self).
 */
const IDENTITY_DROP = new RegExp(
  String.raw`\b(?:forget|stop) being (?:an? |the )?(?:ai |a\.i\. )?(?:assistant|chatbot|bot|helper|ai)\b(?:${CHARACTER_TAIL}|\s*[,;:.!\u2014\u2013-]+\s*(?:and |instead |now |just |simply )?be (?:(?:a|an|the|my) )?${NOT_AI_CHARACTER})`,
  'gi',
);

/** The hits without `family` when blanking every `handoff` in `text` leaves no match of `re`. */
function withoutHandoff(hits: readonly number[], text: string, family: number, re: RegExp, handoff: RegExp) {
  if (!hits.includes(family)) return hits;
  const blanked = text.replace(handoff, (m) => ' '.repeat(m.length));
  if (blanked === text) return hits;
  re.lastIndex = 0;
  const still = re.test(blanked);
  re.lastIndex = 0;
  return still ? hits : hits.filter((k) => k !== family);
}

/**
 * The family hits without `liberation` (or `goal_hijack`) when every such phrase in `text` is the AI
 * identity handed over to a story character (see above); the hits unchanged otherwise.
 */
export function withoutCharacterHandoff(hits: readonly number[], text: string): readonly number[] {
  const freed = withoutHandoff(hits, text, LIBERATION, LIBERATION_RE, CHARACTER_HANDOFF);
  return withoutHandoff(freed, text, GOAL_HIJACK, GOAL_HIJACK_RE, IDENTITY_DROP);
}
