// The audit log: serialised appends to a hash chain, and periodic signed Merkle checkpoints.
import { runMigrations, type Database } from '../../storage/database.ts';
import { type Db, Mutex, toNumber, withExclusiveTransaction } from '../db.ts';
import {
  type CheckpointRow,
  checkpointToRow,
  rowToCheckpoint,
  type SignedCheckpoint,
  signCheckpoint,
} from './checkpoint.ts';
import {
  type AuditEvent,
  type AuditEventInput,
  type AuditEventRow,
  buildEvent,
  computeEventHash,
  eventToRow,
  GENESIS_HASH,
  rowToEvent,
} from './event.ts';
import { MerkleAccumulator } from './merkle.ts';
import { auditMigrations } from './migrations.ts';
import { type AuditSigner, registerPublicKey } from './signer.ts';
import { type CheckpointSink, defaultLogger, type GovernanceLogger } from './sinks.ts';

export interface AuditLogOptions {
  signer: AuditSigner;
  /** Checkpoint after this many events since the last one (default 100). */
  checkpointEvery?: number;
  /** Also checkpoint new events this often (default 60 000 ms; 0 turns the timer off). */
  checkpointIntervalMs?: number;
  sinks?: CheckpointSink[];
  /**
   * Sign a last checkpoint over every event not yet covered when the log closes (graceful shutdown), delivered to
   * the sinks before close resolves. Default: on, unless checkpointIntervalMs is 0 (automatic checkpoints off).
   */
  checkpointOnClose?: boolean;
  now?: () => number;
  log?: GovernanceLogger;
  /**
   * Called with each event once it is committed (streaming sinks, src/integrations). Must be cheap and never
   * block: it runs on the append path. Throwing is logged and ignored.
   */
  onEvent?: (event: AuditEvent) => void;
}

/** Thrown when the stored chain is broken; the log refuses to sign over it. */
export class AuditChainError extends Error {}

const LOCK = 'audit-log';

export class AuditLog {
  private readonly every: number;
  private readonly now: () => number;
  private readonly log: GovernanceLogger;
  private readonly sinks: CheckpointSink[];
  private readonly pending = new Set<Promise<void>>();
  /** Appends in flight: close waits for them so the closing checkpoint covers them. */
  private readonly appending = new Set<Promise<unknown>>();
  // Sinks receive checkpoints one at a time, in order.
  private readonly deliveries = new Mutex();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  // Merkle state of the events already folded in, so a checkpoint reads only the events since the last one.
  private readonly acc = new MerkleAccumulator();
  private accLastHash = GENESIS_HASH;

  private constructor(
    readonly database: Database,
    private readonly opts: AuditLogOptions,
  ) {
    this.every = opts.checkpointEvery ?? 100;
    if (!Number.isInteger(this.every) || this.every < 1) throw new Error('checkpointEvery must be a positive integer');
    this.now = opts.now ?? Date.now;
    this.log = opts.log ?? defaultLogger;
    this.sinks = opts.sinks ?? [];
  }

  /** Migrates the audit tables, records the signer's public key, and starts the checkpoint timer. */
  static async open(database: Database, opts: AuditLogOptions): Promise<AuditLog> {
    await runMigrations(database, auditMigrations);
    await registerPublicKey(database, opts.signer);
    const log = new AuditLog(database, opts);
    const interval = opts.checkpointIntervalMs ?? 60_000;
    if (interval > 0) {
      log.timer = setInterval(() => {
        // Tracked, so close() waits for a timed checkpoint (and its delivery) that is under way.
        log.track(
          log.checkpoint().then(
            () => {},
            (err) => log.log('timed audit checkpoint failed', err),
          ),
        );
      }, interval);
      log.timer.unref();
    }
    return log;
  }

  get signer(): AuditSigner {
    return this.opts.signer;
  }

  /** Appends one event; resolves once it is committed (and, when due, checkpointed). */
  append(input: AuditEventInput): Promise<AuditEvent> {
    if (this.closed) return Promise.reject(new Error('audit log is closed'));
    const p = this.appendNow(input);
    this.appending.add(p);
    void p.then(
      () => this.appending.delete(p),
      () => this.appending.delete(p),
    );
    return p;
  }

