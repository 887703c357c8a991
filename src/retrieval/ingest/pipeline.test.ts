// The ingestion pipeline against a real store, on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import {
  type Database,
  openDatabase,
  runMigrations,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../../storage/database.ts';
import { retrievalMigrations } from '../migrations.ts';
import { RetrievalService } from '../service.ts';
import { RetrievalStore } from '../store.ts';
import { writeEveryFormat } from '../testing/fixtures.ts';
import { DEFAULT_URL_POLICY } from './url-guard.ts';

const EVERY_FORMAT_KEYS = [
  'guide.md',
  'items.json#j1',
  'nested/rows.jsonl#l1',
  'nested/rows.jsonl#l2',
  'notes.txt',
  'page.html',
  'paper.pdf',
  'table.csv#c1',
];

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`ingestion pipeline (${dialect})`, () => {
    let database: Database;
    let service: RetrievalService;
    let store: RetrievalStore;
    const schema = testSchemaName('lintel_retr');
    const tmp = mkdtempSync(join(tmpdir(), 'lintel-retr-'));

    before(async () => {
      database =
        dialect === 'sqlite'
          ? await openDatabase({ dataDir: join(tmp, 'db') })
          : await openDatabase({ url: TEST_POSTGRES_URL, schema });
      await runMigrations(database, retrievalMigrations);
      store = new RetrievalStore(database);
      service = new RetrievalService(store, { urlPolicy: DEFAULT_URL_POLICY, recheckMs: 0 });
    });
    after(async () => {
      await database.close();
      rmSync(tmp, { recursive: true, force: true });
      if (dialect === 'postgres') {
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      }
    });

    const search = async (collection: string, query: string) =>
      (await service.retrieve({ tenant: 't', collection, query, k: 5, mode: 'lexical' })).results;

    test('a directory with every supported format, then a re-ingest that changes, adds and removes files', async () => {
      const dir = join(tmp, 'every');
      writeEveryFormat(dir);
      await service.create('t', 'every');
      const first = await service.ingest('t', 'every', [{ kind: 'files', path: dir }]);
      assert.deepEqual(first.errors, []);
      assert.equal(first.added, EVERY_FORMAT_KEYS.length);
      assert.deepEqual((await service.documents('t', 'every')).map((d) => d.docKey).sort(), EVERY_FORMAT_KEYS);
      for (const [q, key] of [
        ['aurora solar wind', 'notes.txt'],
        ['bees cluster winter', 'guide.md'],
        ['magma lava', 'page.html'],
        ['glaciers valleys', 'items.json#j1'],
        ['moon tides', 'nested/rows.jsonl#l2'],
        ['deserts rain', 'table.csv#c1'],
        ['photosynthesis sunlight', 'paper.pdf'],
      ]) {
        assert.equal((await search('every', q as string))[0]?.doc_key, key, q);
      }
      assert.equal((await search('every', 'ignored')).length, 0, 'script text is not indexed');
      const glacier = (await search('every', 'glaciers'))[0];
      assert.equal(glacier?.metadata.region, 'alps', 'record fields become metadata');
      const filtered = await service.retrieve({
        tenant: 't',
        collection: 'every',
        query: 'glaciers deserts',
        mode: 'lexical',
        filter: { region: 'sahara' },
      });
      assert.deepEqual(
        filtered.results.map((r) => r.doc_key),
        ['table.csv#c1'],
      );

      // Change one file, add one, remove one.
      writeFileSync(join(dir, 'notes.txt'), 'Auroras are also seen near the south pole as aurora australis.\n');
      writeFileSync(join(dir, 'new.txt'), 'Quasars are the brightest objects in the universe.\n');
      unlinkSync(join(dir, 'guide.md'));
      const second = await service.ingest('t', 'every', [{ kind: 'files', path: dir }]);
      assert.deepEqual(
        { added: second.added, changed: second.changed, removed: second.removed, unchanged: second.unchanged },
        { added: 1, changed: 1, removed: 1, unchanged: EVERY_FORMAT_KEYS.length - 2 },
      );
      assert.equal(second.indexVersion, first.indexVersion + 1);
      const expected = [...EVERY_FORMAT_KEYS.filter((k) => k !== 'guide.md'), 'new.txt'].sort();
      assert.deepEqual((await service.documents('t', 'every')).map((d) => d.docKey).sort(), expected);
      const chunks = await store.chunks((await service.get('t', 'every')).id);
      assert.deepEqual(
        [...new Set(chunks.map((c) => c.docKey))].sort(),
        expected,
        'chunks match the directory exactly',
      );
      assert.equal((await search('every', 'bees winter')).length, 0);
      assert.equal((await search('every', 'aurora australis'))[0]?.doc_key, 'notes.txt');
      assert.equal((await search('every', 'solar wind')).length, 0, 'the old version is gone');
      assert.equal((await search('every', 'quasars'))[0]?.doc_key, 'new.txt');
      const notes = (await service.documents('t', 'every')).find((d) => d.docKey === 'notes.txt');
      assert.equal(notes?.version, 2);
      // An unchanged re-run writes nothing and keeps the index version.
      const third = await service.ingest('t', 'every', [{ kind: 'files', path: dir }]);
      assert.equal(third.unchanged, expected.length);
      assert.equal(third.indexVersion, second.indexVersion);
    });

    test('exact and near duplicates collapse into one chunk', async () => {
      const dir = join(tmp, 'dups');
      const base =
        'The committee reviewed the quarterly budget and approved new funding for the regional library network, ' +
        'including longer opening hours, a mobile book service for rural villages and repairs to the old reading room.';
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.txt'), base);
      writeFileSync(join(dir, 'b.txt'), base);
      writeFileSync(join(dir, 'c.txt'), base.replace('old reading room', 'old reading hall'));
      writeFileSync(join(dir, 'd.txt'), 'Something else entirely: penguins huddle in Antarctic storms.');
      await service.create('t', 'dups');
      const s = await service.ingest('t', 'dups', [{ kind: 'files', path: dir }]);
      assert.deepEqual(s.duplicates, { exact: 1, near: 1 });
      const chunks = await store.chunks((await service.get('t', 'dups')).id);
      assert.equal(chunks.length, 2);
      assert.equal((await search('dups', 'library funding')).length, 1);
    });

    test('PII is redacted before anything is indexed', async () => {
      const dir = join(tmp, 'pii');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'hr.txt'),
        'Contact Jane at jane.doe@example.com about payroll; SSN 536-22-1234 on file.',
      );
      await service.create('t', 'pii', { redactPii: true });
      const s = await service.ingest('t', 'pii', [{ kind: 'files', path: dir }]);
      assert.ok(s.redactions >= 2, `redactions ${s.redactions}`);
      const [chunk] = await store.chunks((await service.get('t', 'pii')).id);
      assert.ok(chunk);
      assert.doesNotMatch(chunk.text, /jane\.doe@example\.com|536-22-1234/);
      assert.match(chunk.text, /\[EMAIL\]/);
      assert.ok(!Object.keys(chunk.terms).some((t) => t.includes('example.com') || t.includes('jane.do')));
      assert.equal((await search('pii', 'jane.doe@example.com')).length, 0);
      assert.equal((await search('pii', 'payroll'))[0]?.doc_key, 'hr.txt');
    });

    test('an interrupted run resumes without duplicate chunks', async () => {
      const dir = join(tmp, 'many');
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < 40; i++)
        writeFileSync(
          join(dir, `f${String(i).padStart(2, '0')}.md`),
          `# Doc ${i}\n\nUnique topic word${i} with body ${'lorem ipsum '.repeat(i % 5)}${i}.\n`,
        );
      await service.create('t', 'many');
      const ac = new AbortController();
      await assert.rejects(
        service.ingest('t', 'many', [{ kind: 'files', path: dir }], {
          signal: ac.signal,
          onProgress: (done) => {
            if (done >= 15) ac.abort(new Error('killed'));
          },
        }),
      );
      const partial = await service.documents('t', 'many');
      assert.ok(partial.length >= 15 && partial.length < 40, `partial ${partial.length}`);
      const resumed = await service.ingest('t', 'many', [{ kind: 'files', path: dir }]);
      assert.equal(resumed.unchanged, partial.length);
      assert.equal(resumed.added, 40 - partial.length);
      const chunks = await store.chunks((await service.get('t', 'many')).id);
      assert.equal(new Set(chunks.map((c) => c.id)).size, chunks.length);
      assert.equal(new Set(chunks.map((c) => c.docKey)).size, 40);
      assert.equal(chunks.length, 40);
      assert.ok(resumed.indexVersion >= 1);
    });

    test('a URL source for a private address is refused', async () => {
      await service.create('t', 'web');
      for (const url of [
        'http://127.0.0.1:9/x',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/',
        'http://localhost/',
        'http://10.1.2.3/a',
      ]) {
        await assert.rejects(
          service.ingest('t', 'web', [{ kind: 'url', url }]),
          /private, loopback or link-local/,
          url,
        );
      }
      await assert.rejects(service.ingest('t', 'web', [{ kind: 'url', url: 'file:///etc/passwd' }]), /only http\(s\)/);
      assert.equal((await service.documents('t', 'web')).length, 0);
    });

    if (dialect === 'postgres') {
      test('a PostgreSQL query is a source', async () => {
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`CREATE TABLE ${schema}.articles (id int, title text, body text, lang text)`);
        await c.query(
          `INSERT INTO ${schema}.articles VALUES (1, 'Saturn', 'Saturn has rings of ice.', 'en'), (2, 'Mars', 'Mars has two moons.', 'en')`,
        );
        await c.end();
        await service.create('t', 'pg');
        const s = await service.ingest('t', 'pg', [
          {
            kind: 'postgres',
            url: TEST_POSTGRES_URL,
            query: `SELECT id, title, body, lang FROM ${schema}.articles`,
            textColumn: 'body',
          },
        ]);
        assert.equal(s.added, 2);
        const [hit] = await search('pg', 'rings ice');
        assert.equal(hit?.title, 'Saturn');
        assert.equal(hit?.metadata.lang, 'en');
      });
    }
  });
}
