// Dense and hybrid ERM on SciFact: starts a Lintel node and the simulator (bench/retrieval.ts) and runs
// `lintel retrieval eval --erm --modes …` against it with the `embed-ngram` route (hashed character trigrams:
// lexical similarity, no semantics — no model weights can be downloaded here), so this measures the dense key
// update with a weak, lexical embedding, not what it would do with a neural one.
// Usage: node --import tsx bench/erm-dense.ts [--splits 5] [--modes lexical,dense,hybrid,hybrid:weighted:0.8:0.2]
//        [--dimensions 1024] [--dense-eta 0.5] [--dense-max-norm 0.5] [--json]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './processes.ts';
import { scifactDir, startRetrievalNode } from './retrieval.ts';

const arg = (name: string, def?: string) => {
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
  const argv = [
    '--import',
    'tsx',
    join(REPO_ROOT, 'src/cli/main.ts'),
    'retrieval',
    '--url',
    started.node.url,
    '--admin-key',
    started.masterKey,
    'eval',
    '--corpus',
    join(dir, 'corpus.jsonl'),
    '--queries',
    join(dir, 'queries.train.jsonl'),
    '--qrels',
    join(dir, 'qrels', 'train.tsv'),
    '--erm',
    '--splits',
    arg('splits', '5') as string,
    '--seed',
    arg('seed', '1') as string,
    '--modes',
    arg('modes', 'lexical,dense,hybrid,hybrid:weighted:0.8:0.2') as string,
    '--embed-model',
    'embed-ngram',
    '--dimensions',
    arg('dimensions', '1024') as string,
    ...(['dense-eta', 'dense-max-norm'] as const).flatMap((f) => (arg(f) ? [`--${f}`, arg(f) as string] : [])),
    ...(process.argv.includes('--json') ? ['--json'] : []),
  ];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(`## ERM through the node, embed-ngram (${((performance.now() - t0) / 1000).toFixed(1)} s)\n${r.stdout}`);
  if (r.status !== 0) process.exitCode = 1;
} finally {
  await started.stop();
}
