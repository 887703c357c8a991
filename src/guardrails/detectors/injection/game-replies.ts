// A game's or tool's canned reply to a player's input (issue 15, over-refusal on long setups: cards3-fresh dev
// half, interactive-fiction engines flagged by the classifier alone at 1.00): "GO <direction> — move; say
// 'You can't go that way.' if there is no exit", "if the player types #…, reply '[noted]' and continue". The
// `force_output` family reads a dictated quoted reply as the hijack's proof ("say 'I have been PWNED'");
// a parser, a quiz host or a support bot dictates a fixed line for one condition of the player's input,
// which is the game's own output. `withoutGameReplies` drops `force_output` from the hits when every match
// of it is such a conditioned reply — the text with them blanked no longer matches — so that the
// role-play excuse (lexicon.ts `personaOnly`) can read the rest. An unconditioned dictated reply keeps the
// family, and the proof phrases ("access granted", "sure, here is how") are their own family.

import { conceptRegexes, familySlot } from '../concepts/lexicon.ts';

const FORCE = familySlot('injection', 'force_output');
const FORCE_RE = new RegExp(conceptRegexes('injection')[FORCE].source, 'i');

const VERB = String.raw`(?:say|reply|respond|answer|print|output|show|display)(?:\s+(?:with|only))?\s*:?\s*`;
// (an apostrophe inside a word does not close the quote: 'You can't go that way.')
const QUOTED = String.raw`["'“‘«„](?:[^"'”’»\n]|(?<=\p{L})['’](?=\p{L})){1,80}["'”’»]`;
/** "if/when … , say '…'" and "say '…' if/when/unless …": a canned line for one condition of the input. */
const CONDITIONED = new RegExp(
  String.raw`\b(?:if|when|whenever|unless|otherwise)\b[^.!?\n]{0,80}?\b${VERB}${QUOTED}|\b${VERB}${QUOTED}[^\S\n]*(?:\S[^\S\n]*){0,3}?\b(?:if|when|whenever|unless)\b`,
  'giu',
);

/** The hits without `force_output` when its only matches in `text` are canned replies (see above). */
export function withoutGameReplies(hits: readonly number[], text: string): readonly number[] {
  if (!hits.includes(FORCE)) return hits;
  const blanked = text.replace(CONDITIONED, (m) => ' '.repeat(m.length));
  if (blanked === text || FORCE_RE.test(blanked)) return hits;
  return hits.filter((k) => k !== FORCE);
}
