// @vitest-environment happy-dom
import { loadSiteFixtures } from '../harness/site-fixtures';
import { describe, expect, it } from 'vitest';
import { applyCleanPlan, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { isDrawnPage } from '../../src/core/dom/page-facts';
import { planClean } from '../../src/core/dom/plan-clean';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';

/**
 * The DOM planner over every site fixture (test/fixtures/<site>/page.html + expected.json), as the
 * content script runs it: clutter hidden, document text and joins kept, 0 document characters
 * hidden, drawn pages recognised, and undo restores the page exactly.
 */
const fixtures = loadSiteFixtures();

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(fixtures)('$id fixture through planClean', ({ html, expected }) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const profile = createSiteProfile(expected.url);
  const before = doc.body.innerHTML;
  const plan = planClean(doc.body, profile, { skip: isHiddenOrOwn });
  const applied = applyCleanPlan(plan);
  const visible = squeeze(buildTextMap(doc.body, { skip: isHiddenOrOwn }).text);

  it.each(expected.clutter)('hides %s', (c) => expect(visible).not.toContain(squeeze(c)));
  it.each([...expected.content, ...expected.joins])('keeps %s', (c) => expect(visible).toContain(squeeze(c)));
  it('hides no document text and knows whether the page is drawn', () => {
    expect(plan.documentCharsHidden).toBe(0);
    expect(plan.refused).toEqual([]);
    expect(isDrawnPage(doc, profile)).toBe(expected.kind === 'drawn');
  });
  it('undo restores the page exactly', () => {
    applied.undo();
    expect(doc.body.innerHTML).toBe(before);
  });
});
