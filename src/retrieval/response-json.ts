// The /v1/retrieve answer as JSON text without re-serialising chunk texts on every query: each chunk's fixed part
// (id, doc_key, title, text, metadata) is stringified once per loaded index and reused; only scores, explanations
// and the envelope are written per request. Equal to JSON.stringify of the same response (tested).
import type { LoadedCollection } from './loaded.ts';
import type { RetrieveResponse } from './service.ts';

const fragments = new WeakMap<LoadedCollection, Map<string, string>>();

function fragment(lc: LoadedCollection, c: RetrieveResponse['results'][number]): string {
  let m = fragments.get(lc);
  if (!m) {
    m = new Map();
    fragments.set(lc, m);
  }
  let f = m.get(c.id);
  if (f === undefined) {
    f = JSON.stringify({ id: c.id, doc_key: c.doc_key, title: c.title, text: c.text, metadata: c.metadata }).slice(
      0,
      -1,
    );
    m.set(c.id, f);
  }
  return f;
}

export function retrieveResponseJson(lc: LoadedCollection, r: RetrieveResponse): string {
  const parts: string[] = [];
  for (const c of r.results) {
    let s = `${fragment(lc, c)},"score":${JSON.stringify(c.score)}`;
    if (c.explain !== undefined) s += `,"explain":${JSON.stringify(c.explain)}`;
    parts.push(`${s}}`);
  }
  return `{"collection":${JSON.stringify(r.collection)},"mode":${JSON.stringify(r.mode)},"dense_search":${JSON.stringify(r.dense_search)},"index_version":${r.index_version},"key_version":${r.key_version},"results":[${parts.join(',')}]}`;
}
