// Fields of the monitoring rollups' JSON aggregate (`data`), extracted by the store as one JSON array text
// per row, so a console read parses only the parts it needs (sketches, a category map) and SQLite parses
// each row once however many fields are read.
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';

/** `paths` are field keys from the root, e.g. [['num', 'latency_ms']]; constant names only, never input. */
export function rollupFields(database: Database, paths: string[][]) {
  if (database.dialect === 'postgres') {
    const parts = paths.map((p) => sql`(data::json) #> ${`{${p.join(',')}}`}`);
    return sql<string | null>`json_build_array(${sql.join(parts)})::text`;
  }
  const args = paths.map((p) => sql`${`$.${p.join('.')}`}`);
  // With one path json_extract returns the value itself, with several an array: wrap the single case.
  if (args.length === 1) return sql<string | null>`json_array(json(json_extract(data, ${args[0]})))`;
  return sql<string | null>`json_extract(data, ${sql.join(args)})`;
}

/** The row's fields in the order asked (null for a field the row lacks). */
export function parseFields<T extends unknown[]>(text: string | null): Partial<T> {
  return (text ? JSON.parse(text) : []) as Partial<T>;
}
