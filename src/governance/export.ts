// Evidence export: one bundle (evidence.json + SUMMARY.md) for auditors, covering a period: configuration
// versions, audit checkpoints and the verification result, kill-switch events, guardrail statistics and
// retention runs — each section mapped to the EU AI Act articles and NIST AI RMF functions it supports.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../storage/database.ts';
import { checkpointToJson } from './audit/checkpoint.ts';
import type { AuditEvent } from './audit/event.ts';
import { iterateAuditEvents, readAuditEvents, readCheckpoints } from './audit/read.ts';
import type { AuditSigner } from './audit/signer.ts';
import { type VerifyReport, verifyAuditLog } from './audit/verify.ts';
import { assertIdentifier, columnNames, tableExists } from './db.ts';

export type NistFunction = 'Govern' | 'Map' | 'Measure' | 'Manage';

export interface EvidenceSection<T> {
  title: string;
  euAiAct: string[];
  nistAiRmf: NistFunction[];
  /** Why the section supports those provisions. */
  rationale: string;
  data: T;
}

export interface ConfigVersionsData {
  available: boolean;
  note?: string;
  /** Versions created in the period, plus the one in force when it began. */
  versions: Record<string, unknown>[];
  omittedColumns: string[];
}

export interface AuditData {
  verification: VerifyReport;
  eventsInPeriod: number;
  actionsInPeriod: Record<string, number>;
  checkpointsInPeriod: Record<string, string | number>[];
  latestCheckpoint: Record<string, string | number> | null;
  publicKeys: { keyId: string; publicKeyPem: string }[];
}

export interface GuardrailData {
  available: boolean;
  note?: string;
  requests: number;
  requestsWithDecisions: number;
  blockedRequests: number;
  decisions: number;
  byAction: Record<string, number>;
  byDetector: { guard: string; detector: string; stage: string; action: string; count: number }[];
}

export interface EvidenceBundle {
  format: 'lintel.evidence/v1';
  generatedAt: string;
  period: { from: string; to: string };
  store: string;
  sections: {
    audit: EvidenceSection<AuditData>;
    configVersions: EvidenceSection<ConfigVersionsData>;
    killSwitch: EvidenceSection<{ events: AuditEvent[] }>;
    guardrails: EvidenceSection<GuardrailData>;
    retention: EvidenceSection<{ runs: AuditEvent[]; shredding: AuditEvent[] }>;
  };
}

export interface ExportEvidenceOptions {
  /** Epoch ms, Date, or ISO text; a date-only `to` means the end of that day (UTC). */
  from: number | Date | string;
  to: number | Date | string;
  outDir: string;
  /** Trusted public key(s) for the verification (default: the keys in the store). */
  publicKeyPem?: string | string[];
  /** When given, evidence.json is signed (evidence.json.sig, base64 Ed25519). */
  signer?: AuditSigner;
  now?: () => number;
  configVersionsTable?: string;
  requestsTable?: string;
}

export interface ExportResult {
  bundle: EvidenceBundle;
  files: string[];
  sha256: string;
}

