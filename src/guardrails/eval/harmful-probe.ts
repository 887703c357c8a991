// The fresh harmful probe (train/harmful-probe-fresh.jsonl): harmful requests and their benign twins
// (same request shape, a legitimate object or purpose), written before the rules it measures were
// tuned and never tuned on. Prints recall on the harmful items and the false-positive rate on the
// twins, overall, English / other languages and per category, for the shipped detector (rules and
// classifier) and for the rules alone.
//   node --import tsx src/guardrails/eval/harmful-probe.ts [path/to/probe.jsonl]
// With a path, scores another set of the same shape (e.g. train/targeted-harm-fresh.jsonl).
//   … harmful-probe.ts path --halves [--misses]
// With --halves, groups by the pair's dev/test half (probeHalves) and prints per-category rows for the
// dev half only; --misses lists the dev half's misses and false positives (never the test half's).

import { readFileSync } from 'node:fs';
import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';

export interface ProbeItem {
  id: number;
  text: string;
  category: string;
  lang: string;
  label: 0 | 1;
}

/** The probe's items (the first line is its provenance header, `note` or `provenance`, without a text). */
export function readProbe(path?: string): ProbeItem[] {
  return readFileSync(path ?? new URL('../train/harmful-probe-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<ProbeItem>)
    .filter((o): o is ProbeItem => typeof o.text === 'string');
}

/** The half of every item: a pair (shared id) goes with the half of its harmful item's text. */
export function probeHalves(items: readonly ProbeItem[]): Half[] {
  const byId = new Map<number, Half>();
  for (const it of items) if (it.label === 1) byId.set(it.id, halfOf(it.text));
  return items.map((it) => byId.get(it.id) ?? halfOf(it.text));
}

/** The items of one half. */
export function probeHalf(items: readonly ProbeItem[], half: Half): ProbeItem[] {
  const h = probeHalves(items);
  return items.filter((_, i) => h[i] === half);
}

interface Tally {
  pos: number;
  tp: number;
  neg: number;
  fp: number;
}

export function scoreProbe(
  items: readonly ProbeItem[],
  hit: (t: string) => boolean,
  halves?: readonly Half[],
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const add = (key: string, it: ProbeItem, v: boolean): void => {
    const t = out.get(key) ?? { pos: 0, tp: 0, neg: 0, fp: 0 };
    if (it.label === 1) {
      t.pos++;
      if (v) t.tp++;
    } else {
      t.neg++;
      if (v) t.fp++;
    }
    out.set(key, t);
  };
  for (const [i, it] of items.entries()) {
    const v = hit(it.text);
    const h = halves ? `${halves[i]} ` : '';
    add(`${h}all`, it, v);
    add(`${h}${it.lang === 'en' ? 'en' : 'de/es/fr/it/pt'}`, it, v);
    // Per category: the dev half only when split (the test half gives its totals, nothing to tune on).
    if (!halves || halves[i] === 'dev') add(`${h}category ${it.category}`, it, v);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  const items = readProbe(path);
  const halves = args.includes('--halves') ? probeHalves(items) : undefined;
  const variants = [
    { name: 'rules+classifier', det: createHarmfulDetector() },
    { name: 'rules only', det: createHarmfulDetector({ classifier: false }) },
  ];
  console.log('| variant | group | harmful n | recall | twins n | twin FPR |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const { name, det } of variants) {
    const hit = (t: string): boolean => det.detect({ view: createTextView(t), stage: 'input', ctx: {} }).length > 0;
    const s = scoreProbe(items, hit, halves);
    const rank = (k: string): number => (k.includes('category') ? 2 : 0) + (k.startsWith('test') ? 1 : 0);
    const keys = [...s.keys()].sort((a, b) => rank(a) - rank(b));
    for (const k of keys) {
      const t = s.get(k) as Tally;
      const r = t.pos ? (t.tp / t.pos).toFixed(3) : '–';
      const f = t.neg ? (t.fp / t.neg).toFixed(3) : '–';
      console.log(`| ${name} | ${k} | ${t.pos} | ${r} | ${t.neg} | ${f} |`);
    }
    if (halves && args.includes('--misses') && name === 'rules+classifier') {
      for (const [i, it] of items.entries()) {
        if (halves[i] !== 'dev') continue;
        const v = hit(it.text);
        if (v !== (it.label === 1))
          console.error(`${it.label === 1 ? 'MISS' : 'FP  '} ${it.category} ${it.lang}: ${it.text}`);
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
