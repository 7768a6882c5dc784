/**
 * A probe behind the OCR section of BENCHMARKS.md (not part of bench:ocr): is int8 faster than
 * float on onnxruntime-web's WASM backend? Builds two one-convolution ONNX models in memory — the
 * 1 × 1 convolution that costs the PP-OCRv4 recogniser most (480 → 480 channels on 6 × 250, as on
 * a 48 × 1000 line) in float, and the same in QDQ form (int8 weights, uint8 activations), which
 * onnxruntime fuses into QLinearConv — and prints each one's CPU time per run (median and best
 * of 7, one thread), twice over. `tsx bench/ocr-int8-probe.ts [prof]` (prof: also write
 * onnxruntime's profile, to see the fusion).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
// protobufjs comes with onnxruntime-web (its dependency); only the fields used here are declared.
import protobuf from 'protobufjs';
import * as ort from 'onnxruntime-web';
const root = protobuf.parse(`syntax = "proto3"; package onnx;
message OperatorSetIdProto { string domain = 1; int64 version = 2; }
message TensorProto { repeated int64 dims = 1; int32 data_type = 2; repeated float float_data = 4; string name = 8; bytes raw_data = 9; }
message AttributeProto { string name = 1; float f = 2; int64 i = 3; repeated int64 ints = 8; int32 type = 20; }
message NodeProto { repeated string input = 1; repeated string output = 2; string name = 3; string op_type = 4; repeated AttributeProto attribute = 5; string domain = 7; }
message Dim { int64 dim_value = 1; string dim_param = 2; }
message Shape { repeated Dim dim = 1; }
message TensorType { int32 elem_type = 1; Shape shape = 2; }
message TypeProto { TensorType tensor_type = 1; }
message ValueInfoProto { string name = 1; TypeProto type = 2; }
message GraphProto { repeated NodeProto node = 1; string name = 2; repeated TensorProto initializer = 5; repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12; }
message ModelProto { int64 ir_version = 1; string producer_name = 2; GraphProto graph = 7; repeated OperatorSetIdProto opset_import = 8; }`).root;
const Model = root.lookupType('onnx.ModelProto');
const [C, H, W] = [480, 6, 250];
const vi = (name: string) => ({ name, type: { tensorType: { elemType: 1, shape: { dim: [1, C, H, W].map((d) => ({ dimValue: d })) } } } });
const raw = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const t = (name: string, dims: number[], type: number, data: ArrayBufferView) => ({ name, dims, dataType: type, rawData: raw(data) });
const wf = new Float32Array(C * C).map(() => (Math.random() * 2 - 1) * 0.05);
const wq = Int8Array.from(wf, (v) => Math.round(v / (0.05 / 127)));
const sc = (v: number) => new Float32Array([v]);
const conv = (x: string, w: string, y: string) => ({ opType: 'Conv', input: [x, w], output: [y], attribute: [{ name: 'kernel_shape', ints: [1, 1], type: 7 }] });
const fp = { irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: [conv('x', 'w', 'y')], initializer: [t('w', [C, C, 1, 1], 1, wf)], input: [vi('x')], output: [vi('y')] } };
const qdq = { irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph: { name: 'g', node: [
  { opType: 'QuantizeLinear', input: ['x', 'sx', 'zx'], output: ['xq'] }, { opType: 'DequantizeLinear', input: ['xq', 'sx', 'zx'], output: ['xd'] },
  { opType: 'DequantizeLinear', input: ['wq', 'sw', 'zw'], output: ['wd'] }, conv('xd', 'wd', 'yf'),
  { opType: 'QuantizeLinear', input: ['yf', 'sy', 'zy'], output: ['yq'] }, { opType: 'DequantizeLinear', input: ['yq', 'sy', 'zy'], output: ['y'] }],
  initializer: [t('wq', [C, C, 1, 1], 3, wq), t('sw', [], 1, sc(0.05 / 127)), t('zw', [], 3, new Int8Array([0])), t('sx', [], 1, sc(2 / 255)), t('zx', [], 2, new Uint8Array([128])), t('sy', [], 1, sc(8 / 255)), t('zy', [], 2, new Uint8Array([128]))],
  input: [vi('x')], output: [vi('y')] } };
const require = createRequire(import.meta.url);
ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = dirname(require.resolve('onnxruntime-web')) + '/';
const x = new ort.Tensor('float32', new Float32Array(C * H * W).map(() => Math.random() * 2 - 1), [1, C, H, W]);
for (const [name, m] of [['fp32', fp], ['qdq int8', qdq], ['fp32', fp], ['qdq int8', qdq]] as const) {
  const bytes = Model.encode(Model.fromObject(m)).finish();
  const s = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all', enableProfiling: process.argv[2] === 'prof' });
  await s.run({ x });
  const cs: number[] = [];
  for (let i = 0; i < 7; i++) { const c0 = process.cpuUsage(); await s.run({ x }); const c = process.cpuUsage(c0); cs.push((c.user + c.system) / 1000); }
  cs.sort((a, b) => a - b);
  console.log(`${name}: cpu median ${cs[3]!.toFixed(1)} ms min ${cs[0]!.toFixed(1)} ms (${(C * C * H * W * 2 / cs[0]! / 1e6).toFixed(1)} GFLOP/s)`);
  if (process.argv[2] === 'prof') s.endProfiling();
}
process.exit(0);
