// The /v1/retrieve answer built from cached chunk fragments equals JSON.stringify of the same answer (as UTF-8).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LoadedCollection } from './loaded.ts';
import { retrieveResponseBytes } from './response-json.ts';
import type { RetrieveResponse } from './service.ts';

test('fragments + scores + explanations equal JSON.stringify, also when a fragment is reused', () => {
  const lc = {} as LoadedCollection;
  const chunk = (id: string, score: number, explain?: unknown) => ({
    id,
    doc_key: `${id}.md`,
    title: 'Quotes "and" \\ backslashes\n',
    text: 'Ünïcödé \u2028 line sep, tab\t, emoji 🙂',
    metadata: { n: 1, tags: ['a', 'b'], nested: { x: null } },
    score,
    ...(explain === undefined ? {} : { explain }),
  });
  const r: RetrieveResponse = {
    collection: 'kb',
    mode: 'hybrid',
    dense_search: 'exact-cosine (metadata filter)',
    index_version: 3,
    key_version: 1,
    results: [chunk('c1', 0.123456789, { terms: [{ term: 'x', score: 1e-7 }] }), chunk('c2', 12)],
  };
  assert.equal(retrieveResponseBytes(lc, r).toString('utf8'), JSON.stringify(r));
  const again: RetrieveResponse = { ...r, mode: 'lexical', dense_search: null, results: [chunk('c2', -0.5)] };
  assert.equal(retrieveResponseBytes(lc, again).toString('utf8'), JSON.stringify(again));
  const none: RetrieveResponse = { ...r, results: [] };
  assert.equal(retrieveResponseBytes(lc, none).toString('utf8'), JSON.stringify(none));
});
