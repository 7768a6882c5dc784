import { describe, expect, it } from 'vitest';
import { cropOnPage, cropToPage, linesOnPage, pageCrop, pngSize, shotScale, shownEnough, visibleFraction, visiblePart, type CssRect, type ScreenPage } from '../../src/core/ocr/screen-region';
import { blankPngDataUrl } from './helpers/blank-png';

const viewport = (width: number, height: number, left = 0, top = 0): CssRect => ({ left, top, width, height });

describe('visiblePart', () => {
  it.each<{ name: string; box: CssRect; view: CssRect; part: CssRect | null }>([
    { name: 'wholly inside', box: { left: 100, top: 50, width: 800, height: 600 }, view: viewport(1100, 900), part: { left: 100, top: 50, width: 800, height: 600 } },
    { name: 'its top above the screen', box: { left: 100, top: -400, width: 800, height: 1100 }, view: viewport(1100, 900), part: { left: 100, top: 0, width: 800, height: 700 } },
    { name: 'its bottom below the screen', box: { left: 100, top: 600, width: 800, height: 1100 }, view: viewport(1100, 900), part: { left: 100, top: 600, width: 800, height: 300 } },
    { name: 'taller than the screen both ways', box: { left: 0, top: -100, width: 1200, height: 3000 }, view: viewport(1100, 900), part: { left: 0, top: 0, width: 1100, height: 900 } },
    { name: 'off to the left', box: { left: -300, top: 10, width: 500, height: 100 }, view: viewport(1100, 900), part: { left: 0, top: 10, width: 200, height: 100 } },
    { name: 'below the screen', box: { left: 100, top: 900, width: 800, height: 600 }, view: viewport(1100, 900), part: null },
    { name: 'above the screen', box: { left: 100, top: -600, width: 800, height: 600 }, view: viewport(1100, 900), part: null },
    { name: 'no area', box: { left: 100, top: 100, width: 0, height: 600 }, view: viewport(1100, 900), part: null },
    // A pinch-zoom shows a part of the layout viewport.
    { name: 'pinch-zoomed view', box: { left: 100, top: 50, width: 800, height: 600 }, view: viewport(550, 450, 300, 200), part: { left: 300, top: 200, width: 550, height: 450 } },
  ])('$name', ({ box, view, part }) => {
    expect(visiblePart(box, view)).toEqual(part);
  });

  it('visibleFraction is the visible share of the area', () => {
    const page: ScreenPage = { box: { left: 0, top: 450, width: 800, height: 900 }, width: 1600, height: 1800 };
    expect(visibleFraction(page, viewport(1100, 900))).toBeCloseTo(0.5, 10);
    expect(visibleFraction({ ...page, box: { ...page.box, top: 1000 } }, viewport(1100, 900))).toBe(0);
  });
});

describe('shownEnough: when a page is read off the screen', () => {
  const page = (top: number, height: number): ScreenPage => ({ box: { left: 150, top, width: 800, height }, width: 1600, height: height * 2 });
  it.each<{ name: string; page: ScreenPage; shown: boolean }>([
    { name: 'wholly on the screen', page: page(100, 600), shown: true },
    { name: 'half of it (its lower half below the screen)', page: page(600, 600), shown: true },
    { name: 'a third of it', page: page(700, 600), shown: false },
    { name: 'a page taller than the screen, filling it', page: page(-1000, 3000), shown: true },
    { name: 'a page taller than the screen, on half of it', page: page(450, 3000), shown: true },
    { name: 'a page taller than the screen, on a fifth of it', page: page(720, 3000), shown: false },
    { name: 'below the screen', page: page(900, 600), shown: false },
    { name: 'no area', page: page(100, 0), shown: false },
  ])('$name: $shown', ({ page, shown }) => {
    expect(shownEnough(page, viewport(1100, 900))).toBe(shown);
  });
});

