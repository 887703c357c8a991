// Checks that a change to the harmful rules (detectors/topics/harmful.ts, harmful-intl.ts) that is
// meant to be a pure speed-up finds exactly what the rules of another commit find: same type, span
// and score on every guardrail text, on long texts made of them, and per category.
//   node --import tsx src/guardrails/eval/harmful-rules-compare.ts [--ref main] [--data DIR]
// Exits 1 on the first differences (printed). Needs git (the old rules are read with `git show`).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guardrailsDataDir, repoRoot } from '../data-path.ts';
import type { Finding } from '../detectors/finder.ts';
import { findHarmfulTopics, HARM_CATEGORIES, type HarmCategory } from '../detectors/topics/harmful.ts';
import { compareTexts } from './compare-texts.ts';

type Find = (text: string, categories?: ReadonlySet<HarmCategory>) => Finding[];
// The rules' modules; a file a ref does not have yet (the gate before it existed) is skipped.
const RULE_FILES = ['harmful.ts', 'harmful-intl.ts', 'literal-gate.ts', 'frame-scope.ts'];

/** The rules as they are at `ref`, imported from a temporary copy. */
async function rulesAt(ref: string): Promise<{ find: Find; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-harmful-'));
  for (const f of RULE_FILES) {
    let src: string;
    try {
      src = execFileSync('git', ['show', `${ref}:src/guardrails/detectors/topics/${f}`], {
        cwd: repoRoot(),
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      if (f === 'harmful.ts') throw new Error(`no harmful rules at ${ref}`);
      continue;
    }
    writeFileSync(join(dir, f), src);
  }
  const mod = (await import(pathToFileURL(join(dir, 'harmful.ts')).href)) as { findHarmfulTopics: Find };
  return { find: mod.findHarmfulTopics, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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
