import { describe, expect, it } from 'vitest';
import { profileStylesheet } from '../../src/core/sites/profile-stylesheet';

const valid = (s: string) => !s.includes('!!');

describe('profileStylesheet', () => {
  const cases: Array<{ name: string; clutter: string[]; documents: string[]; want: string }> = [
    { name: 'no clutter selectors: no CSS', clutter: [], documents: ['.doc'], want: '' },
    { name: 'no document area: the selector alone', clutter: ['.ad'], documents: [], want: ':is(.ad) { display: none !important; }' },
    {
      name: 'an element that is or holds a document area is never hidden',
      clutter: ['.ad', '#pop'],
      documents: ['.doc', '#reader'],
      want: [
        ':is(.ad):not(:is(.doc, #reader)):not(:has(:is(.doc, #reader))) { display: none !important; }',
        ':is(#pop):not(:is(.doc, #reader)):not(:has(:is(.doc, #reader))) { display: none !important; }',
      ].join('\n'),
    },
    { name: 'selectors the browser cannot parse are left out (one rule per selector)', clutter: ['.a!!', '.b'], documents: ['.d!!'], want: ':is(.b) { display: none !important; }' },
  ];
  it.each(cases)('$name', ({ clutter, documents, want }) =>
    expect(profileStylesheet({ clutterSelectors: clutter, documentSelectors: documents }, valid)).toBe(want));
});
