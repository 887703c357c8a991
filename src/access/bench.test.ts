// The access benchmark runs end to end on a small count (the real run is `npm run bench` / bench.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchAccess } from './bench.ts';

for (const mode of ['embedded', 'redis'] as const) {
  test(`benchAccess (${mode}) measures CPU per request`, async () => {
    const r = await benchAccess({ mode, requests: 300, concurrency: 8 });
    assert.equal(r.mode, mode);
    assert.equal(r.levels, 3);
    assert.ok(r.cpuUsPerRequest > 0 && r.requestsPerSecond > 0);
    assert.ok(r.phasesUs.admit > 0);
  });
}
