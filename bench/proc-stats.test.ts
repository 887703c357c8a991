import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuMs, openFilesLimits, parseStat, processTree, rssBytes, statusBytes } from './proc-stats.ts';

test('parseStat reads ppid and utime+stime after a command name with spaces and parentheses', () => {
  const line = '4242 (node (x) y) S 17 4242 17 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 11 0 100 1000000 5000';
  assert.deepEqual(parseStat(line), { ppid: 17, cpuTicks: 300 });
});

test('reads this process from /proc', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  const start = cpuMs([process.pid]);
  let x = 0;
  const until = Date.now() + 60;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  assert.ok(x > 0);
  assert.ok(cpuMs([process.pid]) >= start);
  assert.ok(rssBytes([process.pid]) > 0);
  assert.ok(statusBytes(process.pid, 'VmHWM') >= statusBytes(process.pid, 'VmRSS') / 2);
  assert.ok(processTree(process.pid).includes(process.pid));
  assert.ok(openFilesLimits('self').soft > 0);
});
