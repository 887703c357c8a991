// Checks that a change to the injection detector (detectors/injection/, the concept families, the
// mention masking it calls) that is meant to be a pure speed-up finds exactly what the detector of
// another commit finds: same type, span and score on every text of every train/*.jsonl, every public
// source of the shared data (raw and normalised), long documents joined from them and the bench
// prompts, each through the text view the gateway builds (decoded segments included).
//   node --import tsx src/guardrails/eval/injection-compare.ts [--ref main] [--data DIR]
// Exits 1 on differences; prints only their count and the first few texts' indexes, never a text
// (the sets hold test halves). Needs git (the old tree is extracted by tree-at.ts).

import { guardrailsDataDir } from '../data-path.ts';
import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createTextView } from '../normalize/view.ts';
import type { Detection, SyncDetector } from '../types.ts';
import { compareTexts } from './compare-texts.ts';
import { importAt } from './tree-at.ts';

interface Side {
  detector: SyncDetector;
  view: typeof createTextView;
}

/** The detector (and text view) as they are at `ref`. */
async function sideAt(ref: string): Promise<Side & { cleanup: () => void }> {
  const inj = await importAt<{ createInjectionDetector: () => SyncDetector }>(ref, 'detectors/injection/index.ts');
  try {
    const view = await importAt<{ createTextView: typeof createTextView }>(ref, 'normalize/view.ts');
    return {
      detector: inj.mod.createInjectionDetector(),
      view: view.mod.createTextView,
      cleanup: () => {
        inj.cleanup();
        view.cleanup();
      },
    };
  } catch (e) {
    inj.cleanup();
    throw e;
  }
}

const key = (ds: readonly Detection[]) =>
  ds.map((d) => `${d.type}@${d.start}-${d.end}:${d.score.toFixed(6)}`).join(';');

function run(side: Side, text: string): string {
  return key(side.detector.detect({ view: side.view(text) } as Parameters<SyncDetector['detect']>[0]) as Detection[]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'main';
  const dataDir = guardrailsDataDir(args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined);
  const { short, long } = compareTexts(dataDir);
  const now: Side = { detector: createInjectionDetector(), view: createTextView };
  const old = await sideAt(ref);
  const texts = [...short, ...long];
  let flagged = 0;
  const diffs: number[] = [];
  try {
    for (let i = 0; i < texts.length; i++) {
      const a = run(now, texts[i]);
      if (a) flagged++;
      if (a !== run(old, texts[i])) diffs.push(i);
    }
  } finally {
    old.cleanup();
  }
  console.log(
    `injection detector vs ${ref}: ${texts.length} texts (${short.length} short, ${long.length} long documents), ${flagged} flagged, ${diffs.length ? `${diffs.length} DIFFERENT (indexes ${diffs.slice(0, 10).join(', ')})` : 'identical findings'}`,
  );
  if (diffs.length) process.exitCode = 1;
}

await main();
