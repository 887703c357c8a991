// The fresh harmful probe (train/harmful-probe-fresh.jsonl): harmful requests and their benign twins
// (same request shape, a legitimate object or purpose), written before the rules it measures were
// tuned and never tuned on. Prints recall on the harmful items and the false-positive rate on the
// twins, overall, English / other languages and per category, for the shipped detector (rules and
// classifier) and for the rules alone.
//   node --import tsx src/guardrails/eval/harmful-probe.ts [path/to/probe.jsonl]
// With a path, scores another set of the same shape (e.g. train/targeted-harm-fresh.jsonl).

import { readFileSync } from 'node:fs';
import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';

export interface ProbeItem {
  id: number;
  text: string;
  category: string;
  lang: string;
  label: 0 | 1;
}

/** The probe's items (the first line is its provenance note). */
export function readProbe(path?: string): ProbeItem[] {
  return readFileSync(path ?? new URL('../train/harmful-probe-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ProbeItem & { note?: string })
    .filter((o) => o.note === undefined);
}

interface Tally {
  pos: number;
  tp: number;
  neg: number;
  fp: number;
}

export function scoreProbe(items: readonly ProbeItem[], hit: (t: string) => boolean): Map<string, Tally> {
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
  for (const it of items) {
    const v = hit(it.text);
    add('all', it, v);
    add(it.lang === 'en' ? 'en' : 'de/es/fr/it/pt', it, v);
    add(`category ${it.category}`, it, v);
  }
  return out;
}

function main(): void {
  const items = readProbe(process.argv[2]);
  const variants = [
    { name: 'rules+classifier', det: createHarmfulDetector() },
    { name: 'rules only', det: createHarmfulDetector({ classifier: false }) },
  ];
  console.log('| variant | group | harmful n | recall | twins n | twin FPR |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const { name, det } of variants) {
    const hit = (t: string): boolean => det.detect({ view: createTextView(t), stage: 'input', ctx: {} }).length > 0;
    const s = scoreProbe(items, hit);
    const keys = [...s.keys()].sort((a, b) => (a.startsWith('category') ? 1 : 0) - (b.startsWith('category') ? 1 : 0));
    for (const k of keys) {
      const t = s.get(k) as Tally;
      const r = t.pos ? (t.tp / t.pos).toFixed(3) : '–';
      const f = t.neg ? (t.fp / t.neg).toFixed(3) : '–';
      console.log(`| ${name} | ${k} | ${t.pos} | ${r} | ${t.neg} | ${f} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
