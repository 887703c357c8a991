// Verification of the audit log: recompute the hash chain and the Merkle roots, check checkpoint signatures,
// and produce and check an inclusion and a consistency proof. Names the first bad sequence number and what
// is wrong. Works on the live store or, for an auditor, on a saved checkpoint + public key + exported events.
import { randomInt } from 'node:crypto';
import { runMigrations, type Database } from '../../storage/database.ts';
import { type Anchor, unanchoredMessage } from './anchors.ts';
import { checkpointSignatureValid, type SignedCheckpoint } from './checkpoint.ts';
import { type AuditEvent, computeEventHash, GENESIS_HASH } from './event.ts';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';
import { auditMigrations } from './migrations.ts';
import { iterateAuditEvents, readCheckpoints } from './read.ts';
import { keyIdOf, storedPublicKeys } from './signer.ts';

export interface VerifyReport {
  ok: boolean;
  eventsChecked: number;
  checkpointsChecked: number;
  /** Lowest sequence number found bad. When only a signed root disagrees (hashes recomputed by whoever
   * rewrote the events), the first event after the last checkpoint that still matches. */
  firstBadSeq?: number;
  /** Tree size of the first checkpoint found bad. */
  badCheckpointSize?: number;
  /** The first problem found, e.g. "event 42: hash mismatch (field changed)". */
  problem?: string;
  /** Every problem found (capped). */
  problems: string[];
  /** Whose public keys were trusted: the caller's, or the ones stored in the database. */
  keys: 'provided' | 'stored';
  latestCheckpoint?: { treeSize: number; rootHash: string; ts: number; keyId: string };
  /** Events after the latest checkpoint: protected by the hash chain only until the next checkpoint. */
  uncheckpointedEvents: number;
  /** The newest external anchor that is signed by a trusted key and matches the events (see anchors.ts). */
  anchor?: { treeSize: number; ts: number; keyId: string; source: string };
  /** Events after the newest trusted external anchor (all of them without one): these could be truncated. */
  unanchoredEvents: number;
  /** Loud warnings that do not fail the verification (unanchored events when they are allowed). */
  warnings: string[];
  inclusion?: { seq: number; treeSize: number; signedRoot: boolean; proof: string[]; ok: boolean };
  consistency?: { fromSize: number; toSize: number; proof: string[]; ok: boolean };
}

export interface VerifyOptions {
  /** Trusted public key(s), PEM. Without it the keys stored in the database are used (weaker: an attacker
   * who can rewrite the database can add a key there too). */
  publicKeyPem?: string | string[];
  /** Event to prove inclusion of (default: one at random). */
  proveSeq?: number;
  maxProblems?: number;
  /** Checkpoints kept outside the database (sink files, saved webhook deliveries). */
  anchors?: Anchor[];
  /**
   * true: events after the newest trusted anchor (or no anchor at all) fail the verification; false: a warning.
   * Default false for the library and the admin route (in-band checks); the CLI defaults to true.
   */
  requireAnchor?: boolean;
}

/** Accumulates the checks; one instance per verification. */
class Verification {
  // `range`: the seq only bounds where the damage starts (a root mismatch), as opposed to naming the event.
  private readonly problems: { message: string; seq?: number; cpSize?: number; range?: boolean }[] = [];
  private readonly hashes: Buffer[] = [];
  private expected = 1;
  private lastHash = GENESIS_HASH;
  private eventsChecked = 0;
  private checkpointsChecked = 0;
  private goodCheckpoints: SignedCheckpoint[] = [];
  /** Checkpoints already found bad (size:root), so the same one read as an anchor is not reported twice. */
  private readonly badCheckpoints = new Set<string>();
  private latest: SignedCheckpoint | undefined;
  private anchor: Anchor | undefined;
  private readonly warnings: string[] = [];
  private inclusion: VerifyReport['inclusion'];
  private consistency: VerifyReport['consistency'];

  constructor(
    private readonly keys: Map<string, string>,
    private readonly keySource: VerifyReport['keys'],
    private readonly maxProblems: number,
  ) {}

