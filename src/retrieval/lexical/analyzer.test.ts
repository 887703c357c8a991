// Search queries are analysed through their own memo (analyzeQuery): the terms must be analyze()'s exactly, for
// any text, on a first sight of a token, on a memo hit, and after the memo was emptied for being full.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, analyzeQuery } from './analyzer.ts';

/** Deterministic pseudo-random texts from pieces that exercise every rule (possessives, joins, stop words, Unicode). */
function texts(count: number, seed: number): string[] {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const pieces = [
    'the',
    'The',
    'THE',
    'and',
    'running',
    'runs',
    'ran',
    'caresses',
    'ponies',
    'relational',
    'hopeful',
    "John's",
    "JOHN'S",
    'john’s',
    "o'neil",
    "it's",
    "'s",
    "s'",
    'e.g.',
    'U.S.A',
    'x:y',
    '3.5',
    '1,000',
    "1'000",
    '1,a',
    'a,1',
    'cd4+',
    'IL-6',
    'p53',
    'β-catenin',
    'naïve',
    'Müller',
    'café',
    '東京',
    '😀',
    'ﬁne',
    'İstanbul',
    'ǅemal',
    '_under_',
    'a_b',
    '--',
    '/',
    '(',
    ')',
    '.',
    ',',
    "'",
    '’',
    ':',
    ' ',
    ' ',
    ' ',
    '\n',
    '\t',
    'x'.repeat(300),
    'metastases',
    'biomaterials',
    'inductive',
    'methadone',
    'transplantation',
    'generalizations',
    'Ab',
    'aB',
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 1 + rand(12);
    for (let j = 0; j < n; j++) {
      t += pieces[rand(pieces.length)];
      // Mostly separated, sometimes glued (joins across pieces) or with a random code unit.
      const r = rand(10);
      if (r < 6) t += ' ';
      else if (r === 6) t += String.fromCharCode(rand(0x3000));
    }
    out.push(t);
  }
  return out;
}

test('analyzeQuery gives analyze()’s terms: first sight, memo hits, any text', () => {
  const all = texts(5000, 7);
  for (const t of all) assert.deepEqual(analyzeQuery(t), analyze(t), JSON.stringify(t));
  for (const t of all) assert.deepEqual(analyzeQuery(t), analyze(t), JSON.stringify(t)); // now from the memo
});

test('analyzeQuery stays equal after its memo filled up and was emptied', () => {
  // More distinct tokens than the memo holds (8,192), each seen twice, then the earlier ones again.
  const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}ing`);
  for (const w of words) assert.deepEqual(analyzeQuery(`${w} ${w}s the`), analyze(`${w} ${w}s the`));
  for (const w of words.slice(0, 100)) assert.deepEqual(analyzeQuery(`${w}'s`), analyze(`${w}'s`));
  assert.deepEqual(analyzeQuery('The runner’s caresses'), ['runner', 'caress']);
});

test('the caches keep no query alive: long tokens are stored as strings of their own, not views of the text', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pad = ' x'.repeat(5000); // a 10,000-character query around one new long token
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 3000; i++) {
    const terms = analyzeQuery(`uniquelongtoken${i.toString(36)}abc${pad}`);
    assert.equal(terms[0], `uniquelongtoken${i.toString(36)}abc`);
    analyze(`otherlongtokens${i.toString(36)}abc${pad}`); // the stem cache (documents are analysed this way)
  }
  gc();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
  // Views would keep 2 × 3,000 texts of 10 KB alive (≈ 60 MB); own strings are a few hundred KB.
  assert.ok(grownMb < 15, `heap grew ${grownMb.toFixed(1)} MB`);
});
