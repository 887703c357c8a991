// The /v1/retrieve answer as UTF-8 JSON bytes without re-serialising chunk texts on every query: each chunk's fixed
// part (id, doc_key, title, text, metadata) is stringified and encoded once per loaded index and reused; only scores,
// explanations and the envelope are written per request. The bytes go to the socket as they are (a string answer
// would be UTF-8 encoded again on every write). Equal to JSON.stringify of the same response (tested).
import type { LoadedCollection } from './loaded.ts';
import type { RetrieveResponse } from './service.ts';

const fragments = new WeakMap<LoadedCollection, Map<string, Buffer>>();

function fragment(lc: LoadedCollection, c: RetrieveResponse['results'][number]): Buffer {
  let m = fragments.get(lc);
  if (!m) {
    m = new Map();
    fragments.set(lc, m);
  }
  let f = m.get(c.id);
  if (f === undefined) {
    const json = JSON.stringify({ id: c.id, doc_key: c.doc_key, title: c.title, text: c.text, metadata: c.metadata });
    f = Buffer.from(json.slice(0, -1), 'utf8');
    m.set(c.id, f);
  }
  return f;
}

export function retrieveResponseBytes(lc: LoadedCollection, r: RetrieveResponse): Buffer {
  const head = `{"collection":${JSON.stringify(r.collection)},"mode":${JSON.stringify(r.mode)},"dense_search":${JSON.stringify(r.dense_search)},"index_version":${r.index_version},"key_version":${r.key_version},"results":[`;
  // Per result: its cached fragment, then the per-query tail (score, explanation, the separator).
  const frags: Buffer[] = [];
  const tails: string[] = [];
  let size = Buffer.byteLength(head) + 2;
  r.results.forEach((c, i) => {
    const f = fragment(lc, c);
    let tail = `,"score":${JSON.stringify(c.score)}`;
    if (c.explain !== undefined) tail += `,"explain":${JSON.stringify(c.explain)}`;
    tail += i + 1 < r.results.length ? '},' : '}';
    frags.push(f);
    tails.push(tail);
    size += f.length + Buffer.byteLength(tail);
  });
  const out = Buffer.allocUnsafe(size);
  let at = out.write(head, 0);
  for (let i = 0; i < frags.length; i++) {
    at += (frags[i] as Buffer).copy(out, at);
    at += out.write(tails[i] as string, at);
  }
  out.write(']}', at);
  return out;
}
