import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { DocClipDatabase } from '../../src/db/database';
import { createClip, clipsForDocument } from '../../src/db/clips-store';

describe('clips store', () => {
  it('creates a clip with a UUID and finds it by document', async () => {
    const db = new DocClipDatabase('t-' + Math.random());
    const clip = await createClip(db, {
      text: '438万元', url: 'https://m.777doc.com/doc-1.html', site: '777doc', docId: '777doc:1',
      docTitle: 't', page: null,
      selectors: [{ type: 'TextQuoteSelector', exact: '438万元', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 5 }],
      figures: [], targets: [], tags: [], note: '',
    });
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await clipsForDocument(db, '777doc:1')).map((c) => c.id)).toEqual([clip.id]);
  });
});
