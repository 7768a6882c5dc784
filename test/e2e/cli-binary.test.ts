import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The built command, run with plain node as a user would after `npm run build`. */
describe('node bin/docclip.js', () => {
  it('analyzes a saved page and prints the JSON DESIGN.md names', () => {
    const out = execFileSync(process.execPath, ['bin/docclip.js', 'analyze', 'demo/777doc/index.html', '--url', 'https://m.777doc.com/p-231734.html'], {
      encoding: 'utf8',
    });
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['figures', 'removed', 'site', 'targets', 'text', 'title']);
    expect(json).toMatchObject({ site: '777doc', title: '组织部生态保护研讨发言' });
    expect(json.text).toContain('作为引领全县经济社会发展');
    expect(json.figures).toContainEqual(expect.objectContaining({ text: '438万元', kind: 'money', value: 4_380_000, unit: '元' }));
  });

  it('reads standard input and exits 2 with usage on bad arguments', () => {
    const out = execFileSync(process.execPath, ['bin/docclip.js', 'analyze', '-'], { input: '标题\n投资438万元。\n', encoding: 'utf8' });
    expect(JSON.parse(out).figures[0]).toMatchObject({ text: '438万元' });
    let code = 0;
    try {
      execFileSync(process.execPath, ['bin/docclip.js', 'frobnicate'], { stdio: 'pipe' });
    } catch (error) {
      code = (error as { status: number }).status;
    }
    expect(code).toBe(2);
  });
});
