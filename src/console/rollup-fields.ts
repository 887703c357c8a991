// One field of the monitoring rollups' JSON aggregate (`data`), extracted by the store as JSON text, so a
// console read parses only the part it needs (a sketch, a category map) and never the rest of the row.
import { sql } from 'kysely';
import type { Database } from '../storage/database.ts';

/** `path` is the field's keys from the root, e.g. ['num', 'latency_ms']; constant names only, never input. */
export function rollupField(database: Database, path: string[]) {
  if (database.dialect === 'postgres') {
    return sql<string | null>`(data::json) #>> ${`{${path.join(',')}}`}`;
  }
  return sql<string | null>`json_extract(data, ${`$.${path.join('.')}`})`;
}
