// The hot path: every finished request updates its (minute, dimensions) aggregate in memory — a few counter
// increments, five sketch inserts and a language vote on a short prefix. Text n-grams are hashed only for
// the requests the window's reservoir keeps (Algorithm R), so their cost falls as traffic grows. A timer
// flushes the aggregates as one batch of rows; nothing touches the store per request.
import type { RequestContext } from '../../gateway/context.ts';
import type { RequestRecord } from '../../spec/record.ts';
import { createRng } from '../../util/prng.ts';
import { type Clock, minuteOf } from '../clock.ts';
import { detectLanguage, isRefusal } from '../text/answer.ts';
import { hashedNgrams, ngramTerms } from '../text/hash.ts';
import {
  type Aggregate,
  addScore,
  addTerms,
  countCategory,
  mergeInto,
  newAggregate,
  MAX_TERMS,
  TEXT_RESERVOIR,
} from './aggregate.ts';
import { answerOf, type Dimensions, dimensionKey, dimensionsOf, promptOf } from './features.ts';

export interface PendingWindow {
  minute: number;
  dims: Dimensions;
  agg: Aggregate;
}

/** What a request's id resolves to for later feedback (kept for recent requests, before the record is stored). */
export interface RecentRequest {
  tenant: string | null;
  dims: Dimensions;
}

const RECENT_MAX = 50_000;

export class SignalCollector {
  private pending = new Map<string, PendingWindow>();
  /** Text reservoirs live for their whole minute (not per flush), so only ~32 answers a minute are hashed. */
  private texts = new Map<string, { minute: number; dims: Dimensions; text: Aggregate['text'] }>();
  private readonly recent = new Map<string, RecentRequest>();
  private readonly rng = createRng(0x5eed);
  private lastKey = '';

  constructor(private readonly clock: Clock) {}

  /** The aggregate for `dims` in the current minute (created on first use). */
  windowFor(dims: Dimensions, at = this.clock.now()): Aggregate {
    const minute = minuteOf(at);
    const key = `${minute}\u0001${dimensionKey(dims)}`;
    this.lastKey = key;
    let w = this.pending.get(key);
    if (!w) {
      w = { minute, dims, agg: newAggregate() };
      this.pending.set(key, w);
    }
    return w.agg;
  }

  observe(ctx: RequestContext, r: RequestRecord): void {
    const dims = dimensionsOf(r);
    const a = this.windowFor(dims);
    a.n++;
    const failed = r.status >= 500 || r.status === 0;
    if (failed) a.failed++;
    if (r.status >= 400 || r.status === 0) {
      a.errors++;
      countCategory(a.cat.error_class, r.errorType ?? `http_${r.status}`);
    }
    const latency = r.doneAt - r.receivedAt;
    a.num.latency_ms.add(latency);
    if (r.ttftMs !== null) a.num.ttft_ms.add(r.ttftMs);
    if (r.inputTokens !== null) a.inTokens += r.inputTokens;
    if (r.outputTokens !== null) {
      a.outTokens += r.outputTokens;
      a.num.output_tokens.add(r.outputTokens);
    }
    if (r.costUsd !== null) {
      a.cost += r.costUsd;
      a.costN++;
    }
    if (r.modelServed) countCategory(a.cat.model_served, r.modelServed);
    for (let i = 0; i < r.guardrails.length; i++) {
      const g = r.guardrails[i];
      countCategory(a.cat.guardrail, `${g.guard}:${g.action}`);
    }
    if (r.guardrails.length === 0) countCategory(a.cat.guardrail, 'none');
    const prompt = promptOf(ctx);
    a.num.prompt_chars.add(prompt.length);
    const answer = r.status < 400 ? answerOf(ctx) : null;
    if (answer) {
      const text = answer.text;
      a.num.answer_chars.add(text.length);
      if (answer.finishReason) countCategory(a.cat.finish_reason, answer.finishReason);
      if (text.trim().length === 0 && answer.finishReason !== 'tool_calls') a.empty++;
      if (answer.finishReason === 'content_filter' || isRefusal(text)) a.refusals++;
      // Language is voted on every 4th answer: the category counts are a sample (tests stay valid on
      // sample counts) at a quarter of the cost.
      if ((a.n & 3) === 0) countCategory(a.cat.language, detectLanguage(text));
      this.sampleText(dims, text);
    }
    if (this.recent.size >= RECENT_MAX) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(r.id, { tenant: r.tenant, dims });
  }

  private sampleText(dims: Dimensions, text: string): void {
    let r = this.texts.get(this.lastKey);
    if (!r) {
      r = { minute: minuteOf(this.clock.now()), dims, text: { seen: 0, samples: [], terms: {} } };
      this.texts.set(this.lastKey, r);
    }
    const t = r.text;
    t.seen++;
    let slot = t.samples.length;
    if (slot >= TEXT_RESERVOIR) {
      slot = Math.floor(this.rng() * t.seen);
      if (slot >= TEXT_RESERVOIR) return;
    }
    t.samples[slot] = hashedNgrams(text);
    if (Object.keys(t.terms).length < MAX_TERMS) addTerms({ text: t } as Aggregate, ngramTerms(text));
  }

  /** Adds a score (feedback or judge) to the current window of the request's dimensions. */
  score(dims: Dimensions, name: string, value: number, weight = 1): void {
    addScore(this.windowFor(dims), name, value, weight);
  }

  label(dims: Dimensions, name: string, label: string, weight = 1): void {
    const a = this.windowFor(dims);
    a.labels[`${name}:${label}`] = (a.labels[`${name}:${label}`] ?? 0) + weight;
  }

  recentRequest(id: string): RecentRequest | undefined {
    return this.recent.get(id);
  }

  /** Takes the pending windows (the caller writes them); new requests start fresh aggregates. */
  drain(all = false): PendingWindow[] {
    const current = minuteOf(this.clock.now());
    for (const [key, r] of this.texts) {
      if (!all && r.minute >= current) continue;
      let w = this.pending.get(key);
      if (!w) {
        w = { minute: r.minute, dims: r.dims, agg: newAggregate() };
        this.pending.set(key, w);
      }
      w.agg.text = r.text;
      this.texts.delete(key);
    }
    if (this.pending.size === 0) return [];
    const out = [...this.pending.values()];
    this.pending = new Map();
    return out;
  }

  /** Puts windows back after a failed write, merged with anything recorded since. */
  restore(windows: PendingWindow[]): void {
    for (const w of windows) {
      const key = `${w.minute}\u0001${dimensionKey(w.dims)}`;
      const cur = this.pending.get(key);
      if (cur) mergeInto(w.agg, cur.agg);
      this.pending.set(key, w);
    }
  }
}
