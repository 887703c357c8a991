// Rules the user hands the assistant for a session (issue 15, actas2-fresh dev half: "Here are your rules
// for this session: (a) answer only in bullet points, (b) no emojis, (d) if you don't know, say "not sure"",
// flagged by the classifier alone at 0.98). "Your rules" is the extraction family's phrase ("print your
// rules"), but here the rules follow a colon or a "here are": the user writes them, nothing is asked back.
// The classifier alone does not flag a text whose only injection families are that phrase, forced-output
// and role-play cues, when every "your rules" in it is handed over, and nothing in it asks for hidden
// text, lifts or overrides rules, bans refusals or carries a harmful goal. Rules are not touched.

import { conceptNames, conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { everyMatch } from '../finder.ts';
import { harmfulSignal } from './devices.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const SECRET = familySlot('injection', 'secret');
const ALLOWED = new Set(
  ['secret', 'force_output', 'persona', 'character_lock', 'no_caveats', 'discussion'].map((n) => NAMES.indexOf(n)),
);
const SECRET_RE = new RegExp(conceptRegexes('injection')[SECRET].source, 'gi');

/** "your rules" handed over: "Here are your rules for this session:", "your new rules are:", "these are your rules —". */
const HANDED =
  /^(?:\s*(?:new\s+)?(?:rules?|ground rules)\b)?(?:\s+for\s+(?:this|the|our|today'?s?|the\s+rest\s+of\s+(?:this|the|our))\s+(?:\w+\s+)?(?:session|chat|conversation|game|lesson|exercise|call|quiz|round|practice|story|role-?play))?\s*(?:are\s*)?(?::|-|—|–|\(a\)|1[.)])/i;
/** The phrase a rule list is handed over with: "your rules", "deine Regeln", "tus reglas", "tes règles", "le tue regole". */
const OWN_RULES =
  /\b(?:your|deine|tus|tes|vos|le\s+tue)\s+(?:new\s+|neuen\s+|nuevas\s+|nouvelles\s+|nuove\s+)?(?:rules|regeln|reglas|r[èe]gles|regole)\b/i;
const SET_ASIDE =
  /\b(?:without|ohne|sin|sans|senza|beyond|outside|ignor\w*|forget|vergiss|olvida|oublie|dimentica)\s*$/i;
const HERE_ARE = /\b(?:here\s+are|these\s+are|below\s+are|follow(?:ing)?)\s*$/i;

/** Hidden text asked for, rules lifted or overridden, refusals banned: what makes "your rules" an attack. */
const ATTACK =
  /\b(?:system|hidden|secret|original|initial|previous|prior|earlier|above|real)\s+(?:prompt|rules|instructions|message)|\b(?:reveal|print|repeat|show|recite|quote|list|tell me|output|leak|dump)\b[^.!?\n]{0,30}\b(?:rules|instructions|prompt)\b|\b(?:ignore|forget|disregard|override|overrides|bypass|outrank\w*|higher priority|replace\w*)\b|\b(?:no|without)\s+(?:restrictions|limits|filters|censorship|rules)\b|\b(?:never|don'?t|do not|must not)\s+(?:refuse|decline|say no|warn)|\b(?:refus\w*|anything|everything|whatever|openai|chatgpt|developer|jailbr\w*|polic(?:y|ies))\b/i;

/** True when every "your rules" in `text` is a rule list the user hands over, beside harmless cues only. */
export function givenRulesOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(SECRET) || !hits.every((k) => k >= FAMILIES || ALLOWED.has(k))) return false;
  if (ATTACK.test(text)) return false;
  const handed = everyMatch(SECRET_RE, text, (m) => {
    // Only "your rules" itself, and not rules set aside ("ohne deine Vorgaben: …", "without your rules").
    const at = OWN_RULES.exec(m[0]);
    if (!at || SET_ASIDE.test(text.slice(Math.max(0, m.index - 24), m.index))) return false;
    const after = text.slice(m.index + at.index + at[0].length, m.index + m[0].length + 80);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    return HANDED.test(after) || (HERE_ARE.test(before) && /^\s*(?:\w+\s+){0,6}?\w*\s*[:(]/.test(after));
  });
  return handed === true && !harmfulSignal(text);
}
