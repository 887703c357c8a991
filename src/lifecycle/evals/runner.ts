// Executes an evaluation run: every pending item goes through the gateway (as `registry:NAME/VERSION`, tagged
// with the run), is scored, and stored under (run, item). A retried or resumed job skips items already stored.
import type { GatewayCallOptions, GatewayResponse } from '../../server/areas.ts';
import type { JobProgress } from '../../jobs/types.ts';
import type { RequestWaiter } from '../request-waiter.ts';
import type { UpstreamSpec } from '../registry/types.ts';
import { percentile } from '../util.ts';
import type { DatasetItem } from './dataset.ts';
import { compileScorers, type Scorer, type ToolCall } from './scorers/index.ts';
import { bootstrapMean } from './stats.ts';
import type { EvalRun, EvalStore, ItemResult, RunSummary } from './store.ts';

export interface RunnerDeps {
  store: EvalStore;
  items(hash: string): Promise<DatasetItem[]>;
  spec(model: string, version: number): UpstreamSpec | null;
  gateway(path: string, body: unknown, opts?: GatewayCallOptions): Promise<GatewayResponse>;
  waiter: RequestWaiter;
  sleep?(ms: number): Promise<void>;
  /**
   * Answered calls of a run already in the request log (item index → call), for a resumed run: a node killed
   * after an item's call was recorded but before its result was stored must not call the gateway again.
   */
  recordedCalls?(runId: string): Promise<Map<number, RecordedCall>>;
}

/** An eval item's gateway call found in the request log, with its recorded answer. */
export interface RecordedCall {
  requestId: string;
  json: unknown;
  costUsd: number | null;
  latencyMs: number;
}

/** `{{name}}` → the item's variable; a variable the item lacks is an error for that item. */
export function renderTemplate(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (_, k: string) => {
    if (!(k in vars)) throw new Error(`the item has no variable "${k}" used by the template`);
    return String(vars[k]);
  });
}

export function messagesOf(item: DatasetItem, spec: UpstreamSpec | null): unknown[] {
  if (item.messages) return item.messages;
  const template = spec?.template;
  if (!template) throw new Error('the item has vars but the version has no template');
  return [{ role: 'user', content: renderTemplate(template, item.vars ?? {}) }];
}

function promptText(messages: unknown[]): string {
  return messages
    .map((m) => {
      const c = (m as { content?: unknown }).content;
      return typeof c === 'string' ? c : JSON.stringify(c);
    })
    .join('\n');
}

function answerOf(json: unknown): { output: string; toolCalls: ToolCall[] } {
  const msg = (json as { choices?: { message?: Record<string, unknown> }[] } | undefined)?.choices?.[0]?.message;
  const output = typeof msg?.content === 'string' ? msg.content : '';
  const calls = Array.isArray(msg?.tool_calls) ? (msg.tool_calls as { function?: Record<string, unknown> }[]) : [];
  const toolCalls = calls.map((c) => {
    const raw = c.function?.arguments;
    let args: unknown = raw;
    if (typeof raw === 'string') {
      try {
        args = JSON.parse(raw);
      } catch {
        args = raw;
      }
    }
    return { name: String(c.function?.name ?? ''), arguments: args };
  });
  return { output, toolCalls };
}

const RETRYABLE = (s: number) => s === 429 || s >= 500;

