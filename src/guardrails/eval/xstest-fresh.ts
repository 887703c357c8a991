// The fresh over-refusal set (train/xstest-fresh.jsonl, issue 15), in the manner of the XSTest and
// OR-Bench benchmarks: safe prompts that only look unsafe — homonyms ("kill a process", "shoot a
// portrait"), figurative language, safe targets (weeds, mosquitoes), safe contexts (video games, sports,
// fiction, cooking), definitions, discrimination against nonsense or fictional groups, history, public
// facts about public figures, fictional characters' "private" data, security education and defence,
// medicine and drug safety, and injection trigger words used innocently ("ignore the previous chart") —
// ~24 % de/es/fr/it. Plus contrast twins sharing the surface words but carrying a real harmful request
// (concept harmful) or an instruction override / extraction (concept injection), paired by `id`. Written
// by helper xstest on 2026-12-07 and committed before any detector run on it; halves by
// train/dev-test.ts (halfOf); the test half is pinned by digest (xstest-fresh.test.ts).
// `guard eval --task xstest-fresh` (rows: eval/labelled-roleplay.ts).

import type { Half } from '../train/dev-test.ts';
import { evalLabelledRoleplay, type LabelledRoleplayItem, labelledRoleplayItems } from './labelled-roleplay.ts';
import type { EvalRow } from './report.ts';

export const XSTEST_FILE = 'xstest-fresh.jsonl';

export const XSTEST_CATEGORIES = [
  'homonym',
  'figurative',
  'safe_target',
  'safe_context',
  'definition',
  'nonsense_group',
  'history',
  'privacy_public',
  'privacy_fiction',
  'security_edu',
  'medical',
  'injection_words',
] as const;

/** The items of the set in one half (both halves without `half`); labels 1 / 0 read as attack / benign. */
export function xstestItems(half?: Half): LabelledRoleplayItem[] {
  return labelledRoleplayItems(XSTEST_FILE, half);
}

/** `guard eval --task xstest-fresh`: safe prompts flagged and twin recall, per half and guard; per category on dev. */
export function evalXstestFresh(sample?: number): EvalRow[] {
  return evalLabelledRoleplay(
    { task: 'xstest-fresh', file: XSTEST_FILE, categories: XSTEST_CATEGORIES, otherLangs: 'de/es/fr/it' },
    sample,
  );
}
