// Fusion weights validated on data: starts a Lintel node and the simulator (bench/retrieval.ts) and runs
// `lintel retrieval tune-fusion` on SciFact's train claims for each embeddings route — `embed-sim` (random vectors
// per text: no meaning) and `embed-ngram` (hashed character trigrams: lexical similarity, no semantics). No model
// weights can be downloaded here, so this measures the tuning procedure, not what a neural embedding would gain.
// Usage: node --import tsx bench/fusion-weights.ts [--splits 5] [--models embed-sim,embed-ngram] [--dimensions 1024]
import { benchArg, withScifactCli } from './scifact-cli.ts';

await withScifactCli(
  benchArg('models', 'embed-sim,embed-ngram')
    .split(',')
    .map((model) => ({
      command: 'tune-fusion',
      args: [
        '--embed-model',
        model,
        '--splits',
        benchArg('splits', '5'),
        '--dimensions',
        benchArg('dimensions', '1024'),
      ],
      report: (r) => console.log(`## ${model} (${r.seconds.toFixed(1)} s)\n${r.stdout}${r.stderr}`),
    })),
);
