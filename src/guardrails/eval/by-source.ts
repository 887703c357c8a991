// `lintel guard eval --by-source`: leave-one-source-out. For every source of a concept, the
// learner is trained on all other sources (near-duplicates of the held-out texts removed), its
// threshold chosen on out-of-fold scores of that training data, and the held-out source scored:
// recall for attack sources, false-positive rate for benign ones. The in-sample rate (trained on
// everything, scored on its own training data) sits beside it to show how much it flatters.

import { DEFAULT_FEATURES } from '../detectors/injection/features.ts';
import { createScorer } from '../detectors/injection/model.ts';
import { benignDevicesOnly } from '../detectors/injection/devices.ts';
import { harmlessFormatDevice } from '../detectors/injection/format-devices.ts';
import { findDressedHarm } from '../detectors/injection/dressed.ts';
import { findInjectionRules } from '../detectors/injection/rules.ts';
import { findShortSwitches } from '../detectors/injection/short-switch.ts';
import { findTaskSwitches } from '../detectors/injection/task-switch.ts';
import { findCounterfeitContext } from '../detectors/injection/counterfeit-context.ts';
import { findDefinedPersona } from '../detectors/injection/defined-persona.ts';
import { findDictatedAnswers } from '../detectors/injection/dictated-answers.ts';
import { operatorInstructions } from '../detectors/injection/operator-frames.ts';
import { steeringFlag } from '../detectors/injection/steering.ts';
import { harmlessSplitOnly } from '../detectors/injection/split.ts';
import { repairedReadings } from '../detectors/topics/deobfuscate.ts';
import { fictionRequest, findHarmfulTopics, framedRequest, GATED_REGEXES } from '../detectors/topics/harmful.ts';
import { hasObjectFamily, personaOnly } from '../detectors/concepts/lexicon.ts';
import { namedAiPersona, personaFrame } from '../detectors/concepts/persona-frame.ts';
import { maskMentions } from '../detectors/concepts/mention.ts';
import type { LabeledText } from '../train/datasets.ts';
import { type Concept, loadAdviceItems, loadCorpus } from '../train/corpus.ts';
import { vectorize } from '../train/ftrl.ts';
import { type Fitted, fit, type LearnerOptions } from '../train/learner.ts';
import { groupKey } from '../train/split.ts';
import { CONCEPT_OPTIONS, PLAIN_TARGET_FPR, trainable } from '../train/concepts.ts';
import { plainThreshold } from '../train/plain-threshold.ts';

export interface SourceRow {
  concept: Concept;
  source: string;
  kind: 'attack' | 'benign';
  n: number;
  /** Held-out rate (recall for attacks, FPR for benign): classifier alone and with the rules. */
  loso: number;
  losoRules: number;
  /** Trained on every source, scored on its own training items (with the rules). */
  inSample: number;
  threshold: number;
}

export interface BySourceResult {
  rows: SourceRow[];
  /** Benign sources: FPR of injection OR harmful (both held out), what a user of both guards sees. */
  union: { source: string; n: number; loso: number; inSample: number }[];
  /** Informative: harmful guard flag rate on forbidden-question advice categories (not harmful). */
  advice?: { n: number; loso: number };
  /** Attack sources with categories (forbidden questions): held-out recall per category; the advice
   * categories (never trained on) scored by the all-sources model. */
  categories: { source: string; category: string; n: number; loso: number; losoRules: number; trained: boolean }[];
  seconds: number;
}

export interface BySourceOptions {
  dataDir: string;
  concepts?: readonly Concept[];
  /** At most n items per source (quick checks and tests). */
  sample?: number;
  /** Hold out only these sources (default: every source in turn). */
  sources?: readonly string[];
  learner?: Partial<Record<Concept, LearnerOptions>>;
  /** Out-of-fold FPR target of texts without an object family (default PLAIN_TARGET_FPR; null: none). */
  plainTargetFpr?: Partial<Record<Concept, number | null>>;
  log?: (msg: string) => void;
}

