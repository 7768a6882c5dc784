/**
 * `npm run lint:firefox` (after the build it runs): Mozilla's add-on linter on dist-firefox/.
 * Fails on any error and on any warning that is DocClip's own (build/firefox-lint-report.ts).
 */
import { spawnSync } from 'node:child_process';
import { describeLintMessage, judgeLintReport, parseLintReport } from '../build/firefox-lint-report';

const run = spawnSync('web-ext', ['lint', '--source-dir', 'dist-firefox', '--output', 'json'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (run.error) throw run.error;
const report = parseLintReport(run.stdout);
const verdict = judgeLintReport(report);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings (${verdict.vendored.length} in vendored code), ${notices} notices`);
for (const m of verdict.vendored) console.log(`  vendored, not ours: ${describeLintMessage(m)}\n    ${m.why}`);
for (const m of report.notices) console.log(`  notice: ${describeLintMessage(m)}`);
for (const m of verdict.ours) console.error(`  OURS: ${describeLintMessage(m)}`);
process.exit(verdict.ok ? 0 : 1);
