// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectorStylesheet } from '../../src/core/sites/selector-stylesheet';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';

describe('selectorStylesheet', () => {
  const cases: Array<{ name: string; profile: { clutterSelectors: string[]; documentSelectors: string[] }; css: string }> = [
    { name: 'no selectors: no rules', profile: { clutterSelectors: [], documentSelectors: ['#doc'] }, css: '' },
    { name: 'one rule per selector', profile: { clutterSelectors: ['.ad', '#nag > p'], documentSelectors: [] }, css: ':is(.ad) { display: none !important; }\n:is(#nag > p) { display: none !important; }' },
    {
      name: 'never an element that is or holds the document',
      profile: { clutterSelectors: ['.box'], documentSelectors: ['#doc', '.reader'] },
      css: ':is(.box):not(#doc, .reader):not(:has(#doc, .reader)) { display: none !important; }',
    },
  ];
  it.each(cases)('$name', ({ profile, css }) => expect(selectorStylesheet(profile)).toBe(css));

  it("hides what the 道客巴巴 profile names, and nothing that holds the document's area", () => {
    const profile = createSiteProfile('https://www.doc88.com/p-1.html');
    const doc = document.implementation.createHTMLDocument();
    doc.body.innerHTML = '<div id="boxright">ad</div><div class="commonbox1"><p>nag</p></div>';
    const rules = selectorStylesheet(profile).split('\n').map((r) => r.slice(0, r.indexOf(' {')));
    expect(rules).toHaveLength(profile.clutterSelectors.length);
    for (const el of Array.from(doc.body.children)) expect(rules.some((r) => el.matches(r))).toBe(true);
  });
});