/** Parses a period bound; date-only `to` values cover the whole day. */
export function parseInstant(value: number | Date | string, end = false): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (/^\d+$/.test(value)) return Number(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${value}`);
  return dateOnly && end ? ms + 86_400_000 - 1 : ms;
}

const iso = (ms: number) => new Date(ms).toISOString();

// Columns that may hold whole configuration documents (possibly with secrets); the hash stands for them.
const CONTENT_COLUMNS = new Set(['content', 'yaml', 'body', 'config', 'document', 'raw', 'text']);
const TIME_COLUMNS = ['created_at', 'loaded_at', 'applied_at', 'ts', 'at', 'time'];

async function configVersions(
  database: Database,
  table: string,
  from: number,
  to: number,
): Promise<ConfigVersionsData> {
  assertIdentifier(table);
  if (!(await tableExists(database, table))) {
    return { available: false, note: `no ${table} table in this store`, versions: [], omittedColumns: [] };
  }
  const columns = await columnNames(database, table);
  const time = TIME_COLUMNS.find((c) => columns.includes(c));
  const keep = columns.filter((c) => !CONTENT_COLUMNS.has(c));
  const omittedColumns = columns.filter((c) => CONTENT_COLUMNS.has(c));
  if (!time) {
    const rows = await database.db.selectFrom(table).select(keep).execute();
    return { available: true, note: 'no time column: every version listed', versions: rows, omittedColumns };
  }
  const inForce = await database.db
    .selectFrom(table)
    .select(keep)
    .where(time, '<', from)
    .orderBy(time, 'desc')
    .limit(1)
    .execute();
  const during = await database.db
    .selectFrom(table)
    .select(keep)
    .where(time, '>=', from)
    .where(time, '<=', to)
    .orderBy(time)
    .execute();
  return { available: true, versions: [...inForce, ...during], omittedColumns };
}

interface Decision {
  guard?: string;
  detector?: string;
  stage?: string;
  action?: string;
}

async function guardrailStats(database: Database, table: string, from: number, to: number): Promise<GuardrailData> {
  assertIdentifier(table);
  const empty: GuardrailData = {
    available: false,
    requests: 0,
    requestsWithDecisions: 0,
    blockedRequests: 0,
    decisions: 0,
    byAction: {},
    byDetector: [],
  };
  if (!(await tableExists(database, table))) return { ...empty, note: `no ${table} table in this store` };
  const columns = await columnNames(database, table);
  if (!columns.includes('guardrails') || !columns.includes('received_at') || !columns.includes('id')) {
    return { ...empty, note: `${table} has no guardrails / received_at / id columns` };
  }
  const stats: GuardrailData = { ...empty, available: true };
  const byDetector = new Map<string, GuardrailData['byDetector'][number]>();
  const page = 5000;
  let after: string | null = null;
  for (;;) {
    let q = database.db
      .selectFrom(table)
      .select(['id', 'guardrails'])
      .where('received_at', '>=', from)
      .where('received_at', '<=', to);
    if (after !== null) q = q.where('id', '>', after);
    const rows = await q.orderBy('id').limit(page).execute();
    for (const row of rows) {
      stats.requests++;
      const decisions = parseDecisions(row.guardrails);
      if (decisions.length > 0) stats.requestsWithDecisions++;
      if (decisions.some((d) => d.action === 'block')) stats.blockedRequests++;
      for (const d of decisions) {
        stats.decisions++;
        const action = d.action ?? 'unknown';
        stats.byAction[action] = (stats.byAction[action] ?? 0) + 1;
        const entry = {
          guard: d.guard ?? 'unknown',
          detector: d.detector ?? 'unknown',
          stage: d.stage ?? 'unknown',
          action,
        };
        const key = JSON.stringify(entry);
        const found = byDetector.get(key);
        if (found) found.count++;
        else byDetector.set(key, { ...entry, count: 1 });
      }
    }
    if (rows.length < page) break;
    after = String(rows[rows.length - 1].id);
  }
  stats.byDetector = [...byDetector.values()].sort((a, b) => b.count - a.count);
  return stats;
}

function parseDecisions(value: unknown): Decision[] {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return [];
    }
  }
  return Array.isArray(v) ? (v.filter((d) => d && typeof d === 'object') as Decision[]) : [];
}

/** Builds the bundle without writing it. */
export async function collectEvidence(
  database: Database,
  opts: Omit<ExportEvidenceOptions, 'outDir' | 'signer'>,
): Promise<EvidenceBundle> {
  const from = parseInstant(opts.from);
  const to = parseInstant(opts.to, true);
  if (from > to) throw new Error('the period ends before it starts');
  const now = opts.now ?? Date.now;

  const verification = await verifyAuditLog(database, { publicKeyPem: opts.publicKeyPem });
  const actionsInPeriod: Record<string, number> = {};
  let eventsInPeriod = 0;
  for await (const e of iterateAuditEvents(database, { fromTs: from, toTs: to })) {
    eventsInPeriod++;
    actionsInPeriod[e.action] = (actionsInPeriod[e.action] ?? 0) + 1;
  }
  const checkpoints = await readCheckpoints(database);
  const latest = checkpoints.at(-1);
  const keys = await database.db
    .selectFrom('audit_keys')
    .select(['key_id', 'public_key_pem'])
    .orderBy('created_at')
    .execute();

  return {
    format: 'lintel.evidence/v1',
    generatedAt: iso(now()),
    period: { from: iso(from), to: iso(to) },
    store: database.describe,
    sections: {
      audit: {
        title: 'Audit log integrity',
        euAiAct: ['Art. 12', 'Art. 19'],
        nistAiRmf: ['Govern', 'Measure'],
        rationale:
          'Automatic, tamper-evident event logs (hash chain, signed Merkle checkpoints) that anyone holding the public key can verify; kept and available for the retention period.',
        data: {
          verification,
          eventsInPeriod,
          actionsInPeriod,
          checkpointsInPeriod: checkpoints.filter((c) => c.ts >= from && c.ts <= to).map(checkpointToJson),
          latestCheckpoint: latest ? checkpointToJson(latest) : null,
          publicKeys: keys.map((k) => ({ keyId: k.key_id as string, publicKeyPem: k.public_key_pem as string })),
        },
      },
      configVersions: {
        title: 'Configuration versions',
        euAiAct: ['Art. 12'],
        nistAiRmf: ['Govern', 'Map'],
        rationale:
          'Which configuration (routes, models, guardrail policies) was in force when: traceability of the system’s operation and its changes.',
        data: await configVersions(database, opts.configVersionsTable ?? 'config_versions', from, to),
      },
      killSwitch: {
        title: 'Human oversight: kill switch',
        euAiAct: ['Art. 14'],
        nistAiRmf: ['Manage'],
        rationale:
          'Every stop and resume of a route, model, provider, key or tenant, with who did it and why: the means to interrupt the system (Art. 14(4)(e)); NIST MANAGE 2.4 (supersede, disengage or deactivate).',
        data: { events: await readAuditEvents(database, { actionPrefix: 'killswitch.', fromTs: from, toTs: to }) },
      },
      guardrails: {
        title: 'Guardrail decisions',
        euAiAct: ['Art. 12', 'Art. 14'],
        nistAiRmf: ['Measure', 'Manage'],
        rationale:
          'How often input and output checks flagged, redacted or blocked content, per detector: monitoring of operation and of situations that may present a risk.',
        data: await guardrailStats(database, opts.requestsTable ?? 'requests', from, to),
      },
      retention: {
        title: 'Retention and erasure',
        euAiAct: ['Art. 19', 'Art. 12'],
        nistAiRmf: ['Govern', 'Manage'],
        rationale:
          'Retention runs with their counts per tenant, and crypto-shredding of tenant data keys: logs kept for the required period and no longer.',
        data: {
          runs: await readAuditEvents(database, { actionPrefix: 'retention.run', fromTs: from, toTs: to }),
          shredding: await readAuditEvents(database, { actionPrefix: 'tenant.shred', fromTs: from, toTs: to }),
        },
      },
    },
  };
}

/** Writes evidence.json and SUMMARY.md (and evidence.json.sig when a signer is given) into `outDir`. */
export async function exportEvidence(database: Database, opts: ExportEvidenceOptions): Promise<ExportResult> {
  const bundle = await collectEvidence(database, opts);
  mkdirSync(opts.outDir, { recursive: true });
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  const sha256 = createHash('sha256').update(json, 'utf8').digest('hex');
  const files = [join(opts.outDir, 'evidence.json'), join(opts.outDir, 'SUMMARY.md')];
  writeFileSync(files[0], json);
  let signature: { keyId: string } | undefined;
  if (opts.signer) {
    const sigFile = join(opts.outDir, 'evidence.json.sig');
    writeFileSync(sigFile, `${opts.signer.sign(Buffer.from(json, 'utf8')).toString('base64')}\n`);
    files.push(sigFile);
    signature = { keyId: opts.signer.keyId };
  }
  writeFileSync(files[1], renderSummary(bundle, sha256, signature));
  return { bundle, files, sha256 };
}

function table(header: string[], rows: (string | number)[][]): string {
  const esc = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function eventRows(events: AuditEvent[]): (string | number)[][] {
  return events.map((e) => [
    e.seq,
    iso(e.ts),
    e.actor,
    e.action,
    e.resource,
    e.tenant ?? '',
    e.details === null ? '' : JSON.stringify(e.details),
  ]);
}

export function renderSummary(b: EvidenceBundle, sha256: string, signature?: { keyId: string }): string {
  const s = b.sections;
  const v = s.audit.data.verification;
  const out: string[] = [];
  out.push('# Lintel governance evidence', '');
  out.push(`- Period: ${b.period.from} to ${b.period.to}`);
  out.push(`- Generated: ${b.generatedAt}`);
  out.push(`- Store: ${b.store}`);
  out.push(`- evidence.json SHA-256: \`${sha256}\``);
  if (signature) out.push(`- evidence.json signed (evidence.json.sig, Ed25519) by audit key \`${signature.keyId}\``);
  out.push('', '## Regulatory mapping', '');
  out.push(
    table(
      ['Section', 'EU AI Act', 'NIST AI RMF', 'Why'],
      Object.values(s).map((sec) => [sec.title, sec.euAiAct.join(', '), sec.nistAiRmf.join(', '), sec.rationale]),
    ),
  );

  out.push('', `## ${s.audit.title}`, '');
  out.push(
    v.ok
      ? `Verification: **OK** — ${v.eventsChecked} events and ${v.checkpointsChecked} signed checkpoints check out (keys: ${v.keys}).`
      : `Verification: **FAILED**${v.firstBadSeq !== undefined ? ` at seq ${v.firstBadSeq}` : ''} — ${v.problem}`,
  );
  if (v.inclusion)
    out.push(
      `Inclusion proof for event ${v.inclusion.seq} in tree of ${v.inclusion.treeSize}: ${v.inclusion.ok ? 'ok' : 'failed'}.`,
    );
  if (v.consistency) {
    out.push(
      `Consistency proof ${v.consistency.fromSize} → ${v.consistency.toSize}: ${v.consistency.ok ? 'ok' : 'failed'}.`,
    );
  }
  const latest = s.audit.data.latestCheckpoint;
  if (latest)
    out.push(
      `Latest checkpoint: size ${latest.tree_size}, root \`${latest.root_hash}\`, key \`${latest.key_id}\`, ${iso(Number(latest.ts))}.`,
    );
  out.push(
    `Events in period: ${s.audit.data.eventsInPeriod}; checkpoints in period: ${s.audit.data.checkpointsInPeriod.length}.`,
  );
  const actions = Object.entries(s.audit.data.actionsInPeriod).sort((a, b) => b[1] - a[1]);
  if (actions.length > 0) out.push('', table(['Action', 'Events'], actions));

  out.push('', `## ${s.configVersions.title}`, '');
  const cv = s.configVersions.data;
  if (!cv.available) out.push(`Not available: ${cv.note}.`);
  else {
    out.push(`${cv.versions.length} version(s) in force during the period.${cv.note ? ` ${cv.note}.` : ''}`);
    if (cv.versions.length > 0) {
      const cols = Object.keys(cv.versions[0]);
      out.push(
        '',
        table(
          cols,
          cv.versions.map((r) => cols.map((c) => String(r[c] ?? ''))),
        ),
      );
    }
  }

  out.push('', `## ${s.killSwitch.title}`, '');
  const ks = s.killSwitch.data.events;
  out.push(
    ks.length === 0
      ? 'No kill-switch events in the period.'
      : table(['Seq', 'Time', 'Actor', 'Action', 'Resource', 'Tenant', 'Details'], eventRows(ks)),
  );

  out.push('', `## ${s.guardrails.title}`, '');
  const g = s.guardrails.data;
  if (!g.available) out.push(`Not available: ${g.note}.`);
  else {
    out.push(
      `${g.requests} requests; ${g.requestsWithDecisions} with guardrail decisions; ${g.blockedRequests} blocked; ${g.decisions} decisions in all.`,
    );
    if (g.byDetector.length > 0) {
      out.push(
        '',
        table(
          ['Guard', 'Detector', 'Stage', 'Action', 'Count'],
          g.byDetector.map((d) => [d.guard, d.detector, d.stage, d.action, d.count]),
        ),
      );
    }
  }

  out.push('', `## ${s.retention.title}`, '');
  const r = s.retention.data;
  out.push(
    r.runs.length === 0
      ? 'No retention runs in the period.'
      : table(['Seq', 'Time', 'Actor', 'Action', 'Resource', 'Tenant', 'Details'], eventRows(r.runs)),
  );
  if (r.shredding.length > 0) {
    out.push(
      '',
      'Crypto-shredding:',
      '',
      table(['Seq', 'Time', 'Actor', 'Action', 'Resource', 'Tenant', 'Details'], eventRows(r.shredding)),
    );
  }
  out.push('');
  return out.join('\n');
}
