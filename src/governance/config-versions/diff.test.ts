import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskSecrets } from './store.ts';
import { diffLines } from './diff.ts';

test('diffLines marks removed and added lines and keeps common ones', () => {
  const d = diffLines('a\nb\nc', 'a\nc\nd');
  assert.equal(d, '  a\n- b\n  c\n+ d');
  assert.equal(diffLines('same', 'same'), '  same');
});

test('literal secrets are masked; ${ENV} references are kept', () => {
  const text =
    'providers:\n  a:\n    api_key: sk-live-123\n  b:\n    api_key: ${OPENAI_API_KEY}\nserver:\n  master_key: "hunter2-long"';
  const masked = maskSecrets(text);
  assert.doesNotMatch(masked, /sk-live-123|hunter2/);
  assert.match(masked, /api_key: \$\{OPENAI_API_KEY\}/);
  assert.match(masked, /api_key: '\*\*\*'/);
});
