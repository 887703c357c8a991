// Config versions mask secrets by what a field is (the zod schema), however the YAML is written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { MASK, maskConfigText, maskUrl } from './mask.ts';

const SECRETS = [
  'lk-very-secret-master',
  'hunter2',
  'sk-live-123',
  'org-secret',
  'Bearer abc',
  'XXXXSECRET',
  'sssssssssssssssssss',
  'redispass',
  'tok-abc',
  'Bearer zzz',
  'kkk-guard',
  'otlp-token',
  'fallback-secret',
];

const TEXT = `# production config (comments survive)
server: { master_key: "lk-very-secret-master", port: 4000 }
storage:
  database_url: postgres://lintel:hunter2@db:5432/lintel
providers:
  openai: { kind: openai, base_url: "https://api.openai.com/v1", api_key: sk-live-123, headers: { X-Org: org-secret } }
  env:
    kind: openai
    base_url: https://user:\${PASS}@x.example/v1
    api_key: \${OPENAI_API_KEY}
    headers:
      Authorization: Bearer abc
  defaulted:
    kind: openai
    base_url: https://y.example/v1
    api_key: \${KEY:-fallback-secret}
telemetry:
  otlp_endpoint: https://otel.example/v1/traces
  otlp_headers: { x-honeycomb-team: otlp-token }
audit:
  webhook_url: https://hooks.slack.com/services/T00/B00/XXXXSECRET
  webhook_secret: &s sssssssssssssssssss
access:
  redis_url: redis://:redispass@r:6379/0
  budget_alerts: { webhook_url: "https://h.example/x?token=tok-abc", webhook_secret: *s }
guardrails:
  sets:
    hook:
      - name: w
        detector: webhook
        stage: input
        action: block
        options: { url: "https://guard.example/check", headers: { authorization: Bearer zzz }, api_key: kkk-guard, terms: [alpha, beta] }
routes:
  - model: m
    targets: [{ provider: openai, model: gpt-4o }]
`;

test('every secret is masked: flow-style maps, headers, webhook URLs and secrets, URL passwords, anchors', () => {
  const masked = maskConfigText(TEXT);
  for (const s of SECRETS) assert.ok(!masked.includes(s), `${s} leaked:\n${masked}`);
  const cfg = parse(masked);
  assert.equal(cfg.server.master_key, MASK);
  assert.equal(cfg.providers.openai.headers['X-Org'], MASK);
  assert.equal(cfg.storage.database_url, `postgres://lintel:${MASK}@db:5432/lintel`);
  assert.equal(cfg.access.redis_url, `redis://:${MASK}@r:6379/0`);
  assert.equal(cfg.audit.webhook_url, `https://hooks.slack.com/${MASK}`, 'a webhook URL keeps only its origin');
  assert.equal(cfg.access.budget_alerts.webhook_url, `https://h.example/${MASK}?token=${MASK}`);
  assert.equal(cfg.access.budget_alerts.webhook_secret, MASK, 'an alias of a secret is masked too');
});

test('what is not secret is kept: ${ENV} references, layout, comments, ordinary values', () => {
  const masked = maskConfigText(TEXT);
  const cfg = parse(masked);
  assert.equal(cfg.providers.env.api_key, '${OPENAI_API_KEY}');
  assert.equal(cfg.providers.env.base_url, 'https://user:${PASS}@x.example/v1');
  assert.equal(cfg.providers.defaulted.api_key, `\${KEY:-${MASK}}`, "a reference's literal default is masked");
  assert.equal(cfg.providers.openai.base_url, 'https://api.openai.com/v1');
  assert.equal(cfg.telemetry.otlp_endpoint, 'https://otel.example/v1/traces');
  assert.deepEqual(cfg.guardrails.sets.hook[0].options.terms, ['alpha', 'beta']);
  assert.equal(cfg.server.port, 4000);
  assert.deepEqual(cfg.routes, [{ model: 'm', targets: [{ provider: 'openai', model: 'gpt-4o' }] }]);
  assert.match(masked, /^# production config \(comments survive\)/);
  assert.match(masked, /server: \{ master_key:/, 'flow style is kept');
  assert.equal(maskConfigText(masked), masked, 'masking is idempotent');
});

test('a password inside any URL is masked, even where the schema expects none', () => {
  const masked = maskConfigText(
    'routes: []\nproviders:\n  p:\n    kind: openai\n    base_url: https://u:pw-in-url@h/v1\n',
  );
  assert.ok(!masked.includes('pw-in-url'));
  assert.equal(maskUrl('https://h/p?a=1&b', false), `https://h/p?a=${MASK}&b`);
  assert.equal(maskUrl('not a url', true), 'not a url');
});

test('secrets in comments are masked: an old key left commented out, a URL password, token-shaped strings', () => {
  const text = `# rotated on 2026-11-30; old value: api_key: sk-live-oldoldold123
server:
  port: 4000 # master_key = lk-commented-master-999
  # redis_url: redis://:commentpass@r:6379/0
  # ask ops for the token (ghp_abcdefghijklmnopqrstu1234) — api_key: \${OPENAI_API_KEY} stays
routes: []
# trailing: Authorization: Bearer trailing-secret-abc
`;
  const masked = maskConfigText(text);
  for (const leak of [
    'sk-live-oldoldold123',
    'lk-commented-master-999',
    'commentpass',
    'ghp_abcdefghijklmnopqrstu1234',
    'trailing-secret-abc',
  ]) {
    assert.ok(!masked.includes(leak), `${leak} leaked:\n${masked}`);
  }
  assert.match(masked, /# rotated on 2026-11-30; old value: api_key: \*\*\*/);
  assert.match(masked, /redis:\/\/:\*\*\*@r:6379\/0/);
  assert.match(masked, /api_key: \$\{OPENAI_API_KEY\} stays/, 'an ${ENV} reference in a comment is kept');
  assert.equal(parse(masked).server.port, 4000);
  assert.equal(maskConfigText(masked), masked, 'idempotent');
});

test('a text that does not parse is withheld, not stored half-masked', () => {
  const masked = maskConfigText('providers: { a: [unclosed\n  api_key: sk-live-123');
  assert.ok(!masked.includes('sk-live-123'));
  assert.match(masked, /withheld/);
});
