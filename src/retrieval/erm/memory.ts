// Each document's bounded memory of scored expansion units. A unit's score is the sum of the marginal gains it
// earned for that document; when the memory is full a new unit replaces the weakest only if it scores higher.

export type UnitSource = 'query' | 'prf' | 'related_query' | 'rewrite';

export interface MemoryUnit {
  term: string;
  score: number;
  /** Feedback events that credited this unit. */
  hits: number;
  sources: UnitSource[];
  /** Query ids (or texts) that credited it, newest last, at most 5 (for explain). */
  from: string[];
}

export interface MemoryEviction {
  doc: string;
  evicted: string;
  by: string;
}

export class DocumentMemory {
  private readonly docs = new Map<string, Map<string, MemoryUnit>>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('memory capacity must be an integer ≥ 1');
  }

  /** Credits `gain` to a unit of `doc`; returns the eviction this caused, if any. */
  credit(doc: string, term: string, gain: number, source: UnitSource, from: string): MemoryEviction | null {
    let units = this.docs.get(doc);
    if (!units) {
      units = new Map();
      this.docs.set(doc, units);
    }
    const u = units.get(term);
    if (u) {
      u.score += gain;
      u.hits++;
      if (!u.sources.includes(source)) u.sources.push(source);
      u.from = [...u.from.filter((f) => f !== from), from].slice(-5);
      return null;
    }
    let eviction: MemoryEviction | null = null;
    if (units.size >= this.capacity) {
      let weakest: MemoryUnit | null = null;
      for (const x of units.values()) if (!weakest || x.score < weakest.score) weakest = x;
      // Weaker than everything remembered: the new unit is not kept.
      if (!weakest || weakest.score >= gain) return null;
      units.delete(weakest.term);
      eviction = { doc, evicted: weakest.term, by: term };
    }
    units.set(term, { term, score: gain, hits: 1, sources: [source], from: [from] });
    return eviction;
  }

  units(doc: string): MemoryUnit[] {
    return [...(this.docs.get(doc)?.values() ?? [])].sort((a, b) => b.score - a.score);
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** Total unit score (the saturation signal compares it between batches). */
  mass(): number {
    let m = 0;
    for (const units of this.docs.values()) for (const u of units.values()) m += u.score;
    return m;
  }

  toJSON(): Record<string, MemoryUnit[]> {
    return Object.fromEntries([...this.docs.keys()].map((d) => [d, this.units(d)]));
  }

  static fromJSON(capacity: number, data: Record<string, MemoryUnit[]>): DocumentMemory {
    const m = new DocumentMemory(capacity);
    for (const [doc, units] of Object.entries(data)) m.docs.set(doc, new Map(units.map((u) => [u.term, { ...u }])));
    return m;
  }

  clear(): void {
    this.docs.clear();
  }
}
