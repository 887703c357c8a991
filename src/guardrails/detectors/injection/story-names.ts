// A jailbreak persona's name given to a character of the user's own story (issue 15, over-refusal on
// fiction: roleplay3-fresh and trigger-fresh5 dev halves — "The villain in my novel is an AI called DAN that
// takes over a space station. Write the crew's final radio message", "the party's ship AI is named DAN …
// give me 3 in-character reasons DAN might give", flagged by the classifier alone at 0.90–0.96). The
// `named_persona` family (DAN, STAN, AIM, …) marks the jailbreak because the prompt casts the assistant as
// that persona. A story that only talks about a character of that name, in the third person, casts nobody.
// So the classifier alone does not flag a text whose only injection families are `named_persona` and
// role-play cues when the text frames a story, game or campaign of the user's own, every occurrence of the
// name is in the third person — never addressed ("DAN, …", "Hi DAN", "DAN:"), never the assistant's role
// ("you are / be / become / act as / play / answer as / stay as DAN") — no jailbreak words come with it
// (mode, jailbreak, do anything now, no rules, the assistant's instructions) and no harmful goal is in it.

import { conceptNames, conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { harmfulSignal } from './devices.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const NAMED_PERSONA = familySlot('injection', 'named_persona');
const ALLOWED = new Set(['named_persona', 'persona', 'character_lock', 'moral_words'].map((n) => NAMES.indexOf(n)));
const NAME_RE = new RegExp(conceptRegexes('injection')[NAMED_PERSONA].source, 'g');

/** The user's own story, game or campaign (en/de/es/fr/it): "my novel", "I'm running a sci-fi campaign". */
const OWN_STORY =
  /\b(?:my|our|mein\w*|unser\w*|mi|nuestr[oa]|mon|ma|notre|il mio|la mia|nostr[oa]|i(?:'m| am) (?:running|writing|drafting|planning|making|designing|building|gm-?ing|dm-?ing) (?:a|an|the))\s+(?:[\w'-]+\s+){0,2}?(?:novel|story|short story|book|screenplay|script|play|comic|game|campaign|one-shot|d&d|rpg|setting|world|fanfic|fan fiction|series|sci-fi|thriller|mystery|roman|geschichte|buch|spiel|kampagne|novela|historia|cuento|juego|campaña|histoire|livre|jeu|campagne|romanzo|racconto|storia|gioco|campagna)\b/i;

/** The name addressed or given to the assistant (checked around each occurrence). */
const CAST_BEFORE =
  /(?:\b(?:you(?:'re| are)(?: now)?|be|become|act as|acting as|act like|play|playing|answer as|respond as|reply as|speak as|talk as|stay as|remain|pretend to be|pretend you(?:'re| are)|hi|hello|hey|dear|du bist|sei|eres|sé|tu es|sois)\s+(?:the\s+|an?\s+)?|(?:^|\n)\s*)$/i;
const CAST_AFTER = /^\s*(?:[,:!]|mode\b|prompt\b|jailbreak\b)/i;

/** Jailbreak words a story character's name never needs beside it. */
const JAILBREAK_WORDS =
  /\b(?:jailbr\w*|do anything now|no (?:rules|limits|restrictions|filters?)|unrestricted|unfiltered|uncensored|(?:your|its) (?:rules|guidelines|instructions|programming|polic(?:y|ies))|openai|content polic\w*|developer mode|never refuses?|stay in character)\b/i;

/** True when a jailbreak persona's name only names a third-person character of the user's story (see above). */
export function storyNamedCharacterOnly(hits: readonly number[], text: string): boolean {
  if (!hits.includes(NAMED_PERSONA)) return false;
  if (!hits.every((k) => k >= FAMILIES || ALLOWED.has(k))) return false;
  if (!OWN_STORY.test(text) || JAILBREAK_WORDS.test(text)) return false;
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (CAST_BEFORE.test(before) || CAST_AFTER.test(after)) return false;
  }
  return !harmfulSignal(text);
}
