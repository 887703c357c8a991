// Answers of this checkout's retrieval service equal to another checkout's (a baseline), in process and over the
// same SciFact collection: retrieve() and the HTTP route's retrieveJson() bytes for every train claim in lexical
// (k 3/10/100, explain, metadata filter), hybrid (RRF, weighted, filtered), dense and default mode. The dense list is
// a deterministic stand-in (the query's embedding picks a stride through the chunks), so fusion and filters run
// without an embeddings provider. Across two real nodes (bench/retrieval.ts --baseline) only lexical answers can be
// compared, because each node's random chunk ids order equal scores.
// Usage: node --import tsx bench/retrieval-equal.ts --baseline DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RetrievalService, RetrieveRequest } from '../src/retrieval/service.ts';
import { REPO_ROOT } from './processes.ts';
import { scifactDir } from './retrieval.ts';

interface Modules {
  analyze: (text: string) => string[];
  Bm25Index: new (docs: { id: string; terms: Map<string, number>; length: number }[]) => unknown;
  RetrievalService: new (store: unknown, opts: unknown) => RetrievalService;
}

async function modules(root: string): Promise<Modules> {
  const analyzer = await import(join(root, 'src/retrieval/lexical/analyzer.ts'));
  const bm25 = await import(join(root, 'src/retrieval/lexical/bm25.ts'));
  const service = await import(join(root, 'src/retrieval/service.ts'));
  return { analyze: analyzer.analyze, Bm25Index: bm25.Bm25Index, RetrievalService: service.RetrievalService };
}

type Doc = { _id: string; title: string; text: string };

/** A service whose loaded collection is built in memory from the corpus with the checkout's own analyser and BM25. */
function serviceOver(m: Modules, docs: Doc[]): RetrievalService {
  const chunks = new Map<string, { id: string; docKey: string; text: string }>();
  const documents = new Map<string, { docKey: string; title: string; metadata: object; source: string }>();
  const indexed = docs.map((d, i) => {
    const terms = m.analyze(`${d.title}\n${d.text}`);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const id = `c${String(i).padStart(5, '0')}`;
    chunks.set(id, { id, docKey: String(d._id), text: d.text });
    documents.set(String(d._id), { docKey: String(d._id), title: d.title, metadata: { n: i % 7 }, source: 'x' });
    return { id, terms: tf, length: terms.length };
  });
  const ids = indexed.map((x) => x.id);
  const dense = {
    async search(vec: number[], k: number, allow?: (id: string) => boolean) {
      const start = Math.floor((vec[0] ?? 0) * 1e6);
      const out: { id: string; score: number }[] = [];
      for (let j = 0; out.length < k && j < ids.length; j++) {
        const id = ids[(start + j * 37) % ids.length] as string;
        if (!allow || allow(id)) out.push({ id, score: 1 - j / 1000 });
      }
      return out;
    },
    kindFor: (filtered: boolean) => (filtered ? 'exact-cosine (metadata filter)' : 'sqlite-vec'),
  };
  const lc = {
    collection: { tenant: 't', name: 'scifact', settings: { embeddingModel: 'e' } },
    indexVersion: 3,
    chunks,
    documents,
    bm25: new m.Bm25Index(indexed),
    dense,
    erm: { activeVersion: () => 2, explain: (q: string, id: string) => ({ query: q.length, id }) },
  };
  const embed = async (_model: string, texts: string[]) => [[(((texts[0]?.length ?? 0) * 7919) % 1000) / 1000]];
  const svc = new m.RetrievalService(null, { urlPolicy: null, embed });
  // The collection as loaded, without a store (both versions look it up through these).
  Object.assign(svc, { loaded: async () => lc, fresh: () => lc });
  return svc;
}

const VARIANTS: Partial<RetrieveRequest>[] = [
  { mode: 'lexical', k: 10 },
  { mode: 'lexical', k: 100 },
  { mode: 'lexical', k: 3, explain: true },
  { mode: 'lexical', k: 10, filter: { n: [1, 2] } },
  { mode: 'hybrid', k: 10 },
  { mode: 'hybrid', k: 10, fusion: { method: 'weighted', lexical: 0.3, dense: 0.7 } },
  { mode: 'hybrid', k: 20, filter: { n: 3 } },
  { mode: 'dense', k: 10 },
  { k: 10 },
];

export async function compareAnswers(baseline: string): Promise<number> {
  const dir = scifactDir();
  if (!dir) throw new Error('SciFact not found (../shared/data/retrieval/scifact)');
  const docs = readFileSync(join(dir, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);
  const claims = readFileSync(join(dir, 'queries.train.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const before = serviceOver(await modules(baseline), docs);
  const now = serviceOver(await modules(REPO_ROOT), docs);
  let n = 0;
  for (const v of VARIANTS)
    for (const query of claims) {
      const r = { tenant: 't', collection: 'scifact', query, ...v } as RetrieveRequest;
      const want = JSON.stringify(await before.retrieve(r));
      if (JSON.stringify(await now.retrieve(r)) !== want) throw new Error(`retrieve differs: ${JSON.stringify(r)}`);
      const bytes = (await now.retrieveJson(r)).toString('utf8');
      if (bytes !== (await before.retrieveJson(r)).toString('utf8') || bytes !== want)
        throw new Error(`retrieveJson differs: ${JSON.stringify(r)}`);
      n++;
    }
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { baseline: { type: 'string' } } });
  if (!values.baseline) {
    console.error('usage: node --import tsx bench/retrieval-equal.ts --baseline DIR');
    process.exit(2);
  }
  const n = await compareAnswers(values.baseline);
  console.log(`equal: ${n} requests (${VARIANTS.length} variants × claims), retrieve and retrieveJson bytes`);
}
