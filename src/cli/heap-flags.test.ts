import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyServerHeapFlags, DEFAULT_SERVER_V8_FLAGS } from './heap-flags.ts';

test('serving commands apply the bounded-heap flags unless LINTEL_V8_FLAGS says otherwise', () => {
  assert.equal(applyServerHeapFlags({}), DEFAULT_SERVER_V8_FLAGS);
  assert.equal(applyServerHeapFlags({ LINTEL_V8_FLAGS: '' }), '', 'empty: V8 defaults');
  assert.equal(applyServerHeapFlags({ LINTEL_V8_FLAGS: ' --max-semi-space-size=8 ' }), '--max-semi-space-size=8');
});
