import type { Clip } from '../types';
import { clipNoteText, groupDocuments, pageRange, type SourceDocument } from './group-documents';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields DocClip fills. */
export interface CslItem {
  id: string;
  type: 'report' | 'webpage';
  title?: string;
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
 * document (groupDocuments), in first-seen order. Type `report` with the title, or `webpage`
 * (no title, the site as container) when no title is known; the id is the clips' `docId`, so
 * a re-export names the item the same; publisher the site's name; accessed the latest clip's
 * day in local time; page `3` or the range `3-12` of the known pages; keyword the tags, joined
 * with ', ' (CSL's convention); note every clip (clipNoteText), separated by a blank line.
 * Fields with nothing to say are left out.
 */
export function clipsToCslJson(clips: readonly Clip[]): CslItem[] {
  return groupDocuments(clips).map(cslItem);
}

function cslItem(doc: SourceDocument): CslItem {
  const page = pageRange(doc.pages);
  return {
    id: doc.id,
    type: doc.title ? 'report' : 'webpage',
    ...(doc.title ? { title: doc.title } : { 'container-title': doc.site }),
    publisher: doc.site,
    URL: doc.url,
    accessed: { 'date-parts': [[doc.accessed.getFullYear(), doc.accessed.getMonth() + 1, doc.accessed.getDate()]] },
    ...(page ? { page } : {}),
    ...(doc.tags.length > 0 ? { keyword: doc.tags.join(', ') } : {}),
    ...(doc.clips.length > 0 ? { note: doc.clips.map(clipNoteText).join('\n\n') } : {}),
  };
}
