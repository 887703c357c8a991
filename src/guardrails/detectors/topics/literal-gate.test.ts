import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LiteralGate, requiredLiteralSets, requiredLiterals } from './literal-gate.ts';

describe('requiredLiterals', () => {
  it('takes the more selective part of a verb-object rule (longer literals; the object on a tie)', () => {
    assert.deepEqual(requiredLiterals(/\b(?:get|buy)\w* (?:a )?(?:bombs?|grenades?)\b/gi)?.sort(), ['bomb', 'grenade']);
    assert.deepEqual(requiredLiterals(/\b(?:make|hide)\w* (?:a )?(?:bomb|pill)s?\b/gi)?.sort(), ['bomb', 'pill']);
  });

  it('joins the branches of a top-level alternation', () => {
    assert.deepEqual(requiredLiterals(/\bhitman\b|\bpipe bombs?/i)?.sort(), ['hitman', 'pipe bomb']);
  });

  it('lower-cases literals and keeps escaped punctuation', () => {
    assert.deepEqual(requiredLiterals(/Dark\.Web/i), ['dark.web']);
  });

  it('gives no gate when a branch can match without any literal', () => {
    assert.equal(requiredLiterals(/\bbomb|\d+/i), null);
    assert.deepEqual(requiredLiterals(/\bbomb|\d+ grams/i), ['bomb', ' grams']);
    assert.equal(requiredLiterals(/(?:bomb)?\w+/i), null);
    assert.equal(requiredLiterals(/caf[eé]|é/i), null);
  });

  it('gives no gate to case-sensitive or unicode regexes', () => {
    assert.equal(requiredLiterals(/bomb/g), null);
    assert.equal(requiredLiterals(/bomb/iu), null);
  });

  it('does not take lookarounds or optional parts as required', () => {
    assert.deepEqual(requiredLiterals(/\b(?!bath )bombs?(?: at home)?/i), ['bomb']);
  });
});

describe('LiteralGate', () => {
  const res = [/\bpipe ?bombs?\b/gi, /\b(?:he|she)\b/i, /\bhers\b/i, /x\d/i];

  it('passes exactly the regexes one of whose literals occurs', () => {
    const gate = new LiteralGate(res);
    assert.deepEqual(gate.scan('Nothing to see here'), [false, true, false, false]);
    assert.deepEqual(gate.scan('a PIPEBOMB'), [true, false, false, false]);
    // Overlapping literals ("she" inside "ushers", "hers" after it) are all found.
    assert.deepEqual(gate.scan('ushers'), [false, true, true, false]);
  });

  it('never rules out a regex that matches (upper case, accents and non-ASCII around the literal)', () => {
    const gate = new LiteralGate(res);
    for (const text of ['PIPE BOMBS', 'pipe\u2019bomb — pipe bomb', 'Ça, pipe bomb!', 'élan SHE', 'x1']) {
      const may = gate.scan(text);
      res.forEach((re, k) => {
        re.lastIndex = 0;
        if (re.test(text)) assert.equal(may[k], true, `${re} on ${text}`);
      });
    }
  });

  it('with more than 32 regexes (several bitmask words) passes exactly those whose literal occurs, scan after scan', () => {
    // 90 one-word regexes: words 0..89 of a made-up vocabulary, some sharing prefixes and suffixes.
    const vocab = Array.from(
      { length: 90 },
      (_, k) => `w${String.fromCharCode(97 + (k % 26))}${'xy'.repeat(1 + (k % 3))}${k}`,
    );
    const gate = new LiteralGate(vocab.map((w) => new RegExp(`\\b${w}\\b`, 'i')));
    const texts = [
      vocab.slice(0, 40).join(' '),
      `${vocab[89]} and ${vocab[33].toUpperCase()} then ${vocab[64]}`,
      'none of them',
      vocab.filter((_, k) => k % 7 === 3).join(', '),
      `${vocab[5]}${vocab[6]}`, // adjacent, no space: both literals still occur
    ];
    for (let round = 0; round < 3; round++)
      for (const text of texts)
        assert.deepEqual(
          gate.scan(text),
          vocab.map((w) => text.toLowerCase().includes(w)),
          text,
        );
  });
});

describe('requiredLiteralSets and the all-sets gate', () => {
  const rule = /\b(?:steal|nick)\w* (?:a |the )?(?:[\w'-]+ )?(?:bikes?|scooters?)\b/gi;

  it('gives the best set first, then the other mandatory part', () => {
    const sets = requiredLiteralSets(rule);
    assert.deepEqual(sets?.[0].sort(), ['bike', 'scooter']);
    assert.deepEqual(sets?.[1].sort(), ['nick', 'steal']);
    // Top-level alternatives cannot be ANDed: one joined set, as requiredLiterals.
    assert.deepEqual(requiredLiteralSets(/\bhitman\b|\bpipe bombs?/i), [['hitman', 'pipe bomb']]);
    assert.equal(requiredLiteralSets(/\bbomb|\d+/i), null);
  });

  it('needs one literal of every set with { all: true }, one of the best set without', () => {
    const any = new LiteralGate([rule]);
    const all = new LiteralGate([rule], { all: true });
    const bikeOnly = 'I rode my bike to work.';
    assert.deepEqual(any.scan(bikeOnly), [true]);
    assert.deepEqual(all.scan(bikeOnly), [false]);
    assert.deepEqual(all.scan('How do I steal a bike?'), [true]);
    rule.lastIndex = 0;
    assert.equal(rule.test(bikeOnly), false);
  });
});
