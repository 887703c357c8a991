// External anchors: `lintel audit verify` reports the newest anchor it can trust, proves truncation against it,
// and fails (or, with --allow-unanchored, warns loudly) when events after it could be truncated without trace.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../storage/database.ts';
import { disableAuditTriggers, TEST_BACKENDS, TEST_SECRET, type TestStore } from '../testing.ts';
import { readAnchorFile } from './anchors.ts';
import { registerAuditCommands } from './cli.ts';
import { AuditLog } from './log.ts';
import { loadOrCreateSigner } from './signer.ts';
import { FileCheckpointSink } from './sinks.ts';

describe('external anchors', () => {
  let store: TestStore;
  let sinkFile: string;
  const openDb = (): Promise<Database> => openDatabase({ dataDir: store.dir });

  before(async () => {
    store = await TEST_BACKENDS[0].open();
    sinkFile = join(store.dir, 'other-volume', 'checkpoints.jsonl');
  });
  after(() => store.cleanup());

  async function run(...args: string[]): Promise<{ text: string; code: number }> {
    const lines: string[] = [];
    let code = 0;
    const program = new Command().exitOverride();
    registerAuditCommands(program, openDb, {
      out: (l) => lines.push(l),
      setExitCode: (c) => {
        code = c;
      },
      loadSigner: (db) => loadOrCreateSigner({ database: db, secretKey: TEST_SECRET }),
    });
    await program.parseAsync(['node', 'lintel', ...args]);
    return { text: lines.join('\n'), code };
  }

  async function appendEvents(n: number, sinks: FileCheckpointSink[] = []): Promise<void> {
    const signer = await loadOrCreateSigner({ database: store.database, secretKey: TEST_SECRET });
    // A closing checkpoint goes to the sinks when the log closes (graceful shutdown), as on a node.
    const log = await AuditLog.open(store.database, { signer, sinks, checkpointEvery: 1000, checkpointOnClose: true });
    for (let i = 0; i < n; i++) await log.append({ actor: 'a', role: 'admin', action: 'x.y', resource: `x:${i}` });
    await log.close();
  }

  it('no anchor anywhere: verify fails, and --allow-unanchored turns it into a loud warning', async () => {
    await appendEvents(3);
    const r = await run('audit', 'verify');
    assert.equal(r.code, 1);
    assert.match(r.text, /no external anchor: all 3 events could be truncated/);
    const w = await run('audit', 'verify', '--allow-unanchored');
    assert.equal(w.code, 0);
    assert.match(w.text, /^audit log OK/);
    assert.match(w.text, /\nWARNING: no external anchor: all 3 events could be truncated/);
  });

  it('a closing checkpoint in a sink file anchors every event; verify reports its size and time', async () => {
    await appendEvents(2, [new FileCheckpointSink(sinkFile)]);
    const anchors = readAnchorFile(sinkFile);
    assert.equal(anchors.length, 1);
    assert.equal(anchors[0].checkpoint.treeSize, 5, 'the closing checkpoint covers all five events');
    const r = await run('audit', 'verify', '--anchor', sinkFile, '--json');
    assert.equal(r.code, 0, r.text);
    const report = JSON.parse(r.text);
    assert.equal(report.ok, true);
    assert.deepEqual(
      { size: report.anchor.treeSize, ts: report.anchor.ts, unanchored: report.unanchoredEvents },
      { size: 5, ts: anchors[0].checkpoint.ts, unanchored: 0 },
    );
    const human = await run('audit', 'verify', '--anchor', sinkFile);
    assert.match(
      human.text,
      new RegExp(`newest trusted external anchor: size 5 at ${new Date(anchors[0].checkpoint.ts).toISOString()}`),
    );
  });

  it('events after the newest anchor fail verification: they could be cut without trace', async () => {
    await appendEvents(2); // no sink: the database checkpoints them, nothing outside does
    const r = await run('audit', 'verify', '--anchor', sinkFile);
    assert.equal(r.code, 1);
    assert.match(r.text, /2 event\(s\) after the newest external anchor \(size 5, [0-9T:.-]+Z\) could be truncated/);
    const w = await run('audit', 'verify', '--anchor', sinkFile, '--allow-unanchored');
    assert.equal(w.code, 0);
    assert.match(w.text, /WARNING: 2 event\(s\) after the newest external anchor/);
  });

  it('truncating the database (events and its own checkpoints) is caught by the anchor', async () => {
    await disableAuditTriggers(store.database);
    await sql`DELETE FROM audit_events WHERE seq > 3`.execute(store.database.db);
    await sql`DELETE FROM audit_checkpoints WHERE tree_size > 3`.execute(store.database.db);
    const inside = await run('audit', 'verify', '--anchor', join(store.dir, 'none.jsonl'), '--allow-unanchored');
    assert.equal(inside.code, 0, 'without the anchor, the truncated log looks whole');
    const r = await run('audit', 'verify', '--anchor', sinkFile);
    assert.equal(r.code, 1);
    assert.match(r.text, /log truncated: external anchor at size 5 \(.*\) covers 5 events but only 3 exist/);
  });

  it('an anchor signed by an untrusted key is ignored, never trusted', async () => {
    const forged = join(store.dir, 'forged.jsonl');
    const real = readAnchorFile(sinkFile)[0].checkpoint;
    writeFileSync(forged, `${JSON.stringify({ ...real, tree_size: 2, root_hash: real.rootHash, key_id: 'x' })}\n`);
    const r = await run('audit', 'verify', '--anchor', forged, '--allow-unanchored', '--json');
    const report = JSON.parse(r.text);
    assert.equal(report.anchor, undefined);
    assert.ok(report.warnings.some((w: string) => /not signed by a trusted key; ignored/.test(w)));
  });
});
