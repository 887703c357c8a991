// Lucene stores a document's length in one byte (SmallFloat.intToByte4): exact up to 24, then 4 significant
// bits. BM25 uses the decoded length, so matching Lucene's ranking means using the same lossy length.

function longToInt4(i: number): number {
  const numBits = 32 - Math.clz32(i);
  if (numBits < 4) return i;
  const shift = numBits - 4;
  let encoded = (i >>> shift) & 0x07;
  encoded |= (shift + 1) << 3;
  return encoded;
}

function int4ToLong(i: number): number {
  const bits = i & 0x07;
  const shift = (i >>> 3) - 1;
  return shift === -1 ? bits : (bits | 0x08) * 2 ** shift;
}

const MAX_INT4 = longToInt4(0x7fffffff);
const NUM_FREE_VALUES = 255 - MAX_INT4;

export function lengthToByte(len: number): number {
  return len < NUM_FREE_VALUES ? len : NUM_FREE_VALUES + longToInt4(len - NUM_FREE_VALUES);
}

export function byteToLength(b: number): number {
  return b < NUM_FREE_VALUES ? b : NUM_FREE_VALUES + int4ToLong(b - NUM_FREE_VALUES);
}

/** The lengths Lucene can represent, indexed by the stored byte. */
export const DECODED_LENGTHS: Float64Array = Float64Array.from({ length: 256 }, (_, b) => byteToLength(b));
