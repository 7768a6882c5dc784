import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What a site fixture (test/fixtures/<id>/expected.json) says its page.html must become. */
export interface SiteFixtureExpectation {
  url: string;
  kind: 'text' | 'drawn';
  /** The profile the URL selects, when the folder is not named after it (the lazy fixture). */
  profile?: string;
  clutter: string[];
  content: string[];
  joins: string[];
}

export interface SiteFixture {
  id: string;
  file: string;
  html: string;
  expected: SiteFixtureExpectation;
}

const DIR = 'test/fixtures';

/** Every site fixture: a folder of test/fixtures with page.html and expected.json, by id. */
export function loadSiteFixtures(): SiteFixture[] {
  return readdirSync(DIR)
    .filter((id) => existsSync(`${DIR}/${id}/page.html`) && existsSync(`${DIR}/${id}/expected.json`))
    .sort()
    .map((id) => ({
      id,
      file: `${DIR}/${id}/page.html`,
      html: readFileSync(`${DIR}/${id}/page.html`, 'utf8'),
      expected: JSON.parse(readFileSync(`${DIR}/${id}/expected.json`, 'utf8')) as SiteFixtureExpectation,
    }));
}
