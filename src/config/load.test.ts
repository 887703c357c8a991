import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, parseConfigText } from './load.ts';
import { cliArgv } from '../testing/cli-argv.ts';

const good = `
providers:
  openai:
    kind: openai
    base_url: https://api.openai.com/v1
    api_key: \${OPENAI_KEY}
routes:
  - model: fast
    strategy: weighted
    targets:
      - { provider: openai, model: gpt-4o-mini, weight: 3 }
`;

function problems(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfigText(text, 'x.yaml', env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
  assert.fail('expected a ConfigError');
}

test('a valid config loads with defaults and interpolated env', () => {
  const { config, version } = parseConfigText(good, 'x.yaml', { OPENAI_KEY: 'sk-abc' });
  assert.equal(config.providers.openai.api_key, 'sk-abc');
  assert.equal(config.routes[0].retry.attempts, 2);
  assert.equal(config.routes[0].circuit_breaker.cooldown_ms, 30000);
  assert.equal(config.server.port, 4000);
  assert.match(version, /^[0-9a-f]{16}$/);
});

test('${VAR:-default} falls back; an unset variable is named', () => {
  assert.equal(
    parseConfigText(good.replace('${OPENAI_KEY}', '${NOPE:-dflt}'), 'x', {}).config.providers.openai.api_key,
    'dflt',
  );
  assert.deepEqual(problems(good), ['environment variable OPENAI_KEY is not set (referenced as ${OPENAI_KEY})']);
});

test('errors name the bad key and why', () => {
  const env = { OPENAI_KEY: 'k' };
  assert.match(problems(good.replace('kind: openai', 'kind: openia'), env)[0], /^providers\.openai\.kind: /);
  assert.match(
    problems(good.replace('base_url: https://api.openai.com/v1', 'base_url: nope'), env)[0],
    /^providers\.openai\.base_url: must be a URL/,
  );
  assert.match(
    problems(good.replace('provider: openai,', 'provider: missing,'), env)[0],
    /^routes\[0\]\.targets\[0\]\.provider: unknown provider "missing"/,
  );
  assert.match(
    problems(good.replace('strategy: weighted', 'strategy: weighted\n    colour: blue'), env)[0],
    /^routes\[0\]: unknown key\(s\) "colour"/,
  );
  assert.match(problems(good.replace('weight: 3', 'weight: -1'), env)[0], /^routes\[0\]\.targets\[0\]\.weight: /);
  assert.match(problems('providers: [1', env)[0], /^YAML syntax/);
});

test('`lintel config check FILE` reports ok or the problems with exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-cfg-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, good.replace('${OPENAI_KEY}', 'sk-test'));
  const cli = [...cliArgv(), 'config', 'check', file];
  const withKey = { ...process.env, LINTEL_MASTER_KEY: 'a-master-key-of-20-ch' };
  assert.match(
    execFileSync(process.execPath, cli, { encoding: 'utf8', env: withKey }),
    /^ok: .* 1 provider\(s\), 1 route\(s\): fast/,
  );
  writeFileSync(file, good.replace('${OPENAI_KEY}', 'sk-test').replace('kind: openai', 'kind: nope'));
  try {
    execFileSync(process.execPath, cli, { encoding: 'utf8', stdio: 'pipe' });
    assert.fail('expected exit 1');
  } catch (err) {
    const e = err as { status: number; stderr: string };
    assert.equal(e.status, 1);
    assert.match(e.stderr, /providers\.openai\.kind/);
  }
});
