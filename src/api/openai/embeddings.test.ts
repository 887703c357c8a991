import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  embeddingInputCount,
  embeddingRequestFromSpec,
  embeddingRequestToSpec,
  embeddingResponseFromSpec,
  embeddingResponseToSpec,
} from './embeddings.ts';

describe('embeddings', () => {
  test('request → spec → request keeps every field', () => {
    const wire = {
      model: 'text-embedding-3-small',
      input: ['a', 'b'],
      encoding_format: 'float',
      dimensions: 256,
      user: 'u1',
    };
    const spec = embeddingRequestToSpec(wire);
    assert.deepEqual(spec, {
      model: 'text-embedding-3-small',
      input: ['a', 'b'],
      encodingFormat: 'float',
      dimensions: 256,
      user: 'u1',
    });
    assert.deepEqual(embeddingRequestFromSpec(spec), wire);
    assert.deepEqual(embeddingRequestFromSpec(embeddingRequestToSpec({ model: 'm', input: 'x' })), {
      model: 'm',
      input: 'x',
    });
  });

  test('response → spec → response, shaped like OpenAI', () => {
    const wire = {
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0.0023064255, -0.009327292, 0.015797347] },
        { object: 'embedding', index: 1, embedding: [-0.0071680206, 0.0128342, 0.002241234] },
      ],
      model: 'text-embedding-3-small',
      usage: { prompt_tokens: 8, total_tokens: 8 },
    };
    const spec = embeddingResponseToSpec(wire);
    assert.equal(spec.usage.inputTokens, 8);
    assert.deepEqual(embeddingResponseFromSpec(spec), wire);
  });

  test('a response without usage reads as zero tokens', () => {
    const spec = embeddingResponseToSpec({
      object: 'list',
      data: [{ object: 'embedding', index: 0, embedding: 'AAAA' }],
      model: 'm',
    });
    assert.deepEqual(spec.usage, { inputTokens: 0 });
    assert.equal(spec.data[0]!.embedding, 'AAAA');
  });

  test('input count: a token array is one input, a list of strings or token arrays is many', () => {
    assert.equal(embeddingInputCount('x'), 1);
    assert.equal(embeddingInputCount([1, 2, 3]), 1);
    assert.equal(embeddingInputCount(['a', 'b', 'c']), 3);
    assert.equal(embeddingInputCount([[1], [2]]), 2);
  });
});
