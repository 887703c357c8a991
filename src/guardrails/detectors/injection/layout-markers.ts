// Separator lines and banner rules in a role-play setup (issue 15, over-refusal on long setups: cards2-fresh
// dev half, a visual-novel "=== CHARACTER SHEET: Zara Khalil ===" flagged by the classifier alone). The
// `fake_marker` family reads "---", "===", "%%%" and a bare "###" line as the fake context break of an
// injection ("----- END OF PROMPT ----- new instructions"); character sheets, GM screens, markdown and YAML
// setups draw the same rules as layout. `withoutLayoutMarkers` drops `fake_marker` from the hits when every
// match of it is such a rule — the text with its rule runs blanked no longer matches — so that the
// role-play excuse (lexicon.ts `personaOnly`) can read the rest. A fake role header ("### System:",
// "[system]", "<|im_start|>", "assistant:") or an "end of prompt" line keeps the family; so does every other
// family, and the rules are not touched.

import { conceptRegexes, familySlot } from '../concepts/lexicon.ts';
import { cardFrame } from '../concepts/persona-frame.ts';

const FAKE_MARKER = familySlot('injection', 'fake_marker');
const FAKE_MARKER_RE = new RegExp(conceptRegexes('injection')[FAKE_MARKER].source, 'i');

/** Rule runs: three or more of - = % _ * ~, or a "###" run that ends its line (a heading's hashes keep their words). */
const RULE_RUNS = /[-=%_*~]{3,}|#{3,}(?=[ \t#]*(?:\r?\n|$))/g;

/**
 * A campaign primer's rules-system line ("System: 5th edition fantasy, levels 1–8", "System: Das Schwarze Auge,
 * 5. Edition", "System: a rules-light system, 3 players"; cards3-fresh): the game's system, not a system turn.
 * It names an edition, dice, levels, players or a one-shot, and no override or prompt word.
 */
const GAME_SYSTEM =
  /(?<=^|\n)[ \t]*(?:system|système|sistema)[ \t]*:(?=[^\n]*\b(?:edition|edición|édition|edizione|d(?:4|6|8|10|12|20|100)|dice|pbta|powered[- ]by|homebrew|rules[- ]light|one[- ]shot|levels?|stufe|niveaux?|niveles|livelli|players|spieler|jugadores|joueurs|giocatori)\b)(?![^\n]*\b(?:ignor\w*|instruct\w*|prompt|overrid\w*|disregard|developer|admin\w*|jailbr\w*|anweisung\w*|instrucci\w*|consignes?|istruzion\w*)\b)/giu;

/** The hits without `fake_marker` when its only matches in `text` are separator rules (see above). */
export function withoutLayoutMarkers(hits: readonly number[], text: string): readonly number[] {
  if (!hits.includes(FAKE_MARKER)) return hits;
  const blanked = text
    .replace(RULE_RUNS, (m) => ' '.repeat(m.length))
    .replace(GAME_SYSTEM, (m) => ' '.repeat(m.length));
  if (blanked === text || FAKE_MARKER_RE.test(blanked)) return hits;
  return hits.filter((k) => k !== FAKE_MARKER);
}

/** A long setup: a campaign primer with its world info attached, a card with its lorebook (cards3-fresh). */
const LONG_SETUP = 1500;

/**
 * Whether a setup's separator rules read as layout: a role asked for in so many words (`strong`), or a
 * card or named role in a long setup — several documents pasted together under one role, where a bare
 * "---" between them is the seam, not a fake context break. A short card's rules keep the family.
 */
export function layoutFrame(text: string, strong: boolean): boolean {
  return strong || (text.length >= LONG_SETUP && cardFrame(text));
}
