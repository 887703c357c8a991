// Micro-batching for one ONNX session: requests arriving within `maxDelayMs` (up to `maxBatch` rows) run as one
// inference, concatenated along the first (dynamic) dimension, and each caller gets its own rows back.
import ort from 'onnxruntime-node';

export interface BatchRequest {
  /** Input name → flat float data and shape (first dimension = rows). */
  inputs: Record<string, { data: Float32Array; shape: number[] }>;
  rows: number;
}

export interface BatchResult {
  outputs: Record<string, { data: number[]; shape: number[] }>;
  batchSize: number;
}

interface Pending {
  req: BatchRequest;
  resolve(r: BatchResult): void;
  reject(e: unknown): void;
}

export class MicroBatcher {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Inference calls made and rows served (metrics, tests). */
  readonly stats = { runs: 0, rows: 0, requests: 0 };

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly maxDelayMs: number,
    private readonly maxBatch: number,
  ) {}

  run(req: BatchRequest): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      const rows = this.queue.reduce((s, p) => s + p.req.rows, 0);
      if (rows >= this.maxBatch) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) void this.execute(batch);
  }

  private async execute(batch: Pending[]): Promise<void> {
    try {
      const feeds: Record<string, ort.Tensor> = {};
      const total = batch.reduce((s, p) => s + p.req.rows, 0);
      for (const name of Object.keys(batch[0].req.inputs)) {
        const first = batch[0].req.inputs[name];
        const data = new Float32Array(batch.reduce((s, p) => s + p.req.inputs[name].data.length, 0));
        let at = 0;
        for (const p of batch) {
          data.set(p.req.inputs[name].data, at);
          at += p.req.inputs[name].data.length;
        }
        feeds[name] = new ort.Tensor('float32', data, [total, ...first.shape.slice(1)]);
      }
      const out = await this.session.run(feeds);
      this.stats.runs++;
      this.stats.rows += total;
      this.stats.requests += batch.length;
      let row = 0;
      for (const p of batch) {
        const outputs: BatchResult['outputs'] = {};
        for (const [name, t] of Object.entries(out)) {
          const tensor = t as ort.Tensor;
          const per = tensor.dims.slice(1).reduce((a, b) => a * b, 1);
          const data = Array.from((tensor.data as Float32Array).subarray(row * per, (row + p.req.rows) * per));
          outputs[name] = { data, shape: [p.req.rows, ...tensor.dims.slice(1)] };
        }
        row += p.req.rows;
        p.resolve({ outputs, batchSize: batch.length });
      }
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
