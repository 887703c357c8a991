// Builds tiny ONNX models by hand (protobuf wire format, no downloads). `linearModel`: Y = X · W + B, a linear
// classifier with X float32 [N, inDim] (N dynamic). `onnxGraph`: any small graph of standard operators (the
// guardrails' tests build a sequence classifier with it). Used by tests and the docs' examples.

function varint(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(n));
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

/** ONNX TensorProto element types used here. */
export const ONNX_TYPE = { float: 1, int64: 7 } as const;
type ElemType = keyof typeof ONNX_TYPE;

function tensorType(dims: (number | string)[], elem: ElemType): number[] {
  const shape = dims.flatMap((d) => bytes(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  return bytes(1, [...int(1, ONNX_TYPE[elem]), ...bytes(2, shape)]); // TypeProto.tensor_type
}

const valueInfo = (field: number, v: GraphValue) =>
  bytes(field, [...str(1, v.name), ...bytes(2, tensorType(v.dims, v.type ?? 'float'))]);

function initializer(name: string, dims: number[], values: ArrayLike<number>): number[] {
  const data = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++) data.writeFloatLE(values[i], i * 4);
  return bytes(5, [...dims.flatMap((d) => int(1, d)), ...int(2, ONNX_TYPE.float), ...str(8, name), ...bytes(9, data)]);
}

/** AttributeProto: an int (type 2) or a list of ints (type 7). */
function attribute(name: string, value: number | number[]): number[] {
  const body = Array.isArray(value)
    ? [...str(1, name), ...value.flatMap((v) => int(8, v)), ...int(20, 7)]
    : [...str(1, name), ...int(3, value), ...int(20, 2)];
  return bytes(5, body);
}

export interface GraphNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, number | number[]>;
}

export interface GraphValue {
  name: string;
  dims: (number | string)[];
  type?: ElemType;
}

export interface GraphSpec {
  nodes: GraphNode[];
  /** Float32 constants, row-major. */
  initializers: { name: string; dims: number[]; values: ArrayLike<number> }[];
  inputs: GraphValue[];
  outputs: GraphValue[];
  /** Default opset 13. */
  opset?: number;
}

export function onnxGraph(spec: GraphSpec): Uint8Array {
  const graph = [
    ...spec.nodes.flatMap((n) =>
      bytes(1, [
        ...n.inputs.flatMap((i) => str(1, i)),
        ...n.outputs.flatMap((o) => str(2, o)),
        ...str(4, n.op),
        ...Object.entries(n.attributes ?? {}).flatMap(([k, v]) => attribute(k, v)),
      ]),
    ),
    ...str(2, 'lintel-test'),
    ...spec.initializers.flatMap((t) => initializer(t.name, t.dims, t.values)),
    ...spec.inputs.flatMap((v) => valueInfo(11, v)),
    ...spec.outputs.flatMap((v) => valueInfo(12, v)),
  ];
  // ModelProto: ir_version 8, producer, graph, opset_import {domain "", version}.
  return Uint8Array.from([
    ...int(1, 8),
    ...str(2, 'lintel-test'),
    ...bytes(7, graph),
    ...bytes(8, int(2, spec.opset ?? 13)),
  ]);
}

/** W is inDim×outDim, row-major; B has outDim entries. */
export function linearModel(w: number[][], b: number[]): Uint8Array {
  const inDim = w.length;
  const outDim = b.length;
  return onnxGraph({
    nodes: [
      { op: 'MatMul', inputs: ['X', 'W'], outputs: ['XW'] },
      { op: 'Add', inputs: ['XW', 'B'], outputs: ['Y'] },
    ],
    initializers: [
      { name: 'W', dims: [inDim, outDim], values: w.flat() },
      { name: 'B', dims: [outDim], values: b },
    ],
    inputs: [{ name: 'X', dims: ['N', inDim] }],
    outputs: [{ name: 'Y', dims: ['N', outDim] }],
  });
}
