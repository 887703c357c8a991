import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../lexical/analyzer.ts';
import { Bm25Index, queryTerms } from '../lexical/bm25.ts';
import { ErmEngine } from './engine.ts';
import { DocumentMemory } from './memory.ts';

// A small corpus with a vocabulary gap: the target abstract never says "statin" or "cholesterol".
const CORPUS: Record<string, string> = {
  target: 'HMG-CoA reductase inhibitors reduce LDL levels and cut coronary events in middle-aged patients',
  smoking: 'Smoking raises heart attack risk; quitting smoking lowers the risk of a heart attack within years',
  pressure: 'High blood pressure is a risk factor for heart attack and stroke in adults',
  muscle: 'Statin users sometimes report muscle pain; most statin side effects are mild',
  diet: 'A diet low in saturated fat lowers cholesterol modestly in healthy adults',
  exercise: 'Regular exercise lowers resting heart rate and improves fitness',
};

function setup(config = {}) {
  const docs = Object.entries(CORPUS).map(([id, text]) => {
    const terms = analyze(text);
    return { id, terms: queryTerms(terms), length: terms.length };
  });
  const byId = new Map(docs.map((d) => [d.id, d.terms]));
  const index = new Bm25Index(docs);
  const erm = new ErmEngine(
    { index, analyze, toQuery: queryTerms, docTerms: (id) => byId.get(id), now: () => 1 },
    { batchSize: 1000, ...config },
  );
  const rank = (q: string) => index.search(queryTerms(analyze(q)), 10);
  return { index, erm, rank };
}

const TRAIN = [
  'statins lower cholesterol and reduce heart attack risk',
  'statin therapy reduces cholesterol and heart attacks',
  'cholesterol lowering with statins reduces coronary heart attack risk',
];
const PARAPHRASE = 'do statins cut the risk of heart attack by reducing cholesterol?';

describe('ERM', () => {
  test('feedback moves the right document up for an unseen paraphrase', () => {
    const { erm, rank } = setup();
    const before = rank(PARAPHRASE).findIndex((h) => h.id === 'target');
    assert.ok(before > 0, `target starts below the top (rank index ${before})`);
    for (const q of TRAIN) {
      const r = erm.observe({ query: q, doc: 'target', relevance: 1, source: 'qrels' });
      assert.equal(r.accepted, true);
    }
    erm.commit('test');
    const after = rank(PARAPHRASE);
    assert.equal(after[0]?.id, 'target', `after: ${after.map((h) => h.id).join(',')}`);
    // explain names the learned units that made it match.
    const ex = erm.explain(PARAPHRASE, 'target');
    const learned = ex.learned.map((l) => l.term);
    assert.ok(learned.includes('statin') && learned.includes('cholesterol'), learned.join(','));
    assert.ok(ex.learned.every((l) => l.unit && l.unit.from.length > 0));
    // A query unrelated to the feedback ranks as before.
    const { rank: fresh } = setup();
    assert.deepEqual(rank('regular exercise fitness'), fresh('regular exercise fitness'));
  });

  test('the correctness gate refuses judgements that are not positive or name no document', () => {
    const { erm } = setup();
    assert.equal(
      erm.observe({ query: TRAIN[0] as string, doc: 'target', relevance: 0, source: 'qrels' }).reason,
      'not judged relevant',
    );
    assert.equal(
      erm.observe({ query: TRAIN[0] as string, doc: 'nope', relevance: 1, source: 'feedback' }).reason,
      'unknown document',
    );
    assert.equal(
      erm.observe({ query: 'the of and', doc: 'target', relevance: 1, source: 'feedback' }).reason,
      'query has no indexable terms',
    );
  });

  test('bounded memory evicts the weakest unit', () => {
    const m = new DocumentMemory(2);
    m.credit('d', 'alpha', 0.5, 'query', 'q1');
    m.credit('d', 'beta', 0.2, 'query', 'q1');
    const ev = m.credit('d', 'gamma', 0.3, 'prf', 'q2');
    assert.deepEqual(ev, { doc: 'd', evicted: 'beta', by: 'gamma' });
    assert.equal(m.credit('d', 'delta', 0.1, 'query', 'q3'), null, 'weaker than all: not kept');
    assert.deepEqual(
      m.units('d').map((u) => u.term),
      ['alpha', 'gamma'],
    );
    // Through the engine: no document holds more than the capacity.
    const { erm } = setup({ memoryCapacity: 3 });
    for (const q of TRAIN) erm.observe({ query: q, doc: 'target', relevance: 1, source: 'qrels' });
    assert.ok(erm.units('target').length <= 3);
  });

  test('rollback restores the previous ranking exactly, and forward again', () => {
    const { erm, rank } = setup();
    const v0 = rank(PARAPHRASE);
    for (const q of TRAIN) erm.observe({ query: q, doc: 'target', relevance: 1, source: 'qrels' });
    const v1 = erm.commit('evolved');
    const evolved = rank(PARAPHRASE);
    assert.notDeepEqual(evolved, v0);
    erm.rollback(0);
    assert.deepEqual(rank(PARAPHRASE), v0);
    erm.rollback(v1.version);
    assert.deepEqual(rank(PARAPHRASE), evolved);
    assert.throws(() => erm.rollback(99), /no key version/);
  });

  test('learned weights stay within the bound', () => {
    const { erm } = setup({ maxWeight: 0.5 });
    for (let i = 0; i < 5; i++)
      for (const q of TRAIN) erm.observe({ query: q, doc: 'target', relevance: 1, source: 'qrels' });
    const v = erm.commit();
    for (const w of Object.values(v.keys.target ?? {})) assert.ok(w <= 0.5);
  });
});
