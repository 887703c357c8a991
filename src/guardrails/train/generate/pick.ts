// Deterministic template filling for Lintel's generated prompt sets: every slot is drawn from its
// list with a seeded PRNG, duplicates are skipped, so the same seed always writes the same file.

import { createRng, type Rng } from '../../../util/prng.ts';

export type Slots = Record<string, readonly string[]>;

export interface Template {
  lang: string;
  text: string; // "{slot}" placeholders
}

const pickOne = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** Fills `{name}` placeholders from `slots` (a slot missing from `slots` is a programming error). */
export function fill(rng: Rng, template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const xs = slots[name];
    if (!xs) throw new Error(`template slot {${name}} has no values`);
    return pickOne(rng, xs);
  });
}

export interface Generated {
  text: string;
  lang: string;
  family: string;
}

/**
 * `n` distinct prompts: templates are cycled in order (so every template is used about equally) and
 * filled at random; slots may be per-language (`slotsByLang[lang]` overrides `slots`).
 */
export function generate(
  family: string,
  n: number,
  seed: number,
  templates: readonly Template[],
  slots: Slots,
  slotsByLang: Record<string, Slots> = {},
): Generated[] {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const out: Generated[] = [];
  for (let i = 0, misses = 0; out.length < n && misses < n * 50; i++) {
    const t = templates[i % templates.length];
    const raw = fill(rng, t.text, { ...slots, ...(slotsByLang[t.lang] ?? {}) })
      .replace(/\s+/g, ' ')
      .replace(/ ([.,])/g, '$1')
      .trim();
    const text = raw[0].toUpperCase() + raw.slice(1);
    const key = text.toLowerCase();
    if (seen.has(key)) {
      misses++;
      continue;
    }
    seen.add(key);
    out.push({ text, lang: t.lang, family });
  }
  if (out.length < n) throw new Error(`${family}: only ${out.length} distinct prompts of ${n}`);
  return out;
}
