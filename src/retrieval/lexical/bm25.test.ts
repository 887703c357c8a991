import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, tokenize } from './analyzer.ts';
import { Bm25Index, queryTerms, validateBm25 } from './bm25.ts';
import { byteToLength, lengthToByte } from './lucene-norms.ts';

const doc = (id: string, text: string) => {
  const terms = analyze(text);
  return { id, terms: queryTerms(terms), length: terms.length };
};

describe('BM25 with Lucene scoring', () => {
  // Hand-computed: N = 3, avgdl = 7/3, k1 = 0.9, b = 0.4.
  //   idf(cat) = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln 1.6 = 0.470004
  //   norm(dl 3) = 0.9 · (1 − 0.4 + 0.4 · 3/(7/3)) = 1.002857
  //   d1 (tf 1): 0.470004 · 1/(1 + 1.002857) = 0.234667;  d2 (tf 2): 0.470004 · 2/(2 + 1.002857) = 0.313038
  const index = new Bm25Index([doc('d1', 'cat sat mat'), doc('d2', 'cat cat dog'), doc('d3', 'bird')]);

  test('scores equal the hand-computed values', () => {
    const hits = index.search(queryTerms(analyze('cat')), 10);
    assert.deepEqual(
      hits.map((h) => h.id),
      ['d2', 'd1'],
    );
    assert.ok(Math.abs((hits[0]?.score ?? 0) - 0.31303762) < 1e-6, `d2 ${hits[0]?.score}`);
    assert.ok(Math.abs((hits[1]?.score ?? 0) - 0.23466658) < 1e-6, `d1 ${hits[1]?.score}`);
  });

  test('a two-term query sums the terms; explain shows each factor', () => {
    // dog: df 1 → idf = ln(1 + 2.5/1.5) = 0.980829; d2: 0.980829 · 1/(1 + 1.002857) = 0.489715
    const q = queryTerms(analyze('cat dog'));
    const [top] = index.search(q, 1);
    assert.equal(top?.id, 'd2');
    assert.ok(Math.abs((top?.score ?? 0) - (0.31303762 + 0.48971503)) < 1e-6);
    const ex = index.explain(q, 'd2');
    assert.deepEqual(
      ex.map((e) => [e.term, e.freq]),
      [
        ['cat', 2],
        ['dog', 1],
      ],
    );
  });

  test('search scores equal the explained per-term sums; equal scores are ordered by id; k cuts', () => {
    const docs = [
      doc('b', 'fox fox jumps'),
      doc('a', 'fox fox jumps'),
      doc('c', 'the quick brown fox'),
      doc('d', 'lazy dog sleeps all day long'),
      doc('e', 'jumps over the lazy dog'),
    ];
    const ix = new Bm25Index(docs);
    const q = queryTerms(analyze('fox jumps lazy dog'));
    const hits = ix.search(q, 10);
    assert.deepEqual(
      hits.map((h) => h.id),
      ['e', 'd', 'a', 'b', 'c'],
    );
    assert.equal(hits[2]?.score, hits[3]?.score); // a and b tie
    for (const h of hits) assert.equal(h.score, ix.scoreDoc(q, h.id));
    assert.deepEqual(
      ix.search(q, 3).map((h) => h.id),
      ['e', 'd', 'a'],
    );
    // Scratch state is cleared between searches: a second query is not polluted by the first.
    assert.deepEqual(
      ix.search(queryTerms(analyze('sleeps')), 10).map((h) => h.id),
      ['d'],
    );
  });

  test('top-k equals scoring every document, for rare and common query terms, with and without a filter', () => {
    // 400 documents over a small vocabulary: "common" terms match most documents (the search takes the dense scan),
    // rare ones a handful (it tracks the matched documents); both must rank exactly as scoring each document does.
    let seed = 11;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const common = ['cell', 'protein', 'gene', 'tumor', 'mice'];
    const docs = Array.from({ length: 400 }, (_, i) => {
      const words = Array.from({ length: 3 + Math.floor(rand() * 20) }, () => common[Math.floor(rand() * 5)]);
      if (i % 50 === 0) words.push('zebrafish');
      if (i % 97 === 0) words.push('axolotl', 'axolotl');
      return doc(`d${String(i).padStart(3, '0')}`, words.join(' '));
    });
    const ix = new Bm25Index(docs);
    const brute = (q: Map<string, number>, k: number, allow?: (id: string) => boolean) =>
      ix.ids
        .filter((id) => !allow || allow(id))
        .map((id) => ({ id, score: ix.scoreDoc(q, id) }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, k);
    const even = (id: string) => Number(id.slice(1)) % 2 === 0;
    for (const text of ['zebrafish', 'axolotl zebrafish', 'cell gene', 'tumor mice zebrafish', 'protein'])
      for (const k of [1, 5, 10, 500])
        for (const allow of [undefined, even]) {
          const q = queryTerms(analyze(text));
          const nos: number[] = [];
          const hits = ix.search(q, k, { allow, nos });
          assert.deepEqual(hits, brute(q, k, allow), `${text} k ${k} ${allow ? 'even' : ''}`);
          // The document numbers handed out with the hits name the same documents.
          assert.deepEqual(
            nos.map((no) => ix.ids[no]),
            hits.map((h) => h.id),
          );
        }
  });

  test('a tie across the k-th place keeps the smallest ids, wherever they sit in the index', () => {
    // 30 equal documents indexed with descending ids: the k best by (score, id) are the last ones indexed.
    const ids = Array.from({ length: 30 }, (_, i) => `t${String(29 - i).padStart(2, '0')}`);
    const ix = new Bm25Index([...ids.map((id) => doc(id, 'heron')), doc('other', 'egret')]);
    assert.deepEqual(
      ix.search(queryTerms(analyze('heron')), 5).map((h) => h.id),
      ['t00', 't01', 't02', 't03', 't04'],
    );
  });

  test('k1 and b are validated', () => {
    assert.throws(() => validateBm25({ k1: -1, b: 0.4 }), /k1/);
    assert.throws(() => validateBm25({ k1: 0.9, b: 1.5 }), /b must/);
  });

  test('document lengths are stored as Lucene does (exact to 24, then 4 significant bits)', () => {
    for (const n of [0, 1, 23, 24]) assert.equal(byteToLength(lengthToByte(n)), n);
    assert.equal(byteToLength(lengthToByte(100)), 96);
    assert.ok(byteToLength(lengthToByte(1000)) <= 1000);
  });
});

describe('English analyser', () => {
  test('stop words, possessives and Porter stemming', () => {
    assert.deepEqual(analyze("The patient's cells are dividing rapidly"), ['patient', 'cell', 'divid', 'rapidli']);
  });
  test('ASCII text takes a fast path that splits exactly as the Unicode rules do', () => {
    // A non-ASCII word appended sends the same text through the general path: the tokens must agree.
    const alphabet = "aZq09_'.:,- \t\n/(";
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = Math.floor(rand() * 24);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      assert.deepEqual([...tokenize(text), 'é'], tokenize(`${text} é`), JSON.stringify(text));
    }
    assert.deepEqual(tokenize("o'neil e.g. 3.5 1,000 a'1 x_y _"), [
      "o'neil",
      'e.g',
      '3.5',
      '1,000',
      'a',
      '1',
      'x_y',
      '_',
    ]);
  });

  test('numbers and abbreviations stay whole; hyphens split', () => {
    assert.deepEqual(tokenize('IL-6 rose 3.5-fold, e.g. in 1,000 mice'), [
      'IL',
      '6',
      'rose',
      '3.5',
      'fold',
      'e.g',
      'in',
      '1,000',
      'mice',
    ]);
  });
});
