import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../storage/database.ts';
import { disableAuditTriggers, TEST_BACKENDS, TEST_SECRET, type TestStore } from '../testing.ts';
import { registerAuditCommands } from './cli.ts';
import { FileCheckpointSink } from './sinks.ts';
import { AuditLog } from './log.ts';
import { loadOrCreateSigner } from './signer.ts';

describe('lintel audit CLI', () => {
  let store: TestStore;
  const openDb = (): Promise<Database> => openDatabase({ dataDir: store.dir });

  before(async () => {
    store = await TEST_BACKENDS[0].open();
  });
  after(async () => {
    await store.cleanup();
  });

  async function run(...args: string[]): Promise<{ lines: string[]; code: number }> {
    const lines: string[] = [];
    let code = 0;
    const program = new Command().exitOverride();
    registerAuditCommands(program, openDb, {
      out: (l) => lines.push(l),
      setExitCode: (c) => {
        code = c;
      },
      loadSigner: (db) => loadOrCreateSigner({ database: db, secretKey: TEST_SECRET }),
      sinks: () => [new FileCheckpointSink(join(store.dir, 'sink.jsonl'))],
    });
    await program.parseAsync(['node', 'lintel', ...args]);
    return { lines, code };
  }

  it('has no key before the log starts', async () => {
    const r = await run('audit', 'export-key');
    assert.equal(r.code, 1);
    assert.match(r.lines[0], /no audit signing key yet/);
  });

  it('checkpoints, exports the key, verifies live and offline, and exits 1 on tampering', async () => {
    const signer = await loadOrCreateSigner({ database: store.database, secretKey: TEST_SECRET });
    const log = await AuditLog.open(store.database, { signer, checkpointEvery: 1000, checkpointIntervalMs: 0 });
    for (let i = 0; i < 8; i++)
      await log.append({ actor: 'root', role: 'admin', action: 'key.create', resource: `key:${i}` });
    await log.close();

    assert.match((await run('audit', 'checkpoint')).lines[0], /^checkpoint: size 8, root [0-9a-f]{64}, key /);
    const sink = readFileSync(join(store.dir, 'sink.jsonl'), 'utf8').trim().split('\n');
    assert.equal(JSON.parse(sink[0]).tree_size, 8);

    const keyFile = join(store.dir, 'audit.pub');
    assert.match((await run('audit', 'export-key', '--out', keyFile)).lines[0], new RegExp(signer.keyId));
    assert.equal(readFileSync(keyFile, 'utf8'), signer.publicKeyPem);
    assert.match((await run('audit', 'export-key')).lines[0], /BEGIN PUBLIC KEY/);

    const ok = await run('audit', 'verify', '--public-key', keyFile);
    assert.equal(ok.code, 0);
    assert.match(ok.lines[0], /audit log OK: 8 events, 1 checkpoints/);

    const eventsFile = join(store.dir, 'events.jsonl');
    assert.match((await run('audit', 'export-events', '--out', eventsFile)).lines[0], /wrote 8 events/);
    const offline = await run(
      'audit',
      'verify',
      '--checkpoint',
      join(store.dir, 'sink.jsonl'),
      '--events',
      eventsFile,
      '--public-key',
      keyFile,
      '--json',
    );
    assert.equal(offline.code, 0);
    assert.equal(JSON.parse(offline.lines[0]).ok, true);
    assert.equal((await run('audit', 'export-events', '--from-seq', '7')).lines.length, 2);

    await disableAuditTriggers(store.database);
    await sql`UPDATE audit_events SET actor = 'someone-else' WHERE seq = 4`.execute(store.database.db);
    const bad = await run('audit', 'verify', '--public-key', keyFile);
    assert.equal(bad.code, 1);
    assert.equal(
      bad.lines[0].split('\n')[0],
      'audit log verification FAILED at seq 4: event 4: hash mismatch (field changed)',
    );
    const badJson = JSON.parse((await run('audit', 'verify', '--json')).lines.join('\n'));
    assert.equal(badJson.firstBadSeq, 4);
    assert.equal(badJson.ok, false);
  });

  it('offline verification needs all three files', async () => {
    await assert.rejects(
      run('audit', 'verify', '--checkpoint', 'x.json'),
      /needs --checkpoint, --events and --public-key/,
    );
  });
});
