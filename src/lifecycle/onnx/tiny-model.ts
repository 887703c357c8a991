// Builds a tiny ONNX model by hand (protobuf wire format, no downloads): Y = X · W + B, a linear classifier with
// X float32 [N, inDim] (N dynamic), W [inDim, outDim], B [outDim]. Used by tests and the docs' example.

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

const key = (field: number, wire: number) => varint((field << 3) | wire);
const int = (field: number, n: number) => [...key(field, 0), ...varint(n)];
const bytes = (field: number, b: number[] | Uint8Array) => [...key(field, 2), ...varint(b.length), ...b];
const str = (field: number, s: string) => bytes(field, [...Buffer.from(s, 'utf8')]);

const FLOAT = 1;

function tensorType(dims: (number | string)[]): number[] {
  const shape = dims.flatMap((d) => bytes(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  return bytes(1, [...int(1, FLOAT), ...bytes(2, shape)]); // TypeProto.tensor_type
}

const valueInfo = (field: number, name: string, dims: (number | string)[]) =>
  bytes(field, [...str(1, name), ...bytes(2, tensorType(dims))]);

function initializer(name: string, dims: number[], values: number[]): number[] {
  const data = Buffer.alloc(values.length * 4);
  for (const [i, v] of values.entries()) data.writeFloatLE(v, i * 4);
  return bytes(5, [...dims.flatMap((d) => int(1, d)), ...int(2, FLOAT), ...str(8, name), ...bytes(9, [...data])]);
}

const node = (inputs: string[], outputs: string[], op: string) =>
  bytes(1, [...inputs.flatMap((i) => str(1, i)), ...outputs.flatMap((o) => str(2, o)), ...str(4, op)]);

/** W is inDim×outDim, row-major; B has outDim entries. */
export function linearModel(w: number[][], b: number[]): Uint8Array {
  const inDim = w.length;
  const outDim = b.length;
  const graph = [
    ...node(['X', 'W'], ['XW'], 'MatMul'),
    ...node(['XW', 'B'], ['Y'], 'Add'),
    ...str(2, 'linear'),
    ...initializer('W', [inDim, outDim], w.flat()),
    ...initializer('B', [outDim], b),
    ...valueInfo(11, 'X', ['N', inDim]),
    ...valueInfo(12, 'Y', ['N', outDim]),
  ];
  // ModelProto: ir_version 8, producer, graph, opset_import {domain "", version 13}.
  return Uint8Array.from([...int(1, 8), ...str(2, 'lintel-test'), ...bytes(7, graph), ...bytes(8, int(2, 13))]);
}
