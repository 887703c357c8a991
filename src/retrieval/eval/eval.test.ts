// Metrics against hand-computed values, and `lintel retrieval eval` end to end on a small BEIR-layout set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { mrrAt, ndcgAt, recallAt } from './metrics.ts';
import { runEval } from './run.ts';
import { cliArgv } from '../../testing/cli-argv.ts';

test('nDCG@10, recall@100 and MRR@10 match hand-computed values', () => {
  const rels = new Map([
    ['a', 1],
    ['b', 2],
  ]);
  // DCG = 1/log2(3) (a at rank 2) + 2/log2(4) (b at rank 3) = 0.63093 + 1; IDCG = 2/1 + 1/log2(3) = 2.63093
  assert.ok(Math.abs(ndcgAt(['x', 'a', 'b'], rels, 10) - 1.63093 / 2.63093) < 1e-5);
  assert.equal(recallAt(['x', 'a'], rels, 100), 0.5);
  assert.equal(mrrAt(['x', 'y', 'b'], rels, 10), 1 / 3);
  assert.equal(mrrAt(['x'], rels, 10), 0);
});

test('lintel retrieval eval on a BEIR layout: metrics, per-query lines, the ERM protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-beir-'));
  try {
    mkdirSync(join(dir, 'qrels'));
    const docs = [
      { _id: 'd1', title: 'Volcanoes', text: 'Magma erupts as lava from volcanoes.' },
      { _id: 'd2', title: 'Glaciers', text: 'Glaciers carve valleys over millennia.' },
      { _id: 'd3', title: 'Tides', text: 'The moon pulls the oceans, making tides.' },
    ];
    writeFileSync(join(dir, 'corpus.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
    writeFileSync(
      join(dir, 'queries.jsonl'),
      [
        { _id: 'q1', text: 'lava and magma' },
        { _id: 'q2', text: 'what carves valleys' },
        { _id: 'q3', text: 'unjudged query' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    writeFileSync(join(dir, 'qrels', 'test.tsv'), 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td3\t1\n');
    const paths = {
      corpus: join(dir, 'corpus.jsonl'),
      queries: join(dir, 'queries.jsonl'),
      qrels: join(dir, 'qrels', 'test.tsv'),
    };
    const rep = runEval({ ...paths, bm25: { k1: 0.9, b: 0.4 }, erm: { splits: 2, evolveFraction: 0.5, seed: 3 } });
    assert.equal(rep.queries, 2, 'only judged queries count');
    // q1 finds d1 first (nDCG 1); q2's judged document d3 does not match at all (0).
    assert.deepEqual(
      rep.perQuery.map((q) => [q.query, q.ndcg10]),
      [
        ['q1', 1],
        ['q2', 0],
      ],
    );
    assert.equal(rep.metrics.ndcg10, 0.5);
    assert.equal(rep.erm?.splits.length, 2);

    const cli = spawnSync(
      process.execPath,
      [
        ...cliArgv(),
        'retrieval',
        'eval',
        '--corpus',
        paths.corpus,
        '--queries',
        paths.queries,
        '--qrels',
        paths.qrels,
        '--per-query',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /^q1\tndcg@10=1\.0000/m);
    assert.match(cli.stdout, /nDCG@10 0\.5000 {2}recall@100 0\.5000 {2}MRR@10 0\.5000/);
    const bad = spawnSync(
      process.execPath,
      [
        ...cliArgv(),
        'retrieval',
        'eval',
        '--corpus',
        paths.corpus,
        '--queries',
        paths.queries,
        '--qrels',
        paths.qrels,
        '--b',
        '2',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--b in \[0, 1\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
