import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodEnd } from '../spend-journal.ts';
import { periodStart, periodWindow } from './periods.ts';

test('budget periods in UTC: day, ISO week from Monday, calendar month, total', () => {
  const at = Date.parse('2026-03-05T15:00:00Z'); // a Thursday
  assert.deepEqual(periodWindow('day', at), { id: '2026-03-05', endsAt: Date.parse('2026-03-06T00:00:00Z') });
  assert.deepEqual(periodWindow('week', at), { id: 'w2026-03-02', endsAt: Date.parse('2026-03-09T00:00:00Z') });
  assert.deepEqual(periodWindow('month', at), { id: '2026-03', endsAt: Date.parse('2026-04-01T00:00:00Z') });
  assert.deepEqual(periodWindow('total', at), { id: 'total', endsAt: null });
  assert.equal(periodWindow('week', Date.parse('2026-03-08T23:59:59Z')).id, 'w2026-03-02', 'Sunday ends the week');
  assert.equal(periodWindow('month', Date.parse('2026-12-31T23:00:00Z')).endsAt, Date.parse('2027-01-01T00:00:00Z'));
  for (const p of ['day', 'week', 'month', 'total'] as const) {
    const w = periodWindow(p, at);
    assert.equal(periodEnd(w.id), w.endsAt, `the journal recovers the end of a ${p}`);
    // The start is the start of the same window: the id names its first day.
    if (p !== 'total')
      assert.equal(new Date(periodStart(p, at)).toISOString().slice(0, 10), w.id.replace(/^w/, '').padEnd(10, '-01'));
  }
  assert.equal(periodStart('total', at), 0);
});
