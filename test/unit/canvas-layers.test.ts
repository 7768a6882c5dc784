import { describe, expect, it } from 'vitest';
import { CanvasLayers, type TextLayers } from '../../src/content/canvas-layers';
import type { CanvasText } from '../../src/content/canvas-text-source';
import type { ContentParts } from '../../src/content/content-parts';
import { drawsOnCanvas } from '../../src/core/dom/page-facts';
import { SITE_PROFILES } from '../../src/core/sites/site-registry';

/** A canvas's text as the listener hands it over; `label` stands for its records. */
function text(canvas: object, label: string): CanvasText {
  return { canvas: canvas as HTMLCanvasElement, records: [{ text: label } as CanvasText['records'][number]], width: 10, height: 10 };
}

/** A part whose loading the test finishes (or fails), and the layers it made, which log what they were asked. */
function fakePart() {
  const log: string[] = [];
  let finish!: () => void;
  let fail!: (error: Error) => void;
  let loads = 0;
  const load = () => {
    loads++;
    return new Promise<ContentParts['canvas-text-layer']>((resolve, reject) => {
      class CanvasTextLayers implements TextLayers {
        update(changed: CanvasText[]) {
          log.push(changed.map((c) => c.records[0]!.text).join('+'));
        }
        clear() {
          log.push('clear');
        }
      }
      finish = () => resolve({ CanvasTextLayers } as unknown as ContentParts['canvas-text-layer']);
      fail = reject;
    });
  };
  return { log, load, finish: () => finish(), fail: (e: Error) => fail(e), loads: () => loads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const a = {};
const b = {};

describe('CanvasLayers (the text layers over canvases, their code a part loaded on first use)', () => {
  it('keeps the updates made before the part is in, the latest of each canvas, and lays them a canvas at a time once it is', async () => {
    const part = fakePart();
    const layers = new CanvasLayers({} as Document, part.load);
    layers.update([text(a, 'a1')]);
    layers.update([text(b, 'b1'), text(a, 'a2')]);
    expect(part.loads()).toBe(1);
    expect(part.log).toEqual([]);
    part.finish();
    await settle();
    expect(part.log).toEqual(['a2', 'b1']);
  });

  it('lays an update at once, in the same task, when the part is in and nothing waits', async () => {
    const part = fakePart();
    const layers = new CanvasLayers({} as Document, part.load);
    const ready = layers.preload();
    part.finish();
    expect(await ready).not.toBeNull();
    layers.update([text(a, 'a1')]);
    expect(part.log).toEqual(['a1']);
    expect(part.loads()).toBe(1);
  });

  it('forgets what waits when cleared (DocClip turned off before the part came)', async () => {
    const part = fakePart();
    const layers = new CanvasLayers({} as Document, part.load);
    layers.update([text(a, 'a1')]);
    layers.clear();
    part.finish();
    await settle();
    expect(part.log).toEqual([]);
    layers.clear();
    expect(part.log).toEqual(['clear']);
  });

  it('asks for a part that failed to load again at the next update, and lays what waited', async () => {
    const part = fakePart();
    const layers = new CanvasLayers({} as Document, part.load);
    const first = layers.preload();
    part.fail(new Error('no host permission'));
    expect(await first).toBeNull();
    layers.update([text(a, 'a1')]);
    expect(part.loads()).toBe(2);
    part.finish();
    await settle();
    expect(part.log).toEqual(['a1']);
  });
});

describe('drawsOnCanvas', () => {
  it.each([
    { selectors: ['#original-creader-root canvas', '[id*="pageNo"] canvas'], want: true },
    { selectors: ['#pageContainer canvas.inner_page'], want: true },
    { selectors: ['canvas'], want: true },
    { selectors: ['div > canvas'], want: true },
    { selectors: ['#contentcontainer img'], want: false },
    { selectors: ['#canvas img', '.canvas-page', '[data-canvas] img', 'canvasy'], want: false },
    { selectors: [], want: false },
  ])('$selectors → $want', ({ selectors, want }) => {
    expect(drawsOnCanvas({ drawnPageSelectors: selectors })).toBe(want);
  });

  it('holds for the profiles of the sites that draw their pages on canvases', () => {
    const canvasSites = SITE_PROFILES.filter(drawsOnCanvas).map((p) => p.id).sort();
    expect(canvasSites).toEqual(expect.arrayContaining(['baidu-wenku', 'doc88', 'docin']));
  });
});
