/**
 * Runs web-platform-tests' annotation-model `.test` files (the W3C's "JSONtest" format, described
 * in wpt's annotation-model/README.md) against a JSON instance, with the suite's own JSON Schemas
 * (draft-04) loaded into ajv-draft-04.
 *
 * A `.test` file lists assertions: a path (relative to the suite folder when it holds a slash,
 * else to the test's folder), an inline assertion object, or a nested list. An assertion object
 * is a JSON Schema plus JSONtest keywords: `assertionType` (must | should | may, default must),
 * `expectedResult` (valid | invalid, default valid), `onUnexpectedResult` (failAndContinue …
 * passAndAbort), `errorMessage`, `assertionFile` (a schema file the object's own keys override),
 * and, for a condition object, `assertions` with `compareWith` (and | or).
 *
 * `met` is whether validating gave the expected result. The W3C's runner reports a SHOULD or MAY
 * that is not met as a pass with a message (their files say `passAndContinue`); this runner keeps
 * `met` so the report can say which recommended features DocClip's export leaves out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export type AssertionType = 'must' | 'should' | 'may';

interface AssertionObject {
  id?: string;
  title?: string;
  assertionType?: AssertionType;
  expectedResult?: 'valid' | 'invalid';
  onUnexpectedResult?: string;
  errorMessage?: string;
  assertionFile?: string;
  compareWith?: 'and' | 'or';
  assertions?: AssertionEntry[];
  [keyword: string]: unknown;
}

type AssertionEntry = string | AssertionObject | AssertionEntry[];

export interface JsonTest {
  /** Path relative to the suite folder. */
  file: string;
  name: string;
  assertions: AssertionEntry[];
}

export interface AssertionResult {
  /** The assertion's file relative to the suite folder, or `inline`. */
  file: string;
  title: string;
  type: AssertionType;
  /** Validation gave `expectedResult`. */
  met: boolean;
  /** The assertion file is not in the local copy: not run, not met (its type is unknown; 'must' stands in). */
  absent?: boolean;
  /** Why not, when not met: the assertion's errorMessage and ajv's first errors. */
  why: string | null;
}

const JSONTEST_KEYWORDS = ['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage', 'assertionFile', 'compareWith', 'assertions'];

export class JsonTestSuite {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** `root` is the suite folder (the copy of wpt's annotation-model/); its definitions/*.json are loaded. */
  constructor(private readonly root: string) {
    // strict: false — the W3C's files carry keywords JSON Schema does not know (the JSONtest ones
    // above, and `"$ref "` with a trailing space in specificResource.json); they are ignored, as
    // draft-04 says unknown keywords are.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    this.ajv.addVocabulary(JSONTEST_KEYWORDS);
    addFormats(this.ajv);
    const defs = join(root, 'definitions');
    for (const name of readdirSync(defs).filter((n) => n.endsWith('.json')).sort()) {
      this.ajv.addSchema(readJson(join(defs, name)) as object);
    }
  }

  loadTest(file: string): JsonTest {
    const test = readJson(join(this.root, file)) as { name?: string; assertions?: AssertionEntry[] };
    if (!Array.isArray(test.assertions) || test.assertions.length === 0) throw new Error(`${file}: no assertions list`);
    return { file, name: test.name ?? file, assertions: test.assertions };
  }

  /** Every assertion of `test` on `instance`, in order (a skip or abort ends a list early, as the W3C runner does). */
  run(test: JsonTest, instance: unknown): AssertionResult[] {
    const out: AssertionResult[] = [];
    this.runList(test.assertions, dirname(test.file), instance, out);
    return out;
  }

  /** Returns 'abort' when an assertion asked to stop the whole test. */
  private runList(list: AssertionEntry[], dir: string, instance: unknown, out: AssertionResult[]): 'abort' | undefined {
    for (const entry of list) {
      if (Array.isArray(entry)) {
        if (this.runList(entry, dir, instance, out) === 'abort') return 'abort';
        continue;
      }
      const resolved = this.resolve(entry, dir);
      if (resolved === null) {
        out.push({ file: entryFile(entry as string, dir), title: 'not in the copy of the suite', type: 'must', met: false, absent: true, why: 'assertion file absent' });
        continue;
      }
      const { file, object } = resolved;
      const result = this.evaluate(file, object, dir, instance);
      out.push(result);
      if (!result.met) {
        const action = object.onUnexpectedResult ?? 'failAndContinue';
        if (action.endsWith('Abort')) return 'abort';
        if (action.endsWith('Skip')) return undefined;
      }
    }
    return undefined;
  }

  /** null when `entry` names a file the copy lacks. */
  private resolve(entry: string | AssertionObject, dir: string): { file: string; object: AssertionObject } | null {
    if (typeof entry === 'string') {
      const file = entryFile(entry, dir);
      if (!existsSync(join(this.root, file))) return null;
      return { file, object: readJson(join(this.root, file)) as AssertionObject };
    }
    if (entry.assertionFile) {
      const file = entry.assertionFile.includes('/') ? entry.assertionFile : join(dir, entry.assertionFile);
      const base = readJson(join(this.root, file)) as AssertionObject;
      const { assertionFile: _, ...own } = entry;
      const merged: AssertionObject = { ...base, ...own };
      delete merged.id; // the file's id is taken by its unmerged schema
      return { file: `${file} (overridden)`, object: merged };
    }
    return { file: 'inline', object: entry };
  }

  private evaluate(file: string, object: AssertionObject, dir: string, instance: unknown): AssertionResult {
    const type = object.assertionType ?? 'must';
    const expectValid = (object.expectedResult ?? 'valid') === 'valid';
    const title = (object.title ?? file).replace(/\s*-?\s*\[model[^\]]*\]\([^)]*\)(,\s*\[model[^\]]*\]\([^)]*\))*\s*$/, '').replace(/\*\*|_/g, '').trim();
    let valid: boolean;
    let errors = '';
    if (Array.isArray(object.assertions)) {
      const children: AssertionResult[] = [];
      this.runList(object.assertions, dir, instance, children);
      valid = (object.compareWith ?? 'and') === 'or' ? children.some((c) => c.met) : children.every((c) => c.met);
      errors = children.filter((c) => !c.met).map((c) => c.title).join('; ');
    } else {
      const validate = this.validator(file, object);
      valid = validate(instance) === true;
      errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()).join('; ');
    }
    const met = valid === expectValid;
    return { file, title, type, met, why: met ? null : [object.errorMessage?.trim(), errors].filter(Boolean).join(' — ') };
  }

  private validator(file: string, object: AssertionObject): ValidateFunction {
    const key = file === 'inline' ? JSON.stringify(object) : file;
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(object);
      this.compiled.set(key, v);
    }
    return v;
  }
}

/** An assertion path of a `.test` file, relative to the suite folder (README: with a slash, from the top). */
function entryFile(entry: string, dir: string): string {
  return entry.includes('/') ? entry : join(dir, entry);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}