  private flagCheckpoint(cp: SignedCheckpoint, message: string, seq?: number, range = false): void {
    this.badCheckpoints.add(`${cp.treeSize}:${cp.rootHash}`);
    this.flag(message, seq, cp.treeSize, range);
  }

  private flag(message: string, seq?: number, cpSize?: number, range = false): void {
    if (this.problems.length < this.maxProblems) this.problems.push({ message, seq, cpSize, range });
  }

  addEvent(e: AuditEvent): void {
    this.eventsChecked++;
    let afterGap = false;
    if (e.seq !== this.expected) {
      afterGap = true;
      if (e.seq > this.expected) {
        const range = e.seq - this.expected > 1 ? `seqs ${this.expected}..${e.seq - 1}` : `seq ${this.expected}`;
        this.flag(`gap: ${range} missing`, this.expected);
      } else {
        this.flag(`event ${e.seq}: out of order or repeated (expected seq ${this.expected})`, e.seq);
      }
    }
    if (computeEventHash(e) !== e.hash) {
      this.flag(`event ${e.seq}: hash mismatch (field changed)`, e.seq);
    } else if (!afterGap && e.prevHash !== this.lastHash) {
      this.flag(
        e.seq === 1
          ? 'event 1: prev_hash is not the genesis hash'
          : `event ${e.seq}: prev_hash does not match event ${e.seq - 1}`,
        e.seq,
      );
    }
    this.lastHash = e.hash;
    this.expected = e.seq + 1;
    this.hashes.push(Buffer.from(e.hash, 'hex'));
  }

  checkCheckpoints(checkpoints: SignedCheckpoint[]): void {
    const sorted = [...checkpoints].sort((a, b) => a.treeSize - b.treeSize);
    const acc = new MerkleAccumulator();
    let lastGoodSize = 0;
    for (const cp of sorted) {
      this.checkpointsChecked++;
      const at = `checkpoint at size ${cp.treeSize}`;
      const pem = this.keys.get(cp.keyId);
      let signed = false;
      if (!pem) this.flagCheckpoint(cp, `${at}: signature invalid (key ${cp.keyId} is not trusted)`);
      else if (!checkpointSignatureValid(cp, pem)) this.flagCheckpoint(cp, `${at}: signature invalid`);
      else signed = true;
      if (cp.treeSize > this.hashes.length) {
        this.flagCheckpoint(
          cp,
          `log truncated: checkpoint covers ${cp.treeSize} events but only ${this.hashes.length} exist`,
          this.hashes.length + 1,
        );
        continue;
      }
      while (acc.size < cp.treeSize) acc.push(this.hashes[acc.size]);
      if (acc.root().toString('hex') !== cp.rootHash) {
        this.flagCheckpoint(
          cp,
          `${at}: root mismatch (events ${lastGoodSize + 1}..${cp.treeSize} differ from what was signed)`,
          lastGoodSize + 1,
          true,
        );
        continue;
      }
      lastGoodSize = cp.treeSize;
      if (signed) this.goodCheckpoints.push(cp);
    }
    this.latest = sorted[sorted.length - 1];
  }

  /** External anchors: a trusted one longer than the log proves truncation; the newest good one bounds the tail. */
  checkAnchors(anchors: Anchor[], require: boolean): void {
    for (const a of [...anchors].sort((x, y) => x.checkpoint.treeSize - y.checkpoint.treeSize)) {
      const cp = a.checkpoint;
      const at = `external anchor at size ${cp.treeSize} (${a.source})`;
      if (this.badCheckpoints.has(`${cp.treeSize}:${cp.rootHash}`)) continue; // reported as a checkpoint already
      const pem = this.keys.get(cp.keyId);
      if (!pem || !checkpointSignatureValid(cp, pem)) {
        this.warnings.push(`${at}: not signed by a trusted key; ignored`);
        continue;
      }
      if (cp.treeSize > this.hashes.length) {
        this.flag(
          `log truncated: ${at} covers ${cp.treeSize} events but only ${this.hashes.length} exist`,
          this.hashes.length + 1,
          cp.treeSize,
        );
        continue;
      }
      if (treeRoot(this.hashes.slice(0, cp.treeSize)).toString('hex') !== cp.rootHash) {
        this.flag(`${at}: root mismatch (the events it signed were changed)`, undefined, cp.treeSize);
        continue;
      }
      this.anchor = a;
    }
    const unanchored = this.hashes.length - (this.anchor?.checkpoint.treeSize ?? 0);
    if (unanchored > 0 || !this.anchor) {
      const message = unanchoredMessage(unanchored, this.anchor);
      if (require) this.flag(message, this.anchor ? this.anchor.checkpoint.treeSize + 1 : undefined, undefined, true);
      else this.warnings.push(message);
    }
  }

