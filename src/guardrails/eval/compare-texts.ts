// The texts the speed-vs-findings comparisons run on (eval/*-compare.ts): every repo set and, when
// the shared data is there, every public source, raw and normalised; plus long documents joined
// from them (4, 16 and 32 KB) and the bench prompts, so long-text paths are exercised too.

import { benchPrompt } from '../bench.ts';
import { normalizeText } from '../normalize/normalize.ts';
import { loadCorpus } from '../train/corpus.ts';
import { loadHarmfulData } from '../train/datasets.ts';
import { joinedTexts, repoGuardrailTexts } from '../train/repo-texts.ts';

export function compareTexts(dataDir: string | null | undefined): { short: string[]; long: string[] } {
  const raw = repoGuardrailTexts();
  if (dataDir) {
    raw.push(...loadHarmfulData(dataDir).map((h) => h.text));
    for (const c of ['harmful', 'injection'] as const) raw.push(...loadCorpus(dataDir, c).map((i) => i.text));
  } else console.error('guardrails data not found: comparing on the repo sets only');
  const short = [...new Set([...raw, ...raw.map((t) => normalizeText(t).text)])];
  const long = [
    ...joinedTexts(short, 4096, 400),
    ...joinedTexts(short.slice().reverse(), 16384, 60),
    ...joinedTexts(short, 32768, 30),
    benchPrompt(1024),
    benchPrompt(32 * 1024),
  ];
  return { short, long };
}
