// Signals and binding through real processes: `npm run quickstart` stopped by SIGTERM or Ctrl-C and `bin/lintel.js
// serve` stopped by SIGTERM leave no process behind; serve binds loopback by default and prints the address it
// bound; a short master key is refused.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { request } from 'undici';

const root = join(import.meta.dirname, '..', '..');

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts a command as the leader of its own process group, so the test can see every process it left. */
function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: 'pipe' });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

async function waitFor(s: Started, re: RegExp, ms: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = re.exec(s.output());
    if (m) return m;
    if (Date.now() > deadline || s.child.exitCode !== null) throw new Error(`waited for ${re} in:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether any process of the group is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) {
      process.kill(-pgid, 'SIGKILL'); // never leave the test's own processes behind
      return false;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

const quickstartEnv = (dir: string) => ({
  LINTEL_PORT: '0',
  LINTEL_DATA_DIR: dir,
  LINTEL_MASTER_KEY: '',
  OPENAI_API_KEY: '',
  ANTHROPIC_API_KEY: '',
  OLLAMA_HOST: '',
  LINTEL_LOG_LEVEL: 'silent',
});

for (const [how, stop] of [
  ['SIGTERM to npm', (s: Started) => s.child.kill('SIGTERM')],
  ['Ctrl-C (SIGINT to the whole foreground group)', (s: Started) => process.kill(-s.child.pid!, 'SIGINT')],
] as const) {
  test(`npm run quickstart stopped by ${how} leaves no process behind`, { timeout: 400_000 }, async () => {
    const s = start('npm', ['run', '--silent', 'quickstart'], quickstartEnv(mkdtempSync(join(tmpdir(), 'lintel-qs-'))));
    const url = (await waitFor(s, /Lintel is running at (http:\/\/\S+)/, 360_000))[1];
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/, 'loopback by default');
    assert.match(s.output(), /bound to 127\.0\.0\.1:\d+/);
    const ready = await request(`${url}/readyz`);
    assert.equal(ready.statusCode, 200);
    await ready.body.text();
    stop(s);
    const code = await s.exited;
    assert.equal(code, 0, s.output());
    assert.ok(await groupGone(s.child.pid!, 15_000), `processes left behind after ${how}:\n${s.output()}`);
  });
}

test('bin/lintel.js serve runs the server in its own process: SIGTERM drains it, exit code 0, nothing left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-bin-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, 'providers: {}\nroutes: []\n');
  const s = start(process.execPath, ['bin/lintel.js', 'serve', '-c', file, '-p', '0'], {
    LINTEL_MASTER_KEY: 'a-master-key-of-20-ch',
    LINTEL_DATA_DIR: dir,
    LINTEL_HOST: '',
  });
  const url = (await waitFor(s, /listening on (http:\/\/\S+)/, 120_000))[1];
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const r = await request(`${url}/healthz`);
  assert.equal(r.statusCode, 200);
  await r.body.text();
  s.child.kill('SIGTERM');
  assert.equal(await s.exited, 0, s.output());
  assert.ok(await groupGone(s.child.pid!, 10_000), `a process was left behind:\n${s.output()}`);
});

test('serve refuses a master key shorter than 16 characters, from the environment or the config', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-key-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, 'providers: {}\nroutes: []\n');
  const env = start(process.execPath, ['bin/lintel.js', 'serve', '-c', file, '-p', '0'], {
    LINTEL_MASTER_KEY: 'short-key',
    LINTEL_DATA_DIR: dir,
  });
  assert.equal(await env.exited, 2, env.output());
  assert.match(env.output(), /LINTEL_MASTER_KEY: must be at least 16 characters/);
  writeFileSync(file, 'server: { master_key: "short-key" }\nproviders: {}\nroutes: []\n');
  const cfg = start(process.execPath, ['bin/lintel.js', 'serve', '-c', file, '-p', '0'], {
    LINTEL_MASTER_KEY: '',
    LINTEL_DATA_DIR: dir,
  });
  assert.equal(await cfg.exited, 2, cfg.output());
  assert.match(cfg.output(), /server\.master_key: must be at least 16 characters/);
});
