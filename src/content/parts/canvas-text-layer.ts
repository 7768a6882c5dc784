// The text layers over canvases, a part of the content script loaded at the first drawing recorded, or at once on a site whose pages are canvases (content-parts.ts, canvas-layers.ts).
import { registerPart } from '../content-parts';
import * as canvasTextLayer from '../canvas-text-layer';

registerPart('canvas-text-layer', canvasTextLayer);
