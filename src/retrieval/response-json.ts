// The /v1/retrieve answer as UTF-8 JSON bytes without re-serialising chunk texts on every query: each chunk's fixed
// part (id, doc_key, title, text, metadata) is stringified and encoded once per loaded index and reused; only scores,
// explanations and the envelope are written per request. The bytes go to the socket as they are (a string answer
// would be UTF-8 encoded again on every write). Equal to JSON.stringify of the same response (tested).
import type { LoadedCollection } from './loaded.ts';
import type { RetrievedChunk, RetrieveResponse } from './service.ts';

/** The answer without its results. */
export type AnswerHead = Omit<RetrieveResponse, 'results'>;

/** A result's fixed fields (everything but score and explanation), as the answer shows them. */
export function chunkFields(lc: LoadedCollection, id: string): Omit<RetrievedChunk, 'score' | 'explain'> {
  const ch = lc.chunks.get(id);
  const doc = ch ? lc.documents.get(ch.docKey) : undefined;
  return {
    id,
    doc_key: ch?.docKey ?? '',
    title: doc?.title ?? '',
    text: ch?.text ?? '',
    metadata: doc?.metadata ?? {},
  };
}

/** A loaded index's fragments by chunk id, and the same by BM25 document number (an array read, no hashing). */
interface Fragments {
  byId: Map<string, Buffer>;
  byNo: (Buffer | undefined)[];
}

const fragments = new WeakMap<LoadedCollection, Fragments>();

function fragmentsOf(lc: LoadedCollection): Fragments {
  let m = fragments.get(lc);
  if (!m) {
    m = { byId: new Map(), byNo: [] };
    fragments.set(lc, m);
  }
  return m;
}

/** A chunk's fixed fields as UTF-8 JSON without the closing brace, made once per loaded index. */
function fragment(lc: LoadedCollection, m: Fragments, id: string, no: number | undefined): Buffer {
  let f = no === undefined ? undefined : m.byNo[no];
  if (f !== undefined) return f;
  f = m.byId.get(id);
  if (f === undefined) {
    f = Buffer.from(JSON.stringify(chunkFields(lc, id)).slice(0, -1), 'utf8');
    m.byId.set(id, f);
  }
  if (no !== undefined) m.byNo[no] = f;
  return f;
}
// Answers are cut from 128 KB slabs, as Node's own pool does for buffers under 4 KB: a 15 KB answer of its own would
// cost a malloc, a free and an ArrayBuffer for the collector to sweep on every request. A slab is freed once the last
// answer cut from it is collected, so an answer a slow client leaves queued in its socket keeps at most 128 KB alive
// (answers over 32 KB get their own buffer). Every byte of an answer is written before it is sent.
const SLAB = 128 * 1024;
let slab = Buffer.allocUnsafeSlow(0);
let slabUsed = 0;

function answerBuffer(size: number): Buffer {
  if (size > SLAB / 4) return Buffer.allocUnsafe(size);
  if (slabUsed + size > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + size);
  slabUsed = (slabUsed + size + 7) & ~7; // 8-byte aligned, as Node's pool
  return out;
}

/** What follows a result's fixed fields. */
const SCORE_KEY = ',"score":';

/**
 * A score as JSON writes it (ToString of a finite number, else null). JSON.stringify itself: for the fractional
 * doubles BM25 scores are it is ≈ 30 % cheaper than String(x), which looks each number up in (and adds it to) V8's
 * number-to-string cache, a table that is cold on a busy search path; the digits are the same (both are ToString).
 */
function jsonNumber(x: number): string {
  return JSON.stringify(x);
}

/** UTF-8 length of `s`; -1 stands for "ASCII, as long as the string" so the writer can skip the encoder. */
function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return Buffer.byteLength(s);
  return -1;
}

/**
 * Writes `s` at `at`, returns the next offset. The per-query pieces are a few dozen ASCII bytes (scores, brackets):
 * a plain loop writes them without a call into the UTF-8 encoder each.
 */
function put(out: Buffer, s: string, len: number, at: number): number {
  if (len >= 0) return at + out.write(s, at);
  for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  return at + s.length;
}

export function retrieveResponseBytes(
  lc: LoadedCollection,
  h: AnswerHead,
  hits: readonly { id: string; score: number }[],
  explain?: (id: string) => unknown,
  /** The hits' BM25 document numbers, when the hits are BM25's own (see Bm25Index.search). */
  nos?: readonly number[],
): Buffer {
  const head = `{"collection":${JSON.stringify(h.collection)},"mode":${JSON.stringify(h.mode)},"dense_search":${JSON.stringify(h.dense_search)},"index_version":${h.index_version},"key_version":${h.key_version},"results":[`;
  // Per result: its cached fragment, `,"score":`, the per-query tail (the score, the explanation), `}` and the
  // separator. Without explanations a tail is the score alone, ASCII: no UTF-8 length to find, no string to join.
  const m = fragmentsOf(lc);
  const n = hits.length;
  const frags: Buffer[] = new Array(n);
  const tails: string[] = new Array(n);
  const lens: number[] = new Array(n);
  const headLen = utf8Length(head);
  let size = (headLen < 0 ? head.length : headLen) + 2 + n * (SCORE_KEY.length + 2) - (n > 0 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const hit = hits[i] as { id: string; score: number };
    const f = fragment(lc, m, hit.id, nos?.[i]);
    let tail = jsonNumber(hit.score);
    let len = -1;
    if (explain) {
      const e = explain(hit.id);
      if (e !== undefined) {
        tail += `,"explain":${JSON.stringify(e)}`;
        len = utf8Length(tail);
      }
    }
    frags[i] = f;
    tails[i] = tail;
    lens[i] = len;
    size += f.length + (len < 0 ? tail.length : len);
  }
  const out = answerBuffer(size);
  let at = put(out, head, headLen, 0);
  for (let i = 0; i < n; i++) {
    const f = frags[i] as Buffer;
    out.set(f, at);
    at += f.length;
    for (let j = 0; j < SCORE_KEY.length; j++) out[at + j] = SCORE_KEY.charCodeAt(j);
    at = put(out, tails[i] as string, lens[i] as number, at + SCORE_KEY.length);
    out[at++] = 0x7d; // }
    if (i + 1 < n) out[at++] = 0x2c; // ,
  }
  out[at] = 0x5d; // ]
  out[at + 1] = 0x7d; // }
  return out;
}
