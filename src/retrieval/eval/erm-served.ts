// The ERM protocol through a running node, for any search mode (lexical, dense, hybrid with a given fusion): the
// corpus is ingested into a fresh collection (with an embeddings route), and for each random split the evolve
// claims' qrels go in as feedback (`POST /v1/retrieve/feedback`, doc_key), the keys are committed, the held-out
// claims are scored by the live evaluation (`POST …/eval`) before and after, and the keys are rolled back to
// version 0. Lexical and dense keys are both learned from the same feedback, exactly as the node serves them.
// The splits are those of the in-process lexical protocol (same seed → same held-out claims).
import { resolve } from 'node:path';
import { createRng, shuffled } from '../../util/prng.ts';
import type { FusionSetting } from '../types.ts';
import { type BeirQuery, readQrels, readQueries } from './beir.ts';
import type { LiveEvalReport } from './live.ts';
import { meanSd, type Qrels } from './metrics.ts';

/** A search as evaluated: a mode and, for hybrid, the fusion (absent: the collection's default, RRF 1:1). */
export interface EvalMode {
  label: string;
  mode: 'lexical' | 'dense' | 'hybrid';
  fusion?: FusionSetting;
}

/**
 * `lexical`, `dense`, `hybrid` (RRF 1:1), `hybrid:rrf:<dense weight>`, `hybrid:weighted:<lexical>:<dense>`,
 * comma-separated.
 */
export function parseModes(spec: string): EvalMode[] {
  return spec.split(',').map((raw) => {
    const label = raw.trim();
    const [mode, method, a, b] = label.split(':');
    const num = (x: string | undefined) => {
      const n = Number(x);
      if (x === undefined || x === '' || !(n >= 0)) throw new Error(`--modes: "${label}" needs numbers ≥ 0`);
      return n;
    };
    if ((mode === 'lexical' || mode === 'dense' || mode === 'hybrid') && method === undefined) return { label, mode };
    if (mode === 'hybrid' && method === 'rrf' && b === undefined)
      return { label, mode, fusion: { method: 'rrf', dense_weight: num(a) } };
    if (mode === 'hybrid' && method === 'weighted')
      return { label, mode, fusion: { method: 'weighted', lexical: num(a), dense: num(b) } };
    throw new Error(
      `--modes: "${label}" is not lexical, dense, hybrid, hybrid:rrf:<dense weight> or hybrid:weighted:<lexical>:<dense>`,
    );
  });
}

/** A call to the node's API; errors carry the HTTP status. */
export type ApiCall = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>;

export interface ServedErmOptions {
  corpus: string;
  queries: string;
  qrels: string;
  /** The embeddings route the collection uses (dense keys need one). */
  embedModel: string;
  dimensions?: number;
  /** Created for the run and deleted afterwards. */
  collection: string;
  modes: EvalMode[];
  splits: number;
  evolveFraction: number;
  seed: number;
  /** ERM settings of the collection (e.g. denseEta, denseMaxNorm); defaults otherwise. */
  erm?: Record<string, number>;
  /** Progress lines (stderr in the CLI). */
  log?(line: string): void;
}

interface Pair {
  before: number;
  after: number;
}

export interface ServedModeSplit extends Pair {
  /** Key versions the two evaluations ran at (before: 0, after: the evolved version). */
  keyVersions: Pair;
  untouched: Pair & { queries: number };
  touched: Pair & { queries: number };
}

export interface ServedSplit {
  split: number;
  evolve: number;
  heldOut: number;
  feedback: { sent: number; accepted: number; dense: number; refused: Record<string, number> };
  modes: Record<string, ServedModeSplit>;
}

type Ms = { mean: number; sd: number };

