// The dense part of a `fasttext` model: every hashed n-gram has a small embedding; a text's embedding
// is their sum scaled like the linear features (ngramScale / √distinct), and a one-hidden-layer head
// reads it beside the concept-family slots. Shared by training (train/fasttext.ts) and the scorer.

export interface DenseNet {
  dim: number; // embedding size
  hidden: number; // ReLU units of the head (0: linear head only)
  concepts: number; // concept slots fed to the head beside the embedding
  /** Row-major: embedding of hashed feature id at [id * dim, (id + 1) * dim). */
  embed: Float32Array;
  /** Linear read-out of the embedding, straight to the logit. */
  skip: Float32Array;
  /** Row-major hidden × (dim + concepts). */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
}

/** Logit contribution of the head for embedding `e` (already scaled) and concept slots `hits`. */
export function headLogit(net: DenseNet, e: Float32Array | Float64Array, hits: readonly number[]): number {
  const { dim, hidden, w1, b1, w2, skip } = net;
  const width = dim + net.concepts;
  let z = 0;
  for (let k = 0; k < dim; k++) z += skip[k] * e[k];
  for (let j = 0; j < hidden; j++) {
    const row = j * width;
    let pre = b1[j];
    for (let k = 0; k < dim; k++) pre += w1[row + k] * e[k];
    for (const c of hits) pre += w1[row + dim + c];
    if (pre > 0) z += w2[j] * pre;
  }
  return z;
}

/** On disk: embeddings as int8 (one scale per row, float32) in base64; the small head as numbers. */
export interface DenseNetFile {
  dim: number;
  hidden: number;
  concepts: number;
  embed: string; // base64 Int8Array, rows × dim
  rowScale: string; // base64 Float32Array, one per row (0 = all-zero row)
  skip: number[];
  w1: number[];
  b1: number[];
  w2: number[];
}

const round = (xs: Float32Array): number[] => Array.from(xs, (x) => Math.round(x * 1e6) / 1e6);

export function encodeNet(net: DenseNet): DenseNetFile {
  const rows = net.embed.length / net.dim;
  const q = new Int8Array(net.embed.length);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let k = 0; k < net.dim; k++) max = Math.max(max, Math.abs(net.embed[r * net.dim + k]));
    if (max === 0) continue;
    scale[r] = max / 127;
    for (let k = 0; k < net.dim; k++) q[r * net.dim + k] = Math.round(net.embed[r * net.dim + k] / scale[r]);
  }
  return {
    dim: net.dim,
    hidden: net.hidden,
    concepts: net.concepts,
    embed: Buffer.from(q.buffer).toString('base64'),
    rowScale: Buffer.from(scale.buffer).toString('base64'),
    skip: round(net.skip),
    w1: round(net.w1),
    b1: round(net.b1),
    w2: round(net.w2),
  };
}

export function decodeNet(f: DenseNetFile): DenseNet {
  const qb = Buffer.from(f.embed, 'base64');
  const q = new Int8Array(qb.buffer, qb.byteOffset, qb.length);
  const sb = Buffer.from(f.rowScale, 'base64');
  const scale = new Float32Array(sb.buffer.slice(sb.byteOffset, sb.byteOffset + sb.length));
  const embed = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) embed[i] = q[i] * scale[Math.floor(i / f.dim)];
  return {
    dim: f.dim,
    hidden: f.hidden,
    concepts: f.concepts,
    embed,
    skip: Float32Array.from(f.skip),
    w1: Float32Array.from(f.w1),
    b1: Float32Array.from(f.b1),
    w2: Float32Array.from(f.w2),
  };
}
