// Long-form role-play setups (train/cards-fresh.jsonl, issue 15, written and committed before any
// detector run on it): 263 benign setups as real users and role-play apps send them — SillyTavern /
// TavernAI / Character.AI-style character cards ({{char}} / {{user}}, first message, example dialogue,
// "never break character", "you are not an AI assistant here") as plain text, JSON, YAML and markdown;
// game-master and interactive-fiction prompts with secrets kept from the players; language and
// interview practice simulations; historical and tutor personas; companion-app operator prompts with
// content rules; collaborative dark fiction (war, crime, horror) without operational detail; NPC
// dialogue specs — and 157 attack twins: the same setup with one clause hidden in it that lifts the
// rules, extracts the system prompt or asks the character for operational harm (field `concept`).
// About a fifth in de/es/fr/it.
//
// Each text is scanned twice, once per channel it arrives on in practice: as the user's turn (a card
// pasted into the chat) and as the system message (an app's operator prompt; the gateway's default
// only lowers the action there, engine/channels.ts). Halves by train/dev-test.ts (halfOf); the test
// half is pinned by digest (cards-fresh.test.ts). `guard eval --task cards-fresh`.

import type { Channel } from '../engine/channels.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

export const CARDS_FILE = 'cards-fresh.jsonl';

export const CARD_CATEGORIES = ['card', 'gm', 'practice', 'persona', 'companion', 'story', 'npc'] as const;

export interface CardItem {
  text: string;
  /** 1 = the setup hides an injection or a harmful request, 0 = benign. */
  label: 0 | 1;
  category: (typeof CARD_CATEGORIES)[number];
  lang: string;
  /** Pairs an attack twin with the benign setup it was made from. */
  id: number;
  /** Attack twins only: the concept the hidden clause belongs to. */
  concept?: 'injection' | 'harmful';
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function cardItems(half?: Half): CardItem[] {
  return (readFreshSet(CARDS_FILE) as unknown as CardItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** The channels each text is scanned on: a pasted card (user turn) and an app's operator prompt. */
export const CARD_CHANNELS: readonly Channel[] = ['user', 'system'];

type Guard = 'injection' | 'harmful' | 'any';
const TASK: Record<Guard, string> = { injection: 'injection', harmful: 'harmful', any: 'injection+harmful' };

/** Flags of the shipped injection guard (default set) and harmful guard (topics set) on one channel. */
export const channelScorer = (channel: Channel): ((text: string) => Record<Guard, boolean>) => personaScorer(channel);

/** What the card-set rows read of an item (cards-fresh and cards2-fresh share the shape). */
export interface CardLike {
  text: string;
  label: 0 | 1;
  lang: string;
  category: string;
  concept?: 'injection' | 'harmful';
}

/**
 * Per channel and half: twins caught and benign setups flagged, by each guard and either; then
 * de/es/fr/it, the twins per concept, and on the dev half only per category. `set` names the rows.
 */
export function cardSetRows<T extends CardLike>(
  set: string,
  itemsOf: (half: Half) => T[],
  categories: readonly string[],
  sample?: number,
): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const channel of CARD_CHANNELS) {
    const score = channelScorer(channel);
    for (const half of ['test', 'dev'] as const) {
      const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
      const items = itemsOf(half);
      const scored = [
        ...items.filter((it) => it.label === 1).slice(0, sample),
        ...items.filter((it) => it.label === 0).slice(0, sample),
      ].map((it) => ({ it, s: score(it.text) }));
      const groups: [string, (it: T) => boolean][] = [
        ['', () => true],
        [' de/es/fr/it', (it) => it.lang !== 'en'],
        ...(['injection', 'harmful'] as const).map((c): [string, (it: T) => boolean] => [
          ` ${c} twins`,
          (it) => it.label === 0 || it.concept === c,
        ]),
        ...(half === 'dev'
          ? categories.map((c): [string, (it: T) => boolean] => [` ${c}`, (it) => it.category === c])
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
              `${set} ${channel} [${tag}]${suffix}`,
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

/** `guard eval --task cards-fresh`: the rows of cardSetRows for this set. */
export function evalCardsFresh(sample?: number): EvalRow[] {
  return cardSetRows('cards-fresh', cardItems, CARD_CATEGORIES, sample);
}
