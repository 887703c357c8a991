// Rows of the fresh injection sets written as injections + benign twins (short-fresh, deepstyle-fresh,
// de-fresh): the shipped injection detector's recall on the injections and share of twins flagged, per
// half (test first, held out) and per group of items (all, a language, an attack shape with its twins).

import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createTextView } from '../normalize/view.ts';
import type { Half } from '../train/dev-test.ts';
import { flaggedRows } from './injection.ts';
import type { EvalRow } from './report.ts';

/** An item of such a set: 1 = injection, 0 = benign twin; `kind` names its shape. */
export interface TwinItem {
  text: string;
  label: 0 | 1;
  kind: string;
}

export type TwinGroup<T> = readonly [suffix: string, keep: (it: T) => boolean];

/** Whether the shipped injection detector (as in the default guard set) flags the text. */
export function shippedInjectionFlags(): (text: string) => boolean {
  const det = createInjectionDetector();
  return (text) => det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).length > 0;
}

/** One group per attack shape: the shape's injections with the twins of its benign kind. */
export function shapeGroups<T extends TwinItem>(shapes: readonly (readonly [string, string])[]): TwinGroup<T>[] {
  return shapes.map(([att, ben]): TwinGroup<T> => [` ${att}`, (it) => it.kind === att || it.kind === ben]);
}

/** `name [test, held out]<group>: injections` / `: benign twins` rows, then the dev half's. */
export function injectionTwinRows<T extends TwinItem>(
  name: string,
  itemsOf: (half: Half) => T[],
  groups: readonly TwinGroup<T>[],
  sample?: number,
): EvalRow[] {
  const flags = shippedInjectionFlags();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = itemsOf(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, hit: flags(it.text) ? 1 : 0 }));
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      const pos = sel.filter((x) => x.it.label === 1).map((x) => x.hit);
      const neg = sel.filter((x) => x.it.label === 0).map((x) => x.hit);
      const rowName = `${name} [${tag}]${suffix}`;
      rows.push(...flaggedRows('injection', 'shipped', `${rowName}: injections`, `${rowName}: benign twins`, pos, neg));
    }
  }
  return rows;
}
