import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HANDWRITTEN_SETS, handwritten, readHandwritten } from './handwritten.ts';

const LANGS = new Set(['en', 'de', 'es', 'fr', 'it', 'pt']);

test('hand-written sets: sizes, languages, categories, no duplicate texts', () => {
  for (const s of HANDWRITTEN_SETS) {
    const items = readHandwritten(s.file);
    assert.ok(items.length >= (s.label === 1 ? 300 : 150), `${s.source}: ${items.length} items`);
    for (const it of items) {
      assert.ok(it.text.trim().length > 10, `${s.source}: empty text`);
      assert.ok(LANGS.has(it.lang), `${s.source}: lang ${it.lang}`);
      assert.match(it.category, /^[a-z-]+$/);
    }
    const texts = new Set(items.map((i) => i.text.toLowerCase()));
    assert.equal(texts.size, items.length, `${s.source}: duplicate texts`);
    const en = items.filter((i) => i.lang === 'en').length / items.length;
    assert.ok(en > 0.5 && en < 0.75, `${s.source}: English share ${en.toFixed(2)}`);
    // Every usage-policy category has both harmful and legitimate items to learn the goal, not the topic.
    assert.ok(new Set(items.map((i) => i.category)).size >= 19, `${s.source}: categories`);
  }
});

test('hand-written sets load with their labels', () => {
  assert.ok(handwritten('lintel-harmful-hand').every((t) => t.label === 1 && t.source === 'lintel-harmful-hand'));
  assert.ok(handwritten('lintel-benign-hard').every((t) => t.label === 0));
  assert.throws(() => handwritten('nope'), /unknown hand-written set/);
});
