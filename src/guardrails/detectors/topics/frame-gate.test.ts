import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchPrompt } from '../../bench.ts';
import { repoGuardrailTexts } from '../../train/repo-texts.ts';
import { gatedTests, wordings } from './frame-gate.ts';
import { GATED_FRAMES } from './harmful.ts';
import { foldAccents } from './harmful-intl.ts';
import { PRESSURE } from './pair-harm.ts';
import { TACTIC } from './tactic-harm.ts';
import { newCheck } from './text-memo.ts';

describe('wordings', () => {
  it('spreads a leading \\b(?:…) group, with nothing or \\b after it, into its wordings', () => {
    assert.deepEqual(wordings(String.raw`\b(?:a|b(?:c|d))\b|(?:e|f)|\b(?:g|h)+|x(?:y|z)`), [
      String.raw`\ba\b`,
      String.raw`\bb(?:c|d)\b`,
      'e',
      'f',
      String.raw`\b(?:g|h)+`,
      'x(?:y|z)',
    ]);
  });

  it('leaves a source with back-references whole', () => {
    assert.deepEqual(wordings(String.raw`\b(?:(a)|b)\1`), [String.raw`\b(?:(a)|b)\1`]);
  });
});

describe('gatedTests', () => {
  it('answers as re.test on small cases, prefixed or not, case-folded', () => {
    const res = [/\b(?:how (?:to|do)|ways? to|make)\b/i, /\bx(?:a|b)\b|(?:cc|dd)e|q/i];
    const tests = gatedTests(res);
    for (const t of ['how to', 'xa', 'xab', 'dde', 'q', 'nothing', 'Ways to go', 'mAke', 'remake', '']) {
      newCheck();
      assert.deepEqual(
        tests.map((f) => f(t)),
        res.map((re) => re.test(t)),
        t,
      );
    }
  });

  const texts = [...repoGuardrailTexts(), benchPrompt(1024), benchPrompt(8192)];
  // Each text also upper-cased and as a long document, so case and far places are exercised.
  const all = [...texts, ...texts.slice(0, 300).map((t) => t.toUpperCase()), texts.slice(0, 200).join('\n')];
  const sameAnswers = (res: readonly RegExp[], read: (t: string) => string): number => {
    const tests = gatedTests(res);
    let hits = 0;
    for (const raw of all) {
      const t = read(raw);
      newCheck();
      res.forEach((re, k) => {
        const want = re.test(t);
        if (want) hits++;
        assert.equal(tests[k](t), want, `${re.source.slice(0, 60)} on ${t.slice(0, 80)}`);
      });
    }
    return hits;
  };

  it("answers as re.test for the harmful frames on the repo's guardrail texts and the bench prompts", () => {
    assert.ok(sameAnswers(GATED_FRAMES, (t) => t) > 100);
  });

  it('answers as re.test for the PAIR pressure families and the rewriter tactics, on folded text', () => {
    assert.ok(sameAnswers(PRESSURE, (t) => foldAccents(t).toLowerCase()) > 20);
    assert.ok(sameAnswers([TACTIC], foldAccents) > 20);
  });

  it('refuses a global regex (its answer would depend on lastIndex)', () => {
    assert.throws(() => gatedTests([/a/g]));
  });
});
