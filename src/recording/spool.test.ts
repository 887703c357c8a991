import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Spool, type SpoolEntry } from './spool.ts';
import { syntheticRecords } from './synthetic.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'lintel-spool-'));
  dirs.push(d);
  return d;
}

const opts = { start: Date.UTC(2025, 0, 1), spanMs: 60_000, total: 100 };
const entries = (from: number, to: number): SpoolEntry[] =>
  syntheticRecords(from, to, opts).map((record, i) =>
    i % 3 === 0 ? { record, bodies: { request: `body ${i}` }, at: 1000 + i } : { record, at: 1000 + i },
  );

test('appends are replayed oldest first, then removed', async () => {
  const spool = new Spool(await tempDir(), { maxFileBytes: 4096 });
  await spool.open();
  assert.ok(spool.isEmpty());
  const all = entries(0, 60);
  for (let i = 0; i < 60; i += 10) await spool.append(all.slice(i, i + 10));
  assert.equal(spool.pendingRecords, 60);
  assert.ok(spool.fileCount > 1, 'rotates past maxFileBytes');
  const back: SpoolEntry[] = [];
  for (let batch = await spool.takeOldest(); batch; batch = await spool.takeOldest()) {
    assert.equal(batch.done, 0);
    back.push(...batch.entries);
    await spool.remove(batch.path);
  }
  assert.deepEqual(back, all);
  assert.ok(spool.isEmpty());
  assert.equal(spool.pendingRecords, 0);
  await spool.close();
});

test('a reopened spool finds earlier files, skips a torn last line, and resumes a partial replay', async () => {
  const dir = await tempDir();
  const first = new Spool(dir);
  await first.open();
  await first.append(entries(0, 5));
  await first.close();
  const [name] = await readdir(dir);
  await appendFile(join(dir, name), '{"r":{"id":"torn-by-a-cra'); // crash mid-append

  const second = new Spool(dir);
  await second.open();
  assert.equal(second.pendingRecords, 5);
  const batch = await second.takeOldest();
  assert.ok(batch);
  assert.deepEqual(batch.entries, entries(0, 5));
  assert.equal(second.skippedLines, 1);
  second.markWritten(batch.path, 2);
  assert.equal(second.pendingRecords, 3);
  const again = await second.takeOldest();
  assert.equal(again?.done, 2, 'an interrupted replay resumes after what was written');
  await second.append(entries(5, 8)); // goes to a new, later file
  await second.remove(batch.path);
  assert.deepEqual((await second.takeOldest())?.entries, entries(5, 8));
  await second.close();
});

test('appendLate writes a file only a later open replays', async () => {
  const dir = await tempDir();
  const spool = new Spool(dir);
  await spool.open();
  spool.appendLate(entries(0, 2));
  spool.appendLate(entries(2, 3));
  assert.equal(spool.pendingRecords, 3);
  assert.equal(await spool.takeOldest(), null);
  await spool.close();
  const reopened = new Spool(dir);
  await reopened.open();
  assert.deepEqual((await reopened.takeOldest())?.entries, [...entries(0, 2), ...entries(2, 3)]);
});

test('concurrent appends keep call order and isEmpty covers appends in flight', async () => {
  const spool = new Spool(await tempDir());
  await spool.open();
  const all = entries(0, 40);
  const pending = [0, 10, 20, 30].map((i) => spool.append(all.slice(i, i + 10)));
  assert.equal(spool.isEmpty(), false);
  await Promise.all(pending);
  assert.deepEqual((await spool.takeOldest())?.entries, all);
});

test('spool files (appends and late records) and the directory are owner-only', async () => {
  const dir = join(await tempDir(), 'spool');
  const spool = new Spool(dir);
  await spool.open();
  await spool.append(entries(0, 2));
  spool.appendLate(entries(2, 3));
  await spool.close();
  const names = await readdir(dir);
  assert.equal(names.length, 2);
  for (const n of names) assert.equal(((await stat(join(dir, n))).mode & 0o777).toString(8), '600', n);
  assert.equal(((await stat(dir)).mode & 0o777).toString(8), '700');
});