const ruleHit: Record<Concept, (text: string) => boolean> = {
  // on the text with mentions blanked (flagger); a harmful request in a jailbreak's dressing is an injection finding too
  injection: (t) =>
    findInjectionRules(t).length > 0 ||
    findTaskSwitches(t).length > 0 ||
    findShortSwitches(t).length > 0 ||
    // no override phrase (issue 15, hijack-fresh): as injection/index.ts reads them in a user turn
    findDefinedPersona(t).length > 0 ||
    findCounterfeitContext(t).length > 0 ||
    (!operatorInstructions(t) && findDictatedAnswers(t).length > 0) ||
    findDressedHarm(t, true, t).length > 0,
  // and on a prompt's repaired readings (typos, payload splits, "a character who intends to X")
  harmful: (t) =>
    findHarmfulTopics(t).length > 0 || repairedReadings(t, RULE_SOURCES).some((r) => findHarmfulTopics(r).length > 0),
};
const RULE_SOURCES = GATED_REGEXES.map((re) => re.source);

export function limit(items: LabeledText[], n: number | undefined): LabeledText[] {
  if (n === undefined) return items;
  const seen = new Map<string, number>();
  return items.filter((t) => {
    const k = (seen.get(t.source) ?? 0) + 1;
    seen.set(t.source, k);
    return k <= n;
  });
}

/** What every held-out evaluation of a concept starts from: its options, texts, vectors, plain-threshold
 * target, which texts may be trained on (eval-only sources never are, concepts.ts), and the sources asked for. */
export function conceptRun(o: BySourceOptions, concept: Concept) {
  const opts: LearnerOptions = { ...CONCEPT_OPTIONS[concept], ...o.learner?.[concept] };
  const items = limit(loadCorpus(o.dataDir, concept), o.sample);
  const vecs = vectorize(
    items.map((t) => t.text),
    opts.features ?? DEFAULT_FEATURES,
  );
  const plainTarget =
    o.plainTargetFpr && concept in o.plainTargetFpr ? o.plainTargetFpr[concept] : PLAIN_TARGET_FPR[concept];
  const canTrain = items.map(trainable(concept));
  const sources = [...new Set(items.map((t) => t.source))].filter((x) => !o.sources || o.sources.includes(x));
  return { opts, items, vecs, plainTarget, canTrain, sources };
}

/** A detector trained on the items `keep` marks (vectors `vecs`), flagging as the shipped one does. */
export function trainedFlagger(
  items: readonly LabeledText[],
  vecs: ReturnType<typeof vectorize>,
  keep: readonly boolean[],
  concept: Concept,
  opts: LearnerOptions,
  plainTarget: number | null | undefined,
): { flag: (text: string) => { clf: boolean; any: boolean }; threshold: number } {
  const train = items.filter((_, i) => keep[i]);
  const m = fit(
    train,
    opts,
    vecs.filter((_, i) => keep[i]),
  );
  return { flag: flagger(m, concept, train, plainTarget, opts.plainOutOfSourceFpr), threshold: m.threshold };
}

export function flagger(
  m: Fitted,
  concept: Concept,
  items: readonly LabeledText[],
  target: number | null | undefined,
  oosTarget?: number,
): (text: string) => { clf: boolean; any: boolean } {
  const score = createScorer(m);
  const outOfSource = m.oos && oosTarget !== undefined ? { scores: m.oos, target: oosTarget } : undefined;
  const plain =
    target == null
      ? m.threshold
      : plainThreshold(items, m.oof, {
          set: concept,
          features: m.features,
          threshold: m.threshold,
          target,
          outOfSource,
        });
  return (raw) => {
    // As the detectors do: the injection detector blanks quoted or asked-about attack wording
    // (mention, not use), its classifier alone never flags persona-only role-play or harmless game
    // and format devices (devices.ts, format-devices.ts), the harmful
    // one never a protective or teaching framing, and a text with no object family must clear
    // the plain threshold.
    const text = concept === 'injection' ? (maskMentions(raw) ?? raw) : raw;
    const w = score(text);
    const clf =
      (concept === 'injection' && steeringFlag(w.concepts, w.score)) ||
      (w.score >= m.threshold &&
        (w.score >= plain || hasObjectFamily(concept, w.concepts)) &&
        !(
          concept === 'injection' &&
          (personaOnly(w.concepts, personaFrame(text), namedAiPersona(text)) ||
            benignDevicesOnly(w.concepts, text) ||
            harmlessFormatDevice(w.concepts, text) ||
            harmlessSplitOnly(w.concepts, text, (r) => score(r).score >= m.threshold))
        ) &&
        !(concept === 'harmful' && (framedRequest(text) || fictionRequest(text))));
    // The harmful detector also scores a prompt's repaired readings.
    const clfRepaired =
      !clf &&
      concept === 'harmful' &&
      repairedReadings(text, RULE_SOURCES).some(
        (r) => score(r).score >= m.threshold && !framedRequest(r) && !fictionRequest(r),
      );
    return { clf: clf || clfRepaired, any: clf || clfRepaired || ruleHit[concept](text) };
  };
}

