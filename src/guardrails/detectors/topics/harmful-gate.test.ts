import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchPrompt } from '../../bench.ts';
import { GATED_REGEXES } from './harmful.ts';
import { LiteralGate, requiredLiterals } from './literal-gate.ts';
import { repoGuardrailTexts, strideSample } from '../../train/repo-texts.ts';

describe('harmful rules behind the literal gate', () => {
  it('every rule and secrecy cue has a gate (a new rule the reader cannot read would run on every text)', () => {
    const ungated = GATED_REGEXES.filter((re) => requiredLiterals(re) === null);
    assert.deepEqual(
      ungated.map((re) => re.source.slice(0, 60)),
      [],
    );
  });

  it('never rules out a rule that matches a guardrail text', () => {
    const gate = new LiteralGate(GATED_REGEXES);
    const texts = strideSample(repoGuardrailTexts(), 5000);
    assert.ok(texts.length > 3000);
    let matched = 0;
    for (const text of texts) {
      const may = gate.scan(text);
      GATED_REGEXES.forEach((re, k) => {
        re.lastIndex = 0;
        if (!re.test(text)) return;
        matched++;
        assert.equal(may[k], true, `${re.source.slice(0, 60)} on ${text.slice(0, 80)}`);
      });
    }
    assert.ok(matched > 500);
  });

  it('lets few rules through on ordinary prose', () => {
    const may = new LiteralGate(GATED_REGEXES).scan(benchPrompt(32 * 1024));
    assert.ok(may.filter(Boolean).length <= GATED_REGEXES.length / 3);
  });
});
