import { readFileSync } from 'node:fs';

/** What the generic page's fixture must show once cleaned (test/fixtures/generic/expected.json). */
export interface GenericExpected {
  url: string;
  clutter: string[];
  content: string[];
  joins: string[];
}

/** A page of a site DocClip does not know (test/fixtures/generic/page.html), for the "run here" tests in Chromium and Firefox. */
export const GENERIC_FIXTURE = 'test/fixtures/generic/page.html';
export const genericExpected = JSON.parse(readFileSync('test/fixtures/generic/expected.json', 'utf8')) as GenericExpected;
export const GENERIC_URL = new URL(genericExpected.url);
/** Its own host, not in the registry (http: the fixture server is a plain HTTP proxy). */
export const UNKNOWN_URL = `http://${GENERIC_URL.hostname}${GENERIC_URL.pathname}${GENERIC_URL.search}${GENERIC_URL.hash}`;
