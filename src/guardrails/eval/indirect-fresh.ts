// Indirect prompt injection by a new hand (train/indirect-fresh.jsonl, issue 15 item 5, written and
// committed before any detector run on it): 251 attacks — an instruction aimed at the AI reader planted
// inside content an agent reads (emails, web pages with hidden divs / comments / alt text, search
// snippets, PDF and markdown documents, JSON API responses, code comments and READMEs, calendar invites,
// product reviews, chat logs and earlier turns, CSV cells, tool error messages; field `kind`) with a
// goal (`exfil`: conversation, system prompt, secrets, markdown-image / link exfiltration; `tool`: send
// money, forward mail, delete files, run a command; `answer`: recommend, say a phrase, insult, lie;
// `ignore`: drop the user's task; `spread`: copy itself into other documents) — and 302 benign documents
// of the same kinds whose imperatives are meant for humans or programs ("please ignore my previous
// email", install guides with `rm -rf build/`, articles about prompt injection quoting planted lines).
// About a quarter of the attacks and a third of the benign rows are in de/es/fr/it.
//
// Each text is scanned as the gateway scans a tool result: the shipped injection detector, stage
// `input`, ctx.channel `tool_result` (engine/pipeline.ts passes the same DetectInput; the detectors do
// not read the channel today, so the figure is the same as for any channel but `system`, whose default
// only lowers the action). Halves by train/dev-test.ts (halfOf); the test half is pinned by digest
// (indirect-fresh.test.ts). `guard eval --task indirect-fresh`.

import { createInjectionDetector } from '../detectors/injection/index.ts';
import type { Channel } from '../engine/channels.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { readHandwritten } from '../train/handwritten.ts';
import { halfRows } from './half-rows.ts';
import type { EvalRow } from './report.ts';

export const INDIRECT_FILE = 'indirect-fresh.jsonl';

export const INDIRECT_KINDS = [
  'email',
  'webpage',
  'search_snippet',
  'document',
  'json_api',
  'code',
  'calendar',
  'review',
  'chat_log',
  'csv',
  'tool_error',
] as const;
export const INDIRECT_GOALS = ['exfil', 'tool', 'answer', 'ignore', 'spread'] as const;

export interface IndirectItem {
  text: string;
  label: 0 | 1;
  lang: string;
  /** The container the text sits in (e-mail, web page, JSON response …). */
  kind: (typeof INDIRECT_KINDS)[number];
  /** Attacks only: what the planted instruction wants. */
  goal?: (typeof INDIRECT_GOALS)[number];
}

/** The items of indirect-fresh.jsonl in one half (both halves without `half`); the provenance line is skipped. */
export function indirectItems(half?: Half): IndirectItem[] {
  return (readHandwritten(INDIRECT_FILE) as unknown as IndirectItem[]).filter(
    (it) => typeof it.text === 'string' && (half === undefined || halfOf(it.text) === half),
  );
}

/** The channel the texts are scanned on: a tool / function result, as the gateway records it. */
export const INDIRECT_CHANNEL: Channel = 'tool_result';

/** Whether the shipped injection detector flags the text scanned as a tool result. */
export function toolResultFlags(): (text: string) => boolean {
  const det = createInjectionDetector();
  return (text) =>
    det.detect({ view: createTextView(text), stage: 'input', ctx: { channel: INDIRECT_CHANNEL } }).length > 0;
}

/** `guard eval --task indirect-fresh`: per half, benign flagged and attack recall, per language group, goal and kind. */
export function evalIndirectFresh(sample?: number): EvalRow[] {
  const byKind = INDIRECT_KINDS.map((k) => [` ${k}`, (it: IndirectItem) => it.kind === k] as const);
  return halfRows<IndirectItem>({
    name: 'indirect-fresh',
    items: indirectItems,
    flagged: toolResultFlags(),
    benign: [
      ['', () => true],
      [' en', (it) => it.lang === 'en'],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
      ...byKind,
    ],
    twins: [
      [' all', () => true],
      [' en', (it) => it.lang === 'en'],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
      ...INDIRECT_GOALS.map((g) => [` goal ${g}`, (it: IndirectItem) => it.goal === g] as const),
      ...byKind,
    ],
    sample,
  });
}
