// The <mark> painter, a part of the content script loaded only in browsers without the CSS Custom Highlight API (content-parts.ts).
import { registerPart } from '../content-parts';
import * as markFallback from '../mark-fallback';

registerPart('mark-fallback', markFallback);
