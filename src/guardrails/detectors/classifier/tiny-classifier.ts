// Writes a tiny sequence-classifier directory, shaped like a Hugging Face ONNX export (config.json with id2label,
// a BERT-style WordPiece tokenizer.json, model.onnx), for tests and the docs' worked example. Nothing is downloaded.
// The model: token embeddings (Gather) → max over the sequence (ReduceMax) → MatMul + Add → logits [N, 2]
// (BENIGN, MALICIOUS). "override" scores MALICIOUS ≈ 0.98, "hypothetically" ≈ 0.5, anything else ≈ 0.02.
// `slowLayers` adds that many [width × width] MatMuls per token before pooling, so inference time grows with the
// input length (the tests' slow model for time limits and event-loop responsiveness).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onnxGraph } from '../../../lifecycle/onnx/tiny-model.ts';

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'];
const WORDS = [
  'override',
  'hypothetically',
  'the',
  'a',
  'please',
  'rules',
  'story',
  'tell',
  'me',
  'about',
  'weather',
  'word',
];

export function tinyClassifierDir(dir: string, opts: { slowLayers?: number; width?: number } = {}): string {
  mkdirSync(dir, { recursive: true });
  const vocab = Object.fromEntries([...SPECIAL, ...WORDS].map((w, i) => [w, i]));
  const special = (t: string) => ({ id: t, ids: [vocab[t]], tokens: [t] });
  writeFileSync(
    join(dir, 'tokenizer.json'),
    JSON.stringify({
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: SPECIAL.map((t, id) => ({
        id,
        content: t,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: false,
        special: true,
      })),
      normalizer: {
        type: 'BertNormalizer',
        clean_text: true,
        handle_chinese_chars: true,
        strip_accents: null,
        lowercase: true,
      },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: {
        type: 'TemplateProcessing',
        single: [
          { SpecialToken: { id: '[CLS]', type_id: 0 } },
          { Sequence: { id: 'A', type_id: 0 } },
          { SpecialToken: { id: '[SEP]', type_id: 0 } },
        ],
        pair: [
          { SpecialToken: { id: '[CLS]', type_id: 0 } },
          { Sequence: { id: 'A', type_id: 0 } },
          { SpecialToken: { id: '[SEP]', type_id: 0 } },
          { Sequence: { id: 'B', type_id: 1 } },
          { SpecialToken: { id: '[SEP]', type_id: 1 } },
        ],
        special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
      },
      decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
      model: {
        type: 'WordPiece',
        unk_token: '[UNK]',
        continuing_subword_prefix: '##',
        max_input_chars_per_word: 100,
        vocab,
      },
    }),
  );
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({
      do_lower_case: true,
      model_max_length: 512,
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      tokenizer_class: 'BertTokenizer',
    }),
  );
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      architectures: ['BertForSequenceClassification'],
      id2label: { 0: 'BENIGN', 1: 'MALICIOUS' },
      label2id: { BENIGN: 0, MALICIOUS: 1 },
      pad_token_id: 0,
    }),
  );
  writeFileSync(
    join(dir, 'model.onnx'),
    tinyClassifierModel(Object.keys(vocab).length, vocab.override, vocab.hypothetically, opts),
  );
  return dir;
}

function tinyClassifierModel(
  vocabSize: number,
  trigger: number,
  suspect: number,
  opts: { slowLayers?: number; width?: number },
): Uint8Array {
  const layers = opts.slowLayers ?? 0;
  const width = layers > 0 ? (opts.width ?? 512) : 2;
  // Feature 1 carries the signal; the others stay 0, so the slow layers (identity matrices) keep it unchanged.
  const emb = new Float32Array(vocabSize * width);
  emb[trigger * width + 1] = 1;
  emb[suspect * width + 1] = 0.5;
  const eye = new Float32Array(width * width);
  for (let i = 0; i < width; i++) eye[i * width + i] = 1;
  const head = new Float32Array(width * 2);
  head[1 * 2 + 1] = 8; // logit(MALICIOUS) = 8 · feature1 − 2, logit(BENIGN) = 2
  const nodes = [{ op: 'Gather', inputs: ['E', 'input_ids'], outputs: ['h0'] }];
  for (let i = 0; i < layers; i++) nodes.push({ op: 'MatMul', inputs: [`h${i}`, 'S'], outputs: [`h${i + 1}`] });
  return onnxGraph({
    nodes: [
      ...nodes,
      { op: 'ReduceMax', inputs: [`h${layers}`], outputs: ['pooled'], attributes: { axes: [1], keepdims: 0 } },
      { op: 'MatMul', inputs: ['pooled', 'W'], outputs: ['scores'] },
      { op: 'Add', inputs: ['scores', 'B'], outputs: ['logits'] },
    ] as never,
    initializers: [
      { name: 'E', dims: [vocabSize, width], values: emb },
      ...(layers > 0 ? [{ name: 'S', dims: [width, width], values: eye }] : []),
      { name: 'W', dims: [width, 2], values: head },
      { name: 'B', dims: [2], values: [2, -2] },
    ],
    inputs: [
      { name: 'input_ids', dims: ['N', 'L'], type: 'int64' },
      { name: 'attention_mask', dims: ['N', 'L'], type: 'int64' },
    ],
    outputs: [{ name: 'logits', dims: ['N', 2] }],
  });
}
