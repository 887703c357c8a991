// The /v1/retrieve answer built from cached chunk fragments equals JSON.stringify of the same answer (as UTF-8).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LoadedCollection } from './loaded.ts';
import { type AnswerHead, retrieveResponseBytes } from './response-json.ts';
import type { StoredChunk, StoredDocument } from './types.ts';

test('fragments + scores + explanations equal JSON.stringify, also when a fragment is reused', () => {
  const title = 'Quotes "and" \\ backslashes\n';
  const text = 'Ünïcödé \u2028 line sep, tab\t, emoji 🙂';
  const metadata = { n: 1, tags: ['a', 'b'], nested: { x: null } };
  const lc = {
    chunks: new Map([
      ['c1', { id: 'c1', docKey: 'd1.md', text } as StoredChunk],
      ['c2', { id: 'c2', docKey: 'd2.md', text: 'plain' } as StoredChunk],
    ]),
    documents: new Map([
      ['d1.md', { docKey: 'd1.md', title, metadata } as unknown as StoredDocument],
      ['d2.md', { docKey: 'd2.md', title: 'Two', metadata: {} } as unknown as StoredDocument],
    ]),
  } as LoadedCollection;
  const head: AnswerHead = {
    collection: 'kb',
    mode: 'hybrid',
    dense_search: 'exact-cosine (metadata filter) — ünïcode',
    index_version: 3,
    key_version: 1,
  };
  const explanations: Record<string, unknown> = { c1: { terms: [{ term: 'x', score: 1e-7 }] }, c2: { terms: ['ü'] } };
  const bytes = retrieveResponseBytes(
    lc,
    head,
    [
      { id: 'c1', score: 0.123456789 },
      { id: 'c2', score: 12 },
    ],
    (id) => explanations[id],
  );
  assert.equal(
    bytes.toString('utf8'),
    JSON.stringify({
      ...head,
      results: [
        { id: 'c1', doc_key: 'd1.md', title, text, metadata, score: 0.123456789, explain: explanations.c1 },
        { id: 'c2', doc_key: 'd2.md', title: 'Two', text: 'plain', metadata: {}, score: 12, explain: explanations.c2 },
      ],
    }),
  );
  // c1's fragment again (cached), a chunk the index no longer has (empty fields), no explanations.
  const again: AnswerHead = { ...head, mode: 'lexical', dense_search: null };
  assert.equal(
    retrieveResponseBytes(lc, again, [
      { id: 'c1', score: -0.5 },
      { id: 'gone', score: 1e-9 },
    ]).toString('utf8'),
    JSON.stringify({
      ...again,
      results: [
        { id: 'c1', doc_key: 'd1.md', title, text, metadata, score: -0.5 },
        { id: 'gone', doc_key: '', title: '', text: '', metadata: {}, score: 1e-9 },
      ],
    }),
  );
  assert.equal(retrieveResponseBytes(lc, head, []).toString('utf8'), JSON.stringify({ ...head, results: [] }));
  // Scores are written as JSON.stringify writes numbers, the non-finite ones included.
  const odd = [-0, 5e-324, 1e21, 123456789.98765433, Number.NaN, Number.POSITIVE_INFINITY].map((score) => ({
    id: 'c2',
    score,
  }));
  assert.equal(
    retrieveResponseBytes(lc, again, odd).toString('utf8'),
    JSON.stringify({
      ...again,
      results: odd.map(({ score }) => ({
        id: 'c2',
        doc_key: 'd2.md',
        title: 'Two',
        text: 'plain',
        metadata: {},
        score,
      })),
    }),
  );
  // Fragments found by BM25 document number (a lexical answer) are the same bytes as by id.
  assert.equal(
    retrieveResponseBytes(
      lc,
      again,
      [
        { id: 'c2', score: 3 },
        { id: 'c1', score: 2 },
      ],
      undefined,
      [7, 4],
    ).toString(),
    retrieveResponseBytes(lc, again, [
      { id: 'c2', score: 3 },
      { id: 'c1', score: 2 },
    ]).toString(),
  );
  assert.equal(
    retrieveResponseBytes(lc, again, [{ id: 'c1', score: 1 }], undefined, [4]).toString(),
    retrieveResponseBytes(lc, again, [{ id: 'c1', score: 1 }]).toString(),
  );
  // Answers share slabs: an earlier answer is unchanged by the ones cut after it; a large answer has its own buffer.
  const first = retrieveResponseBytes(lc, head, [{ id: 'c1', score: 1 }]);
  const firstText = first.toString('utf8');
  const big = { id: 'big', docKey: 'd2.md', text: 'é'.repeat(100_000) } as StoredChunk;
  lc.chunks.set('big', big);
  for (let i = 0; i < 200; i++) retrieveResponseBytes(lc, again, [{ id: i % 50 === 0 ? 'big' : 'c2', score: i }]);
  assert.equal(first.toString('utf8'), firstText);
  const large = retrieveResponseBytes(lc, again, [{ id: 'big', score: 2 }]);
  assert.equal(
    large.toString('utf8'),
    JSON.stringify({
      ...again,
      results: [{ id: 'big', doc_key: 'd2.md', title: 'Two', text: big.text, metadata: {}, score: 2 }],
    }),
  );
});
