// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));

const { DocClipDatabase } = await import('../../src/db/database');
const { getDocument, saveDocument } = await import('../../src/db/documents-store');
const { DocumentFields } = await import('../../src/ui/DocumentFields');

let n = 0;
const freshDb = () => new DocClipDatabase(`docclip-fields-${++n}`);
const author = (root: HTMLElement) => root.querySelector<HTMLInputElement>('[data-field="document-author"]')!;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DocumentFields', () => {
  it('shows the stored author of the document chosen', async () => {
    const db = freshDb();
    await saveDocument(db, 'doc-a', { note: '', author: '某市统计局', docType: 'R' });
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<DocumentFields db={db} docId="doc-a" />, root));
    await settle();
    expect(author(root).value).toBe('某市统计局');
    expect(author(root).disabled).toBe(false);
  });

  it('is disabled from the very render that switches documents, so typing cannot be overwritten by the arriving row', async () => {
    const db = freshDb();
    await saveDocument(db, 'doc-a', { note: '', author: '甲单位', docType: null });
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<DocumentFields db={db} docId="doc-a" />, root));
    await settle();
    // The render with the new docId, before its row has been read.
    render(<DocumentFields db={db} docId="doc-b" />, root);
    expect(author(root).disabled).toBe(true);
    await settle();
    expect(author(root).disabled).toBe(false);
    expect(author(root).value).toBe('');
  });

  it('saves what the reader typed after the switch', async () => {
    const db = freshDb();
    const root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<DocumentFields db={db} docId="doc-a" />, root));
    await settle();
    await act(() => render(<DocumentFields db={db} docId="doc-b" />, root));
    await settle();
    await type(author(root), '某县生态环境局');
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect((await getDocument(db, 'doc-b'))?.author).toBe('某县生态环境局');
    expect(await getDocument(db, 'doc-a')).toBeUndefined();
  });
});
