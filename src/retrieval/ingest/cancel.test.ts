// Cancelling an ingestion run mid-way through the admin API (via `lintel retrieval cancel`): the run stops, every
// document in the index is whole (its chunks, each with its embedding), and a re-run completes the collection exactly.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { mustCall } from '../../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';
import { RetrievalStore } from '../store.ts';
import { cliArgv } from '../../testing/cli-argv.ts';

const FILES = 120;
let h: Harness;
const tmp = mkdtempSync(join(tmpdir(), 'lintel-cancel-'));
const src = join(tmp, 'src');

before(async () => {
  h = await startHarness(
    (u) =>
      `${simProviders(u)}routes:\n  - model: embed\n    targets: [{ provider: sim, model: text-embedding-3-small }]\n`,
  );
  mkdirSync(src);
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(src, `n${String(i).padStart(3, '0')}.md`),
      `# Note ${i}\n\nUnique marker${i} about item ${i}.\n`,
    );
  mkdirSync(join(tmp, 'small'));
  writeFileSync(join(tmp, 'small', 'one.md'), 'A single note.');
  for (const name of ['notes', 'other'])
    await mustCall(h.url, 'POST', '/admin/retrieval/collections', h.key, {
      name,
      settings: { embeddingModel: 'embed', embedBatch: 8 },
    });
});
after(async () => {
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

const job = (id: string) => mustCall(h.url, 'GET', `/admin/retrieval/jobs/${id}`, h.key);
async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await f();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}
const ingest = async (name: string, path: string) =>
  (
    await mustCall(h.url, 'POST', `/admin/retrieval/collections/${name}/ingest`, h.key, {
      sources: [{ kind: 'files', path }],
    })
  ).job as string;

test('cancel mid-run: no half-written document, and a re-run completes', async () => {
  // Every embeddings call takes 40 ms: the run lasts seconds, so it is cancelled well before the end.
  h.sim.setBehavior('text-embedding-3-small', { latencyMs: 40 });
  const id = await ingest('notes', src);
  await until(
    () => job(id),
    (j) => j.state === 'active' && (j.progress?.done ?? 0) >= 10,
  );
  // Mid-run: hold the embedding answers until the cancel is in, so the run cannot finish first however long the
  // CLI takes to start on a loaded machine (it did: the CLI's cancel arrived after the run completed).
  const release = h.sim.hold();
  // The CLI runs in its own process (asynchronously: the node under test shares this event loop).
  const cli = await promisify(execFile)(process.execPath, [
    ...cliArgv(),
    'retrieval',
    '--url',
    h.url,
    '--admin-key',
    h.key,
    'cancel',
    id,
  ]);
  assert.deepEqual(JSON.parse(cli.stdout), { cancelled: true });
  assert.equal((await job(id)).state, 'cancelled');
  // Runs share one slot of the ingestion queue: once another run has completed, the cancelled one has stopped.
  h.sim.setBehavior('text-embedding-3-small', undefined);
  release();
  const other = await ingest('other', join(tmp, 'small'));
  assert.equal(
    (
      await until(
        () => job(other),
        (j) => ['completed', 'dead', 'cancelled'].includes(j.state),
      )
    ).state,
    'completed',
  );

  const store = new RetrievalStore(h.lintel.database);
  const c = await mustCall(h.url, 'GET', '/admin/retrieval/collections/notes', h.key);
  const docs = await store.documents(c.id);
  const chunks = await store.chunks(c.id);
  assert.ok(docs.length > 0 && docs.length < FILES, `documents after the cancel: ${docs.length}`);
  const keys = new Set(docs.map((d) => d.docKey));
  assert.equal(chunks.length, docs.length, 'one chunk per written document');
  for (const ch of chunks) {
    assert.ok(keys.has(ch.docKey), `chunk ${ch.id} without its document`);
    assert.equal(ch.embedding?.length, 16, `chunk ${ch.id} without its embedding`);
  }
  assert.equal(c.index_versions.length, 0, 'a cancelled run publishes no index version');

  const rerun = await ingest('notes', src);
  const done = await until(
    () => job(rerun),
    (j) => ['completed', 'dead', 'cancelled'].includes(j.state),
  );
  assert.equal(done.state, 'completed', JSON.stringify(done));
  assert.equal(done.result.unchanged, docs.length);
  assert.equal(done.result.added, FILES - docs.length);
  const all = await store.chunks(c.id);
  assert.equal(all.length, FILES);
  assert.equal(new Set(all.map((x) => x.docKey)).size, FILES);
  assert.ok(all.every((x) => x.embedding?.length === 16));
});
