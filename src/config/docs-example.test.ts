// The example in docs/configuration.md is a valid config: the docs cannot drift from the schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseConfigText } from './load.ts';

test('docs/configuration.md example parses', () => {
  const md = readFileSync('docs/configuration.md', 'utf8');
  const yaml = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
  const env = {
    LINTEL_MASTER_KEY: 'a-long-master-key',
    OPENAI_API_KEY: 'x',
    ANTHROPIC_API_KEY: 'y',
    ALERT_SECRET: '0123456789abcdef0123',
    LINTEL_METRICS_TOKEN: 'metrics-token-0123456789',
  };
  const { config } = parseConfigText(yaml, 'docs', env);
  assert.equal(config.routes[0].model, 'smart');
  assert.ok(config.guardrails.sets.strict.length === 3);
  assert.equal(config.retention.tenants.acme.records_days, 365);
});
