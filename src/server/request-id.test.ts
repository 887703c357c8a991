// Generated request ids: UUIDv7, unique, ordered by their millisecond.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newRequestId } from './request-id.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('ids are RFC 9562 version-7 UUIDs carrying their millisecond', () => {
  const ms = Date.UTC(2026, 11, 6, 7, 30, 0, 123);
  const id = newRequestId(ms);
  assert.match(id, V7);
  assert.equal(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16), ms);
  assert.match(newRequestId(), V7);
});

test('ids are unique and sort by the millisecond they were made in', () => {
  const ids = new Set<string>();
  const base = Date.UTC(2026, 0, 1);
  const made: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const id = newRequestId(base + Math.floor(i / 100));
    ids.add(id);
    made.push(id);
  }
  assert.equal(ids.size, 20_000);
  for (let i = 100; i < made.length; i += 100) {
    assert.ok((made[i - 1] as string) < (made[i] as string), 'a later millisecond sorts after an earlier one');
  }
});
