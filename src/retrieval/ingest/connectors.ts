// Connectors: local files/directories, URLs, a PostgreSQL query. Each yields RawItems with stable keys, so a
// re-ingest can tell unchanged, changed, new and removed documents apart.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import pg from 'pg';
import { type Connector, type RawItem, type SourceSpec, SUPPORTED_EXTENSIONS } from './types.ts';
import { type UrlPolicy, safeFetch } from './url-guard.ts';

async function* walk(dir: string): AsyncIterable<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

export function filesConnector(path: string): Connector {
  const root = resolve(path);
  return {
    kind: 'files',
    describe: `files:${root}`,
    async *items(signal) {
      const s = await stat(root).catch(() => null);
      if (!s) throw new Error(`no such file or directory: ${root}`);
      const files = s.isDirectory()
        ? walk(root)
        : (async function* () {
            yield root;
          })();
      for await (const file of files) {
        signal.throwIfAborted();
        const ext = extname(file).slice(1).toLowerCase();
        if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) continue;
        const key = s.isDirectory() ? relative(root, file) : file;
        yield { key, name: file, body: await readFile(file), metadata: { path: key } } satisfies RawItem;
      }
    },
  };
}

export function urlConnector(url: string, policy: UrlPolicy): Connector {
  return {
    kind: 'url',
    describe: `url:${url}`,
    async *items(signal) {
      const r = await safeFetch(url, policy, signal);
      yield { key: url, name: new URL(r.url).pathname, mediaType: r.mediaType, body: r.body, metadata: { url: r.url } };
    },
  };
}

export function postgresConnector(spec: Extract<SourceSpec, { kind: 'postgres' }>): Connector {
  const idCol = spec.idColumn ?? 'id';
  const textCol = spec.textColumn ?? 'text';
  const titleCol = spec.titleColumn ?? 'title';
  const safe = spec.url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
  return {
    kind: 'postgres',
    describe: `postgres:${safe}`,
    async *items(signal) {
      const client = new pg.Client({ connectionString: spec.url });
      await client.connect();
      try {
        // Read-only: the query runs in a READ ONLY transaction so a source can never write.
        await client.query('BEGIN READ ONLY');
        const res = await client.query(spec.query);
        await client.query('COMMIT');
        for (const row of res.rows as Record<string, unknown>[]) {
          signal.throwIfAborted();
          if (row[idCol] === undefined || row[textCol] === undefined)
            throw new Error(`the query must return columns "${idCol}" and "${textCol}"`);
          const rec = { ...row, _id: String(row[idCol]), title: row[titleCol] ?? '', text: String(row[textCol] ?? '') };
          yield {
            key: `row:${String(row[idCol])}`,
            name: 'row.json',
            body: Buffer.from(JSON.stringify(rec)),
            metadata: {},
          };
        }
      } finally {
        await client.end();
      }
    },
  };
}

export function connectorFor(spec: SourceSpec, policy: UrlPolicy): Connector {
  switch (spec.kind) {
    case 'files':
      return filesConnector(spec.path);
    case 'url':
      return urlConnector(spec.url, policy);
    case 'postgres':
      return postgresConnector(spec);
  }
}
