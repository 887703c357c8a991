// Child process for the kill -9 test: ingests a directory into a SQLite store, printing "progress N" after each
// file, so the parent can kill it mid-run. Usage: tsx ingest-child.ts <dataDir> <sourceDir>
import { openDatabase, runMigrations } from '../../storage/database.ts';
import { DEFAULT_URL_POLICY } from '../ingest/url-guard.ts';
import { retrievalMigrations } from '../migrations.ts';
import { RetrievalService } from '../service.ts';
import { RetrievalStore } from '../store.ts';

const [dataDir, sourceDir] = process.argv.slice(2) as [string, string];
const db = await openDatabase({ dataDir });
await runMigrations(db, retrievalMigrations);
const service = new RetrievalService(new RetrievalStore(db), { urlPolicy: DEFAULT_URL_POLICY });
if (!(await new RetrievalStore(db).getCollection('t', 'crash'))) await service.create('t', 'crash');
await service.ingest('t', 'crash', [{ kind: 'files', path: sourceDir }], {
  onProgress: (done) => {
    process.stdout.write(`progress ${done}\n`);
  },
});
process.stdout.write('done\n');
await db.close();
