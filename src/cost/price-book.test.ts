import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import defaultPriceFile from './default-prices.json' with { type: 'json' };
import { candidateKeys } from './model-name.ts';
import { computeCost, createPriceBook } from './price-book.ts';
import { defaultPriceFileSchema, priceOverridesSchema } from './schema.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');

describe('default price table', () => {
  it('validates, and every entry names a source and a retrieval date', () => {
    const file = defaultPriceFileSchema.parse(defaultPriceFile);
    assert.ok(file.prices.length >= 25);
    for (const p of file.prices) {
      assert.match(p.source, /^https:\/\//);
      assert.match(p.retrieved, /^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the common OpenAI and Anthropic models', () => {
    const book = createPriceBook();
    for (const model of [
      'gpt-4o',
      'gpt-4o-mini',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'o3',
      'o4-mini',
      'gpt-5',
      'gpt-5-mini',
      'text-embedding-3-small',
      'text-embedding-3-large',
      'claude-3-5-sonnet-20241022',
      'claude-3-7-sonnet-20250219',
      'claude-sonnet-4-20250514',
      'claude-opus-4-20250514',
      'claude-3-5-haiku-20241022',
    ]) {
      assert.notEqual(book.price(model, NOW), null, model);
    }
  });
});

describe('cost', () => {
  const book = createPriceBook();

  it('prices a known model from the table (gpt-4o: $2.50 in, $10 out per MTok)', () => {
    const r = book.cost('gpt-4o', { inputTokens: 1200, outputTokens: 300 }, NOW);
    // 1200 * 2.50/1e6 + 300 * 10/1e6 = 0.003 + 0.003
    assert.deepEqual(r, { costUsd: 0.006 });
  });

  it('bills cached input at the cached price, the rest at the input price', () => {
    // gpt-4o: cached $1.25. 1200 input of which 1000 cached: 200 * 2.5 + 1000 * 1.25 + 300 * 10 = 4750 µ$
    const r = book.cost('gpt-4o', { inputTokens: 1200, outputTokens: 300, cachedInputTokens: 1000 }, NOW);
    assert.deepEqual(r, { costUsd: 0.00475 });
  });

  it('bills Anthropic cache reads and cache writes at their own prices', () => {
    // claude-sonnet-4: $3 in, $0.30 cache hit, $3.75 5m cache write, $15 out.
    // input 10000 = 2000 plain + 5000 read + 3000 written; output 500.
    // 2000*3 + 5000*0.3 + 3000*3.75 + 500*15 = 6000 + 1500 + 11250 + 7500 = 26250 µ$
    const r = book.cost(
      'claude-sonnet-4-20250514',
      { inputTokens: 10_000, outputTokens: 500, cachedInputTokens: 5000, cacheWriteTokens: 3000 },
      NOW,
    );
    assert.deepEqual(r, { costUsd: 0.02625 });
  });

  it('prices embeddings on input only', () => {
    const r = book.cost('text-embedding-3-small', { inputTokens: 50_000, outputTokens: 0 }, NOW);
    assert.deepEqual(r, { costUsd: 0.001 });
  });

  it('marks estimated when a cache price is missing and falls back to the input price', () => {
    // gpt-4o-2024-05-13 lists no cached price: all 1000 input at $5, 100 output at $15.
    const r = book.cost('gpt-4o-2024-05-13', { inputTokens: 1000, outputTokens: 100, cachedInputTokens: 400 }, NOW);
    assert.deepEqual(r, { costUsd: 0.0065, estimated: true });
  });

  it('clamps inconsistent usage (more cached than input) and marks it estimated', () => {
    const r = computeCost(
      { inputPerMTok: 1, outputPerMTok: 2, cachedInputPerMTok: 0.5 },
      { inputTokens: 10, outputTokens: 0, cachedInputTokens: 20 },
    );
    assert.deepEqual(r, { costUsd: 0.00001, estimated: true });
  });
});

describe('model name matching', () => {
  const book = createPriceBook();

  it('strips dated snapshot suffixes, case-insensitively', () => {
    const gpt4o = book.price('gpt-4o', NOW);
    assert.deepEqual(book.price('gpt-4o-2024-08-06', NOW), gpt4o);
    assert.deepEqual(book.price('GPT-4o-2024-11-20', NOW), gpt4o);
    assert.deepEqual(book.price('openai/gpt-4o', NOW), gpt4o);
    const sonnet = book.price('claude-3-5-sonnet', NOW);
    assert.deepEqual(book.price('claude-3-5-sonnet-20241022', NOW), sonnet);
    assert.deepEqual(book.price('claude-3-5-sonnet-latest', NOW), sonnet);
    assert.deepEqual(book.price('claude-3-5-sonnet@20240620', NOW), sonnet);
  });

  it('prefers an exact entry over a stripped one', () => {
    assert.equal(book.price('gpt-4o-2024-05-13', NOW)?.inputPerMTok, 5);
    assert.equal(book.price('gpt-4o', NOW)?.inputPerMTok, 2.5);
  });

  it('lists candidates most specific first', () => {
    assert.deepEqual(candidateKeys('Anthropic/Claude-Opus-4-20250514'), [
      'anthropic/claude-opus-4-20250514',
      'claude-opus-4-20250514',
      'claude-opus-4',
    ]);
    assert.deepEqual(candidateKeys('gpt-4.1'), ['gpt-4.1']);
  });
});

describe('effective dates', () => {
  const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };

  it('picks the price in force at the given time (o3 before and after the 2025-06-10 cut)', () => {
    const book = createPriceBook();
    assert.deepEqual(book.cost('o3', usage, new Date('2025-05-01T00:00:00Z')), { costUsd: 50 });
    assert.deepEqual(book.cost('o3-2025-04-16', usage, new Date('2025-06-10T00:00:00Z')), { costUsd: 10 });
    assert.deepEqual(book.cost('o3', usage, Date.parse('2025-06-09T23:59:59Z')), { costUsd: 50 });
  });

  it('selects between two override entries by date', () => {
    const book = createPriceBook([
      { model: 'acme-1', effectiveFrom: '2025-01-01', inputPerMTok: 1, outputPerMTok: 2 },
      { model: 'acme-1', effectiveFrom: '2025-07-01', inputPerMTok: 0.5, outputPerMTok: 1 },
    ]);
    assert.deepEqual(book.cost('acme-1', usage, new Date('2025-03-01')), { costUsd: 3 });
    assert.deepEqual(book.cost('acme-1', usage, new Date('2025-08-01')), { costUsd: 1.5 });
    // Before the first listed price the first one applies, marked estimated.
    assert.deepEqual(book.cost('acme-1', usage, new Date('2024-01-01')), { costUsd: 3, estimated: true });
  });
});

describe('overrides', () => {
  const usage = { inputTokens: 1_000_000, outputTokens: 0 };

  it('an override replaces the shipped history whatever its date', () => {
    const book = createPriceBook([{ model: 'gpt-4o', effectiveFrom: '2020-01-01', inputPerMTok: 1, outputPerMTok: 1 }]);
    assert.deepEqual(book.cost('gpt-4o-2024-08-06', usage, NOW), { costUsd: 1 });
    // Other models keep their defaults.
    assert.equal(book.price('gpt-4o-mini', NOW)?.inputPerMTok, 0.15);
  });

  it('a provider-scoped override applies to that provider only', () => {
    const book = createPriceBook([
      { model: 'gpt-4o', provider: 'azure-eu', effectiveFrom: '2024-01-01', inputPerMTok: 2.75, outputPerMTok: 11 },
    ]);
    assert.deepEqual(book.cost('gpt-4o', usage, NOW, 'azure-eu'), { costUsd: 2.75 });
    assert.deepEqual(book.cost('gpt-4o', usage, NOW, 'openai'), { costUsd: 2.5 });
    assert.deepEqual(book.cost('gpt-4o', usage, NOW), { costUsd: 2.5 });
  });

  it('rejects malformed overrides', () => {
    assert.throws(() =>
      priceOverridesSchema.parse([{ model: 'x', effectiveFrom: '2025-02-30', inputPerMTok: 1, outputPerMTok: 1 }]),
    );
    assert.throws(() =>
      priceOverridesSchema.parse([{ model: 'x', effectiveFrom: '2025-02-01', inputPerMTok: -1, outputPerMTok: 1 }]),
    );
    assert.throws(() =>
      priceOverridesSchema.parse([
        { model: 'x', effectiveFrom: '2025-02-01', inputPerMTok: 1, outputPerMTok: 1, inputPerToken: 1 },
      ]),
    );
  });
});

describe('unknown models', () => {
  it('returns null, counts, and warns once per model', () => {
    const warnings: unknown[] = [];
    const book = createPriceBook(undefined, { logger: { warn: (obj) => warnings.push(obj) } });
    const usage = { inputTokens: 10, outputTokens: 10 };
    assert.deepEqual(book.cost('mystery-model', usage), { costUsd: null });
    assert.deepEqual(book.cost('mystery-model', usage), { costUsd: null });
    assert.deepEqual(book.cost('other-mystery', usage), { costUsd: null });
    assert.deepEqual(
      [...book.unknownModels()],
      [
        ['mystery-model', 2],
        ['other-mystery', 1],
      ],
    );
    assert.deepEqual(warnings, [{ model: 'mystery-model' }, { model: 'other-mystery' }]);
    // price() is a lookup, not a priced request: it does not count.
    assert.equal(book.price('mystery-model'), null);
    assert.equal(book.unknownModels().get('mystery-model'), 2);
  });
});
