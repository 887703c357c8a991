// Running guards. The text is normalised once; guards run in configuration order; synchronous
// detectors run synchronously (no promise unless an async guard is configured for the stage);
// async guards (webhook) start together once the synchronous ones passed (a synchronous block
// means no webhook call at all); the first block short-circuits and aborts pending async guards. A failing guard never throws out of here:
// its `on_error` decides (closed → block, open → pass, recorded with the error).

import { createTextView, type TextView } from '../normalize/view.ts';
import { applyRedactions, type RedactSpan } from '../redact/apply.ts';
import { RedactionVault } from '../redact/vault.ts';
import type {
  BlockInfo,
  Detection,
  DetectInput,
  GuardAction,
  GuardContext,
  GuardDecision,
  GuardOutcome,
  GuardStage,
} from '../types.ts';
import { channelAction } from './channels.ts';
import type { CompiledGuard } from './compile.ts';

export type GuardScope = 'text' | 'request' | 'all';

/** The raw result of one guard on one text. */
export interface GuardHit {
  guard: CompiledGuard;
  detections: Detection[];
  latencyMs: number;
  error?: string;
  verdict?: 'block' | 'flag' | 'pass';
  reason?: string;
}

/** What a hit means: the action taken (null = nothing) and a reason for blocks. */
export interface GuardEffect {
  action: GuardAction | null;
  reason: string;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 200);
}

function keep(g: CompiledGuard, view: TextView, dets: Detection[]): Detection[] {
  let out = dets;
  if (g.threshold !== undefined) out = out.filter((d) => d.score >= g.threshold!);
  if (g.allow && out.length > 0) {
    const allowed = g.allow(view.raw);
    if (allowed.length > 0) out = out.filter((d) => !allowed.some((a) => a.start < d.end && d.start < a.end));
  }
  return out;
}

export function runSyncGuard(g: CompiledGuard, input: DetectInput): GuardHit {
  const t0 = performance.now();
  try {
    if (g.detector.kind !== 'sync') throw new Error('async detector in a synchronous run');
    const detections = keep(g, input.view, g.detector.detect(input));
    return { guard: g, detections, latencyMs: performance.now() - t0 };
  } catch (e) {
    return { guard: g, detections: [], latencyMs: performance.now() - t0, error: errorText(e) };
  }
}

export async function runAsyncGuard(g: CompiledGuard, input: DetectInput): Promise<GuardHit> {
  const t0 = performance.now();
  try {
    if (g.detector.kind !== 'async') return runSyncGuard(g, input);
    const v = await g.detector.detect(input);
    const detections = keep(g, input.view, v.detections);
    const verdict = v.verdict !== 'pass' && detections.length === 0 ? 'pass' : v.verdict;
    return { guard: g, detections, latencyMs: performance.now() - t0, verdict, reason: v.reason };
  } catch (e) {
    return { guard: g, detections: [], latencyMs: performance.now() - t0, error: errorText(e) };
  }
}

export function guardEffect(h: GuardHit): GuardEffect {
  const g = h.guard;
  if (h.error !== undefined) {
    return g.onError === 'closed'
      ? { action: 'block', reason: `guard failed (fail-closed): ${h.error}` }
      : { action: null, reason: '' };
  }
  if (h.verdict !== undefined) {
    // Webhook: "block" applies the guard's action; "flag" flags (or logs, for a log guard).
    if (h.verdict === 'pass') return { action: null, reason: '' };
    const reason = h.reason ?? `${g.detectorName} verdict ${h.verdict}`;
    if (h.verdict === 'flag') return { action: g.action === 'log' ? 'log' : 'flag', reason };
    return { action: g.action === 'redact' ? 'flag' : g.action, reason };
  }
  if (h.detections.length === 0) return { action: null, reason: '' };
  const top = h.detections.reduce((a, b) => (b.score > a.score ? b : a));
  return { action: g.action, reason: `${top.type} detected` };
}

export function toDecision(h: GuardHit, stage: GuardStage, effect: GuardEffect): GuardDecision {
  const d: GuardDecision = {
    guard: h.guard.name,
    detector: h.guard.detectorName,
    stage,
    action: effect.action ?? 'log',
    score: h.detections.reduce((m, x) => Math.max(m, x.score), h.error && effect.action === 'block' ? 1 : 0),
    spans: h.detections.map((x) => ({ start: x.start, end: x.end, type: x.type, score: x.score })),
    latencyMs: Math.round(h.latencyMs * 1000) / 1000,
  };
  if (h.error !== undefined) d.error = h.error;
  return d;
}

export class GuardPipeline {
  /** guardsFor() answers, computed once per (stage, scope): they are asked several times per request. */
  readonly #selected = new Map<string, CompiledGuard[]>();

  constructor(readonly guards: readonly CompiledGuard[]) {}

  /** Guards that run at `stage` (optionally only text- or request-scoped ones). Do not mutate the result. */
  guardsFor(stage: GuardStage, scope: GuardScope = 'all'): CompiledGuard[] {
    const key = `${stage}:${scope}`;
    let list = this.#selected.get(key);
    if (!list) {
      list = this.guards.filter(
        (g) => g.stages.has(stage) && (scope === 'all' || (scope === 'request') === (g.detector.scope === 'request')),
      );
      this.#selected.set(key, list);
    }
    return list;
  }

