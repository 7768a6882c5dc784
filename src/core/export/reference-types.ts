import type { DocumentType } from './cite-clip';
import type { SourceDocument } from './group-documents';

/** The item types of the reference exports: a RIS `TY` and the CSL type Zotero and citeproc read it as. */
export interface ReferenceType {
  ris: 'RPRT' | 'ELEC' | 'STAND' | 'BOOK' | 'JOUR' | 'THES' | 'MANSCPT' | 'DATA';
  csl: 'report' | 'webpage' | 'standard' | 'book' | 'article-journal' | 'thesis' | 'manuscript' | 'dataset';
}

/**
 * The type each GB/T 7714 code the reader may choose (cite-clip.ts DOCUMENT_TYPES) is written
 * as. EB (电子公告) is also the citation's default when none is chosen, so it is written as no
 * choice is (see referenceType). 汇编 (G) is a compiled book; 档案 (A), archival material,
 * is Zotero's and CSL's manuscript.
 */
const BY_CODE: Record<Exclude<DocumentType, 'EB'>, ReferenceType> = {
  R: { ris: 'RPRT', csl: 'report' },
  S: { ris: 'STAND', csl: 'standard' },
  M: { ris: 'BOOK', csl: 'book' },
  J: { ris: 'JOUR', csl: 'article-journal' },
  D: { ris: 'THES', csl: 'thesis' },
  G: { ris: 'BOOK', csl: 'book' },
  A: { ris: 'MANSCPT', csl: 'manuscript' },
  DS: { ris: 'DATA', csl: 'dataset' },
};

/**
 * The item type of `doc`: the one of the type the reader chose; with none chosen (or EB), a
 * report when the title is known (a document of a 文库 site is a document, not a web page),
 * else a web page.
 */
export function referenceType(doc: Pick<SourceDocument, 'title' | 'docType'>): ReferenceType {
  if (doc.docType && doc.docType !== 'EB') return BY_CODE[doc.docType];
  return doc.title ? { ris: 'RPRT', csl: 'report' } : { ris: 'ELEC', csl: 'webpage' };
}
