import { render } from 'preact';
import '../ui/styles.css';
import './options.css';
import { Options } from './Options';
import { setDocumentLanguage } from '../ui/document-language';

setDocumentLanguage(document, 'optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
