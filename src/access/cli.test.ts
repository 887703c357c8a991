// `lintel keys …` and `lintel tenants …` against a running node (in-process commander, real HTTP).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { registerAccessCommands } from './cli.ts';
import { chat } from './testing/client.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: gpt-4o-mini }]\n`,
  );
});
after(() => h.close());

async function lintel(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const io = { out: '', err: '', code: 0 };
  const program = new Command().exitOverride();
  registerAccessCommands(program, {
    out: (t) => {
      io.out += t;
    },
    err: (t) => {
      io.err += t;
    },
    exit: (c) => {
      io.code = c;
    },
  });
  const [group, ...rest] = args;
  await program.parseAsync(['node', 'lintel', group, ...rest, '--url', h.url, '--admin-key', h.key]);
  return io;
}

test('create a tenant, a team and a key, use it, rotate, revoke', async () => {
  assert.equal((await lintel('tenants', 'create', 'acme', '--rpm', '100')).code, 0);
  assert.equal(
    (await lintel('tenants', 'add-team', 'acme', 'core', '--budget-usd', '5', '--budget-period', 'day')).code,
    0,
  );
  const created = await lintel(
    'keys',
    'create',
    '--name',
    'ci',
    '--tenant',
    'acme',
    '--team',
    'core',
    '--models',
    'm',
    '--rpm',
    '10',
  );
  assert.equal(created.code, 0, created.err);
  const key = JSON.parse(created.out);
  assert.match(key.key, /^lk-/);
  assert.match(created.err, /not shown again/);
  assert.deepEqual(key.limits, { rpm: 10, tpm: null, concurrency: null });
  assert.equal((await chat(h.url, key.key, 'm')).status, 200);

  const listed = JSON.parse((await lintel('keys', 'list', '--tenant', 'acme')).out);
  assert.equal(listed.data.length, 1);
  assert.ok(!JSON.stringify(listed).includes(key.key));

  const updated = JSON.parse((await lintel('keys', 'update', key.id, '--rpm', 'none', '--tpm', '5000')).out);
  assert.deepEqual(updated.limits, { rpm: null, tpm: 5000, concurrency: null });

  const rotated = JSON.parse((await lintel('keys', 'rotate', key.id, '--overlap-seconds', '0')).out);
  assert.equal((await chat(h.url, key.key, 'm')).status, 401);
  assert.equal((await chat(h.url, rotated.key, 'm')).status, 200);
  assert.equal(JSON.parse((await lintel('keys', 'revoke', key.id)).out).status, 'revoked');
  assert.equal((await chat(h.url, rotated.key, 'm')).status, 401);
});

test('refusals print the server message and exit 1', async () => {
  const bad = await lintel('keys', 'create', '--name', 'x', '--tenant', 'acme', '--rpm', 'lots');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /error \(400\): limits\.rpm: must be a positive integer/);
  const unknown = await lintel('tenants', 'get', 'nope');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No tenant named "nope"/);
});
