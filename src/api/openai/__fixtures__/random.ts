// Seeded randomness for property tests: the same seed gives the same cases on every run.
export interface Rng {
  int(maxExclusive: number): number;
  bool(): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough to vary test cases. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (max) => Math.floor(next() * max),
    bool: () => next() < 0.5,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

const WORDS = ['Paris', 'weather', 'é', '数据', '"quoted"', 'line\nbreak', 'tab\t', 'emoji 🚲', 'plain', '{json}'];

export function sentence(r: Rng): string {
  return Array.from({ length: 1 + r.int(5) }, () => r.pick(WORDS)).join(' ');
}

export function toolArgs(r: Rng): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (let i = r.int(3); i > 0; i--)
    args[`k${r.int(100)}`] = r.pick([sentence(r), r.int(1000), r.bool(), [1, 'two'], { nested: null }]);
  return args;
}