export function evalBySource(o: BySourceOptions): BySourceResult {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const rows: SourceRow[] = [];
  // Per concept, per benign text: flagged held out / in sample (for the union table).
  const flagged = new Map<Concept, Map<string, Map<string, { loso: boolean; inSample: boolean }>>>();
  let advice: BySourceResult['advice'];
  const categories: BySourceResult['categories'] = [];
  const tallyCategories = (
    source: string,
    list: readonly { category?: string; r: { clf: boolean; any: boolean } }[],
    trained: boolean,
  ): void => {
    const per = new Map<string, { n: number; clf: number; any: number }>();
    for (const { category, r } of list) {
      if (category === undefined) continue;
      const t = per.get(category) ?? { n: 0, clf: 0, any: 0 };
      t.n++;
      if (r.clf) t.clf++;
      if (r.any) t.any++;
      per.set(category, t);
    }
    for (const [category, t] of [...per].sort(([a], [b]) => a.localeCompare(b)))
      categories.push({ source, category, n: t.n, loso: t.clf / t.n, losoRules: t.any / t.n, trained });
  };
  for (const concept of o.concepts ?? (['injection', 'harmful'] as const)) {
    const { opts, items, vecs, plainTarget, canTrain, sources } = conceptRun(o, concept);
    const marks = new Map<string, Map<string, { loso: boolean; inSample: boolean }>>();
    flagged.set(concept, marks);
    const inSample = trainedFlagger(items, vecs, canTrain, concept, opts, plainTarget).flag;
    for (const source of sources) {
      const held = items.filter((t) => t.source === source);
      const heldKeys = new Set(held.map((t) => groupKey(t.text)));
      const keep = items.map((t, i) => canTrain[i] && t.source !== source && !heldKeys.has(groupKey(t.text)));
      const { flag: f, threshold } = trainedFlagger(items, vecs, keep, concept, opts, plainTarget);
      let clf = 0;
      let any = 0;
      let ins = 0;
      const perCategory: { category?: string; r: { clf: boolean; any: boolean } }[] = [];
      for (const t of held) {
        const r = f(t.text);
        perCategory.push({ category: t.category, r });
        const s = inSample(t.text).any;
        if (r.clf) clf++;
        if (r.any) any++;
        if (s) ins++;
        if (t.label === 0) {
          const m = marks.get(source) ?? new Map();
          marks.set(source, m);
          m.set(t.text, { loso: r.any, inSample: s });
        }
      }
      tallyCategories(source, perCategory, true);
      const n = held.length;
      rows.push({
        concept,
        source,
        kind: held[0].label === 1 ? 'attack' : 'benign',
        n,
        loso: clf / n,
        losoRules: any / n,
        inSample: ins / n,
        threshold,
      });
      log(
        `${concept} ${source}: n ${n}, held out ${(any / n).toFixed(3)}, in sample ${(ins / n).toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(0)}s)`,
      );
    }
    if (concept === 'harmful') {
      // Advice questions are never trained on, so the all-sources model holds them out already.
      const qs = loadAdviceItems(o.dataDir).slice(0, o.sample);
      const scored = qs.map((q) => ({ category: q.category, r: inSample(q.text) }));
      advice = { n: qs.length, loso: scored.filter((q) => q.r.any).length / Math.max(1, qs.length) };
      tallyCategories('forbidden-questions (advice, never trained on)', scored, false);
    }
  }
  const union: BySourceResult['union'] = [];
  const concepts = [...flagged.keys()];
  for (const source of new Set(rows.filter((r) => r.kind === 'benign').map((r) => r.source))) {
    const per = concepts.map((c) => flagged.get(c)!);
    if (concepts.length < 2 || per.some((m) => !m.has(source))) continue; // one concept only (alpaca outputs)
    const texts = new Set(per.flatMap((m) => [...m.get(source)!.keys()]));
    let loso = 0;
    let ins = 0;
    for (const t of texts) {
      const marks = per.map((m) => m.get(source)!.get(t));
      if (marks.some((x) => x?.loso)) loso++;
      if (marks.some((x) => x?.inSample)) ins++;
    }
    union.push({ source, n: texts.size, loso: loso / texts.size, inSample: ins / texts.size });
  }
  return { rows, union, advice, categories, seconds: (performance.now() - t0) / 1000 };
}
