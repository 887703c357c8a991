// The fixed dev/test split of the Presidio texts. Heuristics for person names and addresses are
// tuned by reading dev-half misses only; the test half is the held-out figure. Whole templates go to
// one side (texts of one template differ only in the filled-in values), chosen by a hash of the
// template id so the split never changes when the detector does.

import type { PiiText } from '../train/datasets.ts';

export type PresidioHalf = 'dev' | 'test';

/** FNV-1a, 32 bit: stable across runs and platforms. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The half a text belongs to: by its template when known, else by the text itself. */
export function presidioHalf(t: Pick<PiiText, 'text' | 'template'>): PresidioHalf {
  const key = t.template === undefined ? `text:${t.text}` : `template:${t.template}`;
  return fnv1a(key) % 2 === 0 ? 'dev' : 'test';
}
