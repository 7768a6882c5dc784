import { describe, expect, it } from 'vitest';
import { HighlightLayers, type HighlightSet } from '../../src/content/highlight-layers';

/** Stand-ins: a Highlight is a Set of Ranges; the registry is a Map (CSS.highlights is maplike). */
class FakeHighlight extends Set<Range> implements HighlightSet {}
const range = (id: string) => ({ id }) as unknown as Range;
const ids = (h: unknown) => [...((h as FakeHighlight | undefined) ?? [])].map((r) => (r as unknown as { id: string }).id);

type Step =
  | ['add', string, 'figure' | 'watch', string[]]
  | ['replace', string, 'figure' | 'watch', string[]]
  | ['remove', string]
  | ['show', 'figure' | 'watch', boolean]
  | ['near', string, boolean]
  | ['clear'];

describe('HighlightLayers', () => {
  const cases: Array<{ name: string; steps: Step[]; figure: string[] | undefined; watch?: string[] | undefined }> = [
    { name: 'units add to one highlight', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a', 'b']], ['add', 'u2', 'figure', ['c']]], figure: ['a', 'b', 'c'] },
    { name: 'a dropped unit takes only its own ranges', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a']], ['add', 'u2', 'figure', ['b']], ['remove', 'u1']], figure: ['b'] },
    { name: 'replace swaps one unit of one category', steps: [['show', 'figure', true], ['show', 'watch', true], ['add', 'u1', 'watch', ['w1']], ['add', 'u1', 'figure', ['f']], ['replace', 'u1', 'watch', ['w2']]], figure: ['f'], watch: ['w2'] },
    { name: 'hidden: not registered, ranges kept for showing again', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a']], ['show', 'figure', false]], figure: undefined },
    { name: 'shown again: the same ranges', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a']], ['show', 'figure', false], ['add', 'u2', 'figure', ['b']], ['show', 'figure', true]], figure: ['a', 'b'] },
    { name: 'ranges added before it is shown are there when shown', steps: [['add', 'u1', 'figure', ['a']], ['show', 'figure', true]], figure: ['a'] },
    { name: 'clear unregisters everything', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a']], ['clear']], figure: undefined },
    { name: 'a far unit keeps its ranges out', steps: [['show', 'figure', true], ['add', 'u1', 'figure', ['a']], ['add', 'u2', 'figure', ['b']], ['near', 'u1', false]], figure: ['b'] },
    { name: 'ranges added while far wait until near', steps: [['show', 'figure', true], ['near', 'u1', false], ['add', 'u1', 'figure', ['a']], ['add', 'u2', 'figure', ['b']], ['near', 'u1', true]], figure: ['b', 'a'] },
    { name: 'near twice adds nothing twice', steps: [['show', 'figure', true], ['near', 'u1', false], ['add', 'u1', 'figure', ['a']], ['near', 'u1', true], ['near', 'u1', true]], figure: ['a'] },
    { name: 'a far unit removed takes nothing else', steps: [['show', 'figure', true], ['add', 'u2', 'figure', ['b']], ['near', 'u1', false], ['add', 'u1', 'figure', ['a']], ['remove', 'u1']], figure: ['b'] },
    { name: 'a removed unit comes back near', steps: [['show', 'figure', true], ['near', 'u1', false], ['remove', 'u1'], ['add', 'u1', 'figure', ['a']]], figure: ['a'] },
    { name: 'replace while far, then near: only the new ranges', steps: [['show', 'figure', true], ['near', 'u1', false], ['add', 'u1', 'figure', ['a']], ['replace', 'u1', 'figure', ['c']], ['near', 'u1', true]], figure: ['c'] },
    { name: 'far while hidden, shown and near again', steps: [['add', 'u1', 'figure', ['a']], ['near', 'u1', false], ['show', 'figure', true], ['near', 'u1', true]], figure: ['a'] },
  ];
  it.each(cases)('$name', ({ steps, figure, watch }) => {
    const registry = new Map<string, HighlightSet>();
    const layers = new HighlightLayers(registry, () => new FakeHighlight());
    const units = new Map<string, object>();
    const unit = (name: string) => units.get(name) ?? (units.set(name, {}), units.get(name)!);
    const rangesById = new Map<string, Range>();
    const r = (id: string) => rangesById.get(id) ?? (rangesById.set(id, range(id)), rangesById.get(id)!);
    for (const step of steps) {
      if (step[0] === 'add') layers.add(unit(step[1]), step[2], step[3].map(r));
      else if (step[0] === 'replace') layers.replace(unit(step[1]), step[2], step[3].map(r));
      else if (step[0] === 'remove') layers.removeUnit(unit(step[1]));
      else if (step[0] === 'show') layers.show(step[1], step[2]);
      else if (step[0] === 'near') layers.setNear(unit(step[1]), step[2]);
      else layers.clear();
    }
    expect(registry.has('docclip-figure') ? ids(registry.get('docclip-figure')) : undefined).toEqual(figure);
    if (watch !== undefined) expect(ids(registry.get('docclip-watch'))).toEqual(watch);
  });


  it('makes the Ranges of a far unit only when it comes near, and once', () => {
    const registry = new Map<string, HighlightSet>();
    const layers = new HighlightLayers(registry, () => new FakeHighlight());
    const [far, near] = [{}, {}];
    let made = 0;
    const make = (id: string) => () => (made++, [range(id)]);
    layers.show('figure', true);
    layers.setNear(far, false);
    layers.add(far, 'figure', make('f'));
    layers.add(near, 'figure', make('n'));
    expect([made, ids(registry.get('docclip-figure'))]).toEqual([1, ['n']]);
    layers.setNear(far, true);
    layers.setNear(far, false);
    layers.setNear(far, true);
    expect([made, ids(registry.get('docclip-figure'))]).toEqual([2, ['n', 'f']]);
  });

  it('drops the unmade Ranges of a far unit replaced or removed', () => {
    const registry = new Map<string, HighlightSet>();
    const layers = new HighlightLayers(registry, () => new FakeHighlight());
    const unit = {};
    let made = 0;
    layers.show('watch', true);
    layers.setNear(unit, false);
    layers.add(unit, 'watch', () => (made++, [range('old')]));
    layers.replace(unit, 'watch', () => (made++, [range('new')]));
    layers.setNear(unit, true);
    expect([made, ids(registry.get('docclip-watch'))]).toEqual([1, ['new']]);
  });
});
