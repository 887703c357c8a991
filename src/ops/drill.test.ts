// The HAProxy drill in the suite, kept short: a rolling restart under JSON and streaming load, then a SIGKILL.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { runDrill } from './drill.ts';

const haproxy = (() => {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test(
  'rolling restart behind HAProxy: no call refused, nodes exit 0, every answer recorded once, limits and budgets exact',
  { timeout: 240_000 },
  async (t) => {
    if (!haproxy) {
      // scripts/ensure-services.mjs installs Debian's haproxy; without it the drill cannot run.
      t.skip('haproxy is not installed (apt-get install haproxy)');
      return;
    }
    const r = await runDrill({ workers: 6, settleMs: 800 });
    t.diagnostic(JSON.stringify(r));
    assert.ok(r.rolling.sent > 100, `load was sent during the restarts (${r.rolling.sent})`);
    const httpFailures = Object.entries(r.rolling.errors).filter(([k]) => k.startsWith('HTTP'));
    assert.deepEqual(httpFailures, [], 'no call was refused or answered with an error during the rolling restart');
    // Zero failures: every call of the rolling restart answered in full (the phase's calls end before the SIGKILL).
    assert.equal(r.rolling.failed, 0, `rolling-restart failures ${JSON.stringify(r.rolling.errors)}`);
    assert.deepEqual(r.rolling.cut, [], 'no stream cut at the client during the rolling restart');
    // The SIGKILL fails only calls in flight on the killed node (at most one per load worker), each cleanly.
    assert.ok(r.sigkill.failed <= 6, `SIGKILL failures ${JSON.stringify(r.sigkill.errors)}`);
    assert.equal(r.duplicateRecords, 0, 'no record stored twice');
    // The limited key: exactly its limit passed across three nodes and the restarts, the rest were refused, and the
    // spend Redis counted is what PostgreSQL recorded.
    const l = r.limits;
    assert.deepEqual(l.other, {}, 'the limited key got only 200s and 429s');
    assert.ok(l.sent > l.rpm, `the limit was reached (${l.sent} calls for ${l.rpm}/min)`);
    assert.equal(l.ok, l.rpm, 'exactly the limit was admitted');
    assert.equal(l.refused, l.sent - l.rpm, 'every other call was refused');
    assert.equal(l.recordsOk, l.ok);
    assert.ok(l.spentRedisUsd > 0 && Math.abs(l.spentRedisUsd - l.spentRecordedUsd) < 1e-9, JSON.stringify(l));
    assert.equal(l.reservedRedisUsd, 0, 'no reservation left behind');
    assert.deepEqual(r.recordedErrors, {}, 'the nodes answered every call they received');
    // SIGKILL loses at most the records of the last flush interval on the killed node.
    assert.ok(
      r.recordsStored <= r.answered && r.recordsStored >= r.answered - 20,
      `${r.recordsStored} of ${r.answered}`,
    );
  },
);
