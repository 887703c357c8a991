import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { request } from 'undici';
import { behaviorFromOptions, registerSimulateCommand } from './cli.ts';

function program(log: (line: string) => void = () => {}): Command {
  const p = new Command('lintel').exitOverride();
  p.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerSimulateCommand(p, { log });
  return p;
}

test('help says plainly it is a simulator, not a model, and lists the options', () => {
  const cmd = program().commands.find((c) => c.name() === 'simulate');
  assert.ok(cmd);
  const help = cmd.helpInformation();
  assert.match(help, /SIMULATOR of the OpenAI and Anthropic wire formats/);
  assert.match(help, /NOT a model/);
  for (const flag of [
    '--port',
    '--host',
    '--latency-ms',
    '--ttft-ms',
    '--tokens-per-second',
    '--output-tokens',
    '--error-rate',
    '--error-status',
    '--retry-after',
    '--fault',
    '--fault-rate',
    '--api-key',
  ]) {
    assert.ok(help.includes(flag), `help lists ${flag}`);
  }
});

test('only given options become behaviour', () => {
  assert.deepEqual(behaviorFromOptions({ port: 1, host: 'h' }), {});
  assert.deepEqual(
    behaviorFromOptions({ port: 1, host: 'h', latencyMs: 5, retryAfter: 2, fault: 'hang', errorStatus: 429 }),
    { latencyMs: 5, retryAfterSeconds: 2, fault: 'hang', errorStatus: 429 },
  );
});

test('invalid values are rejected', async () => {
  await assert.rejects(program().parseAsync(['simulate', '--fault', 'explode'], { from: 'user' }));
  await assert.rejects(program().parseAsync(['simulate', '--error-rate', '2'], { from: 'user' }));
  await assert.rejects(program().parseAsync(['simulate', '--error-status', '418'], { from: 'user' }));
});

test('runs with the banner, applies the options, and closes on SIGTERM', async () => {
  const lines: string[] = [];
  const running = program((l) => lines.push(l)).parseAsync(
    ['simulate', '--port', '0', '--error-rate', '1', '--error-status', '429', '--retry-after', '3', '--api-key', 'k'],
    { from: 'user' },
  );
  const deadline = Date.now() + 2000;
  while (!lines.some((l) => l.includes('listening on')) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const banner = lines.find((l) => l.includes('listening on')) ?? '';
  assert.match(banner, /^Lintel upstream SIMULATOR \(not a real model\) listening on http:\/\/127\.0\.0\.1:\d+/);
  const url = banner.trim().split(' ').pop() ?? '';
  const res = await request(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer k' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
  });
  assert.equal(res.statusCode, 429);
  assert.equal(res.headers['retry-after'], '3');
  await res.body.text();
  process.emit('SIGTERM', 'SIGTERM');
  await running;
  assert.equal(lines[lines.length - 1], 'Lintel simulator: shutting down');
  await assert.rejects(request(`${url}/health`));
});
