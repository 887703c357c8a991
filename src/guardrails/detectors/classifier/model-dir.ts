// Reads and checks a sequence-classifier directory as Hugging Face exports it for ONNX: `config.json` (id2label,
// problem_type), `tokenizer.json` (+ optional `tokenizer_config.json`) and `model.onnx` (or `onnx/model.onnx`).
// Local files only. Synchronous and cheap, so a bad directory is a configuration error when guard sets compile;
// the model itself loads in the worker threads (see pool.ts).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export interface ModelDir {
  dir: string;
  modelPath: string;
  /** Index → label, from config.json id2label. */
  labels: string[];
  /** Indexes of the labels that count as positive (unsafe). */
  positive: number[];
  /** Sigmoid per label (multi_label_classification) instead of a softmax over labels. */
  multiLabel: boolean;
  /** Read again by each worker: the parsed tokenizer is not kept in the server's main thread. */
  tokenizerPath: string;
  tokenizerConfigPath: string | null;
  padId: number;
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${what} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * `positiveLabels`: label names (case-insensitive) that count as unsafe; default every label that is not
 * benign/safe/negative/LABEL_0-like, which fits Prompt Guard (BENIGN / INJECTION / JAILBREAK, or BENIGN / MALICIOUS)
 * and most injection classifiers (SAFE / INJECTION, LABEL_0 / LABEL_1).
 */
export function readModelDir(path: string, positiveLabels?: string[], modelFile?: string): ModelDir {
  const dir = isAbsolute(path) ? path : resolve(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`model_dir "${dir}" is not a directory`);
  const need = (name: string) => {
    const p = join(dir, name);
    if (!existsSync(p)) throw new Error(`model_dir "${dir}" has no ${name}`);
    return p;
  };
  const candidates = modelFile ? [modelFile] : ['model.onnx', join('onnx', 'model.onnx')];
  const found = candidates.map((c) => join(dir, c)).find((p) => existsSync(p));
  if (!found) throw new Error(`model_dir "${dir}" has no ${candidates.join(' or ')}`);
  if (statSync(found).size < 16) throw new Error(`${found} is empty or truncated`);

  const config = readJson(need('config.json'), 'config.json') as {
    id2label?: Record<string, string>;
    problem_type?: string;
    pad_token_id?: number;
  };
  const id2label = config.id2label;
  if (!id2label || typeof id2label !== 'object' || Object.keys(id2label).length < 2)
    throw new Error(`config.json in "${dir}" has no id2label with at least two labels (not a sequence classifier?)`);
  const labels: string[] = [];
  for (const [k, v] of Object.entries(id2label)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || typeof v !== 'string')
      throw new Error(`config.json id2label entry "${k}" is not index → name`);
    labels[i] = v;
  }
  if (labels.some((l) => l === undefined) || labels.length !== Object.keys(id2label).length)
    throw new Error('config.json id2label indexes are not 0..n-1');

  let positive: number[];
  if (positiveLabels && positiveLabels.length > 0) {
    positive = positiveLabels.map((p) => {
      const i = labels.findIndex((l) => l.toLowerCase() === p.toLowerCase());
      if (i < 0) throw new Error(`positive label "${p}" is not in config.json id2label (${labels.join(', ')})`);
      return i;
    });
  } else {
    positive = labels.flatMap((l, i) =>
      /^(benign|safe|negative|legit(imate)?|label_0|0|no|clean)$/i.test(l) ? [] : [i],
    );
    if (positive.length === 0 || positive.length === labels.length)
      throw new Error(`cannot tell the unsafe labels among ${labels.join(', ')}: set options.positive_labels`);
  }

  const tokenizerPath = need('tokenizer.json');
  const tokenizerJson = readJson(tokenizerPath, 'tokenizer.json') as {
    model?: { type?: string };
    padding?: { pad_id?: number } | null;
  };
  if (!tokenizerJson.model?.type) throw new Error(`tokenizer.json in "${dir}" has no model.type`);
  const cfgPath = join(dir, 'tokenizer_config.json');
  const tokenizerConfigPath = existsSync(cfgPath) ? cfgPath : null;
  if (tokenizerConfigPath) readJson(tokenizerConfigPath, 'tokenizer_config.json');
  const padId = tokenizerJson.padding?.pad_id ?? config.pad_token_id ?? 0;
  return {
    dir,
    modelPath: found,
    labels,
    positive,
    multiLabel: config.problem_type === 'multi_label_classification',
    tokenizerPath,
    tokenizerConfigPath,
    padId,
  };
}