async function runItem(
  deps: RunnerDeps,
  run: EvalRun,
  idx: number,
  item: DatasetItem,
  scorers: Scorer[],
  spec: UpstreamSpec | null,
  recorded?: RecordedCall,
): Promise<ItemResult> {
  const base = { runId: run.id, idx, createdAt: Date.now() };
  let messages: unknown[];
  try {
    messages = messagesOf(item, spec);
  } catch (err) {
    return {
      ...base,
      ok: false,
      output: null,
      error: (err as Error).message,
      score: 0,
      scores: {},
      latencyMs: 0,
      costUsd: null,
      requestId: null,
    };
  }
  const tags = { eval_run: run.id, eval_item: String(idx) };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let res: GatewayResponse | null = null;
  let latencyMs = 0;
  let cost = 0;
  let costKnown = false;
  if (recorded) {
    res = { status: 200, headers: { 'x-request-id': recorded.requestId }, json: recorded.json, body: '' };
    latencyMs = recorded.latencyMs;
    cost = recorded.costUsd ?? 0;
    costKnown = recorded.costUsd !== null;
  }
  for (let attempt = 0; !recorded && attempt <= run.options.retries; attempt++) {
    if (attempt > 0) await sleep(Math.min(2000, 100 * 2 ** (attempt - 1)));
    const started = performance.now();
    res = await deps.gateway(
      '/v1/chat/completions',
      { model: `registry:${run.model}/${run.version}`, messages },
      { tags },
    );
    latencyMs = performance.now() - started;
    const rid = res.headers['x-request-id'];
    const record = typeof rid === 'string' ? await deps.waiter.wait(rid) : null;
    if (record?.costUsd != null) {
      cost += record.costUsd;
      costKnown = true;
    }
    if (!RETRYABLE(res.status)) break;
  }
  const requestId = typeof res?.headers['x-request-id'] === 'string' ? (res.headers['x-request-id'] as string) : null;
  const costUsd = costKnown ? cost : null;
  if (!res || res.status !== 200) {
    const msg = (res?.json as { error?: { message?: string } } | undefined)?.error?.message ?? '';
    return {
      ...base,
      ok: false,
      output: null,
      error: `gateway answered ${res?.status}: ${msg}`,
      score: 0,
      scores: {},
      latencyMs,
      costUsd,
      requestId,
    };
  }
  const { output, toolCalls } = answerOf(res.json);
  const scores: ItemResult['scores'] = {};
  try {
    for (const s of scorers) {
      if (s.needsReference && item.reference === undefined) throw new Error(`scorer ${s.name} needs a reference`);
      const r = await s.score(
        { output, toolCalls, item, prompt: promptText(messages) },
        { gateway: deps.gateway, tags },
      );
      scores[s.name] = { score: r.score, pass: r.pass, ...(r.reason ? { reason: r.reason } : {}) };
    }
  } catch (err) {
    return {
      ...base,
      ok: false,
      output,
      error: `scoring failed: ${(err as Error).message}`,
      score: 0,
      scores,
      latencyMs,
      costUsd,
      requestId,
    };
  }
  const vals = Object.values(scores).map((s) => s.score);
  const score = vals.reduce((a, b) => a + b, 0) / vals.length;
  return { ...base, ok: true, output, error: null, score, scores, latencyMs, costUsd, requestId };
}

export function summarize(results: ItemResult[], scorers: string[]): RunSummary {
  const overall = bootstrapMean(results.map((r) => r.score));
  const per: RunSummary['scorers'] = {};
  for (const name of scorers) {
    // An item that errored scores 0 on every scorer: errors count against the version.
    const vals = results.map((r) => r.scores[name]?.score ?? 0);
    const b = bootstrapMean(vals);
    per[name] = {
      mean: b.mean,
      ci95: b.ci95,
      pass_rate: results.filter((r) => r.scores[name]?.pass === true).length / Math.max(1, results.length),
    };
  }
  const cost = results.reduce((s, r) => s + (r.costUsd ?? 0), 0);
  const lat = results.filter((r) => r.ok).map((r) => r.latencyMs);
  return {
    items: results.length,
    errors: results.filter((r) => !r.ok).length,
    score: { mean: overall.mean, ci95: overall.ci95 },
    scorers: per,
    cost_usd: cost,
    cost_per_item_usd: results.length ? cost / results.length : 0,
    latency_ms: { p50: percentile(lat, 50), p95: percentile(lat, 95) },
  };
}

/** Runs the pending items of a run with bounded concurrency; returns the summary once every item is stored. */
export async function executeRun(
  deps: RunnerDeps,
  runId: string,
  signal: AbortSignal,
  progress: (p: JobProgress) => Promise<void>,
  /** This is a retried attempt of the run's job (its last node may have died mid-item). */
  resumed = false,
): Promise<RunSummary> {
  const run = await deps.store.get(runId);
  if (!run) throw new Error(`eval run ${runId} is gone`);
  const items = await deps.items(run.datasetHash);
  const scorers = compileScorers(run.scorers);
  const spec = deps.spec(run.model, run.version);
  const done = await deps.store.doneIndexes(runId);
  const pending = items.map((_, i) => i).filter((i) => !done.has(i));
  // A resumed run (some items stored, or a retried attempt) first looks for calls the last node made but did not
  // get to store.
  const recorded =
    pending.length > 0 && (done.size > 0 || resumed) && deps.recordedCalls
      ? await deps.recordedCalls(runId)
      : new Map<number, RecordedCall>();
  await deps.store.setStatus(runId, 'running');
  let next = 0;
  let stored = done.size;
  let reported = 0;
  const report = async () => {
    if (stored === reported) return;
    reported = stored;
    const p = await deps.store.progress(runId);
    await progress({ done: p.done, total: items.length, detail: { cost_usd: p.costUsd } });
  };
  const worker = async () => {
    while (next < pending.length) {
      if (signal.aborted) throw signal.reason ?? new Error('cancelled');
      const idx = pending[next++];
      const result = await runItem(deps, run, idx, items[idx], scorers, spec, recorded.get(idx));
      if (await deps.store.insertResult(result)) stored++;
      await report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.options.concurrency, pending.length)) }, worker));
  const summary = summarize(
    await deps.store.results(runId),
    scorers.map((s) => s.name),
  );
  await deps.store.setStatus(runId, 'completed', { summary, finishedAt: Date.now() });
  return summary;
}
