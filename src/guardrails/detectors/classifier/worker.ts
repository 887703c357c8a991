// One inference worker of the ONNX classifier guard: loads the tokenizer and the ONNX session from the model
// directory (local files only), then answers batches of texts with one score per text: the positive labels'
// probability, the highest over the text's token windows. Tokenising and inference both run here, off the
// event loop of the server.

import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Tokenizer } from '@huggingface/tokenizers';
import ort from 'onnxruntime-node';
import { specialsOf, tokenWindows } from './windows.ts';

export interface WorkerInit {
  modelPath: string;
  tokenizerPath: string;
  tokenizerConfigPath: string | null;
  padId: number;
  positive: number[];
  multiLabel: boolean;
  maxLength: number;
  stride: number;
  maxWindows: number;
  intraOpThreads: number;
}

export type WorkerRequest = { id: number; texts: string[] };
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; results: TextScore[] }
  | { type: 'error'; id: number; message: string };

export interface TextScore {
  score: number;
  /** Index of the most probable positive label in the best window. */
  label: number;
  windows: number;
}

const init = workerData as WorkerInit;
const port = parentPort!;

function probabilities(logits: Float32Array | number[], multiLabel: boolean): number[] {
  if (multiLabel) return Array.from(logits, (x) => 1 / (1 + Math.exp(-x)));
  const max = Math.max(...logits);
  const e = Array.from(logits, (x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

async function main(): Promise<void> {
  const config = init.tokenizerConfigPath ? JSON.parse(readFileSync(init.tokenizerConfigPath, 'utf8')) : {};
  const tok = new Tokenizer(JSON.parse(readFileSync(init.tokenizerPath, 'utf8')), config);
  const specials = specialsOf(tok);
  const session = await ort.InferenceSession.create(init.modelPath, {
    intraOpNumThreads: init.intraOpThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const names = session.inputNames;
  if (!names.includes('input_ids')) throw new Error(`the model has no input_ids input (inputs: ${names.join(', ')})`);
  const output = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];

  const run = async (texts: string[]): Promise<TextScore[]> => {
    const perText = texts.map((t) => tokenWindows(tok, specials, t, init.maxLength, init.stride, init.maxWindows));
    const rows = perText.flat();
    const width = Math.max(...rows.map((r) => r.length));
    const ids = new BigInt64Array(rows.length * width).fill(BigInt(init.padId));
    const mask = new BigInt64Array(rows.length * width);
    rows.forEach((r, i) => {
      for (let j = 0; j < r.length; j++) {
        ids[i * width + j] = BigInt(r[j]);
        mask[i * width + j] = 1n;
      }
    });
    const dims = [rows.length, width];
    const feeds: Record<string, ort.Tensor> = { input_ids: new ort.Tensor('int64', ids, dims) };
    if (names.includes('attention_mask')) feeds.attention_mask = new ort.Tensor('int64', mask, dims);
    if (names.includes('token_type_ids'))
      feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(rows.length * width), dims);
    const out = (await session.run(feeds))[output];
    const n = out.dims[out.dims.length - 1];
    const logits = out.data as Float32Array;
    const results: TextScore[] = [];
    let row = 0;
    for (const windows of perText) {
      let best: TextScore = { score: 0, label: 0, windows: windows.length };
      for (let w = 0; w < windows.length; w++, row++) {
        const p = probabilities(logits.subarray(row * n, row * n + n), init.multiLabel);
        const score = init.multiLabel
          ? Math.max(...init.positive.map((i) => p[i]))
          : init.positive.reduce((s, i) => s + p[i], 0);
        if (w === 0 || score > best.score) {
          const label = init.positive.reduce((a, i) => (p[i] > p[a] ? i : a), init.positive[0]);
          best = { score, label, windows: windows.length };
        }
      }
      results.push(best);
    }
    return results;
  };

  // Validates the model against its own tokenizer once, so a mismatch is an error at start, not on traffic.
  await run(['warm-up']);
  port.on('message', (m: WorkerRequest) => {
    run(m.texts).then(
      (results) => port.postMessage({ type: 'result', id: m.id, results } satisfies WorkerReply),
      (e: Error) => port.postMessage({ type: 'error', id: m.id, message: e.message } satisfies WorkerReply),
    );
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

main().catch((e: Error) => port.postMessage({ type: 'fatal', message: e.message } satisfies WorkerReply));
