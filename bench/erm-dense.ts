// Dense and hybrid ERM on SciFact: starts a Lintel node and the simulator (bench/retrieval.ts) and runs
// `lintel retrieval eval --erm --modes …` against it with the `embed-ngram` route (hashed character trigrams:
// lexical similarity, no semantics — no model weights can be downloaded here), so this measures the dense key
// update with a weak, lexical embedding, not what it would do with a neural one.
// Usage: node --import tsx bench/erm-dense.ts [--splits 5] [--modes lexical,dense,hybrid,hybrid:weighted:0.8:0.2]
//        [--dimensions 1024] [--dense-eta 0.5] [--dense-max-norm 0.5] [--json]
import { benchArg, withScifactCli } from './scifact-cli.ts';

const optional = (['dense-eta', 'dense-max-norm'] as const).flatMap((f) => {
  const v = benchArg(f);
  return v ? [`--${f}`, v] : [];
});
await withScifactCli([
  {
    command: 'eval',
    args: [
      '--erm',
      '--splits',
      benchArg('splits', '5'),
      '--seed',
      benchArg('seed', '1'),
      '--modes',
      benchArg('modes', 'lexical,dense,hybrid,hybrid:weighted:0.8:0.2'),
      '--embed-model',
      'embed-ngram',
      '--dimensions',
      benchArg('dimensions', '1024'),
      ...optional,
      ...(process.argv.includes('--json') ? ['--json'] : []),
    ],
    report(r) {
      console.log(`## ERM through the node, embed-ngram (${r.seconds.toFixed(1)} s)\n${r.stdout}`);
      if (r.stderr) process.stderr.write(r.stderr);
      if (!r.ok) process.exitCode = 1;
    },
  },
]);
