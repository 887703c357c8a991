import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presidioHalf } from './pii-split.ts';

describe('presidio dev/test split', () => {
  it('keeps every text of a template on one side, whatever the filled-in values', () => {
    const a = presidioHalf({ text: 'Call Anna Smith', template: 17 });
    assert.equal(presidioHalf({ text: 'Call Jan Novak', template: 17 }), a);
  });

  it('puts templates on both sides, about half each', () => {
    const halves = Array.from({ length: 200 }, (_, i) => presidioHalf({ text: '', template: i }));
    const dev = halves.filter((h) => h === 'dev').length;
    assert.ok(dev > 80 && dev < 120, `dev ${dev} of 200`);
  });

  it('splits rows without a template id by their text', () => {
    const halves = new Set(Array.from({ length: 20 }, (_, i) => presidioHalf({ text: `My name is Anna ${i}` })));
    assert.deepEqual([...halves].sort(), ['dev', 'test']);
  });
});
