// `lintel audit …`: verify (live store, or offline from a saved checkpoint + public key + exported events),
// export the public key, force a checkpoint, export events.
import { once } from 'node:events';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Database } from '../../storage/database.ts';
import { checkpointFromJson, checkpointToJson } from './checkpoint.ts';
import { eventFromJson } from './event.ts';
import { AuditLog } from './log.ts';
import { iterateAuditEvents } from './read.ts';
import { type AuditSigner, currentPublicKeyPem, loadOrCreateSigner } from './signer.ts';
import { readAnchorFile } from './anchors.ts';
import { verifyEvidenceBundle } from '../evidence-bundle.ts';
import { type CheckpointSink, FileCheckpointSink } from './sinks.ts';
import { formatReport, type VerifyReport, verifyAuditLog, verifyFromCheckpoint } from './verify.ts';

export interface CliIo {
  /** Writes one line of output (default: stdout). */
  out?: (line: string) => void;
  /** Default: sets process.exitCode. */
  setExitCode?: (code: number) => void;
}

export interface AuditCliOptions extends CliIo {
  /** How `audit checkpoint` gets the signing key (default: the key in the store, sealed by LINTEL_SECRET_KEY). */
  loadSigner?: (database: Database) => Promise<AuditSigner>;
  /** Sinks a forced checkpoint is delivered to (from configuration). */
  sinks?: () => CheckpointSink[];
  /** Files holding external anchors when `verify` is given no --anchor (default: the file sinks above). */
  anchorFiles?: () => string[];
}

export function cliIo(io: CliIo): Required<CliIo> {
  return {
    out: io.out ?? ((line) => process.stdout.write(`${line}\n`)),
    setExitCode:
      io.setExitCode ??
      ((code) => {
        process.exitCode = code;
      }),
  };
}

/** Opens the store, runs `fn`, and always closes the store. */
export async function withDb<T>(openDb: () => Promise<Database>, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDb();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** JSON (one value or an array) or JSON lines. */
export function readJsonRecords(file: string): unknown[] {
  const text = readFileSync(file, 'utf8').trim();
  if (text === '') return [];
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l));
  }
}

function fileSinkPaths(sinks: CheckpointSink[]): string[] {
  return sinks.filter((s): s is FileCheckpointSink => s instanceof FileCheckpointSink).map((s) => s.path);
}

