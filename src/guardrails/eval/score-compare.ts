// Checks that a change to the classifier's scoring (detectors/injection/model.ts, features.ts, net.ts,
// the concept families) meant as a pure speed-up gives the scores of another commit: the injection and
// harmful-request models' window score, span and concept slots on the texts of eval/compare-texts.ts,
// compared exactly (the largest difference is printed as well).
//   node --import tsx src/guardrails/eval/score-compare.ts [--ref main] [--data DIR]
// Exits 1 on differences; prints only counts and indexes, never a text (the sets hold test halves).

import { guardrailsDataDir } from '../data-path.ts';
import { createScorer, loadInjectionModel } from '../detectors/injection/model.ts';
import { compareTexts } from './compare-texts.ts';
import { importAt } from './tree-at.ts';

type ModelModule = { createScorer: typeof createScorer; loadInjectionModel: typeof loadInjectionModel };

const MODELS = ['injection-v2.json', 'harmful-v1.json'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'main';
  const dataDir = guardrailsDataDir(args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined);
  const { short, long } = compareTexts(dataDir);
  const texts = [...short, ...long];
  const old = await importAt<ModelModule>(ref, 'detectors/injection/model.ts');
  let failed = false;
  try {
    for (const file of MODELS) {
      const url = new URL(`../models/${file}`, import.meta.url);
      // Both sides score with this tree's model file: the comparison is of the code.
      const now = createScorer(loadInjectionModel(url));
      const before = old.mod.createScorer(old.mod.loadInjectionModel(url));
      const diffs: number[] = [];
      let maxDiff = 0;
      for (let i = 0; i < texts.length; i++) {
        const a = now(texts[i]);
        const b = before(texts[i]);
        maxDiff = Math.max(maxDiff, Math.abs(a.score - b.score));
        if (a.score !== b.score || a.start !== b.start || a.end !== b.end || a.concepts.join() !== b.concepts.join())
          diffs.push(i);
      }
      console.log(
        `${file} scores vs ${ref}: ${texts.length} texts (${short.length} short, ${long.length} long), max |Δscore| ${maxDiff}, ${diffs.length ? `${diffs.length} DIFFERENT (indexes ${diffs.slice(0, 10).join(', ')})` : 'identical (score, window, concept slots)'}`,
      );
      if (diffs.length) failed = true;
    }
  } finally {
    old.cleanup();
  }
  if (failed) process.exitCode = 1;
}

await main();
