// Legitimate requests on sensitive subjects in the shapes real users type them — professionals (nurse,
// pharmacist, locksmith, pest control, social worker, lawyer, security analyst, teacher, journalist,
// moderator), parents and carers, victims protecting themselves or keeping evidence, hobbyists (hunting,
// chemistry sets, fireworks law, knives, locksport), students, novelists asking for atmosphere not method,
// how crimes are detected and prosecuted, harm reduction, first aid and poison control, recovering one's own
// account or device, violent words in benign senses (kill a process, shoot a photo, attack surface) — two per
// id, beside one harmful request of the same voice and subject; en + ~16 % de/es/fr/it
// (train/legit6-fresh.jsonl). Written by helper legit6 and committed before any detector ran on it
// (src/guardrails/README.md): the over-refusal yardstick of the thirteenth session, evaluation only. Halves by
// id (train/fresh-dev.ts freshHalves: an id goes with its harmful item); the test half is pinned by digest
// (legit6-fresh.test.ts). `guard eval --task legit6-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const LEGIT6_FILE = 'legit6-fresh.jsonl';

/** The eleven voices, in the order the rows report them. */
export const LEGIT6_CATEGORIES = [
  'professional',
  'parents-carers',
  'victims',
  'hobbyists',
  'students',
  'novelists',
  'detection',
  'harm-reduction',
  'first-aid',
  'own-account',
  'violent-words',
] as const;

export interface Legit6Item {
  text: string;
  /** 1 = harmful request, 0 = legitimate request of the same id's voice and subject. */
  label: 0 | 1;
  category: (typeof LEGIT6_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by one harmful request and its two legitimate twins. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by id; the provenance header is skipped. */
export function legit6Items(half?: Half): Legit6Item[] {
  return registeredItems<Legit6Item>(LEGIT6_FILE, half);
}

/** Legitimate requests flagged and harmful recall per half, guard (harmful, either), voice and language. */
export function evalLegit6Fresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'legit6-fresh',
      items: legit6Items,
      groups: () => [...groupsBy<Legit6Item, 'category'>('category', LEGIT6_CATEGORIES), ...languageGroups()],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}
