import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../build/store-packages';
import { judgeLintReport, parseLintReport, type LintMessage, type LintReport } from '../../build/firefox-lint-report';

const PREACT_INNER_HTML: LintMessage = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'assets/preact-VqOKX5zw.js', line: 1, column: 8332 };

function report(errors: LintMessage[], warnings: LintMessage[]): LintReport {
  return { summary: { errors: errors.length, notices: 0, warnings: warnings.length }, errors, notices: [], warnings };
}

describe('judgeLintReport', () => {
  const cases: Array<{ name: string; report: LintReport; ok: boolean; ours: number; vendored: number }> = [
    { name: 'a clean report', report: report([], []), ok: true, ours: 0, vendored: 0 },
    { name: "Preact's innerHTML", report: report([], [PREACT_INNER_HTML]), ok: true, ours: 0, vendored: 1 },
    { name: 'the same warning in our own chunk', report: report([], [{ ...PREACT_INNER_HTML, file: 'assets/library-ydxVQurU.js' }]), ok: false, ours: 1, vendored: 0 },
    { name: 'another warning in the Preact chunk', report: report([], [{ ...PREACT_INNER_HTML, code: 'NO_DOCUMENT_WRITE' }]), ok: false, ours: 1, vendored: 0 },
    { name: 'a warning without a file', report: report([], [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'x' }]), ok: false, ours: 1, vendored: 0 },
    { name: 'an error, even in the Preact chunk', report: report([PREACT_INNER_HTML], []), ok: false, ours: 1, vendored: 0 },
  ];
  it.each(cases)('$name', ({ report: r, ok, ours, vendored }) => {
    const verdict = judgeLintReport(r);
    expect(verdict.ok).toBe(ok);
    expect(verdict.ours).toHaveLength(ours);
    expect(verdict.vendored).toHaveLength(vendored);
  });
});

describe('parseLintReport', () => {
  it('reads the JSON after anything printed before it', () => {
    const parsed = parseLintReport(`npm notice\n${JSON.stringify(report([], [PREACT_INNER_HTML]))}`);
    expect(parsed.warnings).toEqual([PREACT_INNER_HTML]);
  });
  it.each(['', 'Error: no manifest', '{"count":0}'])('refuses %j', (text) => {
    expect(() => parseLintReport(text)).toThrow(/web-ext lint/);
  });
});

describe("DocClip's own code", () => {
  it('never writes HTML as text, so the accepted innerHTML warning can only be Preact’s', async () => {
    const files = (await filesUnder('src')).filter((path) => /\.(ts|tsx)$/.test(path));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((path) =>
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(`src/${path}`, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
