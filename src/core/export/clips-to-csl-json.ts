import type { Clip } from '../types';
import { splitCreators } from './cite-clip';
import { clipNoteText, groupDocuments, pageRange, type DocumentRecords, type SourceDocument } from './group-documents';
import { referenceType, type ReferenceType } from './reference-types';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields DocClip fills. */
export interface CslItem {
  id: string;
  type: ReferenceType['csl'];
  title?: string;
  /** The creators the reader entered, each as one literal name (Chinese names and organisations are not split into family and given). */
  author?: Array<{ literal: string }>;
  publisher: string;
  /** The site again, as the web page's container (Zotero reads it as the website's title). */
  'container-title'?: string;
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
  page?: string;
  keyword?: string;
  note?: string;
}

/**
 * The documents `clips` came from as CSL-JSON (Zotero, Pandoc, citeproc): one item per
 * document (groupDocuments), in first-seen order; `records` are the reader's rows of
 * documents (author, type, note), by docId. Type: the one the reader chose
 * (reference-types.ts); none chosen, `report` with the title, or `webpage` (no title, the
 * site as container) when no title is known. The id is the clips' `docId`, so a re-export
 * names the item the same; author the creators the reader entered; publisher the site's
 * name; accessed the latest clip's day in local time; page `3` or the range `3-12` of the
 * known pages; keyword the tags, joined with ', ' (CSL's convention); note the reader's note
 * of the document (`文档笔记：…`), then every clip (clipNoteText), separated by a blank line.
 * Fields with nothing to say are left out.
 */
export function clipsToCslJson(clips: readonly Clip[], records: DocumentRecords = new Map()): CslItem[] {
  return groupDocuments(clips, records).map(cslItem);
}

function cslItem(doc: SourceDocument): CslItem {
  const page = pageRange(doc.pages);
  const authors = splitCreators(doc.author);
  const notes = [...(doc.note ? [`文档笔记：${doc.note}`] : []), ...doc.clips.map(clipNoteText)];
  return {
    id: doc.id,
    type: referenceType(doc).csl,
    ...(doc.title ? { title: doc.title } : { 'container-title': doc.site }),
    ...(authors.length > 0 ? { author: authors.map((literal) => ({ literal })) } : {}),
    publisher: doc.site,
    URL: doc.url,
    accessed: { 'date-parts': [[doc.accessed.getFullYear(), doc.accessed.getMonth() + 1, doc.accessed.getDate()]] },
    ...(page ? { page } : {}),
    ...(doc.tags.length > 0 ? { keyword: doc.tags.join(', ') } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
  };
}
