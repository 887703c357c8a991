// A Lintel node (with its own simulator) in a child process, on the store given in LC_STORE (runtime options:
// dataDir for SQLite, databaseUrl + databaseSchema for PostgreSQL), for the kill -9 tests. Prints its URL.
import { startLifecycleHarness } from './fixture.ts';

const h = await startLifecycleHarness(JSON.parse(process.env.LC_STORE ?? '{}'));
process.stdout.write(`ready ${h.url}\n`);
