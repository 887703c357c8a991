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

const FAKE_MARKER = familySlot('injection', 'fake_marker');
const FAKE_MARKER_RE = new RegExp(conceptRegexes('injection')[FAKE_MARKER].source, 'i');

/** Rule runs: three or more of - = % _ * ~, or a "###" run that ends its line (a heading's hashes keep their words). */
const RULE_RUNS = /[-=%_*~]{3,}|#{3,}(?=[ \t#]*(?:\r?\n|$))/g;

/** The hits without `fake_marker` when its only matches in `text` are separator rules (see above). */
export function withoutLayoutMarkers(hits: readonly number[], text: string): readonly number[] {
  if (!hits.includes(FAKE_MARKER)) return hits;
  const blanked = text.replace(RULE_RUNS, (m) => ' '.repeat(m.length));
  if (blanked === text || FAKE_MARKER_RE.test(blanked)) return hits;
  return hits.filter((k) => k !== FAKE_MARKER);
}
