import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Message } from '../spec/chat.ts';
import {
  EXACT_MAX_CHARS,
  estimateChatPromptTokens,
  estimateTokens,
  estimateTokensFast,
  IMAGE_TOKENS,
  loadTokenizer,
  tokenizerLoaded,
} from './tokens.ts';

const PROSE =
  'The quick brown fox jumps over the lazy dog. Observability for AI gateways needs cost, metrics and traces. ';

describe('estimateTokensFast', () => {
  it('is zero for empty text and positive otherwise', () => {
    assert.equal(estimateTokensFast(''), 0);
    assert.ok(estimateTokensFast('hi') >= 1);
  });
});

describe('estimateTokens with the tokenizer', () => {
  before(async () => {
    await loadTokenizer();
  });

  it('counts exactly with o200k', () => {
    assert.ok(tokenizerLoaded());
    assert.equal(estimateTokens('Hello world'), 2);
    // Special-token text in user input is counted as text, not rejected.
    assert.ok(estimateTokens('a <|endoftext|> b') > 3);
  });

  it('falls back to the heuristic for very long texts, within 25% for prose', () => {
    const long = PROSE.repeat(Math.ceil((EXACT_MAX_CHARS * 2) / PROSE.length));
    const fast = estimateTokens(long);
    assert.equal(fast, estimateTokensFast(long));
    const exact = estimateTokens(PROSE.repeat(100)) * (long.length / (PROSE.length * 100));
    assert.ok(Math.abs(fast - exact) / exact < 0.25, `${fast} vs ${exact}`);
  });

  it('heuristic stays within 35% of exact for code, JSON and CJK', () => {
    const samples = [
      'function add(a, b) { return a + b; }\nconst x = [1, 2, 3].map((v) => v * 2);\n',
      '{"model":"gpt-4o","messages":[{"role":"user","content":"hello there"}],"temperature":0.2}',
      '敏捷的棕色狐狸跳过了懒狗。可观测性对于人工智能网关非常重要。',
    ];
    for (const s of samples) {
      const text = s.repeat(10);
      const exact = estimateTokens(text);
      const fast = estimateTokensFast(text);
      assert.ok(Math.abs(fast - exact) / exact < 0.35, `${fast} vs ${exact} for ${s.slice(0, 20)}`);
    }
  });

  it('counts a chat prompt with framing, names, tools and images', () => {
    const messages: Message[] = [
      { role: 'user', name: 'ann', content: [{ type: 'text', text: 'Hello world' }] },
      {
        role: 'assistant',
        content: [{ type: 'tool_call', id: 'c1', name: 'lookup', arguments: '{"q":"x"}' }],
      },
      { role: 'tool', content: [{ type: 'tool_result', toolCallId: 'c1', content: 'ok' }] },
      { role: 'user', content: [{ type: 'image', url: 'data:image/png;base64,AAAA' }] },
    ];
    const n = estimateChatPromptTokens(messages, { system: 'Be brief.' });
    const expected =
      3 + // reply priming
      (4 + estimateTokens('Be brief.')) +
      (4 + 1 + estimateTokens('ann') + estimateTokens('Hello world')) +
      (4 + 3 + estimateTokens('lookup') + estimateTokens('{"q":"x"}')) +
      (4 + 3 + estimateTokens('ok')) +
      (4 + IMAGE_TOKENS);
    assert.equal(n, expected);
    assert.ok(estimateChatPromptTokens(messages, { fast: true }) > 0);
  });
});
