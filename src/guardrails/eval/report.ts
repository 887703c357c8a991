// Evaluation rows and their rendering as Markdown or aligned text.

import { countsAt, rates } from './metrics.ts';

export interface EvalRow {
  task: string; // injection | harmful | pii | leak | …
  variant: string;
  dataset: string;
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
  recallAt1: number | null; // recall at 1% false-positive rate
  note?: string;
}

/** A benign-only dataset: only the false-positive rate is defined. */
export function benignRow(task: string, variant: string, dataset: string, n: number, fpr: number | null): EvalRow {
  return {
    task,
    variant,
    dataset: `${dataset} (benign)`,
    n,
    precision: null,
    recall: null,
    f1: null,
    fpr,
    recallAt1: null,
  };
}

/**
 * The shipped detector's two rows for one group of a fresh set: recall on its attacks and the flagged rate of its
 * benign texts (each a 0/1 flag per text; a row only when its side is not empty), named `<name>: <label>`.
 */
export function shippedRows(
  task: string,
  name: string,
  attacks: { label: string; flags: number[] },
  benign: { label: string; flags: number[] },
): EvalRow[] {
  const rows: EvalRow[] = [];
  if (attacks.flags.length > 0)
    rows.push({
      task,
      variant: 'shipped',
      dataset: `${name}: ${attacks.label}`,
      n: attacks.flags.length,
      ...rates(countsAt(attacks.flags, [], 1)),
      recallAt1: null,
    });
  if (benign.flags.length > 0)
    rows.push(
      benignRow(
        task,
        'shipped',
        `${name}: ${benign.label}`,
        benign.flags.length,
        rates(countsAt([], benign.flags, 1)).fpr,
      ),
    );
  return rows;
}

const COLUMNS = [
  'task',
  'variant',
  'dataset',
  'n',
  'precision',
  'recall',
  'F1',
  'FPR',
  'recall@1%FPR',
  'note',
] as const;

const fmt = (v: number | null): string => (v === null ? '–' : v.toFixed(3));

function cells(r: EvalRow): string[] {
  return [
    r.task,
    r.variant,
    r.dataset,
    String(r.n),
    fmt(r.precision),
    fmt(r.recall),
    fmt(r.f1),
    fmt(r.fpr),
    fmt(r.recallAt1),
    r.note ?? '',
  ];
}

export function toMarkdown(rows: readonly EvalRow[]): string {
  const lines = [
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map((c) => (c === 'task' || c === 'variant' || c === 'dataset' || c === 'note' ? '---' : '---:')).join('|')}|`,
  ];
  for (const r of rows) lines.push(`| ${cells(r).join(' | ')} |`);
  return lines.join('\n');
}

export function toText(rows: readonly EvalRow[]): string {
  const table = [COLUMNS.map(String), ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  return table
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
