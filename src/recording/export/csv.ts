// RFC 4180 CSV: CRLF line ends, a header row, fields holding a comma, quote, CR or LF quoted with quotes doubled.
// Timestamps as ISO 8601 UTC, JSON columns as JSON text, null as an empty field.
import type { ExportColumn } from './columns.ts';

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvHeader(columns: readonly ExportColumn[]): string {
  return `${columns.map((c) => csvField(c.name)).join(',')}\r\n`;
}

export function csvRow(columns: readonly ExportColumn[], values: Record<string, unknown>): string {
  return `${columns.map((c) => csvField(values[c.name])).join(',')}\r\n`;
}