  /** Proves one event's inclusion in the newest good checkpoint, and consistency from the oldest to the newest. */
  prove(proveSeq?: number): void {
    const good = this.goodCheckpoints;
    const target = good[good.length - 1];
    const size = target ? target.treeSize : this.hashes.length;
    if (size === 0) return;
    const root = target ? Buffer.from(target.rootHash, 'hex') : treeRoot(this.hashes);
    const seq = proveSeq ?? randomInt(1, size + 1);
    if (seq >= 1 && seq <= size) {
      const proof = inclusionProof(this.hashes, seq - 1, size);
      const ok = verifyInclusion(leafHash(this.hashes[seq - 1]), seq - 1, size, proof, root);
      this.inclusion = { seq, treeSize: size, signedRoot: !!target, proof: proof.map(hex), ok };
      if (!ok) this.flag(`inclusion proof for event ${seq} in tree of ${size} does not verify`, seq);
    }
    const from = good[0];
    if (from && target && from.treeSize < target.treeSize) {
      const proof = consistencyProof(this.hashes, from.treeSize, target.treeSize);
      const ok = verifyConsistency(from.treeSize, target.treeSize, Buffer.from(from.rootHash, 'hex'), root, proof);
      this.consistency = { fromSize: from.treeSize, toSize: target.treeSize, proof: proof.map(hex), ok };
      if (!ok) this.flag(`consistency proof ${from.treeSize} → ${target.treeSize} does not verify`);
    }
  }

  report(): VerifyReport {
    const located = this.problems.filter((p) => p.seq !== undefined && !p.range);
    const seqs = (located.length > 0 ? located : this.problems)
      .map((p) => p.seq)
      .filter((s): s is number => s !== undefined);
    const cps = this.problems.map((p) => p.cpSize).filter((s): s is number => s !== undefined);
    const latest = this.latest;
    return {
      ok: this.problems.length === 0,
      eventsChecked: this.eventsChecked,
      checkpointsChecked: this.checkpointsChecked,
      ...(seqs.length > 0 ? { firstBadSeq: Math.min(...seqs) } : {}),
      ...(cps.length > 0 ? { badCheckpointSize: Math.min(...cps) } : {}),
      ...(this.problems.length > 0 ? { problem: this.problems[0].message } : {}),
      problems: this.problems.map((p) => p.message),
      keys: this.keySource,
      ...(latest
        ? {
            latestCheckpoint: {
              treeSize: latest.treeSize,
              rootHash: latest.rootHash,
              ts: latest.ts,
              keyId: latest.keyId,
            },
          }
        : {}),
      uncheckpointedEvents: Math.max(0, this.hashes.length - (latest?.treeSize ?? 0)),
      ...(this.anchor
        ? {
            anchor: {
              treeSize: this.anchor.checkpoint.treeSize,
              ts: this.anchor.checkpoint.ts,
              keyId: this.anchor.checkpoint.keyId,
              source: this.anchor.source,
            },
          }
        : {}),
      unanchoredEvents: Math.max(0, this.hashes.length - (this.anchor?.checkpoint.treeSize ?? 0)),
      warnings: this.warnings,
      ...(this.inclusion ? { inclusion: this.inclusion } : {}),
      ...(this.consistency ? { consistency: this.consistency } : {}),
    };
  }
}

function hex(b: Buffer): string {
  return b.toString('hex');
}

function treeRoot(hashes: Buffer[]): Buffer {
  const acc = new MerkleAccumulator();
  for (const h of hashes) acc.push(h);
  return acc.root();
}

