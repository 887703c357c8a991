// Hybrid fusion of ranked lists. RRF (Σ 1/(k + rank), k = 60 by default) needs no score calibration; weighted
// fusion min-max normalises each list first, never adding raw BM25 and cosine scores.

export interface Ranked {
  id: string;
  score: number;
}

export function rrf(lists: Ranked[][], k = 60, weights?: number[]): Ranked[] {
  if (!(k > 0)) throw new RangeError('rrf k must be > 0');
  const acc = new Map<string, number>();
  lists.forEach((list, li) => {
    const w = weights?.[li] ?? 1;
    list.forEach((r, i) => {
      acc.set(r.id, (acc.get(r.id) ?? 0) + w / (k + i + 1));
    });
  });
  return sortRanked([...acc].map(([id, score]) => ({ id, score })));
}

export function weightedFusion(lists: Ranked[][], weights: number[]): Ranked[] {
  if (weights.length !== lists.length || weights.some((w) => !(w >= 0)))
    throw new RangeError('one weight ≥ 0 per list');
  const acc = new Map<string, number>();
  lists.forEach((list, li) => {
    if (list.length === 0) return;
    const max = Math.max(...list.map((r) => r.score));
    const min = Math.min(...list.map((r) => r.score));
    const span = max - min || 1;
    for (const r of list) acc.set(r.id, (acc.get(r.id) ?? 0) + (weights[li] as number) * ((r.score - min) / span));
  });
  return sortRanked([...acc].map(([id, score]) => ({ id, score })));
}

function sortRanked(r: Ranked[]): Ranked[] {
  return r.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
