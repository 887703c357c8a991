// Overhead of the onnx_classifier guard itself (worker round trip, tokenising, windows, batching), measured with
// the tiny test classifier so the model's own cost is close to zero. A real model (Prompt Guard 2: 86M parameters)
// adds its inference time on top. Run: node --import tsx src/guardrails/detectors/classifier/bench.ts

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPrompt } from '../../bench.ts';
import { createTextView } from '../../normalize/view.ts';
import { createOnnxClassifierDetector } from './onnx-classifier.ts';
import { tinyClassifierDir } from './tiny-classifier.ts';

const dir = mkdtempSync(join(tmpdir(), 'lintel-onnx-bench-'));
const d = createOnnxClassifierDetector({
  modelDir: tinyClassifierDir(dir),
  threshold: 0.9,
  maxLength: 512,
  stride: 64,
  maxWindows: 64,
  timeoutMs: 30_000,
  threads: 1,
  intraOpThreads: 1,
  maxBatch: 16,
  stream: 'window',
});
await d.warmUp?.();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, text, n] of [
  ['1 KB', benchPrompt(1024), 300],
  ['32 KB', benchPrompt(32 * 1024), 40],
] as const) {
  const view = createTextView(text);
  const run = () => d.detect({ view, stage: 'input', ctx: {} });
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const runs0 = d.pool.stats.runs;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, run));
  const wall = performance.now() - t0;
  console.log(
    `onnx_classifier (tiny model), ${name}: sequential median ${median(times).toFixed(2)} ms; ${n} concurrent calls in ${wall.toFixed(0)} ms (${((n / wall) * 1000).toFixed(0)}/s, ${d.pool.stats.runs - runs0} inference runs)`,
  );
}
await d.close?.();
rmSync(dir, { recursive: true, force: true });
