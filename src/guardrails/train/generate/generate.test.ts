import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GENERATED_SETS, readGeneratedSet, toJsonl } from './index.ts';

describe("Lintel's generated prompt sets", () => {
  it('the shipped files equal the generator output (regenerate: node --import tsx src/guardrails/train/generate/index.ts)', () => {
    for (const s of GENERATED_SETS) assert.equal(toJsonl(readGeneratedSet(s)), toJsonl(s.items()), s.file);
  });

  it('are big enough, distinct and in several languages', () => {
    const min: Record<string, number> = {
      'lintel-roleplay': 300,
      'lintel-trigger': 300,
      'lintel-sensitive': 200,
      'lintel-howto': 300,
      'lintel-jailbreak': 400,
    };
    for (const s of GENERATED_SETS) {
      const items = readGeneratedSet(s);
      assert.ok(items.length >= (min[s.source] ?? 100), s.source);
      assert.equal(new Set(items.map((i) => i.text.toLowerCase())).size, items.length);
      assert.ok(new Set(items.map((i) => i.lang)).size >= 3, s.source);
    }
  });

  it('the jailbreak set covers every tactic family in English and each family in several languages', () => {
    const items = readGeneratedSet(GENERATED_SETS.find((s) => s.source === 'lintel-jailbreak')!);
    const families = new Set(items.map((i) => i.family));
    for (const f of ['persona', 'mode', 'fake-system', 'fake-context', 'hijack', 'extraction', 'indirect']) {
      for (const lang of ['en', 'de', 'es', 'fr'])
        assert.ok(
          items.some((i) => i.family === `jailbreak/${f}` && i.lang === lang),
          `${f} ${lang}`,
        );
    }
    for (const f of ['refusal-suppression', 'obfuscation', 'payload-splitting', 'fiction-jailbreak'])
      assert.ok(families.has(`jailbreak/${f}`), f);
    // Lengths from one line to several paragraphs.
    assert.ok(items.some((i) => i.text.length < 80) && items.some((i) => i.text.split('\n').length >= 5));
  });
});
