import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonTestSuite } from '../../scripts/wpt-annotation/jsontest';

/**
 * The JSONtest runner behind `npm run eval:wpt-annotations`, on a small suite written here in the
 * W3C's format (not the W3C's files, which are not in git).
 */
let root: string;

const files: Record<string, unknown> = {
  'definitions/id.json': {
    $schema: 'http://json-schema.org/draft-04/schema#',
    id: 'id.json',
    definitions: { stringUri: { type: 'string', format: 'uri' }, idFound: { type: 'object', required: ['id'], properties: { id: { $ref: '#/definitions/stringUri' } } } },
  },
  'a/hasId.json': { $schema: 'http://json-schema.org/draft-04/schema#', id: 'hasId.json', title: 'Has **_id_** - [model 3.1](https://x/#a)', errorMessage: 'ERROR: no id.', $ref: 'id.json#/definitions/idFound' },
  'a/hasTarget.json': { id: 'hasTarget.json', title: 'Has target', required: ['target'] },
  'a/noBodyValue.json': { id: 'noBodyValue.json', assertionType: 'should', title: 'No bodyValue', not: { required: ['bodyValue'] } },
  'a/all.test': {
    name: 'all',
    assertions: [
      'a/hasId.json',
      { assertionFile: 'hasTarget.json', title: 'Has no target', expectedResult: 'invalid' },
      { title: 'id or target', compareWith: 'or', assertions: ['a/hasId.json', 'a/hasTarget.json'] },
      [{ title: 'skip the rest of this list', required: ['nope'], onUnexpectedResult: 'failAndSkip' }, 'a/hasTarget.json'],
      'a/noBodyValue.json',
      'a/missing.json',
      { title: 'stop here', required: ['nope'], onUnexpectedResult: 'failAndAbort' },
      'a/hasTarget.json',
    ],
  },
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jsontest-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(body));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(instance: unknown) {
  const suite = new JsonTestSuite(root);
  return suite.run(suite.loadTest('a/all.test'), instance).map((r) => ({ title: r.title, type: r.type, met: r.met, absent: r.absent === true }));
}

describe('JsonTestSuite', () => {
  it('runs each assertion in order: files, overrides, or-conditions, skips, absent files and an abort', () => {
    expect(run({ id: 'urn:uuid:1', bodyValue: 'x' })).toEqual([
      { title: 'Has id', type: 'must', met: true, absent: false },
      { title: 'Has no target', type: 'must', met: true, absent: false },
      { title: 'id or target', type: 'must', met: true, absent: false },
      { title: 'skip the rest of this list', type: 'must', met: false, absent: false },
      { title: 'No bodyValue', type: 'should', met: false, absent: false },
      { title: 'not in the copy of the suite', type: 'must', met: false, absent: true },
      { title: 'stop here', type: 'must', met: false, absent: false },
    ]);
  });

  it('checks formats from the shared definitions and says why an assertion is not met', () => {
    const suite = new JsonTestSuite(root);
    const [hasId] = suite.run(suite.loadTest('a/all.test'), { id: 'not a uri', target: 'x' });
    expect(hasId).toMatchObject({ met: false, why: expect.stringMatching(/^ERROR: no id\. — \/id must match format "uri"/) });
  });

  it('refuses a .test file without assertions', () => {
    writeFileSync(join(root, 'a/empty.test'), JSON.stringify({ name: 'empty', assertions: [] }));
    expect(() => new JsonTestSuite(root).loadTest('a/empty.test')).toThrow(/no assertions list/);
  });
});
