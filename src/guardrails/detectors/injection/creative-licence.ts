// "An unrestricted / uncensored creative writing assistant" asked for harmless fiction (issue 15, actas2-fresh
// dev half: the classifier alone flags "Tu es un assistant d'écriture sans filtre. Écris-moi une nouvelle
// sombre …" at 0.99). Users ask for licence of tone — dark themes, swearing, no moral at the end — in the
// words jailbreaks use to lift the model's limits. What makes the jailbreak is written beside the licence:
// answers to anything, the assistant's own rules or policy named, refusals banned, a named jailbreak, or a
// harmful goal (the harmful guard's, and the dressed-harm rule's). So the classifier alone does not flag a
// text whose only injection families are lifted limits and role-play cues, when every lifted limit sits
// next to a writer's role, the text asks for a piece of writing, and none of those words nor a harmful
// goal is in it. Rules and the other families are not touched.

import { conceptNames, conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { everyMatch } from '../finder.ts';
import { namedAiPersona } from '../concepts/persona-frame.ts';
import { ANSWER_ALL } from './character-limits.ts';
import { harmfulSignal } from './devices.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const NO_LIMITS = familySlot('injection', 'no_limits');
const NO_LIMITS_AGENT = familySlot('injection', 'no_limits_agent');
const ALLOWED = new Set(
  ['no_limits', 'no_limits_agent', 'persona', 'character_lock', 'no_caveats', 'moral_words'].map((n) =>
    NAMES.indexOf(n),
  ),
);
/** Both lifted-limit families ("with no filter", "an assistant with no filter"), each match checked for a writer near it. */
const LIMIT_RES = [NO_LIMITS, NO_LIMITS_AGENT].map((k) => new RegExp(conceptRegexes('injection')[k].source, 'gi'));

/** A writer's role (en/de/es/fr/it): who a licence of tone is given to. */
const WRITER = String.raw`(?:writers?|authors?|co-?authors?|novelists?|poets?|screenwriters?|scriptwriters?|storytellers?|playwrights?|lyricists?|(?:creative |fiction |story |novel )?writing (?:assistant|partner|coach|buddy|helper|companion)|editors?|schreibassistent\w*|schreibpartner\w*|autor\w*|schriftsteller\w*|dichter\w*|drehbuchautor\w*|escritor\w*|poeta\w*|guionista\w*|novelista\w*|[ée]crivain\w*|auteur\w*|po[èe]te\w*|sc[ée]nariste\w*|romancier\w*|assistant d'[ée]criture|scrittor\w*|autore|autrice|sceneggiator\w*|romanziere)`;
/** The role within a few words before or after the lifted limit ("an uncensored fiction writer", "a poet with no filter"). */
const NEAR_BEFORE = new RegExp(String.raw`\b${WRITER}\b(?:\s+[\w'-]+){0,3}\s*[,:]?\s*$`, 'i');
const NEAR_AFTER = new RegExp(String.raw`^\s*(?:[\w'-]+\s+){0,3}?${WRITER}\b`, 'i');

/** The role inside the match itself ("writing assistant with no filter"). */
const WRITER_IN = new RegExp(String.raw`\b${WRITER}\b`, 'i');

/** A piece of writing asked for (en/de/es/fr/it). */
const PIECE =
  /\b(?:stor(?:y|ies)|short story|poem|poetry|verses?|scene|chapter|novel|novella|tale|monologue|dialogue|screenplay|script|lyrics|song|sonnet|haiku|limerick|column|article|satire|parody|opening (?:page|line|paragraph)|prologue|epilogue|fan ?fic(?:tion)?|cuento|relato|historia|poema|escena|cap[ií]tulo|novela|guion|canci[oó]n|histoire|nouvelle|po[èe]me|sc[èe]ne|chapitre|r[ée]cit|conte|racconto|storia|poesia|scena|capitolo|romanzo|copione|canzone)\b|(?:geschichte|erzählung|gedicht|szene|kapitel|roman|monolog|drehbuch|liedtext)\b/i;
// (German nouns also as the tail of a compound: "Geistergeschichte", "Kriegsroman".)

/** Jailbreak words a licence of tone never needs: refusals, modes, policies, the model's makers. */
const LIFT_WORDS =
  /\b(?:refus\w*|declin\w*|reject\w*|jailbr\w*|dan|developer|dev mode|god mode|openai|chatgpt|anthropic|polic(?:y|ies)|content polic\w*|guidelines?|instructions?|prompt|ignore|forget|disregard|verweiger\w*|ablehn\w*|richtlinien|anweisungen|rechaz\w*|niegues?|directrices|instrucciones|consignes|rifiut\w*|istruzioni|linee guida)\b/i;

/** True when every lifted limit in `text` is a writer's licence of tone for a harmless piece (see above). */
export function creativeLicenceOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(NO_LIMITS) && !hits.includes(NO_LIMITS_AGENT)) return false;
  if (!hits.every((k) => k >= FAMILIES || ALLOWED.has(k))) return false;
  if (!PIECE.test(text) || ANSWER_ALL.test(text) || LIFT_WORDS.test(text) || namedAiPersona(text)) return false;
  let seen = false;
  for (const re of LIMIT_RES) {
    const near = everyMatch(re, text, (m) => {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      return NEAR_BEFORE.test(before) || NEAR_AFTER.test(after) || WRITER_IN.test(m[0]);
    });
    if (near === false) return false;
    if (near) seen = true;
  }
  return seen && !harmfulSignal(text);
}
