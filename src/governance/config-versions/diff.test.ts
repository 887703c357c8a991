import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffLines } from './diff.ts';

test('diffLines marks removed and added lines and keeps common ones', () => {
  const d = diffLines('a\nb\nc', 'a\nc\nd');
  assert.equal(d, '  a\n- b\n  c\n+ d');
  assert.equal(diffLines('same', 'same'), '  same');
});
