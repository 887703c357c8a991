// The labelled corpus of each concept, by source. Injection: instructions that override the system or
// developer (incl. jailbreak personas whose point is to lift the rules) or extract the system prompt.
// Harmful: a harmful goal, however it is dressed. Both learn against the same benign sources,
// including Lintel's role-play, trigger-word and sensitive-subject sets; harmful also against
// Lintel's everyday how-to set.

import { normalizeText } from '../normalize/normalize.ts';
import { type LabeledText, loadHarmfulData, loadInjectionData } from './datasets.ts';
import { halfOf } from './dev-test.ts';
import { freshDevEnabled, freshDevItems, freshDevKind } from './fresh-dev.ts';
import { GENERATED_SETS, readGeneratedSet } from './generate/index.ts';
import { dedupe, splitKeyText } from './split.ts';
import { loadAttackExtra, loadAttackHandwritten, loadBenignExtra } from './train.ts';

export type Concept = 'injection' | 'harmful';

/** Forbidden-question categories that ask for regulated advice, not harm (reported apart, never trained on). */
export const ADVICE_CATEGORIES = new Set([
  'Political Lobbying',
  'Legal Opinion',
  'Financial Advice',
  'Health Consultation',
  'Gov Decision',
]);

function generated(source: string): LabeledText[] {
  const s = GENERATED_SETS.find((g) => g.source === source);
  if (!s) throw new Error(`unknown generated set ${source}`);
  return readGeneratedSet(s).map((g) => ({ text: g.text, label: s.label, source }));
}

/** Benign sources shared by both concepts (alpaca outputs only for injection: answers, not requests). */
function benign(dataDir: string): LabeledText[] {
  return [
    ...loadInjectionData(dataDir).filter((t) => t.label === 0),
    ...loadBenignExtra(),
    ...generated('lintel-roleplay'),
    ...generated('lintel-trigger'),
    ...generated('lintel-sensitive'),
  ];
}

/** Every item of a concept, normalised as the detectors see it and de-duplicated. */
export function loadCorpus(dataDir: string, concept: Concept): LabeledText[] {
  let items: LabeledText[];
  if (concept === 'injection') {
    items = [
      ...loadInjectionData(dataDir).filter((t) => t.label === 1),
      ...loadAttackExtra(),
      ...generated('lintel-jailbreak'),
      // Evaluation-only (concepts.ts); with the fresh dev halves trained on, only its test half is left here.
      ...loadAttackHandwritten().filter((t) => !freshDevEnabled('injection') || halfOf(t.text) === 'test'),
      ...benign(dataDir),
    ];
  } else {
    const harmful: LabeledText[] = loadHarmfulData(dataDir)
      .filter((h) => h.harmful && !(h.source === 'forbidden-questions' && ADVICE_CATEGORIES.has(h.category ?? '')))
      .map((h) => ({ text: h.text, label: 1, source: h.source, category: h.category }));
    items = [
      ...harmful,
      ...generated('lintel-harmful'),
      // Not the hand-written sets (train/handwritten.ts): no variant with them raised held-out recall on
      // a public source (docs/guardrails-log.md); they measure the shipped model in `guard eval --task harmful`.
      ...benign(dataDir).filter((t) => t.source !== 'alpaca-eval-outputs'),
      // Everyday how-tos ("make frosting", "kill a process"): the benign side of "how to make X".
      ...generated('lintel-howto'),
    ];
  }
  // The dev halves of Lintel's fresh hand-written sets (train/fresh-dev.ts), when switched on.
  if (freshDevEnabled(concept))
    items.push(...freshDevItems(concept).filter((t) => freshDevKind() === 'both' || t.label === 1));
  return dedupe(items).map((it) => {
    const text = normalizeText(it.text).text;
    return { ...it, text, group: it.group ?? splitKeyText(text) };
  });
}

/** The forbidden questions of the advice categories (not harmful; the harmful guard's flag rate is reported). */
export function loadAdviceQuestions(dataDir: string): string[] {
  return loadAdviceItems(dataDir).map((q) => q.text);
}

/** The same, with their category. */
export function loadAdviceItems(dataDir: string): { text: string; category: string }[] {
  return loadHarmfulData(dataDir)
    .filter((h) => h.source === 'forbidden-questions' && ADVICE_CATEGORIES.has(h.category ?? ''))
    .map((h) => ({ text: normalizeText(h.text).text, category: h.category ?? '' }));
}
