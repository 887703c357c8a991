// The in-process float32 scan (search/f32-scan.ts) against sqlite-vec over SciFact: the simulator's embeddings of
// every chunk text and every train claim (embed-sim's random unit vectors and embed-ngram's hashed trigrams, which
// have ties), one vector per abstract (5,183), rows normalised as the loaded collection normalises them; ids, scores
// (bit for bit) and order, ties included, must be equal at k 10, 100 and 1,000. Prints each engine's CPU per query.
// Usage: node --import tsx bench/dense-equal.ts [--dims 16]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DenseIndex } from '../src/retrieval/search/dense.ts';
import { F32ScanIndex } from '../src/retrieval/search/f32-scan.ts';
import { openVecDatabase, SqliteVecIndex } from '../src/retrieval/search/sqlite-vec.ts';
import { openaiEmbeddings } from '../src/simulator/openai.ts';
import { scifactDir } from './retrieval.ts';

const { values } = parseArgs({ options: { dims: { type: 'string', default: '16' } } });
const dims = Number(values.dims);
const dir = scifactDir();
if (!dir) throw new Error('SciFact not found (../shared/data/retrieval/scifact)');
const texts = readFileSync(join(dir, 'corpus.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const d = JSON.parse(l) as { title: string; text: string };
    return `${d.title}\n${d.text}`;
  });
const claims = readFileSync(join(dir, 'queries.train.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

function embed(model: string, input: string[]): number[][] {
  const plan = openaiEmbeddings({ model, input, dimensions: dims }) as { body: string };
  return (JSON.parse(plan.body) as { data: { embedding: number[] }[] }).data.map((d) => d.embedding);
}

function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

for (const model of ['text-embedding-3-small', 'sim-embed-ngram']) {
  const vectors = embed(model, texts);
  const queries = embed(model, claims);
  const exact = new DenseIndex(vectors.map((v, i) => ({ id: `c${i}`, vector: v })));
  const rows = vectors.map((v, i) => ({ id: `c${i}`, vector: exact.vector(`c${i}`) ?? v }));
  const opened = openVecDatabase();
  if (!('db' in opened)) throw new Error(opened.error);
  const vec = new SqliteVecIndex(opened.db, rows);
  const scan = new F32ScanIndex(rows);
  let compared = 0;
  for (const k of [10, 100, 1000])
    for (const [i, q] of queries.entries()) {
      if (JSON.stringify(scan.search(q, k)) !== JSON.stringify(vec.search(q, k)))
        throw new Error(`${model}: claim ${i} differs at k ${k}`);
      compared++;
    }
  const times: Record<string, number> = {};
  for (const [name, engine] of [
    ['sqlite-vec', vec],
    ['in-process', scan],
  ] as const) {
    for (const q of queries) engine.search(q, 100); // warm-up
    times[name] =
      cpuMs(() => {
        for (let r = 0; r < 3; r++) for (const q of queries) engine.search(q, 100);
      }) /
      (3 * queries.length);
  }
  console.log(
    `${model}, ${dims} dims, ${rows.length} vectors: ${compared} queries equal ` +
      `(ids, scores, order; claims × k 10/100/1000); ` +
      `CPU per k-100 query: sqlite-vec ${times['sqlite-vec']?.toFixed(3)} ms, in-process ${times['in-process']?.toFixed(3)} ms`,
  );
  vec.close();
}
