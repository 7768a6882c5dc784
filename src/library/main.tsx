import { render } from 'preact';
import '../ui/styles.css';
import './library.css';
import { Library } from './Library';
import { setDocumentLanguage } from '../ui/document-language';

setDocumentLanguage(document, 'libraryTitle');
const root = document.getElementById('app');
if (root) render(<Library />, root);
