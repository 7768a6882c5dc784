/**
 * Reading Mozilla's add-on linter report (`web-ext lint --output json`) for `npm run lint:firefox`:
 * it passes with no errors and no warnings of DocClip's own. A warning about vendored code is
 * accepted only when VENDORED_WARNINGS names its file and code and says why it is not ours.
 */

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

interface VendoredWarning {
  /** The built file (vite.config.ts gives the library a chunk of its own). */
  file: RegExp;
  code: string;
  why: string;
}

export const VENDORED_WARNINGS: readonly VendoredWarning[] = [
  {
    file: /^assets\/preact-[\w-]+\.js$/,
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      "Preact's renderer assigns innerHTML only for the `dangerouslySetInnerHTML` prop, which no DocClip " +
      'component passes (test/unit/firefox-lint-report.test.ts checks src/); Preact has no build without it.',
  },
  {
    file: /^assets\/onnxruntime-[\w-]+\.js$/,
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      "onnxruntime-web's WASM backend imports its Emscripten loader (ort-wasm-simd-threaded.mjs) with import() " +
      'from env.wasm.wasmPaths, which src/ocr/ocr-engine.ts sets to the extension\'s own ocr/ folder (build/copy-ocr-assets.ts ' +
      'copies the file from the npm package): nothing is loaded from elsewhere. The OCR engine loads only when the reader asks for a reading.',
  },
];

export interface LintVerdict {
  ok: boolean;
  /** Errors, and warnings that are not VENDORED_WARNINGS: DocClip must fix these. */
  ours: LintMessage[];
  /** Accepted warnings in vendored code, each with the reason. */
  vendored: Array<LintMessage & { why: string }>;
}

/** Sorts the report's errors and warnings into DocClip's own and accepted vendored ones. */
export function judgeLintReport(report: LintReport): LintVerdict {
  const vendored: LintVerdict['vendored'] = [];
  const ours: LintMessage[] = [...report.errors];
  for (const warning of report.warnings) {
    const known = VENDORED_WARNINGS.find((v) => v.code === warning.code && warning.file !== undefined && v.file.test(warning.file));
    if (known) vendored.push({ ...warning, why: known.why });
    else ours.push(warning);
  }
  return { ok: ours.length === 0, ours, vendored };
}

/** The report parsed from the linter's JSON output; throws, quoting the start, when it is not one. */
export function parseLintReport(text: string): LintReport {
  const start = text.indexOf('{');
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start));
  } catch {
    throw new Error(`web-ext lint did not print a JSON report: ${text.slice(0, 300)}`);
  }
  const report = value as Partial<LintReport>;
  if (start < 0 || !report.summary || !Array.isArray(report.errors) || !Array.isArray(report.warnings)) {
    throw new Error(`web-ext lint printed JSON that is not a report: ${text.slice(0, 300)}`);
  }
  return { notices: [], ...report } as LintReport;
}

/** One line of the verdict for a message. */
export function describeLintMessage(m: LintMessage): string {
  const at = m.file ? ` (${m.file}${m.line !== undefined ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
  return `${m.code}: ${m.message}${at}`;
}
