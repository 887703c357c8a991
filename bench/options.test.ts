import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { registerBenchCommand } from '../src/cli/bench-command.ts';
import { DEFAULTS, parseBenchArgs, USAGE } from './options.ts';

test('defaults: 10 s, both shapes, 1/32/256 connections, both stores and pipelines, 2 workers', () => {
  const o = parseBenchArgs([]);
  assert.notEqual(o, 'help');
  assert.deepEqual(o, DEFAULTS);
  assert.equal(DEFAULTS.durationS, 10);
  assert.deepEqual(DEFAULTS.connections, [1, 32, 256]);
  assert.equal(DEFAULTS.workers, 2);
});

test('options', () => {
  const o = parseBenchArgs(['--quick', '--only', 'stream', '--connections', '1,32', '--workers', '0']);
  assert.ok(o !== 'help');
  assert.equal(o.durationS, 3);
  assert.deepEqual(o.shapes, ['stream']);
  assert.deepEqual(o.connections, [1, 32]);
  assert.equal(o.workers, 0);
  const soak = parseBenchArgs(['--soak', '300']);
  assert.ok(soak !== 'help');
  assert.equal(soak.soakS, 300);
  assert.equal(soak.idleStreams, 10_000);
  const idle = parseBenchArgs(['--soak', '60', '--idle-streams', '0']);
  assert.ok(idle !== 'help' && idle.idleStreams === 0);
  assert.equal(parseBenchArgs(['--help']), 'help');
});

test('bad options are refused with a message', () => {
  assert.throws(() => parseBenchArgs(['--only', 'xml']), /--only/);
  assert.throws(() => parseBenchArgs(['--connections', '1,x']), /--connections/);
  assert.throws(() => parseBenchArgs(['--stores', 'mysql']), /unknown store/);
  assert.throws(() => parseBenchArgs(['--pipelines', 'huge']), /unknown pipeline/);
  assert.throws(() => parseBenchArgs(['--bogus']), /bogus/);
});

test('`lintel bench --help` prints the bench options', async (t) => {
  const printed: string[] = [];
  t.mock.method(console, 'log', (line: string) => printed.push(line));
  const program = new Command().name('lintel').exitOverride();
  registerBenchCommand(program);
  await program.parseAsync(['node', 'lintel', 'bench', '--help']);
  assert.equal(printed.join('\n'), USAGE);
  assert.equal(process.exitCode, 0);
  process.exitCode = undefined;
});
