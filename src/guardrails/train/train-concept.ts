// `lintel guard train`: one model per concept (injection, harmful), trained on every source with
// the settings of concepts.ts; the threshold keeps every benign source's out-of-fold FPR at or under
// the target. The honest figure is the leave-one-source-out table (`guard eval --by-source`).

import { encodeModel, type InjectionModelFile } from '../detectors/injection/model.ts';
import { type Concept, loadCorpus } from './corpus.ts';
import { CONCEPT_OPTIONS, PLAIN_TARGET_FPR, trainable } from './concepts.ts';
import { DEFAULT_FASTTEXT } from './fasttext.ts';
import { fit, type LearnerOptions } from './learner.ts';
import { isPlain, plainThreshold } from './plain-threshold.ts';
import { DEFAULT_THRESHOLD_RULE } from './threshold.ts';

export const MODEL_VERSIONS: Record<Concept, string> = { injection: 'injection-v2', harmful: 'harmful-v1' };

export function trainConceptModel(
  dataDir: string,
  concept: Concept,
  log: (m: string) => void = () => {},
  override: LearnerOptions = {},
) {
  const t0 = performance.now();
  const opts = { ...CONCEPT_OPTIONS[concept], ...override };
  const items = loadCorpus(dataDir, concept).filter(trainable(concept));
  const counts: Record<string, number> = {};
  for (const t of items) counts[t.source] = (counts[t.source] ?? 0) + 1;
  log(`${concept}: ${items.length} texts from ${Object.keys(counts).length} sources`);
  const m = fit(items, opts);
  const plainTarget = PLAIN_TARGET_FPR[concept];
  const plain =
    plainTarget === undefined
      ? m.threshold
      : plainThreshold(items, m.oof, {
          set: concept,
          features: m.features,
          threshold: m.threshold,
          target: plainTarget,
          outOfSource:
            m.oos && opts.plainOutOfSourceFpr !== undefined
              ? { scores: m.oos, target: opts.plainOutOfSourceFpr }
              : undefined,
        });
  const oofRate: Record<string, number> = {};
  items.forEach((t, i) => {
    const th = plain > m.threshold && isPlain(concept, t.text, m.features) ? plain : m.threshold;
    if (m.oof[i] >= th) oofRate[t.source] = (oofRate[t.source] ?? 0) + 1;
  });
  for (const k of Object.keys(counts)) oofRate[k] = Math.round(((oofRate[k] ?? 0) / counts[k]) * 1000) / 1000;
  const file: InjectionModelFile = encodeModel({
    version: MODEL_VERSIONS[concept],
    createdAt: new Date().toISOString(),
    features: m.features,
    bias: m.bias,
    weights: m.weights,
    net: m.net,
    learner: m.learner,
    threshold: Math.round(m.threshold * 1e4) / 1e4,
    ...(plainTarget !== undefined ? { plainThreshold: Math.round(plain * 1e4) / 1e4 } : {}),
    meta: {
      concept,
      learner: m.learner,
      ...(m.net ? { fasttext: { ...DEFAULT_FASTTEXT, ...opts.fasttext } } : {}),
      folds: opts.folds ?? 3,
      targetFpr: opts.targetFpr,
      thresholdRule: opts.thresholdRule ?? DEFAULT_THRESHOLD_RULE,
      plainTargetFpr: plainTarget,
      ...(opts.plainOutOfSourceFpr !== undefined ? { plainOutOfSourceFpr: opts.plainOutOfSourceFpr } : {}),
      sourceBalance: opts.sourceBalance,
      sourceWeights: opts.sourceWeights ?? {},
      trainCounts: counts,
      oofFlagRate: oofRate,
      trainSeconds: Math.round((performance.now() - t0) / 100) / 10,
    },
  });
  const net = file.net ? `, net ${file.net.dim} dims × ${file.net.hidden} units` : '';
  log(
    `${concept}: ${m.learner}, threshold ${file.threshold} (plain ${file.plainThreshold ?? '-'}), ${file.index.length} linear weights${net}, ${file.meta.trainSeconds}s`,
  );
  return file;
}
