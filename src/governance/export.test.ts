import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { sql } from 'kysely';
import { openDatabase } from '../storage/database.ts';
import { AuditLog } from './audit/log.ts';
import { createEphemeralSigner } from './audit/signer.ts';
import { registerGovernanceCommands } from './cli.ts';
import { exportEvidence, parseInstant } from './export.ts';
import { RetentionRunner } from './retention/runner.ts';
import { TEST_BACKENDS, type TestStore } from './testing.ts';

const JUNE = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

describe('parseInstant', () => {
  it('reads dates, times and epoch ms; a date-only end covers the day', () => {
    assert.equal(parseInstant('2025-06-01'), JUNE);
    assert.equal(parseInstant('2025-06-01', true), JUNE + DAY - 1);
    assert.equal(parseInstant('2025-06-01T12:00:00Z', true), JUNE + DAY / 2);
    assert.equal(parseInstant(String(JUNE)), JUNE);
    assert.equal(parseInstant(new Date(JUNE)), JUNE);
    assert.throws(() => parseInstant('soon'), /not a date/);
  });
});

for (const backend of TEST_BACKENDS) {
  describe(`evidence export on ${backend.name}`, () => {
    let store: TestStore;
    const signer = createEphemeralSigner();

    before(async () => {
      store = await backend.open();
      const db = store.database;
      let clock = JUNE - 5 * DAY;
      const audit = await AuditLog.open(db, { signer, checkpointEvery: 3, checkpointIntervalMs: 0, now: () => clock });
      await audit.append({
        actor: 'root',
        role: 'admin',
        action: 'killswitch.stop',
        resource: 'route:old',
        details: { reason: 'before the period' },
      });
      clock = JUNE + DAY;
      await audit.append({
        actor: 'root',
        role: 'admin',
        action: 'config.update',
        resource: 'config',
        after: { v: 2 },
      });
      clock = JUNE + 2 * DAY;
      await audit.append({
        actor: 'ops@example.com',
        role: 'admin',
        action: 'killswitch.stop',
        resource: 'route:gpt|4',
        details: { reason: 'provider incident' },
      });
      clock = JUNE + 3 * DAY;
      await audit.append({
        actor: 'ops@example.com',
        role: 'admin',
        action: 'killswitch.resume',
        resource: 'route:gpt|4',
      });

      await sql`CREATE TABLE requests (id TEXT PRIMARY KEY, tenant TEXT, received_at BIGINT NOT NULL, guardrails TEXT)`.execute(
        db.db,
      );
      const block = { guard: 'pii', detector: 'credit_card', stage: 'input', action: 'block' };
      const redact = { guard: 'pii', detector: 'email', stage: 'output', action: 'redact' };
      const rows = [
        { id: 'q1', received_at: JUNE + DAY, guardrails: JSON.stringify([block]) },
        { id: 'q2', received_at: JUNE + DAY, guardrails: JSON.stringify([redact, redact]) },
        { id: 'q3', received_at: JUNE + DAY, guardrails: '[]' },
        { id: 'q4', received_at: JUNE + 2 * DAY, guardrails: null },
        { id: 'q5', received_at: JUNE - 10 * DAY, guardrails: JSON.stringify([block]) }, // outside
      ];
      await db.db
        .insertInto('requests')
        .values(rows.map((r) => ({ tenant: 'acme', ...r })))
        .execute();
      clock = JUNE + 4 * DAY;
      await new RetentionRunner(db, { audit, now: () => clock }).run();
      await audit.checkpoint();
      await audit.close();
    });
    after(async () => {
      await store.cleanup();
    });

    it('writes evidence.json and SUMMARY.md mapped to the EU AI Act and NIST AI RMF', async () => {
      const outDir = join(store.dir, 'evidence');
      const result = await exportEvidence(store.database, {
        from: '2025-06-01',
        to: '2025-06-30',
        outDir,
        publicKeyPem: signer.publicKeyPem,
        signer,
        now: () => JUNE + 40 * DAY,
      });
      const json = readFileSync(join(outDir, 'evidence.json'), 'utf8');
      const bundle = JSON.parse(json);
      assert.equal(bundle.format, 'lintel.evidence/v1');
      assert.deepEqual(bundle.period, { from: '2025-06-01T00:00:00.000Z', to: '2025-06-30T23:59:59.999Z' });
      const s = bundle.sections;

      assert.equal(s.audit.data.verification.ok, true);
      assert.equal(s.audit.data.verification.eventsChecked, 5);
      assert.equal(s.audit.data.eventsInPeriod, 4);
      assert.deepEqual(s.audit.data.actionsInPeriod, {
        'config.update': 1,
        'killswitch.stop': 1,
        'killswitch.resume': 1,
        'retention.run': 1,
      });
      assert.equal(s.audit.data.latestCheckpoint.tree_size, 5);
      assert.equal(s.audit.data.publicKeys[0].keyId, signer.keyId);
      assert.deepEqual(s.audit.euAiAct, ['Art. 12', 'Art. 19']);

      assert.equal(s.configVersions.data.available, false);
      assert.deepEqual(
        s.killSwitch.data.events.map((e: { action: string }) => e.action),
        ['killswitch.stop', 'killswitch.resume'],
      );
      assert.deepEqual(s.killSwitch.euAiAct, ['Art. 14']);
      assert.deepEqual(s.killSwitch.nistAiRmf, ['Manage']);

      const g = s.guardrails.data;
      assert.deepEqual(
        {
          requests: g.requests,
          withDecisions: g.requestsWithDecisions,
          blocked: g.blockedRequests,
          decisions: g.decisions,
        },
        { requests: 4, withDecisions: 2, blocked: 1, decisions: 3 },
      );
      assert.deepEqual(g.byAction, { block: 1, redact: 2 });
      assert.deepEqual(g.byDetector[0], {
        guard: 'pii',
        detector: 'email',
        stage: 'output',
        action: 'redact',
        count: 2,
      });
      assert.equal(s.retention.data.runs.length, 1);

      const sig = Buffer.from(readFileSync(join(outDir, 'evidence.json.sig'), 'utf8').trim(), 'base64');
      assert.ok(verify(null, Buffer.from(json), createPublicKey(signer.publicKeyPem), sig));
      assert.equal(result.files.length, 3);

      const summary = readFileSync(join(outDir, 'SUMMARY.md'), 'utf8');
      assert.match(summary, /# Lintel governance evidence/);
      assert.match(summary, new RegExp(`SHA-256: \`${result.sha256}\``));
      assert.match(summary, /\| Human oversight: kill switch \| Art\. 14 \| Manage \|/);
      assert.match(summary, /Verification: \*\*OK\*\* — 5 events and 2 signed checkpoints/);
      assert.match(summary, /route:gpt\\\|4/);
      assert.match(summary, /provider incident/);
      assert.doesNotMatch(summary, /before the period/);
      assert.match(summary, /4 requests; 2 with guardrail decisions; 1 blocked; 3 decisions in all/);
      assert.match(summary, /Configuration versions\n\nNot available: no config_versions table/);
    });

    it('lists configuration versions in force during the period, without their content', async () => {
      const db = store.database;
      await sql`CREATE TABLE config_versions (id TEXT PRIMARY KEY, content_hash TEXT, author TEXT, created_at BIGINT, content TEXT)`.execute(
        db.db,
      );
      await db.db
        .insertInto('config_versions')
        .values([
          { id: 'v1', content_hash: 'h1', author: 'root', created_at: JUNE - 30 * DAY, content: 'secret: 1' },
          { id: 'v0', content_hash: 'h0', author: 'root', created_at: JUNE - 60 * DAY, content: 'secret: 0' },
          { id: 'v2', content_hash: 'h2', author: 'ops', created_at: JUNE + DAY, content: 'secret: 2' },
          { id: 'v3', content_hash: 'h3', author: 'ops', created_at: JUNE + 45 * DAY, content: 'secret: 3' },
        ])
        .execute();
      const { bundle } = await exportEvidence(db, { from: JUNE, to: JUNE + 30 * DAY, outDir: join(store.dir, 'ev2') });
      const cv = bundle.sections.configVersions.data;
      assert.equal(cv.available, true);
      assert.deepEqual(
        cv.versions.map((v) => v.id),
        ['v1', 'v2'],
      );
      assert.deepEqual(cv.omittedColumns, ['content']);
      assert.ok(!JSON.stringify(bundle).includes('secret: '));
      assert.equal(bundle.sections.audit.data.verification.keys, 'stored');
    });

    it('is exposed as `lintel governance export`', async () => {
      const lines: string[] = [];
      let code = 0;
      const program = new Command().exitOverride();
      const openDb = async () => (backend.name === 'sqlite' ? openDatabase({ dataDir: store.dir }) : store.another());
      registerGovernanceCommands(program, openDb, {
        out: (l) => lines.push(l),
        setExitCode: (c) => {
          code = c;
        },
      });
      const out = join(store.dir, 'cli-evidence');
      await program.parseAsync([
        'node',
        'lintel',
        'governance',
        'export',
        '--from',
        '2025-06-01',
        '--to',
        '2025-06-30',
        '--out',
        out,
      ]);
      assert.equal(code, 0);
      assert.match(lines[0], /evidence\.json sha256 [0-9a-f]{64}/);
      assert.equal(lines[1], 'audit log verified');
      assert.ok(existsSync(join(out, 'SUMMARY.md')));
    });
  });
}
