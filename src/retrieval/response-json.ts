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

const fragments = new WeakMap<LoadedCollection, Map<string, Buffer>>();

function fragmentsOf(lc: LoadedCollection): Map<string, Buffer> {
  let m = fragments.get(lc);
  if (!m) {
    m = new Map();
    fragments.set(lc, m);
  }
  return m;
}

/** A chunk's fixed fields as UTF-8 JSON without the closing brace, made once per loaded index. */
function fragment(lc: LoadedCollection, m: Map<string, Buffer>, id: string): Buffer {
  let f = m.get(id);
  if (f === undefined) {
    f = Buffer.from(JSON.stringify(chunkFields(lc, id)).slice(0, -1), 'utf8');
    m.set(id, f);
  }
  return f;
}
/** JSON.stringify of a number, without its generic entry (several times slower for a bare number). */
function jsonNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
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
): Buffer {
  const head = `{"collection":${JSON.stringify(h.collection)},"mode":${JSON.stringify(h.mode)},"dense_search":${JSON.stringify(h.dense_search)},"index_version":${h.index_version},"key_version":${h.key_version},"results":[`;
  // Per result: its cached fragment, then the per-query tail (score, explanation, the separator).
  const m = fragmentsOf(lc);
  const n = hits.length;
  const frags: Buffer[] = new Array(n);
  const tails: string[] = new Array(n);
  const lens: number[] = new Array(n);
  const headLen = utf8Length(head);
  let size = (headLen < 0 ? head.length : headLen) + 2;
  for (let i = 0; i < n; i++) {
    const hit = hits[i] as { id: string; score: number };
    const f = fragment(lc, m, hit.id);
    let tail = `,"score":${jsonNumber(hit.score)}`;
    if (explain) {
      const e = explain(hit.id);
      if (e !== undefined) tail += `,"explain":${JSON.stringify(e)}`;
    }
    tail += i + 1 < n ? '},' : '}';
    const len = utf8Length(tail);
    frags[i] = f;
    tails[i] = tail;
    lens[i] = len;
    size += f.length + (len < 0 ? tail.length : len);
  }
  const out = Buffer.allocUnsafe(size);
  let at = put(out, head, headLen, 0);
  for (let i = 0; i < n; i++) {
    const f = frags[i] as Buffer;
    out.set(f, at);
    at = put(out, tails[i] as string, lens[i] as number, at + f.length);
  }
  out[at] = 0x5d; // ]
  out[at + 1] = 0x7d; // }
  return out;
}