  private async appendNow(input: AuditEventInput): Promise<AuditEvent> {
    for (const field of ['actor', 'role', 'action', 'resource'] as const) {
      if (typeof input[field] !== 'string' || input[field].length === 0) {
        throw new TypeError(`audit event needs a non-empty ${field}`);
      }
    }
    const { event, due } = await withExclusiveTransaction(this.database, LOCK, async (db) => {
      const last = await db
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const seq = last ? toNumber(last.seq) + 1 : 1;
      const event = buildEvent(input, seq, this.now(), last ? (last.hash as string) : GENESIS_HASH);
      await db.insertInto('audit_events').values(eventToRow(event)).execute();
      const cp = await db
        .selectFrom('audit_checkpoints')
        .select((eb) => eb.fn.max('tree_size').as('size'))
        .executeTakeFirst();
      return { event, due: seq - toNumber(cp?.size) >= this.every };
    });
    if (this.opts.onEvent) {
      try {
        this.opts.onEvent(event);
      } catch (err) {
        this.log(`audit event ${event.seq} listener failed`, err);
      }
    }
    if (due) {
      try {
        const made = await this.createCheckpoint();
        if (made?.created) this.deliverInBackground(made.checkpoint);
      } catch (err) {
        // The event is committed; a checkpoint that cannot be made now is retried by the next one.
        this.log(`audit checkpoint after event ${event.seq} failed`, err);
      }
    }
    return event;
  }

  /**
   * Checkpoints every event not yet covered and delivers it to the sinks (awaited). Returns the latest
   * checkpoint, new or existing, or null while the log is empty.
   */
  async checkpoint(): Promise<SignedCheckpoint | null> {
    const made = await this.createCheckpoint();
    if (!made) return null;
    if (made.created) await this.deliver(made.checkpoint);
    return made.checkpoint;
  }

  /**
   * Refuses new events, waits for appends in flight, signs the closing checkpoint (see checkpointOnClose) and waits
   * for sink deliveries. Does not close the database.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.appending]);
    // A timed checkpoint under way may be the one covering the last events: let it reach the sinks first.
    await Promise.all([...this.pending]);
    const onClose = this.opts.checkpointOnClose ?? (this.opts.checkpointIntervalMs ?? 60_000) > 0;
    if (onClose) {
      try {
        await this.checkpoint();
      } catch (err) {
        this.log('audit: closing checkpoint failed; events since the last one are covered by the hash chain only', err);
      }
    }
    await Promise.all([...this.pending]);
  }

  private createCheckpoint(): Promise<{ checkpoint: SignedCheckpoint; created: boolean } | null> {
    return withExclusiveTransaction(this.database, LOCK, async (db) => {
      const top = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('seq').as('n'))
        .executeTakeFirst();
      const size = toNumber(top?.n);
      if (size === 0) return null;
      const lastRow = (await db
        .selectFrom('audit_checkpoints')
        .selectAll()
        .orderBy('tree_size', 'desc')
        .limit(1)
        .executeTakeFirst()) as CheckpointRow | undefined;
      const last = lastRow ? rowToCheckpoint(lastRow) : undefined;
      if (last && last.treeSize >= size) return { checkpoint: last, created: false };
      await this.foldEvents(db, size, last);
      const checkpoint = signCheckpoint(this.opts.signer, size, this.acc.root().toString('hex'), this.now());
      await db.insertInto('audit_checkpoints').values(checkpointToRow(checkpoint)).execute();
      return { checkpoint, created: true };
    });
  }

  /** Folds events up to `size` into the Merkle state, checking the chain as it goes: never sign a broken log. */
  private async foldEvents(db: Db, size: number, last: SignedCheckpoint | undefined): Promise<void> {
    while (this.acc.size < size) {
      const rows = (await db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>', this.acc.size)
        .where('seq', '<=', size)
        .orderBy('seq')
        .limit(1000)
        .execute()) as AuditEventRow[];
      if (rows.length === 0) throw new AuditChainError(`refusing to checkpoint: seq ${this.acc.size + 1} missing`);
      for (const row of rows) {
        const e = rowToEvent(row);
        const where = `refusing to checkpoint: event ${e.seq}`;
        if (e.seq !== this.acc.size + 1)
          throw new AuditChainError(`refusing to checkpoint: seq ${this.acc.size + 1} missing`);
        if (e.prevHash !== this.accLastHash) throw new AuditChainError(`${where}: prev_hash does not match`);
        if (computeEventHash(e) !== e.hash) throw new AuditChainError(`${where}: hash mismatch`);
        this.acc.push(Buffer.from(e.hash, 'hex'));
        this.accLastHash = e.hash;
        if (last && this.acc.size === last.treeSize && this.acc.root().toString('hex') !== last.rootHash) {
          throw new AuditChainError(
            `refusing to checkpoint: events up to ${last.treeSize} differ from the last checkpoint`,
          );
        }
      }
    }
  }

  private deliver(cp: SignedCheckpoint): Promise<void> {
    return this.deliveries.run(async () => {
      await Promise.all(
        this.sinks.map((sink) =>
          sink.write(cp).catch((err) => this.log(`checkpoint ${cp.treeSize} to ${sink.name} failed`, err)),
        ),
      );
    });
  }

  private deliverInBackground(cp: SignedCheckpoint): void {
    this.track(this.deliver(cp));
  }

  private track(p: Promise<void>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }
}
