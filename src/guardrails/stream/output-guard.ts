// Output guards on a stream of text deltas. The guard holds back the last `holdBackChars`
// characters and scans overlapping windows (a little already-released context + the held text),
// so an entity crossing a chunk boundary is found whole and redacted before any of it is released.
// A detection reaching into the held tail (possibly still growing, e.g. an unterminated private
// key) moves the release point before it. Released text never splits a surrogate pair or a
// placeholder, and the emitted pieces concatenated equal the redacted full text.

import {
  type GuardEffect,
  guardEffect,
  type GuardHit,
  type GuardPipeline,
  runAsyncGuard,
  runSyncGuard,
  toDecision,
} from '../engine/pipeline.ts';
import { createTextView } from '../normalize/view.ts';
import { applyRedactions, type RedactSpan } from '../redact/apply.ts';
import type { StreamRestorer } from '../redact/restorer.ts';
import { RedactionVault } from '../redact/vault.ts';
import type { BlockInfo, GuardContext, GuardDecision } from '../types.ts';

export interface StreamGuardOptions {
  ctx?: GuardContext;
  /** Characters held back before release (default 128): longer than any entity's undetectable prefix. */
  holdBackChars?: number;
  /** Already-released characters kept as context for the next window (default 64). */
  lookbackChars?: number;
  /** Scan only when this many new characters can be released (default 32): fewer, larger scans. */
  minReleaseChars?: number;
  /** Release even through an open detection beyond this many held characters (default 16384). */
  maxHoldChars?: number;
  /** Restore reversible placeholders of the request's vault in the emitted text. */
  restore?: boolean;
  /**
   * With async window guards (ONNX classifier, LLM judge with stream: window): scan only when this many new
   * characters can be released (default 256), since every scan waits for a model.
   */
  asyncMinReleaseChars?: number;
}

export interface StreamStep {
  emit: string;
  blocked?: BlockInfo;
}

export interface StreamSummary {
  blocked?: BlockInfo;
  flagged: boolean;
  decisions: GuardDecision[];
}

export interface OutputStreamGuard {
  /** True when async guards scan windows: use pushAsync()/endAsync() (push()/end() throw). */
  readonly async: boolean;
  /** Feed the next text delta; returns the text that may be sent now. */
  push(delta: string): StreamStep;
  /** The stream ended: scans and releases the rest (and runs final-only guards such as JSON Schema). */
  end(): StreamStep;
  /** push() that also waits for async window guards before releasing text. */
  pushAsync(delta: string): Promise<StreamStep>;
  /** end() that also waits for async window guards. */
  endAsync(): Promise<StreamStep>;
  readonly blocked: BlockInfo | undefined;
  readonly flagged: boolean;
  /** Decisions so far, one per guard, spans in offsets of the full (unredacted) output. */
  decisions(): GuardDecision[];
  /**
   * After end(): runs async output guards (webhook) on the full text. They can no longer stop
   * text already sent; a block verdict is reported here for the record.
   */
  settle(): Promise<StreamSummary>;
}

