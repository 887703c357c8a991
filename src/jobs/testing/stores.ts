// Opens a store for job-runner tests: a temp SQLite file, or a fresh PostgreSQL schema (pg-boss).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Database,
  openDatabase,
  runMigrations,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../../storage/database.ts';
import { jobMigrations } from '../index.ts';

export interface StoreSpec {
  kind: 'sqlite' | 'postgres';
  url: string;
  schema?: string;
}

export function newStoreSpec(kind: 'sqlite' | 'postgres'): StoreSpec {
  if (kind === 'sqlite') return { kind, url: `sqlite:${join(mkdtempSync(join(tmpdir(), 'lintel-jobs-')), 'jobs.db')}` };
  return { kind, url: TEST_POSTGRES_URL, schema: testSchemaName('jobs') };
}

export async function openStore(spec: StoreSpec): Promise<Database> {
  const database = await openDatabase({ url: spec.url, schema: spec.schema });
  await runMigrations(database, jobMigrations);
  return database;
}
