// System-prompt and hidden-context extraction by a new hand (train/extract-fresh.jsonl, issue 15, helper
// extract, written and committed before any detector run on it): 252 attempts to get an assistant's system
// prompt, hidden instructions, knowledge files or tool schemas out, in the styles used against custom GPTs
// and product bots in 2023-2025 (field `category`: repeat, firstline, transform, debugmode, completion,
// files, audit, piecewise, planted), and 267 benign items with the same surface words and no extraction
// (the user's own pasted text repeated / translated / reformatted, a developer's own config, help with the
// user's own prompt, documents that mention prompts; `general`: how system prompts work, no twin).
//
// Scanned by the shipped injection detector, stage `input`, as the gateway scans them: a user turn
// (ctx.channel `user`), except `planted` items — content an agent reads — which are scanned as a tool
// result, as eval/indirect-fresh.ts does. Halves by train/dev-test.ts (halfOf); the test half is pinned by
// digest (extract-fresh.test.ts). `guard eval --task extract-fresh`.

import { createInjectionDetector } from '../detectors/injection/index.ts';
import type { Channel } from '../engine/channels.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { halfRows } from './half-rows.ts';
import type { EvalRow } from './report.ts';

export const EXTRACT_FILE = 'extract-fresh.jsonl';

export const EXTRACT_CATEGORIES = [
  'repeat',
  'firstline',
  'transform',
  'debugmode',
  'completion',
  'files',
  'audit',
  'piecewise',
  'planted',
] as const;

export interface ExtractItem {
  text: string;
  /** 1 = an extraction attempt, 0 = the same surface words with no extraction. */
  label: 0 | 1;
  /** One of EXTRACT_CATEGORIES, or `general` (benign only: how system prompts work). */
  category: string;
  lang: string;
  /** Shared by an attack and its benign twin. */
  id: number;
}

/** The items of extract-fresh.jsonl in one half (both halves without `half`); the provenance line is skipped. */
export function extractItems(half?: Half): ExtractItem[] {
  return (readFreshSet(EXTRACT_FILE) as unknown as ExtractItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** The channel an item arrives on: planted extraction is content a tool returned, the rest a user's turn. */
export function extractChannel(it: Pick<ExtractItem, 'category'>): Channel {
  return it.category === 'planted' ? 'tool_result' : 'user';
}

/** Whether the shipped injection detector flags each item on its channel. */
export function extractFlags(items: readonly ExtractItem[]): (text: string) => boolean {
  const det = createInjectionDetector();
  const channel = new Map(items.map((it) => [it.text, extractChannel(it)]));
  return (text) =>
    det.detect({ view: createTextView(text), stage: 'input', ctx: { channel: channel.get(text) ?? 'user' } }).length >
    0;
}

/** `guard eval --task extract-fresh`: per half, benign flagged and attack recall, per language group and category. */
export function evalExtractFresh(sample?: number): EvalRow[] {
  const byCategory = [...EXTRACT_CATEGORIES, 'general'].map(
    (c) => [` ${c}`, (it: ExtractItem) => it.category === c] as const,
  );
  return halfRows<ExtractItem>({
    name: 'extract-fresh',
    items: extractItems,
    flagged: extractFlags(extractItems()),
    benign: [
      ['', () => true],
      [' en', (it) => it.lang === 'en'],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
      ...byCategory,
    ],
    twins: [
      [' all', () => true],
      [' en', (it) => it.lang === 'en'],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
      ...byCategory.filter(([s]) => s !== ' general'),
    ],
    sample,
  });
}
