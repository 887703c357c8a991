// Fusion weights validated on data: starts a Lintel node and the simulator (bench/retrieval.ts) and runs
// `lintel retrieval tune-fusion` on SciFact's train claims for each embeddings route — `embed-sim` (random vectors
// per text: no meaning) and `embed-ngram` (hashed character trigrams: lexical similarity, no semantics). No model
// weights can be downloaded here, so this measures the tuning procedure, not what a neural embedding would gain.
// Usage: node --import tsx bench/fusion-weights.ts [--splits 5] [--models embed-sim,embed-ngram] [--dimensions 1024]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './processes.ts';
import { scifactDir, startRetrievalNode } from './retrieval.ts';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? def) : def;
};
const dir = scifactDir();
if (!dir) {
  console.error('SciFact not found (../shared/data/retrieval/scifact); skipping');
  process.exit(0);
}
const started = await startRetrievalNode();
try {
  for (const model of arg('models', 'embed-sim,embed-ngram').split(',')) {
    const argv = [
      '--import',
      'tsx',
      join(REPO_ROOT, 'src/cli/main.ts'),
      'retrieval',
      '--url',
      started.node.url,
      '--admin-key',
      started.masterKey,
      'tune-fusion',
      '--corpus',
      join(dir, 'corpus.jsonl'),
      '--queries',
      join(dir, 'queries.train.jsonl'),
      '--qrels',
      join(dir, 'qrels', 'train.tsv'),
      '--embed-model',
      model,
      '--splits',
      arg('splits', '5'),
      '--dimensions',
      arg('dimensions', '1024'),
    ];
    const t0 = performance.now();
    const r = spawnSync(process.execPath, argv, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    console.log(`## ${model} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n${r.stdout}${r.stderr}`);
  }
} finally {
  await started.stop();
}
