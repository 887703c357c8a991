// `lintel retrieval eval --erm --modes …` through a real node (simulator trigram embeddings, sqlite-vec): dense ERM
// lifts held-out queries whose document got feedback from a paraphrase, each split starts from key version 0, the
// requested fusion reaches the live evaluation, and the run's collection is gone afterwards.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { mustCall } from '../../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';
import { createRng } from '../../util/prng.ts';
import type { ServedErmReport } from './erm-served.ts';
import { cliArgv } from '../../testing/cli-argv.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lintel-erm-served-'));
let h: Harness;

// Made-up words (5–8 letters), so documents and queries share exactly the words chosen below.
const rng = createRng(11);
const word = () =>
  Array.from({ length: 5 + Math.floor(rng() * 4) }, () => String.fromCharCode(97 + Math.floor(rng() * 26))).join('');
const words = (n: number) => Array.from({ length: n }, word);

// Topic i: its document shares one word with each of two paraphrased queries, which share four words with each
// other; a decoy document shares two of those four, so both searches rank the decoy first before any feedback.
const TOPICS = 8;
const docs: { _id: string; title: string; text: string }[] = [];
const queries: { _id: string; text: string }[] = [];
const qrels: string[] = [];
for (let i = 0; i < TOPICS; i++) {
  const own = words(6);
  const shared = words(4);
  docs.push({ _id: `t${i}`, title: '', text: own.join(' ') });
  docs.push({ _id: `x${i}`, title: '', text: [shared[0], shared[1], ...words(4)].join(' ') });
  for (const [j, w] of [own[0], own[1]].entries()) {
    queries.push({ _id: `q${i}${j}`, text: [...shared, w].join(' ') });
    qrels.push(`q${i}${j}\tt${i}\t1`);
  }
}

before(async () => {
  h = await startHarness(
    (u) =>
      `${simProviders(u)}routes:\n  - model: embed-ngram\n    targets: [{ provider: sim, model: sim-embed-ngram }]\n`,
  );
  mkdirSync(join(dir, 'qrels'));
  writeFileSync(join(dir, 'corpus.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
  writeFileSync(join(dir, 'queries.jsonl'), queries.map((q) => JSON.stringify(q)).join('\n'));
  writeFileSync(join(dir, 'qrels', 'test.tsv'), `query-id\tcorpus-id\tscore\n${qrels.join('\n')}\n`);
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  run(
    process.execPath,
    [
      ...cliArgv(),
      'retrieval',
      '--url',
      h.url,
      '--admin-key',
      h.key,
      'eval',
      '--corpus',
      join(dir, 'corpus.jsonl'),
      '--queries',
      join(dir, 'queries.jsonl'),
      '--qrels',
      join(dir, 'qrels', 'test.tsv'),
      ...args,
    ],
    { encoding: 'utf8' },
  );

test('dense ERM through the node: held-out paraphrases of judged queries rise; keys reset per split', async () => {
  const { stdout } = await cli(
    '--erm',
    '--splits',
    '2',
    '--seed',
    '3',
    '--modes',
    'dense,hybrid:weighted:0:1,lexical',
    '--embed-model',
    'embed-ngram',
    '--dimensions',
    '256',
    '--json',
  );
  const rep = JSON.parse(stdout) as ServedErmReport;
  assert.equal(rep.splits.length, 2);
  assert.equal(rep.queries, TOPICS * 2);
  for (const sp of rep.splits) {
    assert.equal(sp.feedback.accepted, sp.evolve, JSON.stringify(sp.feedback));
    assert.equal(sp.feedback.dense, sp.evolve, 'every judged query vector reached a dense key');
    const dense = sp.modes.dense;
    assert.ok(dense, JSON.stringify(sp));
    // Each split is scored from the ingested keys (the previous split's were rolled back) and after a commit.
    for (const m of Object.values(sp.modes)) {
      assert.equal(m.keyVersions.before, 0);
      assert.ok(m.keyVersions.after > 0);
    }
    assert.ok(dense.touched.queries > 0, JSON.stringify(sp));
    assert.ok(
      dense.touched.after > dense.touched.before + 0.2,
      `paraphrases of judged queries: ${JSON.stringify(dense.touched)}`,
    );
    // Weighted fusion with all weight on the dense list ranks as dense search does: the fusion reached the eval.
    assert.deepEqual(
      [sp.modes['hybrid:weighted:0:1']?.before, sp.modes['hybrid:weighted:0:1']?.after],
      [dense.before, dense.after],
    );
  }
  assert.ok((rep.modes.dense?.delta.mean ?? 0) > 0.1, JSON.stringify(rep.modes.dense));
  const left = await mustCall(h.url, 'GET', '/admin/retrieval/collections', h.key);
  assert.ok(!left.data.some((c: { name: string }) => c.name === 'erm-eval'), 'the run deletes its collection');
});

test('--modes refuses what it cannot evaluate', async () => {
  await assert.rejects(cli('--erm', '--modes', 'hybrid:cosine', '--embed-model', 'embed-ngram'), (err: Error) => {
    assert.match((err as Error & { stderr: string }).stderr, /"hybrid:cosine" is not lexical, dense, hybrid/);
    return true;
  });
  await assert.rejects(cli('--modes', 'dense', '--embed-model', 'embed-ngram'), /add --erm/);
});