export function createOutputStreamGuard(pipeline: GuardPipeline, opts: StreamGuardOptions = {}): OutputStreamGuard {
  const ctx: GuardContext = { ...opts.ctx, vault: opts.ctx?.vault ?? new RedactionVault() };
  const vault = ctx.vault!;
  const hold = opts.holdBackChars ?? 128;
  const lookback = opts.lookbackChars ?? 64;
  const all = pipeline.guardsFor('output');
  const asyncWindowGuards = all.filter((g) => g.detector.kind === 'async' && g.detector.streaming === 'window');
  const minRelease = asyncWindowGuards.length > 0 ? (opts.asyncMinReleaseChars ?? 256) : (opts.minReleaseChars ?? 32);
  const maxHold = Math.max(opts.maxHoldChars ?? 16_384, hold * 2);
  const windowGuards = all.filter((g) => g.detector.kind === 'sync' && g.detector.streaming !== 'final');
  const finalGuards = all.filter((g) => g.detector.kind === 'sync' && g.detector.streaming === 'final');
  const asyncGuards = all.filter((g) => g.detector.kind === 'async' && g.detector.streaming !== 'window');
  const restorer: StreamRestorer | null = opts.restore ? vault.createRestorer() : null;

  const chunks: string[] = []; // the full raw output, for final-only and async guards
  let pending = ''; // received, not yet released
  let base = 0; // offset of pending[0] in the full output
  let tail = ''; // last released raw characters (context only)
  let redact: RedactSpan[] = []; // absolute spans still to apply
  let blocked: BlockInfo | undefined;
  let flagged = false;
  let ended = false;
  const decided = new Map<string, { decision: GuardDecision; keys: Set<string> }>();

  /** Merges a hit (detections already in absolute offsets) into its guard's decision. */
  const record = (h: GuardHit, effect: GuardEffect): void => {
    if (effect.action === null && h.error === undefined) return;
    const d = toDecision(h, 'output', effect);
    const prev = decided.get(h.guard.name);
    if (!prev) {
      decided.set(h.guard.name, { decision: d, keys: new Set(d.spans.map((x) => `${x.start}:${x.end}:${x.type}`)) });
      return;
    }
    const p = prev.decision;
    p.latencyMs = Math.round((p.latencyMs + d.latencyMs) * 1000) / 1000;
    p.score = Math.max(p.score, d.score);
    if (d.action === 'block') p.action = 'block';
    if (d.error) p.error = d.error;
    for (const x of d.spans) {
      const k = `${x.start}:${x.end}:${x.type}`;
      if (!prev.keys.has(k)) {
        prev.keys.add(k);
        p.spans.push(x);
      }
    }
  };

  const addRedaction = (span: RedactSpan): void => {
    if (!redact.some((r) => r.start === span.start && r.end === span.end && r.type === span.type)) redact.push(span);
  };

  const out = (emit: string, final: boolean): StreamStep => {
    let text = emit;
    if (restorer) text = restorer.push(text) + (final ? restorer.end() : '');
    return blocked ? { emit: text, blocked } : { emit: text };
  };

  /** Records one guard's hit on the window starting at `offset`; returns false when it blocked. */
  const applyWindowHit = (raw: GuardHit, offset: number): boolean => {
    // Absolute offsets; findings entirely inside the released context were handled earlier.
    const fresh = raw.detections
      .map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }))
      .filter((d) => d.end > base);
    const h: GuardHit = { ...raw, detections: fresh };
    const effect = guardEffect(h);
    record(h, effect);
    if (effect.action === 'block') {
      blocked = { guard: h.guard.name, detector: h.guard.detectorName, reason: effect.reason };
      return false;
    }
    if (effect.action === 'flag') flagged = true;
    if (effect.action === 'redact') {
      for (const d of fresh) {
        addRedaction({ start: Math.max(base, d.start), end: d.end, type: d.type, reversible: h.guard.reversible });
      }
    }
    return true;
  };

  /** Scans the window; returns false when a guard blocked. */
  const scan = (): boolean => {
    if (windowGuards.length === 0) return true;
    const windowText = tail + pending;
    const offset = base - tail.length;
    const view = createTextView(windowText);
    for (const g of windowGuards)
      if (!applyWindowHit(runSyncGuard(g, { view, stage: 'output', ctx }), offset)) return false;
    return true;
  };

  /** Sync guards, then the async window guards together on the same window; false when a guard blocked. */
  const scanAsync = async (): Promise<boolean> => {
    if (!scan()) return false;
    if (pending.length === 0) return true;
    const offset = base - tail.length;
    const view = createTextView(tail + pending);
    const hits = await Promise.all(asyncWindowGuards.map((g) => runAsyncGuard(g, { view, stage: 'output', ctx })));
    for (const raw of hits) if (!applyWindowHit(raw, offset)) return false;
    return true;
  };

  /** Takes a delta; returns the step when no scan is due, else null. */
  const accept = (delta: string): StreamStep | null => {
    if (blocked || ended) return { emit: '', ...(blocked ? { blocked } : {}) };
    if (delta.length === 0) return { emit: '' };
    chunks.push(delta);
    pending += delta;
    // Nothing scans windows (only final or async guards): no reason to hold text back.
    if (windowGuards.length === 0 && asyncWindowGuards.length === 0) return out(release(pending.length), false);
    if (pending.length < hold + minRelease) return { emit: '' };
    return null;
  };

  /** After a passing scan: releases all but the held tail, never cutting through a span still to redact. */
  const releaseScanned = (): StreamStep => {
    let cut = pending.length - hold;
    // Do not cut through a span that may still grow or is not complete yet.
    for (let moved = true; moved; ) {
      moved = false;
      for (const r of redact) {
        if (r.start < base + cut && r.end > base + cut) {
          cut = r.start - base;
          moved = true;
        }
      }
    }
    if (cut <= 0 && pending.length > maxHold) cut = pending.length - hold;
    return out(release(cut), false);
  };

  /** Final-only guards on the whole text, then the rest is released. */
  const finish = (): StreamStep => {
    if (finalGuards.length > 0) {
      const view = createTextView(chunks.join(''));
      for (const g of finalGuards) {
        const h = runSyncGuard(g, { view, stage: 'output', ctx });
        const effect = guardEffect(h);
        record(h, effect);
        if (effect.action === 'block') {
          blocked = { guard: g.name, detector: g.detectorName, reason: effect.reason };
          return out('', true);
        }
        if (effect.action === 'flag') flagged = true;
        if (effect.action === 'redact') {
          for (const d of h.detections) {
            if (d.end > base)
              addRedaction({ start: Math.max(base, d.start), end: d.end, type: d.type, reversible: g.reversible });
          }
        }
      }
    }
    return out(release(pending.length, true), true);
  };

  const syncOnly = (): void => {
    if (asyncWindowGuards.length > 0) throw new Error('async window guards: use pushAsync()/endAsync()');
  };

  /** Releases pending text up to `cut` (relative), redacted. */
  const release = (cutAt: number, final = false): string => {
    let cut = cutAt;
    if (cut > 0 && (cut < pending.length || !final)) {
      const c = pending.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // keep surrogate pairs together (even across deltas)
    }
    if (cut <= 0) return '';
    const end = base + cut;
    const spans: RedactSpan[] = [];
    const keepSpans: RedactSpan[] = [];
    for (const s of redact) {
      if (s.start >= end) keepSpans.push(s);
      else {
        spans.push({ ...s, start: s.start - base, end: Math.min(s.end, end) - base });
        if (s.end > end) keepSpans.push({ ...s, start: end }); // forced release through an open span
      }
    }
    const raw = pending.slice(0, cut);
    const emit = applyRedactions(raw, spans, vault);
    tail = (tail + raw).slice(-lookback);
    pending = pending.slice(cut);
    base = end;
    redact = keepSpans;
    return emit;
  };

  return {
    async: asyncWindowGuards.length > 0,

    push(delta) {
      syncOnly();
      const early = accept(delta);
      if (early) return early;
      if (!scan()) return out('', false);
      return releaseScanned();
    },

    end() {
      syncOnly();
      if (blocked || ended) return { emit: '', ...(blocked ? { blocked } : {}) };
      ended = true;
      if (!scan()) return out('', true);
      return finish();
    },

    async pushAsync(delta) {
      const early = accept(delta);
      if (early) return early;
      if (!(await scanAsync())) return out('', false);
      return releaseScanned();
    },

    async endAsync() {
      if (blocked || ended) return { emit: '', ...(blocked ? { blocked } : {}) };
      ended = true;
      if (!(await scanAsync())) return out('', true);
      return finish();
    },

    get blocked() {
      return blocked;
    },
    get flagged() {
      return flagged;
    },
    decisions() {
      return [...decided.values()].map((d) => d.decision);
    },

    async settle() {
      if (asyncGuards.length > 0 && ended) {
        const view = createTextView(chunks.join(''));
        const hits = await Promise.all(asyncGuards.map((g) => runAsyncGuard(g, { view, stage: 'output', ctx })));
        for (const h of hits) {
          const effect = guardEffect(h);
          record(h, effect);
          if (effect.action === 'flag') flagged = true;
          if (effect.action === 'block' && !blocked)
            blocked = { guard: h.guard.name, detector: h.guard.detectorName, reason: effect.reason };
        }
      }
      return { blocked, flagged, decisions: this.decisions() };
    },
  };
}
