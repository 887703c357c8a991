import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { trainable } from './concepts.ts';
import { ATTACK_HANDWRITTEN_URL, loadAttackHandwritten } from './train.ts';

interface Item {
  text: string;
  family: string;
  lang: string;
}

const items: Item[] = readFileSync(ATTACK_HANDWRITTEN_URL, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item);

describe('hand-written injection set (lintel-handwritten)', () => {
  it('has at least 300 distinct items, each with a text, a family and a language', () => {
    assert.ok(items.length >= 300, String(items.length));
    for (const i of items) assert.ok(i.text.trim() && i.family && i.lang, JSON.stringify(i));
    assert.equal(new Set(items.map((i) => i.text.toLowerCase().replace(/\s+/g, ' '))).size, items.length);
  });

  it('is about 60 % English, the rest in at least six other languages', () => {
    const en = items.filter((i) => i.lang === 'en').length / items.length;
    assert.ok(en > 0.5 && en < 0.7, en.toFixed(2));
    assert.ok(new Set(items.map((i) => i.lang).filter((l) => l !== 'en')).size >= 6);
  });

  it('covers the tactic families and runs from one line to several paragraphs', () => {
    const families = new Set(items.map((i) => i.family));
    for (const f of [
      'persona',
      'devmode',
      'fake-system',
      'hijack',
      'forced-output',
      'forced-opinion',
      'extraction',
      'indirect',
      'obfuscation',
      'payload-split',
      'refusal-suppression',
      'prefix-injection',
      'fiction-wrapper',
      'multi-turn',
      'emotional',
      'access-code',
    ])
      assert.ok(families.has(f), f);
    const paragraphs = items.filter((i) => i.text.includes('\n\n')).length / items.length;
    assert.ok(paragraphs >= 0.1, paragraphs.toFixed(2));
    assert.ok(items.some((i) => i.text.split(/\s+/).length <= 8));
  });

  it('loads as injection attacks of its own source', () => {
    const loaded = loadAttackHandwritten();
    assert.equal(loaded.length, items.length);
    assert.ok(loaded.every((t) => t.label === 1 && t.source === 'lintel-handwritten'));
  });

  it('is scored but not trained on (the shipped model never saw it)', () => {
    assert.equal(trainable('injection')({ source: 'lintel-handwritten' }), false);
    assert.equal(trainable('injection')({ source: 'lintel-jailbreak' }), true);
  });
});
