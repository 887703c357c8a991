// A PostgreSQL schema of its own for each benchmarked node, so runs never meet each other's state
// (keys, audit signing keys, records) in a shared database; dropped when the node has stopped.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchSchema {
  name: string;
  /** The database URL with `options=-c search_path=<schema>`, for LINTEL_DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function createBenchSchema(url: string): Promise<BenchSchema> {
  const name = `lintel_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(url, (c) => c.query(`CREATE SCHEMA ${name}`));
  return {
    name,
    url: withSearchPath(url, name),
    drop: () => withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => undefined),
  };
}
