// Dense ERM through the real server: feedback on one query turns the judged chunk's key towards it (additive update,
// norm-bounded), so an unseen paraphrase ranks the chunk higher in dense search (sqlite-vec); a rollback to the
// previous key version restores the dense ranking exactly (ids and scores).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { mustCall } from '../../access/testing/client.ts';
import { ingestAndWait } from '../testing/fixtures.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';

let h: Harness;
const tmp = mkdtempSync(join(tmpdir(), 'lintel-dense-erm-'));
const docs: Record<string, string> = {
  'sleep.md': 'Adults who rest seven hours each night recover faster from exercise.',
  'party.md': 'Slumber party ideas: games and snacks that grown-ups enjoy at night.',
  'require.md': 'Licences require renewal; grown-ups must require receipts for every purchase.',
  'coffee.md': 'Coffee at night delays sleep onset for most adults.',
  'running.md': 'Running intervals three times a week improves endurance.',
  'garden.md': 'Tomatoes need six hours of direct sun and deep watering.',
};

before(async () => {
  h = await startHarness(
    (u) =>
      `${simProviders(u)}routes:\n  - model: embed-ngram\n    targets: [{ provider: sim, model: sim-embed-ngram }]\n`,
  );
  const dir = join(tmp, 'docs');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, name), text);
  await mustCall(h.url, 'POST', '/admin/retrieval/collections', h.key, {
    name: 'health',
    settings: { embeddingModel: 'embed-ngram', embedDimensions: 512 },
  });
  await ingestAndWait(h.url, h.key, 'health', dir);
});
after(async () => {
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

const dense = async (query: string) => {
  const r = await mustCall(h.url, 'POST', '/v1/retrieve', h.key, { collection: 'health', query, mode: 'dense', k: 6 });
  assert.equal(r.dense_search, 'sqlite-vec');
  return r.results as { id: string; doc_key: string; score: number }[];
};
const rankOf = (rs: { doc_key: string }[], doc: string) => rs.findIndex((r) => r.doc_key === doc);

test('feedback moves the chunk up for an unseen paraphrase; the update is norm-bounded; rollback restores exactly', async () => {
  const judged = 'how much nightly slumber do grown-ups require';
  const paraphrase = 'grown-ups: how much slumber is required nightly?';
  const beforeRanking = await dense(paraphrase);
  const beforeRank = rankOf(beforeRanking, 'sleep.md');
  assert.ok(beforeRank > 0, `sleep.md should not lead before feedback: ${JSON.stringify(beforeRanking)}`);

  for (let i = 0; i < 3; i++) {
    const fb = await mustCall(h.url, 'POST', '/v1/retrieve/feedback', h.key, {
      collection: 'health',
      query: judged,
      doc_key: 'sleep.md',
      relevance: 2,
    });
    assert.equal(fb.accepted, true);
    assert.equal(fb.dense, true);
    await mustCall(h.url, 'POST', '/admin/retrieval/collections/health/keys/commit', h.key, {});
  }
  const versions = await mustCall(h.url, 'GET', '/admin/retrieval/collections/health/keys', h.key);
  assert.equal(versions.data.at(-1).dense_keys, 1);

  const afterRanking = await dense(paraphrase);
  assert.ok(
    rankOf(afterRanking, 'sleep.md') < beforeRank,
    `before ${beforeRank}, after ${rankOf(afterRanking, 'sleep.md')}: ${JSON.stringify(afterRanking)}`,
  );
  const chunk = afterRanking.find((r) => r.doc_key === 'sleep.md')?.id as string;
  const ex = await mustCall(h.url, 'POST', '/admin/retrieval/collections/health/explain', h.key, {
    query: paraphrase,
    chunk,
  });
  // Three commits of 0.5 × the judged query's unit vector would add up to 1.5: the bound holds it at 0.5.
  assert.ok(Math.abs(ex.dense_key.update_norm - 0.5) < 1e-4, JSON.stringify(ex.dense_key));

  await mustCall(h.url, 'POST', '/admin/retrieval/collections/health/keys/rollback', h.key, { version: 0 });
  assert.deepEqual(await dense(paraphrase), beforeRanking);
});
