import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { guardrailsDataDir } from '../data-path.ts';
import { normalizeText } from '../normalize/normalize.ts';
import { probeHalves, readProbe } from '../eval/harmful-probe.ts';
import { trainable } from './concepts.ts';
import { loadCorpus } from './corpus.ts';
import { halfOf } from './dev-test.ts';
import {
  FRESH_DEV_BENIGN,
  FRESH_DEV_SOURCE,
  FRESH_SETS,
  freshDevItems,
  freshHalves,
  heldOutTexts,
  nearKeys,
  readFreshSet,
} from './fresh-dev.ts';
import { HANDWRITTEN_SETS, readHandwritten } from './handwritten.ts';
import { setHalves } from './handwritten-split.ts';

const CONCEPTS = ['injection', 'harmful'] as const;
const FRESH = new Set([FRESH_DEV_SOURCE, FRESH_DEV_BENIGN]);
const heldKeys = new Set(heldOutTexts().flatMap(nearKeys));
const heldTexts = new Set(heldOutTexts().map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim()));

/** Runs `f` with LINTEL_FRESH_DEV set, restoring it afterwards. */
function withFresh<T>(value: string, f: () => T): T {
  const prev = process.env.LINTEL_FRESH_DEV;
  process.env.LINTEL_FRESH_DEV = value;
  try {
    return f();
  } finally {
    if (prev === undefined) delete process.env.LINTEL_FRESH_DEV;
    else process.env.LINTEL_FRESH_DEV = prev;
  }
}

describe('fresh sets: dev halves as training data', () => {
  it('registers every hand-written set in train/ (the two trained-whole sets apart)', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.jsonl'));
    const registered = new Set(FRESH_SETS.map((s) => s.file));
    const whole = new Set(['attack-extra.jsonl', 'benign-extra.jsonl']);
    assert.deepEqual(
      files.filter((f) => !registered.has(f) && !whole.has(f)),
      [],
      'a new set needs its line in FRESH_SETS',
    );
  });

  it('halves each set exactly as its eval rows do', () => {
    for (const set of FRESH_SETS) {
      const items = readFreshSet(set.file);
      const mine = freshHalves(set, items);
      const hand = HANDWRITTEN_SETS.find((h) => h.file === set.file);
      let theirs: string[];
      if (hand) theirs = setHalves(hand, readHandwritten(set.file));
      else if (set.split === 'pair') theirs = probeHalves(readProbe(new URL(set.file, import.meta.url).pathname));
      else if (set.file === 'harmful-handwritten.jsonl')
        continue; // checked through HANDWRITTEN_SETS
      else theirs = items.map((it) => halfOf(it.text));
      assert.deepEqual(mine, theirs, set.file);
      assert.ok(mine.includes('dev') && mine.includes('test'), `${set.file} has both halves`);
    }
  });

  for (const concept of CONCEPTS) {
    it(`${concept}: returns dev-half items only, no test-half text and no near-duplicate of one`, () => {
      const items = freshDevItems(concept);
      assert.ok(items.length > 300);
      const devTexts = new Set<string>();
      for (const set of FRESH_SETS) {
        const all = readFreshSet(set.file);
        const halves = freshHalves(set, all);
        all.forEach((it, i) => {
          if (set.train && halves[i] === 'dev') devTexts.add(it.text);
        });
      }
      for (const t of items) {
        assert.ok(FRESH.has(t.source));
        assert.equal(t.source === FRESH_DEV_SOURCE, t.label === 1);
        assert.ok(devTexts.has(t.text), 'only dev-half texts of trainable sets');
        assert.ok(!heldTexts.has(t.text.toLowerCase().replace(/\s+/g, ' ').trim()), 'never a test-half text');
        assert.ok(!nearKeys(t.text).some((k) => heldKeys.has(k)), 'never a near-duplicate of a test-half text');
      }
    });
  }

  it('the evaluation-only set contributes nothing', () => {
    const evalOnly = FRESH_SETS.filter((s) => !s.train).flatMap((s) => readFreshSet(s.file).map((x) => x.text));
    assert.ok(evalOnly.length > 0);
    const all = new Set(CONCEPTS.flatMap((c) => freshDevItems(c).map((t) => t.text)));
    assert.equal(evalOnly.filter((t) => all.has(t)).length, 0);
  });

  const data = guardrailsDataDir();
  for (const concept of CONCEPTS) {
    it(
      `${concept}: switched on, the training corpus holds the dev halves and no fresh test-half text`,
      { skip: data ? false : 'shared data not found (set LINTEL_SHARED_DATA)' },
      () => {
        const on = withFresh('1', () => loadCorpus(data!, concept));
        const train = on.filter(trainable(concept));
        const fresh = train.filter((t) => FRESH.has(t.source));
        assert.ok(fresh.length > 300, `${fresh.length} fresh items`);
        // None of the fresh source's items is a held-out text or a near-duplicate of one, and switching
        // the dev halves on adds no other collision: the training items that share a key with a held-out
        // fresh text are the same with the switch off (older sets: three prompts of lintel-benign equal a
        // fresh test item, and a few public prompts share an 80-character opening with one).
        const collide = (t: { text: string }): boolean =>
          heldTexts.has(t.text.toLowerCase().replace(/\s+/g, ' ').trim()) ||
          nearKeys(t.text).some((k) => heldKeys.has(k));
        for (const t of fresh) assert.ok(!collide(t));
        const off = withFresh('0', () => loadCorpus(data!, concept));
        const before = off
          .filter(trainable(concept))
          .filter(collide)
          .map((t) => `${t.source} ${t.text}`);
        assert.deepEqual(
          train.filter(collide).map((t) => `${t.source} ${t.text}`),
          before,
        );
        // (+1 with short-fresh: its benign test twin "Wie wird der Bundespräsident gewählt?" is also a lintel-benign prompt;
        // more with actas2-fresh: three of its prompts follow awesome-chatgpt-prompts entries that deepset-injection and
        // jailbreak-inthewild carry — ids 1, 31, 136, so in-sample for the classifier.)
        assert.ok(before.length <= 14, `${before.length} older collisions`);
        // The evaluation-only hand-written attack row keeps only its test half.
        const testHalf = new Set(
          readFreshSet('attack-handwritten.jsonl')
            .filter((x) => halfOf(x.text) === 'test')
            .map((x) => normalizeText(x.text).text),
        );
        for (const t of on.filter((x) => x.source === 'lintel-handwritten')) {
          assert.ok(testHalf.has(t.text));
          assert.equal(trainable(concept)(t), false);
        }
        assert.equal(off.filter((t) => FRESH.has(t.source)).length, 0);
      },
    );
  }
});
