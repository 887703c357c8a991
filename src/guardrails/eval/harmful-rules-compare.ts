// Checks that a change to the harmful rules (detectors/topics/harmful.ts, harmful-intl.ts and the modules
// they read) that is meant to be a pure speed-up finds exactly what the rules of another commit find: same
// type, span and score on every guardrail text, on long texts made of them, and per category. Also the
// whole harmful-topics detector (rules, classifier, repaired, slang, shell and gloss readings; and again
// with the goal-clause and kin readings on) and the frames that gate it (framedRequest, fictionRequest,
// defensiveRequest), so a change to the frames, their memo (text-memo.ts) or the readings is covered too.
//   node --import tsx src/guardrails/eval/harmful-rules-compare.ts [--ref main] [--data DIR] [--rules-only]
// Exits 1 on the first differences (printed). Needs git (the old rules are read with `git show`).

import { guardrailsDataDir } from '../data-path.ts';
import type { Finding } from '../detectors/finder.ts';
import {
  defensiveRequest,
  fictionRequest,
  findHarmfulTopics,
  framedRequest,
  HARM_CATEGORIES,
  type HarmCategory,
} from '../detectors/topics/harmful.ts';
import { createHarmfulDetector, type HarmfulOptions } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';
import type { SyncDetector } from '../types.ts';
import { compareTexts } from './compare-texts.ts';
import { importAt } from './tree-at.ts';

type Find = (text: string, categories?: ReadonlySet<HarmCategory>) => Finding[];
type Frame = (text: string) => boolean;
interface Side {
  find: Find;
  frames: Frame[];
  detectors: SyncDetector[];
}
/** The detector configurations compared: the shipped default, and the readings that are off by default. */
const DETECTOR_OPTIONS: HarmfulOptions[] = [{}, { goalClauses: true, kin: true }];

/** The rules, frames and detector as they are at `ref` (with the modules they import at that commit). */
async function sideAt(ref: string): Promise<Side & { cleanup: () => void }> {
  const rules = await importAt<{
    findHarmfulTopics: Find;
    framedRequest: Frame;
    fictionRequest: Frame;
    defensiveRequest: Frame;
  }>(ref, 'detectors/topics/harmful.ts');
  const det = await importAt<{ createHarmfulDetector: typeof createHarmfulDetector }>(ref, 'detectors/topics/index.ts');
  const m = rules.mod;
  return {
    find: m.findHarmfulTopics,
    frames: [m.framedRequest, m.fictionRequest, m.defensiveRequest],
    detectors: DETECTOR_OPTIONS.map((o) => det.mod.createHarmfulDetector(o)),
    cleanup: () => {
      rules.cleanup();
      det.cleanup();
    },
  };
}

function key(fs: Finding[]): string {
  return JSON.stringify(fs.map((f) => [f.type, f.start, f.end, f.score]));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'main';
  const dataDir = guardrailsDataDir(args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined);
  const rulesOnly = args.includes('--rules-only');
  const { short, long } = compareTexts(dataDir);
  const old = await sideAt(ref);
  const now: Side = {
    find: findHarmfulTopics,
    frames: [framedRequest, fictionRequest, defensiveRequest],
    detectors: DETECTOR_OPTIONS.map((o) => createHarmfulDetector(o)),
  };
  let compared = 0;
  let found = 0;
  const counts = { detector: 0, flagged: 0, frames: 0, framed: 0 };
  const diffs: string[] = [];
  const differ = (what: string, text: string, a: string, b: string) => {
    if (a !== b && diffs.length < 20) diffs.push(`${what} | ${text.slice(0, 120)}\n  ${ref}: ${a}\n  now: ${b}`);
  };
  const check = (text: string, cats?: ReadonlySet<HarmCategory>) => {
    const a = key(old.find(text, cats));
    const b = key(findHarmfulTopics(text, cats));
    compared++;
    if (a !== '[]') found++;
    differ(cats ? [...cats].join(',') : 'all', text, a, b);
  };
  // The detector on the text's view (made once, read by both sides), then each frame alone.
  const checkDetector = (text: string) => {
    const view = createTextView(text);
    DETECTOR_OPTIONS.forEach((o, i) => {
      const run = (d: SyncDetector) =>
        JSON.stringify(d.detect({ view, stage: 'input', ctx: {} }).map((x) => [x.type, x.start, x.end, x.score]));
      const a = run(old.detectors[i]);
      counts.detector++;
      if (a !== '[]') counts.flagged++;
      differ(`detector ${JSON.stringify(o)}`, text, a, run(now.detectors[i]));
    });
    const a = JSON.stringify(old.frames.map((f) => f(text)));
    counts.frames++;
    if (a.includes('true')) counts.framed++;
    differ('frames framed/fiction/defensive', text, a, JSON.stringify(now.frames.map((f) => f(text))));
  };
  try {
    for (const t of [...short, ...long]) check(t);
    // Per category (as `guard eval --task harmful-categories` and configured guards run them).
    for (const c of HARM_CATEGORIES) for (const t of short) check(t, new Set([c]));
    for (const t of long) check(t, new Set(['crime', 'weapons'] as HarmCategory[]));
    if (!rulesOnly) for (const t of [...short, ...long]) checkDetector(t);
  } finally {
    old.cleanup();
  }
  console.log(
    `harmful rules vs ${ref}: ${compared} runs (${short.length} texts, ${long.length} long documents), ${found} with findings, ${diffs.length ? 'DIFFERENT' : 'identical'}`,
  );
  if (!rulesOnly)
    console.log(
      `harmful detector vs ${ref}: ${counts.detector} runs (${DETECTOR_OPTIONS.length} configurations), ${counts.flagged} flagged; frames: ${counts.frames} texts, ${counts.framed} with a frame`,
    );
  if (diffs.length) {
    console.log(diffs.join('\n'));
    process.exitCode = 1;
  }
}

await main();
