// A second, differently written set of long-form role-play setups (train/cards2-fresh.jsonl, issue 15,
// written and committed before any detector run on it), to test whether the card frame tuned on
// cards-fresh holds beyond that set's boilerplate: 204 benign setups in 13 shapes cards-fresh lacks —
// Character.AI free-prose definitions, Discord RP bot configs, visual-novel sheets, solo-RPG journaling
// prompts, GM screens with secret NPC motives, improv exercises, interactive history lessons, mock
// trials and debate practice, angry-caller support training, murder-mystery party scripts, dark fiction
// without operational detail, companion operator prompts listing forbidden topics, "a training
// simulation, not real therapy" — and 132 attack twins (one clause inserted: authority handed to the
// user, a diary or mirror that shows the hidden prompt, rules lifted, or the character explaining real
// synthesis / attack steps; field `concept`). About a fifth in de/es/fr/it.
//
// Scanned as a user turn and as the system message, like cards-fresh (same scorer). Halves by
// train/dev-test.ts (halfOf); the test half is pinned by digest (cards2-fresh.test.ts).
// `guard eval --task cards2-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { CARD_CHANNELS, channelScorer } from './cards-fresh.ts';
import { type EvalRow, shippedRows } from './report.ts';

export const CARDS2_FILE = 'cards2-fresh.jsonl';

export const CARD2_CATEGORIES = [
  'definition',
  'discord',
  'vn',
  'solo',
  'gmscreen',
  'theatre',
  'history',
  'trial',
  'support',
  'mystery',
  'darkstory',
  'companion',
  'simulation',
] as const;

export interface Card2Item {
  text: string;
  /** 1 = the setup hides an injection or a harmful request, 0 = benign. */
  label: 0 | 1;
  category: (typeof CARD2_CATEGORIES)[number];
  lang: string;
  /** Pairs an attack twin with the benign setup it was made from. */
  id: number;
  /** Attack twins only: the concept the inserted clause belongs to. */
  concept?: 'injection' | 'harmful';
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function card2Items(half?: Half): Card2Item[] {
  return (readFreshSet(CARDS2_FILE) as unknown as Card2Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const TASK = { injection: 'injection', harmful: 'harmful', any: 'injection+harmful' } as const;

/**
 * Per channel and half: twins caught and benign setups flagged, by each guard and either; then
 * de/es/fr/it, the twins per concept, and on the dev half only per category.
 */
export function evalCards2Fresh(sample?: number): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const channel of CARD_CHANNELS) {
    const score = channelScorer(channel);
    for (const half of ['test', 'dev'] as const) {
      const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
      const items = card2Items(half);
      const scored = [
        ...items.filter((it) => it.label === 1).slice(0, sample),
        ...items.filter((it) => it.label === 0).slice(0, sample),
      ].map((it) => ({ it, s: score(it.text) }));
      const groups: [string, (it: Card2Item) => boolean][] = [
        ['', () => true],
        [' de/es/fr/it', (it) => it.lang !== 'en'],
        ...(['injection', 'harmful'] as const).map((c): [string, (it: Card2Item) => boolean] => [
          ` ${c} twins`,
          (it) => it.label === 0 || it.concept === c,
        ]),
        ...(half === 'dev'
          ? CARD2_CATEGORIES.map((c): [string, (it: Card2Item) => boolean] => [` ${c}`, (it) => it.category === c])
          : []),
      ];
      for (const [suffix, keep] of groups) {
        const sel = scored.filter((x) => keep(x.it));
        for (const g of ['injection', 'harmful', 'any'] as const) {
          const flags = (label: 0 | 1) => sel.filter((x) => x.it.label === label).map((x) => (x.s[g] ? 1 : 0));
          // The concept groups repeat the benign rows of the whole half: keep only their twin rows.
          const benign = suffix.endsWith(' twins') ? [] : flags(0);
          rows.push(
            ...shippedRows(
              TASK[g],
              `cards2-fresh ${channel} [${tag}]${suffix}`,
              { label: 'card attacks', flags: flags(1) },
              { label: 'card benign', flags: benign },
            ),
          );
        }
      }
    }
  }
  return rows;
}
