// A job-runner node in its own process, for the kill -9 test: it scores items of `score` jobs slowly,
// logging each scored item, until the test kills it.
import { createJobRunner } from '../index.ts';
import { openStore, type StoreSpec } from './stores.ts';
import { scoreHandler } from './score-handler.ts';

const spec = JSON.parse(process.env.JOBS_STORE ?? '{}') as StoreSpec;
const database = await openStore(spec);
const runner = createJobRunner(database, { pollMs: 50, maintenanceIntervalSeconds: 1 });
runner.handle('score', scoreHandler(database, 40), { leaseMs: 1000, maxAttempts: 5, backoffMs: 0 });
await runner.start();
process.stdout.write('ready\n');
