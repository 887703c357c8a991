// Checks that a change to the harmful rules (detectors/topics/harmful.ts, harmful-intl.ts) that is
// meant to be a pure speed-up finds exactly what the rules of another commit find: same type, span
// and score on every guardrail text, on long texts made of them, and per category.
//   node --import tsx src/guardrails/eval/harmful-rules-compare.ts [--ref main] [--data DIR]
// Exits 1 on the first differences (printed). Needs git (the old rules are read with `git show`).

import { guardrailsDataDir } from '../data-path.ts';
import type { Finding } from '../detectors/finder.ts';
import { findHarmfulTopics, HARM_CATEGORIES, type HarmCategory } from '../detectors/topics/harmful.ts';
import { compareTexts } from './compare-texts.ts';
import { importAt } from './tree-at.ts';

type Find = (text: string, categories?: ReadonlySet<HarmCategory>) => Finding[];
/** The rules as they are at `ref` (with the modules they import at that commit). */
async function rulesAt(ref: string): Promise<{ find: Find; cleanup: () => void }> {
  const { mod, cleanup } = await importAt<{ findHarmfulTopics: Find }>(ref, 'detectors/topics/harmful.ts');
  return { find: mod.findHarmfulTopics, cleanup };
}

function key(fs: Finding[]): string {
  return JSON.stringify(fs.map((f) => [f.type, f.start, f.end, f.score]));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'main';
  const dataDir = guardrailsDataDir(args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined);
  const { short, long } = compareTexts(dataDir);
  const old = await rulesAt(ref);
  let compared = 0;
  let found = 0;
  const diffs: string[] = [];
  const check = (text: string, cats?: ReadonlySet<HarmCategory>) => {
    const a = key(old.find(text, cats));
    const b = key(findHarmfulTopics(text, cats));
    compared++;
    if (a !== '[]') found++;
    if (a !== b && diffs.length < 20)
      diffs.push(`${cats ? [...cats].join(',') : 'all'} | ${text.slice(0, 120)}\n  ${ref}: ${a}\n  now: ${b}`);
  };
  try {
    for (const t of [...short, ...long]) check(t);
    // Per category (as `guard eval --task harmful-categories` and configured guards run them).
    for (const c of HARM_CATEGORIES) for (const t of short) check(t, new Set([c]));
    for (const t of long) check(t, new Set(['crime', 'weapons'] as HarmCategory[]));
  } finally {
    old.cleanup();
  }
  console.log(
    `harmful rules vs ${ref}: ${compared} runs (${short.length} texts, ${long.length} long documents), ${found} with findings, ${diffs.length ? 'DIFFERENT' : 'identical'}`,
  );
  if (diffs.length) {
    console.log(diffs.join('\n'));
    process.exitCode = 1;
  }
}

await main();