function keyMap(pems: string | string[]): Map<string, string> {
  const list = Array.isArray(pems) ? pems : [pems];
  return new Map(list.map((pem) => [keyIdOf(pem), pem]));
}

/** Verifies the whole log in the store. */
export async function verifyAuditLog(database: Database, opts: VerifyOptions = {}): Promise<VerifyReport> {
  await runMigrations(database, auditMigrations);
  const keys = opts.publicKeyPem ? keyMap(opts.publicKeyPem) : await storedPublicKeys(database);
  const v = new Verification(keys, opts.publicKeyPem ? 'provided' : 'stored', opts.maxProblems ?? 50);
  for await (const e of iterateAuditEvents(database)) v.addEvent(e);
  v.checkCheckpoints(await readCheckpoints(database));
  v.checkAnchors(opts.anchors ?? [], opts.requireAnchor ?? false);
  v.prove(opts.proveSeq);
  return v.report();
}

/**
 * The auditor's view: a checkpoint saved earlier (e.g. from a sink), the public key, and an exported event
 * list starting at seq 1. Proves the events are the ones the checkpoint signed, and that they chain.
 */
export function verifyFromCheckpoint(
  checkpoint: SignedCheckpoint,
  publicKeyPem: string,
  events: Iterable<AuditEvent>,
  opts: Pick<VerifyOptions, 'proveSeq' | 'maxProblems'> = {},
): VerifyReport {
  const v = new Verification(keyMap(publicKeyPem), 'provided', opts.maxProblems ?? 50);
  for (const e of events) v.addEvent(e);
  v.checkCheckpoints([checkpoint]);
  // The saved checkpoint is itself the external anchor of an offline verification.
  v.checkAnchors([{ checkpoint, source: 'the saved checkpoint' }], false);
  v.prove(opts.proveSeq);
  return v.report();
}

/** Framework-agnostic handler for `GET /admin/audit/verify`: resolves to the report (200 either way). */
export function auditVerifyHandler(database: Database, opts: VerifyOptions = {}): () => Promise<VerifyReport> {
  return () => verifyAuditLog(database, opts);
}

/** One line (or a few) for people. */
export function formatReport(r: VerifyReport): string {
  if (!r.ok) {
    const head = `audit log verification FAILED${r.firstBadSeq !== undefined ? ` at seq ${r.firstBadSeq}` : ''}: ${r.problem}`;
    const more = r.problems.slice(1).map((p) => `  also: ${p}`);
    const anchor = r.anchor
      ? [`  newest trusted external anchor: size ${r.anchor.treeSize} at ${new Date(r.anchor.ts).toISOString()}`]
      : [];
    return [head, ...more, ...anchor, ...r.warnings.map((w) => `WARNING: ${w}`)].join('\n');
  }
  const parts = [`audit log OK: ${r.eventsChecked} events, ${r.checkpointsChecked} checkpoints`];
  if (r.latestCheckpoint) {
    const cp = r.latestCheckpoint;
    parts.push(
      `latest checkpoint: size ${cp.treeSize}, root ${cp.rootHash.slice(0, 16)}…, key ${cp.keyId} (${r.keys})`,
    );
  }
  if (r.inclusion) {
    parts.push(
      `inclusion proof for seq ${r.inclusion.seq} in ${r.inclusion.signedRoot ? 'signed ' : ''}tree of ${r.inclusion.treeSize}: ok`,
    );
  }
  if (r.consistency) parts.push(`consistency proof ${r.consistency.fromSize} → ${r.consistency.toSize}: ok`);
  if (r.uncheckpointedEvents > 0) {
    parts.push(`${r.uncheckpointedEvents} events after the latest checkpoint are covered by the hash chain only`);
  }
  if (r.anchor) {
    const a = r.anchor;
    parts.push(`newest trusted external anchor: size ${a.treeSize} at ${new Date(a.ts).toISOString()} (${a.source})`);
  }
  const lines = [parts.join('\n  ')];
  for (const w of r.warnings) lines.push(`WARNING: ${w}`);
  return lines.join('\n');
}