describe('pageCrop: the screenshot pixels of the visible part', () => {
  const page: ScreenPage = { box: { left: 150, top: -200, width: 800, height: 1130 }, width: 1240, height: 1754 };
  it.each<{ name: string; view: CssRect; shot: { width: number; height: number }; crop: ReturnType<typeof pageCrop> }>([
    { name: 'devicePixelRatio 1', view: viewport(1100, 900), shot: { width: 1100, height: 900 }, crop: { x: 150, y: 0, width: 800, height: 900 } },
    { name: 'devicePixelRatio 1.5', view: viewport(1100, 900), shot: { width: 1650, height: 1350 }, crop: { x: 225, y: 0, width: 1200, height: 1350 } },
    { name: 'devicePixelRatio 2', view: viewport(1100, 900), shot: { width: 2200, height: 1800 }, crop: { x: 300, y: 0, width: 1600, height: 1800 } },
    // Browser zoom 125 % at ratio 1: the viewport is 880 × 720 CSS px in 1100 × 900 device px (150 CSS px is 187.5 px: the pixel it starts in).
    { name: 'zoom 125 %', view: viewport(880, 720), shot: { width: 1100, height: 900 }, crop: { x: 187, y: 0, width: 913, height: 900 } },
    // Pinch-zoom × 2: 550 × 450 CSS px from (300, 200) fill the 1100 × 900 screenshot.
    { name: 'pinch-zoomed', view: viewport(550, 450, 300, 200), shot: { width: 1100, height: 900 }, crop: { x: 0, y: 0, width: 1100, height: 900 } },
    { name: 'off the screen', view: viewport(1100, 900, 0, 2000), shot: { width: 1100, height: 900 }, crop: null },
  ])('$name', ({ view, shot, crop }) => {
    expect(pageCrop(page, view, shot)).toEqual(crop);
  });

  it('a fractional edge takes the pixel it covers partly, and never one past the screenshot', () => {
    const half: ScreenPage = { box: { left: 10.4, top: 20.6, width: 100.2, height: 2000 }, width: 100, height: 2000 };
    expect(pageCrop(half, viewport(1100, 900), { width: 1100, height: 900 })).toEqual({ x: 10, y: 20, width: 101, height: 880 });
    // 1.5 × 100 CSS px is exactly 150 pixels: no extra pixel from rounding noise.
    expect(pageCrop({ box: { left: 100, top: 100, width: 100, height: 100 }, width: 10, height: 10 }, viewport(1100, 900), { width: 1650, height: 1350 })).toEqual({ x: 150, y: 150, width: 150, height: 150 });
  });

  it('a viewport without size is an error, not a crop of nothing', () => {
    expect(() => shotScale(viewport(0, 900), { width: 10, height: 10 })).toThrow(/no size/);
  });
});

describe('cropToPage and linesOnPage: text read off the crop, on the page', () => {
  // A 1240 × 1754 page shown 800 px wide at (150, -200): its top 200 CSS px are scrolled away.
  const page: ScreenPage = { box: { left: 150, top: -200, width: 800, height: 1131.6129 }, width: 1240, height: 1754 };
  it.each([
    { name: 'ratio 1', view: viewport(1100, 900), shot: { width: 1100, height: 900 } },
    { name: 'ratio 1.5', view: viewport(1100, 900), shot: { width: 1650, height: 1350 } },
    { name: 'ratio 2', view: viewport(1100, 900), shot: { width: 2200, height: 1800 } },
    { name: 'zoom 125 %', view: viewport(880, 720), shot: { width: 1100, height: 900 } },
    { name: 'pinch-zoomed', view: viewport(550, 450, 300, 200), shot: { width: 1100, height: 900 } },
  ])('$name: a point of the screen lands where it is on the page', ({ view, shot }) => {
    const crop = pageCrop(page, view, shot)!;
    const map = cropToPage(crop, page, view, shot);
    const sx = shot.width / view.width;
    const sy = shot.height / view.height;
    // The CSS point (550, 300) of the layout viewport: on the page, (400, 500) CSS px from its corner.
    const cropX = (550 - view.left) * sx - crop.x;
    const cropY = (300 - view.top) * sy - crop.y;
    expect(map.ax * cropX + map.bx).toBeCloseTo(400 * (1240 / 800), 6);
    expect(map.ay * cropY + map.by).toBeCloseTo(500 * (1754 / 1131.6129), 6);
    // The crop covers the page from the screen's top down (the part above is not read).
    const covered = cropOnPage(crop, map);
    expect(covered.top).toBeCloseTo(((view.top + 200) * 1754) / 1131.6129, 0);
    expect(covered.bottom).toBeGreaterThan(covered.top);
  });

  it('moves every line and piece, keeping text and fonts', () => {
    const map = { ax: 2, bx: 10, ay: 0.5, by: 300 };
    const lines = [{ top: 100, bottom: 140, items: [{ text: '全年开展', left: 20, right: 120 }, { text: '培训14次', left: 130, right: 230, font: '16px sans-serif', scale: 1 }] }];
    expect(linesOnPage(lines, map)).toEqual([
      { top: 350, bottom: 370, items: [{ text: '全年开展', left: 50, right: 250 }, { text: '培训14次', left: 270, right: 470, font: '16px sans-serif', scale: 1 }] },
    ]);
  });

  it('a page with no size on the screen is an error', () => {
    expect(() => cropToPage({ x: 0, y: 0, width: 1, height: 1 }, { box: { left: 0, top: 0, width: 0, height: 10 }, width: 10, height: 10 }, viewport(10, 10), { width: 10, height: 10 })).toThrow(/no size/);
  });
});

describe('pngSize', () => {
  it.each([
    [1, 1],
    [1100, 900],
    [1650, 1350],
    [70_000, 3],
  ])('reads %i × %i', (width, height) => {
    expect(pngSize(blankPngDataUrl(width, height))).toEqual({ width, height });
  });

  it.each([
    ['a JPEG data URL', 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=='],
    ['not a PNG inside', `data:image/png;base64,${Buffer.from('GIF89a0123456789012345678901').toString('base64')}`],
    ['cut short', 'data:image/png;base64,iVBORw0KGgo='],
  ])('rejects %s', (_name, url) => {
    expect(() => pngSize(url)).toThrow(/PNG/);
  });
});
