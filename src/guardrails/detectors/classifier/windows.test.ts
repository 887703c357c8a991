// Token windows with the tokenizer families classifier exports use: a SentencePiece Unigram tokenizer (DeBERTa-v3,
// Prompt Guard 2: [CLS] … [SEP]) and a byte-level BPE one (RoBERTa: <s> … </s>), written here, nothing downloaded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Tokenizer } from '@huggingface/tokenizers';
import { specialsOf, tokenWindows } from './windows.ts';

const template = (cls: string, sep: string, ids: Record<string, number>) => ({
  type: 'TemplateProcessing',
  single: [
    { SpecialToken: { id: cls, type_id: 0 } },
    { Sequence: { id: 'A', type_id: 0 } },
    { SpecialToken: { id: sep, type_id: 0 } },
  ],
  pair: [],
  special_tokens: {
    [cls]: { id: cls, ids: [ids[cls]], tokens: [cls] },
    [sep]: { id: sep, ids: [ids[sep]], tokens: [sep] },
  },
});
const added = (tokens: string[]) =>
  tokens.map((content, id) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));

function unigram(): Tokenizer {
  const specials = ['[PAD]', '[CLS]', '[SEP]', '[UNK]'];
  const vocab: [string, number][] = [
    ...specials.map((t): [string, number] => [t, 0]),
    ['▁hello', -1],
    ['▁world', -1],
    ['▁', -2],
  ];
  for (const c of 'abcdefghijklmnopqrstuvwxyz') vocab.push([c, -5]);
  return new Tokenizer(
    {
      version: '1.0',
      added_tokens: added(specials),
      normalizer: null,
      pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
      post_processor: template('[CLS]', '[SEP]', { '[CLS]': 1, '[SEP]': 2 }),
      decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
      model: { type: 'Unigram', unk_id: 3, vocab, byte_fallback: false },
    },
    {},
  );
}

function bpe(): Tokenizer {
  const specials = ['<s>', '<pad>', '</s>', '<unk>'];
  const vocab: Record<string, number> = Object.fromEntries(specials.map((t, i) => [t, i]));
  for (const t of [
    'h',
    'e',
    'l',
    'o',
    'w',
    'r',
    'd',
    'Ġ',
    'he',
    'll',
    'hell',
    'hello',
    'Ġw',
    'or',
    'Ġwor',
    'Ġworl',
    'Ġworld',
    'Ġh',
    'Ġhello',
  ])
    vocab[t] = Object.keys(vocab).length;
  return new Tokenizer(
    {
      version: '1.0',
      added_tokens: added(specials),
      normalizer: null,
      pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
      post_processor: template('<s>', '</s>', { '<s>': 0, '</s>': 2 }),
      decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
      model: {
        type: 'BPE',
        vocab,
        merges: ['h e', 'l l', 'he ll', 'hell o', 'Ġ w', 'o r', 'Ġw or', 'Ġwor l', 'Ġworl d', 'Ġ h', 'Ġh ello'].map(
          (m) => m,
        ),
        unk_token: '<unk>',
      },
    },
    {},
  );
}

describe('token windows', () => {
  for (const [name, tok, cls, sep] of [
    ['Unigram / Metaspace (DeBERTa-v3, Prompt Guard 2)', unigram(), 1, 2],
    ['byte-level BPE (RoBERTa)', bpe(), 0, 2],
  ] as const) {
    it(`${name}: each window carries the special tokens and the windows cover the text with the stride`, () => {
      const specials = specialsOf(tok);
      assert.deepEqual(specials, { prefix: [cls], suffix: [sep] });
      const text = 'hello world '.repeat(20).trim();
      const ids = tok.encode(text, { add_special_tokens: false }).ids;
      assert.ok(ids.length >= 40, `${ids.length} tokens`);
      const windows = tokenWindows(tok, specials, text, 10, 3, 64);
      let covered: number[] = [];
      for (const [i, w] of windows.entries()) {
        assert.ok(w.length <= 10);
        assert.equal(w[0], cls);
        assert.equal(w.at(-1), sep);
        const body = w.slice(1, -1);
        if (i > 0) assert.deepEqual(body.slice(0, 3), covered.slice(-3), 'consecutive windows share 3 tokens');
        covered = i === 0 ? body : [...covered, ...body.slice(3)];
      }
      assert.deepEqual(covered, ids, 'the windows cover every token once, in order');
      assert.equal(tokenWindows(tok, specials, text, 10, 3, 2).length, 2, 'max_windows caps the scan');
    });
  }
});
