// The figures panel, a part of the content script loaded the first time the reader opens it (content-parts.ts).
import { registerPart } from '../content-parts';
import * as figuresPanel from '../figures-panel';

registerPart('figures-panel', figuresPanel);
