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
  'rolling restart behind HAProxy: no call refused, nodes exit 0, every answer recorded once',
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
    assert.deepEqual(r.recordedErrors, {}, 'the nodes answered every call they received');
    // SIGKILL loses at most the records of the last flush interval on the killed node.
    assert.ok(
      r.recordsStored <= r.answered && r.recordsStored >= r.answered - 20,
      `${r.recordsStored} of ${r.answered}`,
    );
  },
);
