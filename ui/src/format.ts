// Numbers with units and thousands separators; times in the viewer's zone (UTC in the title on hover).
const int = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export const fmtInt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : int.format(n));
export const fmtMs = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : `${int.format(Math.round(n))} ms`;
export const fmtPct = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : `${dec.format(n * 100)} %`;
export function fmtUsd(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  const digits = Math.abs(n) < 1 ? 4 : 2;
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: digits }).format(
    n,
  );
}
export const fmtTokens = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : `${int.format(n)} tok`;

export function fmtTime(t: number | string | null | undefined): { text: string; utc: string } {
  if (t === null || t === undefined) return { text: '—', utc: '' };
  const d = new Date(t);
  return { text: d.toLocaleString(), utc: d.toISOString() };
}

export const RANGES: Record<string, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

export function rangeBounds(range: string | undefined): { from: number; to: number } {
  const span = RANGES[range ?? '24h'] ?? RANGES['24h'];
  // Rounded to the second so query keys stay stable between renders.
  const to = Math.ceil(Date.now() / 1000) * 1000 + 1000;
  return { from: to - span, to };
}
