// The audit event: its shape, its hash (SHA-256 over RFC 8785 canonical JSON, chained through prev_hash),
// and its mapping to and from the audit_events row.
import { createHash } from 'node:crypto';
import { canonicalize, type JsonValue, wellFormed } from '../canonical-json.ts';
import { toNumber } from '../db.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  /** Who did it: a user, an API key id, or `system:<component>`. */
  actor: string;
  role: string;
  tenant?: string | null;
  /** Dotted verb, e.g. `key.create`, `killswitch.stop`, `guardrail.block`, `retention.run`. */
  action: string;
  /** What it was done to, e.g. `route:gpt-4o`, `key:k_123`. */
  resource: string;
  /** State before and after; only their hashes enter the log, never the state itself. */
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** Small JSON context kept in the chain. Never bodies or personal data: the chain cannot be erased. */
  details?: unknown;
}

export interface AuditEvent {
  seq: number;
  ts: number;
  actor: string;
  role: string;
  tenant: string | null;
  action: string;
  resource: string;
  beforeHash: string | null;
  afterHash: string | null;
  requestId: string | null;
  details: JsonValue | null;
  prevHash: string;
  hash: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Audited states and details hold what an admin sent, and JSON can carry an unpaired surrogate (`\ud800`) that
 * canonical JSON refuses: it is hashed and stored as U+FFFD, so such input cannot make an admin write go unaudited.
 */
const CLIENT_TEXT = { loneSurrogates: 'replace' } as const;

/** Hash of a state snapshot (before/after); absent or null state has no hash. */
export function stateHash(state: unknown): string | null {
  return state === undefined || state === null ? null : sha256Hex(canonicalize(state, CLIENT_TEXT));
}

/** Exactly the fields the event hash covers, named as the columns are. */
export function hashedFields(e: Omit<AuditEvent, 'hash'>): Record<string, JsonValue> {
  return {
    seq: e.seq,
    ts: e.ts,
    actor: e.actor,
    role: e.role,
    tenant: e.tenant,
    action: e.action,
    resource: e.resource,
    before_hash: e.beforeHash,
    after_hash: e.afterHash,
    request_id: e.requestId,
    details: e.details,
    prev_hash: e.prevHash,
  };
}

export function computeEventHash(e: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(canonicalize(hashedFields(e)));
}

/** Builds the next event of the chain. Details pass through canonical JSON so what is hashed is what is stored. */
export function buildEvent(input: AuditEventInput, seq: number, ts: number, prevHash: string): AuditEvent {
  const details =
    input.details === undefined ? null : (JSON.parse(canonicalize(input.details, CLIENT_TEXT)) as JsonValue);
  const fields: Omit<AuditEvent, 'hash'> = {
    seq,
    ts,
    actor: wellFormed(input.actor),
    role: input.role,
    tenant: input.tenant == null ? null : wellFormed(input.tenant),
    action: input.action,
    resource: wellFormed(input.resource),
    beforeHash: stateHash(input.before),
    afterHash: stateHash(input.after),
    requestId: input.requestId ?? null,
    details,
    prevHash,
  };
  return { ...fields, hash: computeEventHash(fields) };
}

export interface AuditEventRow {
  seq: number | string;
  ts: number | string;
  actor: string;
  role: string;
  tenant: string | null;
  action: string;
  resource: string;
  before_hash: string | null;
  after_hash: string | null;
  request_id: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

export function eventToRow(e: AuditEvent): AuditEventRow {
  return {
    seq: e.seq,
    ts: e.ts,
    actor: e.actor,
    role: e.role,
    tenant: e.tenant,
    action: e.action,
    resource: e.resource,
    before_hash: e.beforeHash,
    after_hash: e.afterHash,
    request_id: e.requestId,
    details: e.details === null ? null : canonicalize(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

/** Row to event. Unparseable details are kept as the raw text so verification reports a hash mismatch. */
export function rowToEvent(r: AuditEventRow): AuditEvent {
  let details: JsonValue | null = null;
  if (r.details !== null && r.details !== undefined) {
    try {
      details = JSON.parse(r.details) as JsonValue;
    } catch {
      details = r.details;
    }
  }
  return {
    seq: toNumber(r.seq),
    ts: toNumber(r.ts),
    actor: r.actor,
    role: r.role,
    tenant: r.tenant ?? null,
    action: r.action,
    resource: r.resource,
    beforeHash: r.before_hash ?? null,
    afterHash: r.after_hash ?? null,
    requestId: r.request_id ?? null,
    details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Reads an exported event: the camelCase AuditEvent form, or a snake_case row. */
export function eventFromJson(value: unknown): AuditEvent {
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || !('seq' in v)) throw new Error('not a Lintel audit event');
  if ('prev_hash' in v) {
    const details = v.details;
    return rowToEvent({
      ...(v as unknown as AuditEventRow),
      details:
        details === null || details === undefined || typeof details === 'string'
          ? (details ?? null)
          : canonicalize(details),
    });
  }
  const e = v as unknown as AuditEvent;
  return {
    seq: toNumber(e.seq),
    ts: toNumber(e.ts),
    actor: e.actor,
    role: e.role,
    tenant: e.tenant ?? null,
    action: e.action,
    resource: e.resource,
    beforeHash: e.beforeHash ?? null,
    afterHash: e.afterHash ?? null,
    requestId: e.requestId ?? null,
    details: e.details ?? null,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
