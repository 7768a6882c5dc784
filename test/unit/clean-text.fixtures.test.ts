import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import { SITE_PROFILES } from '../../src/core/sites/site-registry';

/**
 * Text-level check of the site fixtures (test/fixtures/<profile>/page.html + expected.json):
 * the page's text (the shared text model, with the profile's clutter elements left out, as the
 * DOM planner hides them) cleaned by cleanText must lose every `clutter` string, keep every
 * `content` string and show every `joins` string. This pins the fixtures, the profiles'
 * selectors and the phrase detectors to each other; the DOM planner has its own tests.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Expected {
  /** The profile the url selects, when the fixture's directory is not named after it (lazy/: a 三七文档 page). */
  profile?: string;
  url: string;
  kind: 'text' | 'drawn';
  clutter: string[];
  content: string[];
  joins: string[];
}

const fixtures = readdirSync(FIXTURES)
  .filter((d) => existsSync(`${FIXTURES}${d}/page.html`))
  .map((id) => ({
    id,
    html: readFileSync(`${FIXTURES}${id}/page.html`, 'utf8'),
    expected: JSON.parse(readFileSync(`${FIXTURES}${id}/expected.json`, 'utf8')) as Expected,
  }));

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('site fixtures', () => {
  it('exist for every profile and the generic one', () => {
    const ids = fixtures.map((f) => f.id);
    for (const id of [...SITE_PROFILES.map((p) => p.id), 'generic']) expect(ids).toContain(id);
  });

  it.each(fixtures)('$id: url selects its profile', ({ id, expected }) => {
    expect(createSiteProfile(expected.url).id).toBe(expected.profile ?? id);
  });

  // A drawn page has page images/canvases and no document text; a text page has its text in the
  // DOM (it may also show page images, as 人人文库 does beside its text view).
  it.each(fixtures)('$id: the profile finds drawn pages or document text as the kind says', ({ html, expected }) => {
    const profile = createSiteProfile(expected.url);
    const doc = parse(html);
    const drawn = profile.drawnPageSelectors.flatMap((s) => [...doc.querySelectorAll(s)]);
    const documentText = profile.documentSelectors
      .flatMap((s) => [...doc.querySelectorAll(s)])
      .map((el) => el.textContent?.trim() ?? '')
      .join('');
    if (expected.kind === 'drawn') {
      expect(drawn.length).toBeGreaterThanOrEqual(2);
      expect(documentText.length).toBeLessThan(50);
    } else if (profile.documentSelectors.length > 0) {
      expect(documentText.length).toBeGreaterThan(200);
    } else {
      expect(drawn).toHaveLength(0);
    }
  });

  it.each(fixtures)('$id: clutter goes, content and joins stay', ({ html, expected }) => {
    const profile = createSiteProfile(expected.url);
    const doc = parse(html);
    const clutterSelector = profile.clutterSelectors.join(',');
    const map = buildTextMap(doc.body, { skip: (el) => clutterSelector !== '' && el.matches(clutterSelector) });
    const whole = buildTextMap(doc.body).text;
    const title = doc.querySelector('h1')?.textContent?.trim() ?? null;
    const cleaned = cleanText(map.text, { title }).text;
    for (const s of expected.clutter) {
      expect(whole, `fixture lacks clutter ${s}`).toContain(s);
      expect(cleaned, `clutter left: ${s}`).not.toContain(s);
    }
    for (const s of expected.content) expect(cleaned, `content lost: ${s}`).toContain(s);
    for (const s of expected.joins) expect(cleaned, `join not repaired: ${s}`).toContain(s);
  });
});
