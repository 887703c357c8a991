// Fusion weights chosen on data: a dense route that carries no meaning gets weight 0 (the held-out score is BM25's);
// one that knows the answers gets weight and beats BM25 on the held-out queries.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createRng } from '../../util/prng.ts';
import { tuneFusion } from './fusion-tune.ts';

const dir = mkdtempSync(join(tmpdir(), 'lintel-fusion-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// 40 documents on 40 topics; each query shares one rare word with its own document and two common words with a
// decoy, so BM25 often ranks the decoy first.
const topics = Array.from({ length: 40 }, (_, i) => `topic${i}`);
mkdirSync(join(dir, 'qrels'));
writeFileSync(
  join(dir, 'corpus.jsonl'),
  topics
    .flatMap((t, i) => [
      { _id: `d${i}`, title: '', text: `${t} report` },
      { _id: `x${i}`, title: '', text: `alpha${i} beta${i} ${t} summary alpha${i} beta${i}` },
    ])
    .map((d) => JSON.stringify(d))
    .join('\n'),
);
writeFileSync(
  join(dir, 'queries.jsonl'),
  topics.map((t, i) => JSON.stringify({ _id: `q${i}`, text: `${t} alpha${i} beta${i}` })).join('\n'),
);
writeFileSync(
  join(dir, 'qrels', 'test.tsv'),
  `query-id\tcorpus-id\tscore\n${topics.map((_, i) => `q${i}\td${i}\t1`).join('\n')}\n`,
);

// Queries BM25 answers perfectly (the topic word alone: the short document wins on length).
writeFileSync(join(dir, 'easy.jsonl'), topics.map((t, i) => JSON.stringify({ _id: `q${i}`, text: t })).join('\n'));

const files = {
  corpus: join(dir, 'corpus.jsonl'),
  queries: join(dir, 'queries.jsonl'),
  qrels: join(dir, 'qrels', 'test.tsv'),
};

test('a meaningless embedding gets no weight: the chosen fusion scores as BM25 on held-out queries', async () => {
  const rng = createRng(7);
  const rep = await tuneFusion({
    ...files,
    queries: join(dir, 'easy.jsonl'),
    splits: 3,
    tuneShare: 0.5,
    seed: 1,
    embed: async (texts) => texts.map(() => Array.from({ length: 8 }, () => rng() - 0.5)),
  });
  for (const s of rep.splits) {
    assert.equal(s.chosen.dense, 0, JSON.stringify(s));
    assert.equal(s.heldOut.chosen, s.heldOut.bm25);
  }
  assert.ok(rep.rrf.mean < rep.bm25.mean, 'equal-weight RRF with noise loses to BM25');
});

test('an informative embedding gets weight and beats BM25 on held-out queries', async () => {
  // The vector of a text is the one-hot of its topic number: documents and queries of a topic coincide.
  const vec = (text: string) => {
    const n = Number(/topic(\d+)/.exec(text)?.[1] ?? -1);
    const isDecoy = text.includes('summary');
    return Array.from({ length: 41 }, (_, j) => (j === n && !isDecoy ? 1 : j === 40 ? 0.1 : 0));
  };
  const rep = await tuneFusion({ ...files, splits: 3, tuneShare: 0.5, seed: 1, embed: async (t) => t.map(vec) });
  assert.ok(rep.bm25.mean < 0.9, `BM25 should be fooled by the decoys (${rep.bm25.mean})`);
  for (const s of rep.splits) assert.ok(s.chosen.dense > 0, JSON.stringify(s));
  assert.ok(rep.chosen.mean > rep.bm25.mean + 0.1, JSON.stringify(rep.chosen));
});
