import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCards } from './card.ts';
import { findEmails } from './email.ts';

describe('PII written to evade patterns', () => {
  it('finds card numbers grouped by dots, not decimals or versions', () => {
    const t = 'card 4111.1111.1111.1111 thanks';
    const [c] = findCards(t);
    assert.equal(t.slice(c.start, c.end), '4111.1111.1111.1111');
    assert.deepEqual(findCards('version 1.2.3.4 and pi 3.1415.9265.3589'), []);
  });

  it('finds "at / dot" emails, bracketed or not', () => {
    for (const [t, want] of [
      ['write to jane.doe at example dot com today', 'jane.doe at example dot com'],
      ['jane [at] example (dot) co (dot) uk', 'jane [at] example (dot) co (dot) uk'],
    ] as const) {
      const [e] = findEmails(t);
      assert.equal(t.slice(e.start, e.end), want);
    }
    assert.deepEqual(findEmails('look at the dot matrix printer'), []);
  });

  it('reads "meet at noon dot com" and similar phrases as prose, not as an address', () => {
    for (const t of [
      'Let us meet at noon dot com',
      "we'll meet at noon dot com is a site",
      'see you at lunch dot com',
      'I will be there at home dot org',
    ]) {
      assert.deepEqual(findEmails(t), [], t);
    }
    // Mailbox words and names stay addresses, and so does the "@" form of the same words.
    for (const [t, want] of [
      ['mail support at noon dot com please', 'support at noon dot com'],
      ['reach Jane at noon dot com', 'Jane at noon dot com'],
    ] as const) {
      const [e] = findEmails(t);
      assert.equal(t.slice(e.start, e.end), want);
    }
    assert.equal(findEmails('write meet@noon.com').length, 1);
  });
});
