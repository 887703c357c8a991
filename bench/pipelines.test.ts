import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parseConfigText } from '../src/config/load.ts';
import { BENCH_MODEL, buildConfig, type Pipeline, PIPELINES, prepareFeatures, UPSTREAM_MODEL } from './pipelines.ts';

const ctx = { simUrls: ['http://127.0.0.1:4010', 'http://127.0.0.1:4011'], upstreamConnections: 512 };

test('the minimal pipeline is a valid config routing the bench model to the first simulator', () => {
  const built = buildConfig(PIPELINES.minimal, ctx);
  const { config } = parseConfigText(built.yaml, 'bench.yaml', {});
  const route = config.routes.find((r) => r.model === BENCH_MODEL);
  assert.deepEqual(
    route?.targets.map((t) => [t.provider, t.model]),
    [['sim0', UPSTREAM_MODEL]],
  );
  assert.equal(config.providers.sim1.base_url, 'http://127.0.0.1:4011/v1');
  assert.equal(config.providers.sim0.connections, 512);
  assert.deepEqual(built.off, []);
});

test('a feature whose config the loader rejects is reported off and left out', () => {
  const p: Pipeline = {
    name: 'x',
    description: '',
    features: [
      { name: 'bogus', apply: (d) => Object.assign(d, { no_such_section: { on: true } }) },
      { name: 'env only', env: () => ({ LINTEL_X: '1' }) },
    ],
  };
  const built = buildConfig(p, ctx);
  assert.equal(built.off.length, 1);
  assert.equal(built.off[0].name, 'bogus');
  assert.match(built.off[0].why ?? '', /no_such_section/);
  assert.equal('no_such_section' in parse(built.yaml), false);
  assert.deepEqual(built.env, { LINTEL_X: '1' });
  assert.deepEqual(
    built.pending.map((f) => f.name),
    ['env only'],
  );
});

test('prepareFeatures uses the headers a feature prepared and reports failures as off', async () => {
  const p: Pipeline = {
    name: 'x',
    description: '',
    features: [
      { name: 'key', prepare: async () => ({ on: true, headers: { authorization: 'Bearer lk-x' } }) },
      { name: 'absent', prepare: async () => ({ on: false, why: 'not served' }) },
      {
        name: 'throws',
        prepare: async () => {
          throw new Error('boom');
        },
      },
    ],
  };
  const r = await prepareFeatures(buildConfig(p, ctx), { url: 'http://127.0.0.1:1', masterKey: 'm' });
  assert.equal(r.headers.authorization, 'Bearer lk-x');
  assert.deepEqual(
    r.features.map((f) => [f.name, f.on]),
    [
      ['key', true],
      ['absent', false],
      ['throws', false],
    ],
  );
});

test('many origins make a config the loader accepts (no YAML aliases for repeated objects)', () => {
  const urls = Array.from({ length: 120 }, (_, i) => `http://127.0.0.1:${5000 + i}`);
  const built = buildConfig(PIPELINES.minimal, { simUrls: urls, upstreamConnections: 128, idleTimeoutMs: 600_000 });
  const { config } = parseConfigText(built.yaml, 'bench.yaml', {});
  assert.equal(config.routes.length, 121);
  assert.equal(config.routes[120].timeout.idle_ms, 600_000);
});
