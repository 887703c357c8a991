// The `onnx_classifier` guard: any Hugging Face sequence classifier exported to ONNX (Prompt Guard 2, a DeBERTa
// injection classifier …) scores the text in worker threads; the positive labels' probability, the highest over
// overlapping token windows, is compared with `threshold` (verdict block → the guard's action) and
// `flag_threshold` (verdict flag). Local files only: nothing is downloaded.

import type { AsyncDetector } from '../../types.ts';
import { readModelDir } from './model-dir.ts';
import { ClassifierPool } from './pool.ts';

export interface OnnxClassifierOptions {
  modelDir: string;
  modelFile?: string;
  positiveLabels?: string[];
  threshold: number;
  flagThreshold?: number;
  maxLength: number;
  stride: number;
  maxWindows: number;
  timeoutMs: number;
  threads: number;
  intraOpThreads: number;
  maxBatch: number;
  /** 'window': scans stream windows before release (default); 'final': judges the whole answer after the stream. */
  stream: 'window' | 'final';
}

export interface OnnxClassifierDetector extends AsyncDetector {
  readonly pool: ClassifierPool;
}

export function createOnnxClassifierDetector(o: OnnxClassifierOptions, id = 'onnx_classifier'): OnnxClassifierDetector {
  const md = readModelDir(o.modelDir, o.positiveLabels, o.modelFile);
  const pool = new ClassifierPool(
    {
      modelPath: md.modelPath,
      tokenizerPath: md.tokenizerPath,
      tokenizerConfigPath: md.tokenizerConfigPath,
      padId: md.padId,
      positive: md.positive,
      multiLabel: md.multiLabel,
      maxLength: o.maxLength,
      stride: o.stride,
      maxWindows: o.maxWindows,
      intraOpThreads: o.intraOpThreads,
    },
    { threads: o.threads, maxBatch: o.maxBatch },
  );
  const flagAt = o.flagThreshold ?? o.threshold;
  return {
    id,
    kind: 'async',
    streaming: o.stream,
    pool,
    warmUp: () => pool.warmUp(),
    close: () => pool.close(),
    async detect({ view }) {
      const text = view.raw;
      if (text.trim() === '') return { verdict: 'pass', score: 0, detections: [] };
      const r = await pool.score(text, o.timeoutMs);
      const label = md.labels[r.label];
      if (r.score < flagAt) return { verdict: 'pass', score: r.score, detections: [] };
      const verdict = r.score >= o.threshold ? 'block' : 'flag';
      return {
        verdict,
        score: r.score,
        reason: `classifier: ${label} (${r.score.toFixed(3)}${r.windows > 1 ? `, ${r.windows} windows` : ''})`,
        detections: [
          { detector: id, type: `classifier:${label.toLowerCase()}`, start: 0, end: text.length, score: r.score },
        ],
      };
    },
  };
}
