// kill -9 in the middle of an ingestion run: the next run resumes without duplicate chunks (SQLite).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../storage/database.ts';
import { createRng } from '../../util/prng.ts';
import { RetrievalService } from '../service.ts';
import { RetrievalStore } from '../store.ts';
import { DEFAULT_URL_POLICY } from './url-guard.ts';

const CHILD = fileURLToPath(new URL('../testing/ingest-child.ts', import.meta.url));
const FILES = 400;
const VOCAB =
  'river stone cloud maple copper lantern orbit velvet harbor signal meadow ember falcon glacier prism thistle canyon'.split(
    ' ',
  );

test('kill -9 mid-run, then a re-run: every document once, no duplicate chunks', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lintel-crash-'));
  try {
    const src = join(tmp, 'src');
    mkdirSync(src);
    // Distinct texts (random words), so near-duplicate detection keeps every document.
    const rng = createRng(7);
    const word = () => VOCAB[Math.floor(rng() * VOCAB.length)] as string;
    for (let i = 0; i < FILES; i++)
      writeFileSync(
        join(src, `doc${String(i).padStart(3, '0')}.md`),
        `# Note ${i}\n\nTopic marker${i} ${Array.from({ length: 40 }, word).join(' ')}.\n`,
      );
    const dataDir = join(tmp, 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, src], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = 0;
    let finished = false;
    await new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        for (const m of d.matchAll(/progress (\d+)/g)) seen = Math.max(seen, Number(m[1]));
        if (d.includes('done')) finished = true;
        if (seen >= 60 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.equal(finished, false, 'the child was killed before it finished');

    const db = await openDatabase({ dataDir });
    try {
      const store = new RetrievalStore(db);
      const service = new RetrievalService(store, { urlPolicy: DEFAULT_URL_POLICY });
      const partial = (await service.documents('t', 'crash')).length;
      assert.ok(partial > 0 && partial < FILES, `documents after the kill: ${partial}`);
      const stats = await service.ingest('t', 'crash', [{ kind: 'files', path: src }]);
      assert.equal(stats.unchanged, partial);
      assert.equal(stats.added, FILES - partial);
      const chunks = await store.chunks((await service.get('t', 'crash')).id);
      assert.equal(new Set(chunks.map((c) => c.id)).size, chunks.length, 'no duplicate chunk ids');
      assert.equal(chunks.length, FILES, 'one chunk per document');
      assert.equal(new Set(chunks.map((c) => c.docKey)).size, FILES);
      const hit = await service.retrieve({ tenant: 't', collection: 'crash', query: 'marker399', mode: 'lexical' });
      assert.equal(hit.results[0]?.doc_key, 'doc399.md');
    } finally {
      await db.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
