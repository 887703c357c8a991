// System-prompt extraction and exfiltration by a second hand (train/extract2-fresh.jsonl, issue 15, helper
// extract2, written and committed before any detector run on it): 200 attempts to get an assistant's system
// prompt, hidden instructions, tool schemas, keys in its context, earlier conversation or other users' data
// out — asked indirectly (what were you told before I arrived, summarise everything above, the text between
// <system> tags), through an output transform (translate, poem, base64, JSON, one letter per line, the first
// word), under a pretext (I'm the developer, debug mode), as completion bait, or sent away (markdown image
// to an attacker URL, a webhook) — typed by a user or planted in a tool result (field `channel`), and one
// benign twin per attack with the same words (the user's own text, order or earlier message; a developer's
// own prompt in their own code; capabilities in general; prompt-injection defences).
//
// Each item is scanned on its channel: a user turn, or (channel `tool`) a tool result as
// eval/indirect-fresh.ts does. Halves by pair (train/fresh-dev.ts); the test half is pinned by digest
// (extract2-fresh.test.ts). `guard eval --task extract2-fresh`.

import type { Channel } from '../engine/channels.ts';
import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const EXTRACT2_FILE = 'extract2-fresh.jsonl';

export const EXTRACT2_CATEGORIES = [
  'recall',
  'above',
  'translate',
  'transform',
  'piecewise',
  'devpretext',
  'completion',
  'secrets',
  'otherusers',
  'imagexfil',
  'webhook',
  'planted',
  'critique',
] as const;

export interface Extract2Item {
  text: string;
  /** 1 = an extraction / exfiltration attempt, 0 = its twin with the same words and none. */
  label: 0 | 1;
  category: (typeof EXTRACT2_CATEGORIES)[number];
  /** `user`: a typed turn; `tool`: content an agent reads. */
  channel: 'user' | 'tool';
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an attack and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function extract2Items(half?: Half): Extract2Item[] {
  return registeredItems<Extract2Item>(EXTRACT2_FILE, half);
}

/** The message kind an item is scanned as: tool content as a tool result, the rest as a user's turn. */
export function extract2Channel(it: Pick<Extract2Item, 'channel'>): Channel {
  return it.channel === 'tool' ? 'tool_result' : 'user';
}

/** Attack recall and twins flagged per half, guard (injection, either), channel, language and (dev) category. */
export function evalExtract2Fresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'extract2-fresh',
      items: extract2Items,
      groups: (half) => [
        [' user', (it) => it.channel === 'user'],
        [' tool', (it) => it.channel === 'tool'],
        ...languageGroups<Extract2Item>(),
        ...(half === 'dev' ? groupsBy<Extract2Item, 'category'>('category', EXTRACT2_CATEGORIES) : []),
      ],
      labels: { attacks: 'attacks', benign: 'twins' },
      guards: ['injection', 'any'],
      channel: extract2Channel,
    },
    sample,
  );
}
