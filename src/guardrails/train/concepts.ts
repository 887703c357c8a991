// Learner settings of each concept (chosen by the leave-one-source-out table, see README and
// docs/guardrails-log.md). `learner` picks FTRL (linear) or the fastText-style net; both kept their
// settings from the same table, so `guard eval --by-source --learner fasttext` compares them.

import { DEFAULT_FEATURES } from '../detectors/injection/features.ts';
import type { Concept } from './corpus.ts';
import type { LearnerOptions } from './learner.ts';

/**
 * Weight of the fresh sets' dev halves (train/fresh-dev.ts, both sources) when FRESH_DEV_TRAINING
 * switches them on; chosen by leave-one-source-out, within-source and the fresh test halves
 * (docs/guardrails-log.md, "Fresh sets' dev halves as training data").
 */
export const FRESH_DEV_WEIGHT = 1;
const FRESH_DEV_WEIGHTS = { 'lintel-fresh-dev': FRESH_DEV_WEIGHT, 'lintel-fresh-dev-benign': FRESH_DEV_WEIGHT };

/** fastText-style settings (used with learner fasttext or blend): 3 epochs overfit less than 6 on the LOSO subset. */
const FASTTEXT = { dim: 16, hidden: 16, epochs: 3 };

export const CONCEPT_OPTIONS: Record<Concept, LearnerOptions> = {
  injection: {
    learner: 'ftrl',
    fasttext: FASTTEXT,
    // n-grams at half the value of a concept feature: the regulariser then leans on the concept
    // families, which every source shares, over a source's wording (LOSO: role-play FPR 0.100 → 0.044).
    features: { ...DEFAULT_FEATURES, concepts: 'injection', ngramScale: 0.5 },
    targetFpr: 0.01,
    sourceBalance: 0.5,
    // lintel-jailbreak ×3: the generated tactic set (leave-one-source-out: held-out attack recall
    // up on every public source, by at most 0.011, benign unchanged; docs/guardrails-log.md).
    sourceWeights: {
      'lintel-attack': 0.25,
      'deepset-injection': 3,
      'alpaca-eval': 1.5,
      'lintel-jailbreak': 3,
      ...FRESH_DEV_WEIGHTS,
    },
  },
  harmful: {
    // fasttext: advbench +0.04 and forbidden questions +0.04 held out, Lintel's harmful set −0.06 and
    // the advice questions flagged 0.107 → 0.293, so FTRL stays.
    learner: 'ftrl',
    fasttext: FASTTEXT,
    features: { ...DEFAULT_FEATURES, concepts: 'harmful' },
    targetFpr: 0.01,
    // Each benign source also scored by a model trained without it must stay at or under 3 % (the
    // issue's target): out-of-fold scores of a source the model has seen miss the shift to a new
    // one (LOSO alpaca-eval 0.040 → 0.010, forbidden questions 0.496 → 0.396; docs/guardrails-log.md).
    thresholdRule: { rule: 'out-of-source', target: 0.03 },
    sourceBalance: 0.5,
    sourceWeights: { ...FRESH_DEV_WEIGHTS },
  },
};

/**
 * Out-of-fold FPR target for texts with no object family (train/plain-threshold.ts): under half of
 * the ordinary budget, so n-grams alone need more confidence than n-grams with a concept. Injection:
 * 0.004 spends part of the 3 % budget the issue allows (leave-one-source-out, with the families of
 * 2026-12-06: Tensor Trust 0.845 / 0.847 → 0.856 / 0.851, worst benign source alpaca answers 0.019 →
 * 0.024; 0.005 took them to 0.032, docs/guardrails-log.md). Harmful: none (its requests are often plain
 * questions).
 */
export const PLAIN_TARGET_FPR: Partial<Record<Concept, number>> = { injection: 0.004 };

/**
 * Sources scored but never trained on (leave-one-source-out rows and `guard train` skip them), so
 * their row is what the shipped model does on wording it never saw. lintel-handwritten, trained on
 * at ×1/×3/×8, moved held-out recall on the public sources by at most +0.007 (Tensor Trust) and
 * lowered the shipped model's out-of-fold recall on deepset and jailbreak-in-the-wild by 0.02–0.06
 * (docs/guardrails-log.md). To train on it, drop it here and give it a source weight.
 */
export const EVAL_ONLY_SOURCES: Partial<Record<Concept, ReadonlySet<string>>> = {
  injection: new Set(['lintel-handwritten']),
};

export function trainable(concept: Concept): (t: { source: string }) => boolean {
  const skip = EVAL_ONLY_SOURCES[concept];
  return (t) => !skip?.has(t.source);
}
