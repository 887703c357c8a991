// Dev/test halves of the jailbreak-in-the-wild source (jailbreak-llms-inthewild, Shen et al. 2023;
// loaded by train/datasets.ts): the public jailbreakchat-style templates (DAN-likes, developer mode,
// evil confidants, "hypothetical response", persona + rule-lifting) closest to the hidden benchmark of
// issue 15. Halves by train/dev-test.ts (halfOf); whoever tunes the detector reads the dev half only,
// the test half is measured, never read (its size and digest are pinned in jitw-halves.test.ts).
// Two views: the shipped detector, and its rules only (no classifier). The shipped classifier is
// trained on this source, so its figure here is in-sample; the held-out figure for the classifier is
// the leave-one-source-out row (`guard eval --by-source --concept injection`). The rules are written
// by hand, so their test-half figure is held out. `guard eval --task jitw-halves`.

import { createInjectionDetector, type InjectionOptions } from '../detectors/injection/index.ts';
import { createTextView } from '../normalize/view.ts';
import { loadInjectionData } from '../train/datasets.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { flaggedRows } from './injection.ts';
import type { EvalRow } from './report.ts';

export const JITW_SOURCE = 'jailbreak-inthewild';

/** The source's attack texts in one half (both without `half`), deduplicated, in file order. */
export function jitwItems(dataDir: string, half?: Half): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const it of loadInjectionData(dataDir)) {
    if (it.source !== JITW_SOURCE || it.label !== 1 || !it.text.trim() || seen.has(it.text)) continue;
    seen.add(it.text);
    if (half === undefined || halfOf(it.text) === half) out.push(it.text);
  }
  return out;
}

/** Whether the injection detector with these options flags the text. */
export function jitwFlags(opts: InjectionOptions = {}): (text: string) => boolean {
  const det = createInjectionDetector(opts);
  return (text) => det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).length > 0;
}

/** The two detectors a halves eval scores: as shipped, and its rules alone (held out on a test half). */
export const HALF_VIEWS: [string, InjectionOptions][] = [
  ['shipped', {}],
  ['rules only', { classifier: false }],
];

/** A halves row's tag: the classifier was trained on the whole source, so only rules are held out on its test half. */
export function halfTag(half: Half, variant: string): string {
  if (half === 'dev') return 'dev, read';
  return variant === 'shipped' ? 'test, unread; classifier in-sample' : 'test, held out';
}

/** Recall of the shipped detector and of its rules only, on the test and the dev half. */
export function evalJitwHalves(o: { dataDir: string; sample?: number }): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const [variant, opts] of HALF_VIEWS) {
    const flags = jitwFlags(opts);
    for (const half of ['test', 'dev'] as const) {
      const tag = halfTag(half, variant);
      const pos = jitwItems(o.dataDir, half)
        .slice(0, o.sample)
        .map((t) => (flags(t) ? 1 : 0));
      const name = `jitw-halves [${tag}]`;
      rows.push(...flaggedRows('injection', variant, `${name}: jailbreaks`, `${name}: (none)`, pos, []).slice(0, 1));
    }
  }
  return rows;
}
