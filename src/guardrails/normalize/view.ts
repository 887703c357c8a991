// The TextView every detector receives: the raw text, its normalised form with an offset map, and
// (lazily) decoded views of encoded segments. Spans from any view map back to raw offsets.

import { DEFAULT_DECODE_LIMITS, type DecodeLimits, type Encoding, findEncodedSegments } from './decode.ts';
import { type Normalized, normalizeText } from './normalize.ts';
import { findTransformed, type TransformedSegment } from './transforms.ts';

/** One text a detector scans, with the mapping of its offsets back to the raw text. */
export interface ScanTarget {
  text: string;
  kind: 'norm' | Encoding;
  depth: number; // 0 for the normalised text, 1+ for decoded segments
  /** Raw offsets of the span [start, end) of `text`. */
  toRaw(start: number, end: number): { start: number; end: number };
}

export interface TextView {
  readonly raw: string;
  readonly norm: string;
  /** True when normalisation changed nothing. */
  readonly identity: boolean;
  /** The normalised text as a scan target. */
  readonly normTarget: ScanTarget;
  /** Decoded segments (computed on first access, bounded by the decode limits). */
  readonly decoded: readonly ScanTarget[];
  /** Normalised target followed by decoded ones: what most detectors scan. */
  readonly targets: readonly ScanTarget[];
}

function normTargetOf(n: Normalized, rawLength: number): ScanTarget {
  const { starts, ends, text } = n;
  if (!starts || !ends) return { text, kind: 'norm', depth: 0, toRaw: (start, end) => ({ start, end }) };
  return {
    text,
    kind: 'norm',
    depth: 0,
    toRaw(start, end) {
      const s = start < starts.length ? starts[start] : rawLength;
      const e = end > 0 ? ends[end - 1] : s;
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/** A decoded segment: every offset inside it maps to the whole encoded span in the raw text. */
function segmentTarget(text: string, kind: Encoding, depth: number, start: number, end: number): ScanTarget {
  const span = { start, end };
  return { text, kind, depth, toRaw: () => span };
}

function transformTarget(seg: TransformedSegment, base: ScanTarget): ScanTarget {
  const { map, text } = seg;
  return {
    text,
    kind: seg.transform,
    depth: 1,
    toRaw(start, end) {
      if (end <= start)
        return base.toRaw(map ? (map[start] ?? text.length) : start, map ? (map[start] ?? text.length) : start);
      const a = map ? map[start] : start;
      const b = map ? map[end - 1] : end - 1;
      return base.toRaw(Math.min(a, b), Math.max(a, b) + 1);
    },
  };
}

function decodeAll(normTarget: ScanTarget, tagTargets: ScanTarget[], limits: DecodeLimits): ScanTarget[] {
  const budget = { chars: limits.maxTotalChars };
  // Obfuscations of the text itself (entities, leetspeak, spaced letters, ROT13, reversal): depth 1,
  // with offsets mapped back character by character.
  const transformed: ScanTarget[] = [];
  for (const seg of findTransformed(normTarget.text)) {
    if (budget.chars < seg.text.length) break;
    budget.chars -= seg.text.length;
    transformed.push(transformTarget(seg, normTarget));
  }
  const out: ScanTarget[] = [...tagTargets, ...transformed];
  let level: ScanTarget[] = [normTarget, ...tagTargets, ...transformed];
  for (let depth = 1; depth <= limits.maxDepth && level.length > 0; depth++) {
    const next: ScanTarget[] = [];
    for (const t of level) {
      for (const seg of findEncodedSegments(t.text, limits, budget)) {
        const raw = t.toRaw(seg.start, seg.end);
        const text = normalizeText(seg.decoded).text;
        next.push(segmentTarget(text, seg.encoding, depth, raw.start, raw.end));
      }
    }
    out.push(...next);
    level = next;
  }
  return out;
}

export function createTextView(raw: string, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): TextView {
  const n = normalizeText(raw);
  const normTarget = normTargetOf(n, raw.length);
  const tagTargets = n.tagRuns.map((r) => segmentTarget(normalizeText(r.text).text, 'tags', 1, r.start, r.end));
  let decoded: ScanTarget[] | undefined;
  let targets: ScanTarget[] | undefined;
  return {
    raw,
    norm: n.text,
    identity: n.text === raw,
    normTarget,
    get decoded() {
      decoded ??= decodeAll(normTarget, tagTargets, limits);
      return decoded;
    },
    get targets() {
      targets ??= [normTarget, ...this.decoded];
      return targets;
    },
  };
}