export interface ServedErmReport {
  collection: string;
  embedModel: string;
  ingest: Record<string, unknown>;
  queries: number;
  erm: Record<string, number>;
  splits: ServedSplit[];
  /** Per mode, over the splits: held-out nDCG@10 before/after and the differences. */
  modes: Record<string, { before: Ms; after: Ms; delta: Ms; untouchedDelta: Ms; touchedDelta: Ms }>;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

export async function runServedErmProtocol(call: ApiCall, o: ServedErmOptions): Promise<ServedErmReport> {
  const log = o.log ?? (() => {});
  const qrels: Qrels = readQrels(o.qrels);
  const judged = readQueries(o.queries).filter((q) => qrels.has(q.id));
  if (judged.length === 0) throw new Error('no query in the queries file has judgements in the qrels file');
  // The node reads the corpus itself; its documents are keyed "<path>#<_id>".
  const corpusPath = resolve(o.corpus);
  const docKey = (id: string) => `${corpusPath}#${id}`;
  const col = `/admin/retrieval/collections/${encodeURIComponent(o.collection)}`;

  await call('POST', '/admin/retrieval/collections', {
    name: o.collection,
    settings: {
      embeddingModel: o.embedModel,
      ...(o.dimensions ? { embedDimensions: o.dimensions } : {}),
      embedBatch: 128,
      chunking: { maxTokens: 512, overlapTokens: 32 },
      ...(o.erm ? { erm: o.erm } : {}),
    },
  });
  try {
    const ingest = await ingestAndWait(call, col, corpusPath);
    log(`ingested: ${JSON.stringify(ingest)}`);
    const judgments = (qs: BeirQuery[]) =>
      qs.map((q) => ({
        query: q.text,
        relevant: Object.fromEntries([...(qrels.get(q.id) ?? [])].map(([d, r]) => [docKey(d), r])),
      }));
    const evaluate = async (m: EvalMode, qs: BeirQuery[]) =>
      (await call('POST', `${col}/eval`, {
        mode: m.mode,
        ...(m.fusion ? { fusion: m.fusion } : {}),
        judgments: judgments(qs),
      })) as LiveEvalReport;

    const rng = createRng(o.seed);
    const splits: ServedSplit[] = [];
    for (let s = 0; s < o.splits; s++) {
      const order = shuffled(judged, rng);
      const cut = Math.round(order.length * o.evolveFraction);
      const evolve = order.slice(0, cut);
      const held = order.slice(cut);
      const before = new Map<string, LiveEvalReport>();
      for (const m of o.modes) before.set(m.label, await evaluate(m, held));

      const feedback: ServedSplit['feedback'] = { sent: 0, accepted: 0, dense: 0, refused: {} };
      const fed = new Set<string>();
      for (const q of evolve) {
        for (const [doc, relevance] of qrels.get(q.id) ?? []) {
          feedback.sent++;
          const r = await sendFeedback(call, o.collection, q.text, docKey(doc), relevance);
          if (r.accepted) {
            feedback.accepted++;
            fed.add(doc);
            if (r.dense) feedback.dense++;
          } else feedback.refused[r.reason] = (feedback.refused[r.reason] ?? 0) + 1;
        }
      }
      if (feedback.accepted === 0) throw new Error(`split ${s}: no feedback was accepted: ${JSON.stringify(feedback)}`);
      await call('POST', `${col}/keys/commit`, {});

      const touchedAt = held.map((q) => [...(qrels.get(q.id)?.keys() ?? [])].some((d) => fed.has(d)));
      const part = (r: LiveEvalReport, touched: boolean) =>
        mean(r.per_query.filter((_, i) => touchedAt[i] === touched).map((x) => x.ndcg10));
      const modes: ServedSplit['modes'] = {};
      for (const m of o.modes) {
        const b = before.get(m.label) as LiveEvalReport;
        const a = await evaluate(m, held);
        const touchedN = touchedAt.filter(Boolean).length;
        modes[m.label] = {
          before: b.metrics.ndcg10,
          after: a.metrics.ndcg10,
          keyVersions: { before: b.key_version, after: a.key_version },
          untouched: { queries: held.length - touchedN, before: part(b, false), after: part(a, false) },
          touched: { queries: touchedN, before: part(b, true), after: part(a, true) },
        };
      }
      // Keys reset: the next split starts from the ingested keys (lexical and dense).
      await call('POST', `${col}/keys/rollback`, { version: 0 });
      splits.push({ split: s, evolve: evolve.length, heldOut: held.length, feedback, modes });
      log(`split ${s}: ${JSON.stringify({ feedback, modes })}`);
    }
    const over = (label: string, f: (x: ServedModeSplit) => number) =>
      meanSd(splits.map((sp) => f(sp.modes[label] as ServedModeSplit)));
    return {
      collection: o.collection,
      embedModel: o.embedModel,
      ingest,
      queries: judged.length,
      erm: o.erm ?? {},
      splits,
      modes: Object.fromEntries(
        o.modes.map((m) => [
          m.label,
          {
            before: over(m.label, (x) => x.before),
            after: over(m.label, (x) => x.after),
            delta: over(m.label, (x) => x.after - x.before),
            untouchedDelta: over(m.label, (x) => x.untouched.after - x.untouched.before),
            touchedDelta: over(m.label, (x) => x.touched.after - x.touched.before),
          },
        ]),
      ),
    };
  } finally {
    await call('DELETE', col);
  }
}

async function ingestAndWait(call: ApiCall, col: string, path: string): Promise<Record<string, unknown>> {
  const { job } = (await call('POST', `${col}/ingest`, { sources: [{ kind: 'files', path }] })) as { job: string };
  for (;;) {
    const info = (await call('GET', `/admin/retrieval/jobs/${encodeURIComponent(job)}`)) as {
      state: string;
      result?: Record<string, unknown>;
    };
    if (info.state === 'completed') return info.result ?? {};
    if (info.state === 'dead' || info.state === 'cancelled')
      throw new Error(`ingestion ended ${info.state}: ${JSON.stringify(info)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One judgement as feedback; a document the node cannot credit (400: e.g. no chunk left after dedupe) is refused. */
async function sendFeedback(
  call: ApiCall,
  collection: string,
  query: string,
  docKey: string,
  relevance: number,
): Promise<{ accepted: boolean; dense: boolean; reason: string }> {
  try {
    const r = (await call('POST', '/v1/retrieve/feedback', { collection, query, doc_key: docKey, relevance })) as {
      accepted: boolean;
      dense: boolean;
      reason: string | null;
    };
    return { accepted: r.accepted, dense: r.dense, reason: r.reason ?? '' };
  } catch (err) {
    if ((err as { status?: number }).status === 400)
      return { accepted: false, dense: false, reason: (err as Error).message };
    throw err;
  }
}
