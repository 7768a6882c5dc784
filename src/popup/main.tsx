import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { Popup } from './Popup';
import { setDocumentLanguage } from '../ui/document-language';

setDocumentLanguage(document);
const root = document.getElementById('app');
if (root) render(<Popup />, root);
