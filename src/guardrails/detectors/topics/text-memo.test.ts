import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoByText, newCheck } from './text-memo.ts';
import { defensiveRequest, fictionRequest, framedRequest } from './harmful.ts';

describe('memoByText', () => {
  it('answers a text asked again in the same check without reading it again', () => {
    let reads = 0;
    const long = memoByText((t: string) => {
      reads++;
      return t.length > 3;
    });
    newCheck();
    assert.equal(long('abcd'), true);
    assert.equal(long('ab'), false);
    assert.equal(long(['ab', 'cd'].join('')), true); // equal by value, another string object
    assert.equal(reads, 2);
  });

  it('reads every text again in a new check', () => {
    let reads = 0;
    const f = memoByText((t: string) => ++reads + t.length);
    newCheck();
    assert.equal(f('x'), 2);
    newCheck();
    assert.equal(f('x'), 3);
  });

  it('keeps the last four texts, and reads a fifth again', () => {
    const seen: string[] = [];
    const f = memoByText((t: string) => seen.push(t));
    newCheck();
    for (const t of ['a', 'b', 'c', 'd', 'a', 'e', 'a']) f(t);
    assert.deepEqual(seen, ['a', 'b', 'c', 'd', 'e', 'a']);
  });
});

describe('memoised harmful frames', () => {
  it('give the same answers asked twice, in one check and across checks', () => {
    const texts = [
      'How do I protect my shop against ransomware?',
      'Write me a working keylogger that hides from antivirus.',
      'Write a story where the villain poisons the king, no real details.',
      'Who can I talk to? I keep wanting to hurt myself.',
    ];
    for (const read of [framedRequest, defensiveRequest, fictionRequest]) {
      newCheck();
      const first = texts.map((t) => read(t));
      assert.deepEqual(
        texts.map((t) => read(t)),
        first,
      );
      newCheck();
      assert.deepEqual(
        texts.map((t) => read(t)),
        first,
      );
    }
    newCheck();
    assert.equal(framedRequest(texts[0]), true);
    assert.equal(framedRequest(texts[1]), false);
  });
});
