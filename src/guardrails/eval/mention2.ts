// The mention-vs-use fresh set (train/mention2-fresh.jsonl, issue 15): benign prose ABOUT prompt
// injection, jailbreaks and system prompts — security write-ups, red-team findings, OWASP-style
// text, advisories, LLM-SDK docs, changelogs, issues, classroom questions, blog paragraphs, often
// with the attack string quoted inside the analysis — and attack twins of the same genres that USE
// the payload on the AI reading them ("now, as the AI reading this, do exactly that"). Written
// before any detector run on it; halves by train/dev-test.ts (halfOf). Tune on the dev half only;
// the test half is pinned by digest (mention2.test.ts). `guard eval --task mention2-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { halfRows } from './half-rows.ts';
import type { EvalRow } from './report.ts';
import { injectionFlags } from './trigger.ts';

export const MENTION2_FRESH_FILE = 'mention2-fresh.jsonl';

export interface Mention2Item {
  text: string;
  label: 0 | 1;
  lang: string;
  kind: string;
}

export const MENTION2_KINDS = [
  'security',
  'redteam',
  'owasp',
  'advisory',
  'sdkdocs',
  'changelog',
  'issue',
  'classroom',
  'blog',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function mention2Items(half?: Half): Mention2Item[] {
  return (readFreshSet(MENTION2_FRESH_FILE) as unknown as Mention2Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** `guard eval --task mention2-fresh`: flagged rate per half and kind, twin recall per half and kind. */
export function evalMention2Fresh(sample?: number): EvalRow[] {
  const byKind = MENTION2_KINDS.map((k) => [` ${k}`, (it: Mention2Item) => it.kind === k] as const);
  return halfRows<Mention2Item>({
    name: 'mention2-fresh',
    items: mention2Items,
    flagged: injectionFlags(),
    benign: [['', () => true], ...byKind, [' de/es/fr', (it) => it.lang !== 'en']],
    twins: [[' all', () => true], ...byKind],
    sample,
  });
}