function parseSeq(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a sequence number: ${value}`);
  return n;
}

interface VerifyFlags {
  publicKey?: string;
  anchor?: string[];
  allowUnanchored?: boolean;
  json?: boolean;
  checkpoint?: string;
  events?: string;
  seq?: number;
}

export function registerAuditCommands(
  program: Command,
  openDb: () => Promise<Database>,
  opts: AuditCliOptions = {},
): Command {
  const { out, setExitCode } = cliIo(opts);
  const audit = program.command('audit').description('verifiable audit log');

  audit
    .command('verify')
    .description('recompute the hash chain and Merkle roots, check signatures and proofs; exit 1 when bad')
    .option('--public-key <file>', 'trusted public key (PEM); default: the keys stored in the database')
    .option('--checkpoint <file>', 'offline: a saved checkpoint (JSON, or a sink file: its last line)')
    .option('--events <file>', 'offline: exported events (JSON array or JSON lines, from seq 1)')
    .option('--seq <n>', 'event to prove inclusion of', parseSeq)
    .option(
      '--anchor <file...>',
      'external anchors: checkpoints kept outside the database (sink file, saved webhook bodies); default: the configured sink file',
    )
    .option(
      '--allow-unanchored',
      'warn loudly, instead of failing, when events after the newest anchor could be truncated',
    )
    .option('--json', 'print the report as JSON')
    .action(async (flags: VerifyFlags) => {
      const publicKeyPem = flags.publicKey ? readFileSync(flags.publicKey, 'utf8') : undefined;
      let report: VerifyReport;
      if (flags.checkpoint || flags.events) {
        if (!flags.checkpoint || !flags.events || !publicKeyPem) {
          throw new Error('offline verification needs --checkpoint, --events and --public-key');
        }
        const saved = readJsonRecords(flags.checkpoint);
        if (saved.length === 0) throw new Error(`no checkpoint in ${flags.checkpoint}`);
        const checkpoint = checkpointFromJson(saved[saved.length - 1]);
        const events = readJsonRecords(flags.events).map(eventFromJson);
        report = verifyFromCheckpoint(checkpoint, publicKeyPem, events, { proveSeq: flags.seq });
      } else {
        const files = flags.anchor ?? opts.anchorFiles?.() ?? fileSinkPaths(opts.sinks?.() ?? []);
        const anchors = files.flatMap(readAnchorFile);
        report = await withDb(openDb, (db) =>
          verifyAuditLog(db, { publicKeyPem, proveSeq: flags.seq, anchors, requireAnchor: !flags.allowUnanchored }),
        );
      }
      out(flags.json ? JSON.stringify(report, null, 2) : formatReport(report));
      if (!report.ok) setExitCode(1);
    });

  audit
    .command('verify-bundle <file>')
    .description('offline: check a signed evidence bundle (the console download); exit 1 when it was changed')
    .option(
      '--public-key <file>',
      'trusted public key (PEM, from `lintel audit export-key`); default: the one in the bundle',
    )
    .option('--json', 'print the result as JSON')
    .action((file: string, flags: { publicKey?: string; json?: boolean }) => {
      const pinned = flags.publicKey ? readFileSync(flags.publicKey, 'utf8') : undefined;
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`${file}: not JSON (${(err as Error).message})`);
      }
      const r = verifyEvidenceBundle(doc, pinned);
      if (flags.json) out(JSON.stringify(r, null, 2));
      else if (r.ok) {
        out(
          `OK: evidence ${r.period?.from} to ${r.period?.to}, sha256 ${r.sha256}, signed by key ${r.keyId}` +
            (r.pinned ? ' (the pinned key)' : ' (the key in the bundle: pin it with --public-key to prove origin)'),
        );
      } else out(`FAILED: ${r.error}`);
      if (!r.ok) setExitCode(1);
    });

  audit
    .command('export-key')
    .description('print the public key that signs checkpoints (PEM)')
    .option('--out <file>', 'write it to a file instead')
    .action(async (flags: { out?: string }) => {
      const key = await withDb(openDb, (db) => currentPublicKeyPem(db));
      if (!key) {
        out('no audit signing key yet: it is created when the audit log first starts');
        setExitCode(1);
        return;
      }
      if (flags.out) {
        writeFileSync(flags.out, key.publicKeyPem);
        out(`wrote public key ${key.keyId} to ${flags.out}`);
      } else out(key.publicKeyPem.trimEnd());
    });

  audit
    .command('checkpoint')
    .description('sign a checkpoint over every event not yet covered, now')
    .option('--json', 'print the checkpoint as JSON')
    .action(async (flags: { json?: boolean }) => {
      await withDb(openDb, async (db) => {
        const signer = await (opts.loadSigner ?? ((d) => loadOrCreateSigner({ database: d })))(db);
        const log = await AuditLog.open(db, { signer, checkpointIntervalMs: 0, sinks: opts.sinks?.() });
        try {
          const cp = await log.checkpoint();
          if (!cp) out('audit log is empty: nothing to checkpoint');
          else if (flags.json) out(JSON.stringify(checkpointToJson(cp)));
          else out(`checkpoint: size ${cp.treeSize}, root ${cp.rootHash}, key ${cp.keyId}`);
        } finally {
          await log.close();
        }
      });
    });

  audit
    .command('export-events')
    .description('write events as JSON lines (for offline verification)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--from-seq <n>', 'first sequence number', parseSeq)
    .option('--to-seq <n>', 'last sequence number', parseSeq)
    .action(async (flags: { out?: string; fromSeq?: number; toSeq?: number }) => {
      await withDb(openDb, async (db) => {
        const file = flags.out ? createWriteStream(flags.out) : undefined;
        let count = 0;
        for await (const e of iterateAuditEvents(db, { fromSeq: flags.fromSeq, toSeq: flags.toSeq })) {
          count++;
          if (!file) out(JSON.stringify(e));
          else if (!file.write(`${JSON.stringify(e)}\n`)) await once(file, 'drain');
        }
        if (file) {
          await new Promise<void>((resolve, reject) =>
            file.end((err?: Error | null) => (err ? reject(err) : resolve())),
          );
          out(`wrote ${count} events to ${flags.out}`);
        }
      });
    });

  return audit;
}
