// The lifecycle CLI against a running node: register two versions, upload a dataset, evaluate both with progress
// as JSON lines, compare, and a gate refusal printed with its report.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import type { Harness } from '../testing/harness.ts';
import { registerLifecycleCommands } from './cli.ts';
import { codeWordDataset, startLifecycleHarness } from './testing/fixture.ts';

let h: Harness;
let dir: string;

before(async () => {
  h = await startLifecycleHarness();
  dir = mkdtempSync(join(tmpdir(), 'lintel-lc-cli-'));
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

async function lintel(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command().exitOverride();
  registerLifecycleCommands(program, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    exit: (c) => {
      code = c;
    },
    isTty: false,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  });
  const [group, ...rest] = args;
  await program.parseAsync(['node', 'lintel', group, '--url', h.url, '--admin-key', h.key, ...rest]);
  return { out: out.join('\n'), err: err.join('\n'), code };
}

test('register, evaluate, compare and a refused promotion from the CLI', async () => {
  assert.equal((await lintel('models', 'create', 'support')).code, 0);
  assert.equal(
    JSON.parse((await lintel('models', 'add-version', 'support', '--provider', 'sim', '--model', 'sum-good')).out)
      .version,
    1,
  );
  assert.equal(
    JSON.parse((await lintel('models', 'add-version', 'support', '--provider', 'sim', '--model', 'sum-bad')).out)
      .version,
    2,
  );
  assert.equal((await lintel('models', 'alias', 'support', 'champion', '1')).code, 0);
  const file = join(dir, 'd.jsonl');
  writeFileSync(file, codeWordDataset(30));
  assert.equal((await lintel('datasets', 'upload', 'codewords', file)).code, 0);
  const scorers = '[{"type":"contains"}]';
  const r1 = await lintel('eval', 'run', 'support', '1', 'codewords', '--scorers', scorers, '--wait');
  assert.equal(r1.code, 0, r1.err);
  const progress = r1.err.split('\n').map((l) => JSON.parse(l));
  assert.equal(progress.at(-1).done, 30);
  assert.equal(progress.at(-1).status, 'completed');
  const r2 = await lintel('eval', 'run', 'support', '2', 'codewords', '--scorers', scorers, '--wait');
  const [a, b] = [JSON.parse(r1.out).id, JSON.parse(r2.out).id];
  const cmp = JSON.parse((await lintel('eval', 'compare', a, b)).out);
  assert.ok(cmp.difference.ci95[1] < 0);
  const csv = await lintel('eval', 'export', b, '--format', 'csv');
  assert.equal(csv.out.trim().split('\n').length, 31);
  const policy = JSON.stringify({
    requirements: [{ dataset: 'codewords', scorers: JSON.parse(scorers), min_ci_lower: 0.9 }],
  });
  assert.equal((await lintel('models', 'policy', 'support', policy)).code, 0);
  const refused = await lintel('models', 'alias', 'support', 'champion', '2');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /error \(409\): Promotion of support\/2 to @champion refused: min_ci_lower on codewords/);
  assert.equal(JSON.parse(refused.out).passed, false);
  const bad = await lintel('eval', 'run', 'support', '1', 'codewords', '--scorers', '[{"type":"vibes"}]');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /unknown scorer "vibes"/);
});
