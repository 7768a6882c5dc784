import type { Clip } from '../types';

/**
 * Clips as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), for
 * annotation tools (Hypothesis, Recogito) and linked-data stores: one AnnotationCollection
 * whose single embedded AnnotationPage holds every clip, in the order given.
 *
 * Each clip is an Annotation with id `urn:uuid:<clip id>` (so a re-export names it the same),
 * its own `@context` (the model's §3.1 MUST: an annotation taken out of the page, as tools that
 * import one at a time do, is still a valid Annotation; JSON-LD allows the repeat, and the
 * W3C's test 3.1-annotationContextValidated checks each annotation alone),
 * `created`/`modified` from its timestamps, a target on the page URL with the clip's
 * TextQuoteSelector and TextPositionSelector, and bodies: the note as a TextualBody with
 * purpose `commenting`, each tag as a TextualBody with purpose `tagging`, and the reader's
 * category as a TextualBody with purpose `classifying`. The model (§3.3.5) lets a body's
 * `purpose` take any Motivation, and `oa:classifying` is the one "to classify the Target as
 * something"; a category written as one more `tagging` body could not be told from a tag on
 * the way back, and a `docclip:category` field would be unknown to every other tool.
 * `motivation` stays what the annotation as a whole is for: it is
 * `commenting` when there is a note, else `highlighting`. Empty prefix/suffix are left out.
 * The target also carries the document's title as `dc:title` and the clip's page as
 * `schema:pageStart` (both prefixes are defined by the anno.jsonld context itself), so that
 * DocClip's import (annotations-to-clips.ts) gives back the same clips; each is left out when
 * unknown.
 *
 * Caveat for consumers: DocClip's selectors are computed on the cleaned page text (clutter and
 * page markers removed), so the position selector may not match the raw HTML's text; the
 * quote selector is the reliable one.
 */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface WebAnnotation {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: [QuoteSelectorOut, PositionSelectorOut]; 'dc:title'?: string; 'schema:pageStart'?: number };
}

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: 'text/plain';
}

interface QuoteSelectorOut { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
interface PositionSelectorOut { type: 'TextPositionSelector'; start: number; end: number }

/**
 * `collectionId` must be an IRI (the model requires one); the page's id is it + `#page-1`.
 */
export function clipsToWebAnnotation(
  clips: readonly Clip[],
  collectionId = 'urn:docclip:clips',
): WebAnnotationCollection {
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'DocClip 摘录',
    total: clips.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items: clips.map(clipToAnnotation) },
  };
}

/** One clip as an Annotation (see the module comment). */
export function clipToAnnotation(clip: Clip): WebAnnotation {
  const [quote, position] = clip.selectors;
  const body: TextualBody[] = [];
  const note = clip.note.trim();
  if (note) body.push({ type: 'TextualBody', value: clip.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  if (clip.category) body.push({ type: 'TextualBody', value: clip.category, format: 'text/plain', purpose: 'classifying' });
  const quoteOut: QuoteSelectorOut = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix) quoteOut.prefix = quote.prefix;
  if (quote.suffix) quoteOut.suffix = quote.suffix;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `urn:uuid:${clip.id}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: clip.createdAt,
    modified: clip.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: clip.url,
      selector: [quoteOut, { type: 'TextPositionSelector', start: position.start, end: position.end }],
      ...(clip.docTitle.trim() ? { 'dc:title': clip.docTitle } : {}),
      ...(clip.page !== null ? { 'schema:pageStart': clip.page } : {}),
    },
  };
}
