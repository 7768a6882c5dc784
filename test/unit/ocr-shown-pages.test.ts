// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shownPages } from '../../src/content/shown-pages';
import { docinProfile } from '../../src/core/sites/docin-profile';
import { doc88Profile } from '../../src/core/sites/doc88-profile';
import { genericProfile as generic } from '../../src/core/sites/generic-profile';

/** The drawn pages OCR would read, as `page:via:id`. */
function shown(html: string, profile = doc88Profile, recorded: string[] = []): string[] {
  document.body.innerHTML = html;
  return shownPages(document, profile, (c) => recorded.includes(c.id)).map((p) => `${p.page}:${p.via}:${p.el.id}`);
}

describe('shownPages (which drawn pages OCR reads, and their numbers)', () => {
  it('a 道客巴巴 canvas without recorded text is read off the screen; one whose text was recorded is not read', () => {
    const html = '<div id="pageContainer"><div class="outer_page"><canvas class="postil_page"></canvas><canvas class="inner_page" id="c1"></canvas></div><div class="outer_page"><canvas class="inner_page" id="c2"></canvas></div></div>';
    expect(shown(html)).toEqual(['1:screen:c1', '2:screen:c2']);
    expect(shown(html, doc88Profile, ['c1'])).toEqual(['2:screen:c2']);
  });

  it('a canvas without a bitmap is no page to read, but keeps its number', () => {
    expect(shown('<div id="pageContainer"><canvas class="inner_page" id="c1" width="0"></canvas><canvas class="inner_page" id="c2"></canvas></div>')).toEqual(['2:screen:c2']);
  });

  it('豆丁: a placeholder and the canvas put in it are one page; an empty placeholder keeps its number', () => {
    const html =
      '<div id="contentcontainer">' +
      '<div class="scrollLoading" id="s1"><canvas id="c1"></canvas></div>' +
      '<div class="scrollLoading" id="s2"></div>' +
      '<div class="scrollLoading" id="s3"><canvas id="c3"></canvas></div>' +
      '</div>';
    expect(shown(html, docinProfile)).toEqual(['1:screen:c1', '3:screen:c3']);
  });

  it('a profile without drawn pages has none', () => {
    expect(shown('<canvas id="c1"></canvas>', generic)).toEqual([]);
  });
});
