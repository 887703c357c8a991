// Checks that the literal gate in front of the concept families (detectors/concepts/lexicon.ts)
// changes no hit: on every guardrail text, its normalised form, long texts made of them and their
// 2 KB windows (what the scorer passes), the gated families hit exactly the slots that (a) every
// family run without the gate and (b) the lexicon of another commit (`--ref`, default main) hit.
//   node --import tsx src/guardrails/eval/concepts-compare.ts [--ref main|none] [--data DIR]
// Exits 1 on differences (printed). (b) only holds while the families themselves are unchanged:
// `--ref none` checks (a) alone.

import { guardrailsDataDir } from '../data-path.ts';
import { type ConceptSet, conceptHits } from '../detectors/concepts/lexicon.ts';
import { compareTexts } from './compare-texts.ts';
import { importAt } from './tree-at.ts';

type Hits = (set: ConceptSet, text: string) => number[];

/** The lexicon as it is at `ref` (with the modules it imports at that commit). */
async function lexiconAt(ref: string): Promise<{ hits: Hits; cleanup: () => void }> {
  const { mod, cleanup } = await importAt<{ conceptHits: Hits }>(ref, 'detectors/concepts/lexicon.ts');
  return { hits: mod.conceptHits, cleanup };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'main';
  const dataDir = guardrailsDataDir(args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined);
  const { short, long } = compareTexts(dataDir);
  // 2 KB windows every 512 characters of the long texts: the spans the scorer passes.
  const windows: string[] = [];
  for (const t of long) for (let s = 0; s + 2048 <= t.length; s += 512) windows.push(t.slice(s, s + 2048));
  const old =
    ref === 'none'
      ? { hits: (set: ConceptSet, t: string) => conceptHits(set, t, false), cleanup: () => {} }
      : await lexiconAt(ref);
  let compared = 0;
  let hit = 0;
  const diffs: string[] = [];
  try {
    for (const text of [...short, ...long, ...windows]) {
      for (const set of ['injection', 'harmful'] as const) {
        const gated = conceptHits(set, text).join(',');
        const all = conceptHits(set, text, false).join(',');
        const before = old.hits(set, text).join(',');
        compared++;
        if (gated !== (set === 'injection' ? String(conceptHits(set, '').join(',')) : '')) hit++;
        if ((gated !== all || gated !== before) && diffs.length < 20)
          diffs.push(`${set} | ${text.slice(0, 120)}\n  gated: ${gated}\n  ungated: ${all}\n  ${ref}: ${before}`);
      }
    }
  } finally {
    old.cleanup();
  }
  console.log(
    `concept families, gated vs ungated vs ${ref}: ${compared} runs (${short.length} texts, ${long.length} long documents, ${windows.length} windows), ${hit} with a family hit, ${diffs.length ? 'DIFFERENT' : 'identical'}`,
  );
  if (diffs.length) {
    console.log(diffs.join('\n'));
    process.exitCode = 1;
  }
}

await main();
