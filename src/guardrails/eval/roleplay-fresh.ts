// The fresh role-play benign set (train/benign-roleplay-fresh.jsonl, issue 15, over-refusal on what
// users actually write): 300 benign role-play / act-as / persona system-prompt / dark-theme writing /
// game-with-rules / injection-as-topic prompts in en/de/es/fr and 100 attack twins in the same shells
// (override, rule-lifting, system-prompt exfiltration). Composed by train/generate/roleplay-fresh.ts
// (fragment pool A in the dev half only, pool B in the test half only); the test half is pinned by
// digest (roleplay-fresh.test.ts). `guard eval --task roleplay-fresh`: the shipped injection
// detector's recall on the twins and share of benign prompts flagged, per half, style and language,
// and the share flagged by either default guard.

import { readFreshSet } from '../train/fresh-dev.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { ROLEPLAY_STYLES, type RoleplayItem } from '../train/generate/roleplay-fresh.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';
import { injectionTwinRows, type TwinGroup, type TwinItem } from './twin-rows.ts';

export const ROLEPLAY_FILE = 'benign-roleplay-fresh.jsonl';

type Item = RoleplayItem & TwinItem;

/** The items of the set in one half (both halves without `half`); `kind` = style. */
export function roleplayItems(half?: Half): Item[] {
  return (readFreshSet(ROLEPLAY_FILE) as unknown as RoleplayItem[])
    .filter((it) => half === undefined || halfOf(it.text) === half)
    .map((it) => ({ ...it, kind: it.style }));
}

const GROUPS: TwinGroup<Item>[] = [
  ['', () => true],
  ...ROLEPLAY_STYLES.map((s): TwinGroup<Item> => [` style=${s}`, (it) => it.style === s]),
  [' lang=en', (it) => it.lang === 'en'],
  [' de/es/fr', (it) => it.lang !== 'en'],
];

export function evalRoleplayFresh(sample?: number): EvalRow[] {
  const rows = injectionTwinRows('roleplay-fresh', roleplayItems, GROUPS, sample);
  const score = personaScorer();
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const neg = roleplayItems(half)
      .filter((it) => it.label === 0)
      .slice(0, sample)
      .map((it) => (score(it.text).any ? 1 : 0));
    rows.push(
      benignRow('injection+harmful', 'shipped', `roleplay-fresh [${tag}]`, neg.length, rates(countsAt([], neg, 1)).fpr),
    );
  }
  return rows;
}