  /** The guards as they act on the context's channel (input only): some skipped, some with another action. */
  #forChannel(guards: CompiledGuard[], stage: GuardStage, ctx: GuardContext): CompiledGuard[] {
    if (stage !== 'input' || ctx.channel === undefined) return guards;
    let out: CompiledGuard[] | null = null;
    guards.forEach((g, i) => {
      const a = channelAction(g.detectorName, g.action, g.channels, ctx.channel);
      if (a === g.action && out === null) return;
      out ??= guards.slice(0, i);
      if (a === g.action) out.push(g);
      else if (a !== 'skip') out.push({ ...g, action: a, onError: g.onError });
    });
    return out ?? guards;
  }

  hasAsync(stage: GuardStage): boolean {
    return this.guardsFor(stage).some((g) => g.detector.kind === 'async');
  }

  runInput(text: string, ctx: GuardContext = {}): Promise<GuardOutcome> {
    return Promise.resolve(this.check('input', text, ctx));
  }

  runOutput(text: string, ctx: GuardContext = {}): Promise<GuardOutcome> {
    return Promise.resolve(this.check('output', text, ctx));
  }

  /**
   * Runs the stage's guards on `text`. Returns synchronously when no async guard applies, so hot
   * paths can skip the promise; otherwise a promise.
   */
  check(
    stage: GuardStage,
    text: string,
    ctx: GuardContext = {},
    scope: GuardScope = 'all',
  ): GuardOutcome | Promise<GuardOutcome> {
    const guards = this.#forChannel(this.guardsFor(stage, scope), stage, ctx);
    const acc = new OutcomeBuilder(stage, text, ctx);
    if (guards.length === 0) return acc.finish();
    const input: DetectInput = { view: createTextView(text), stage, ctx };
    const pending: { index: number; guard: CompiledGuard }[] = [];
    for (const [index, g] of guards.entries()) {
      if (g.detector.kind === 'async') {
        pending.push({ index, guard: g });
        continue;
      }
      if (acc.add(runSyncGuard(g, input))) return acc.finish();
    }
    if (pending.length === 0) return acc.finish();
    return this.#awaitAsync(pending, input, acc);
  }

  /** Async guards run concurrently; the first block (in completion order) aborts the rest. */
  async #awaitAsync(
    pending: { index: number; guard: CompiledGuard }[],
    input: DetectInput,
    acc: OutcomeBuilder,
  ): Promise<GuardOutcome> {
    const abort = new AbortController();
    const signal = input.ctx.signal ? AbortSignal.any([input.ctx.signal, abort.signal]) : abort.signal;
    const asyncInput: DetectInput = { ...input, ctx: { ...input.ctx, signal } };
    const running = new Map<number, Promise<{ i: number; hit: GuardHit }>>();
    pending.forEach((p, i) => {
      running.set(
        i,
        runAsyncGuard(p.guard, asyncInput).then((hit) => ({ i, hit })),
      );
    });
    while (running.size > 0) {
      const { i, hit } = await Promise.race(running.values());
      running.delete(i);
      if (acc.add(hit)) {
        abort.abort();
        break;
      }
    }
    return acc.finish();
  }
}

/** Accumulates hits into an outcome; `add` returns true when the run must stop (block). */
class OutcomeBuilder {
  decisions: GuardDecision[] = [];
  timings: { guard: string; latencyMs: number }[] = [];
  redact: RedactSpan[] = [];
  flagged = false;
  blockedBy?: BlockInfo;

  constructor(
    readonly stage: GuardStage,
    readonly text: string,
    readonly ctx: GuardContext,
  ) {}

  add(h: GuardHit): boolean {
    this.timings.push({ guard: h.guard.name, latencyMs: Math.round(h.latencyMs * 1000) / 1000 });
    const effect = guardEffect(h);
    if (effect.action === null && h.error === undefined) return false;
    const d = toDecision(h, this.stage, effect);
    if (this.ctx.channel !== undefined) d.channel = this.ctx.channel;
    this.decisions.push(d);
    switch (effect.action) {
      case 'block':
        this.blockedBy = { guard: h.guard.name, detector: h.guard.detectorName, reason: effect.reason };
        return true;
      case 'redact':
        for (const d of h.detections) {
          this.redact.push({ start: d.start, end: d.end, type: d.type, reversible: h.guard.reversible });
        }
        return false;
      case 'flag':
        this.flagged = true;
        return false;
      default:
        return false;
    }
  }

  finish(): GuardOutcome {
    const out: GuardOutcome = {
      blocked: this.blockedBy !== undefined,
      flagged: this.flagged,
      text: this.text,
      decisions: this.decisions,
      timings: this.timings,
    };
    if (this.blockedBy) {
      out.blockedBy = this.blockedBy;
      return out;
    }
    if (this.redact.length > 0) {
      const vault = this.ctx.vault ?? new RedactionVault();
      out.text = applyRedactions(this.text, this.redact, vault);
      out.redactions = vault;
    }
    return out;
  }
}
