import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { recentClips } from '../db/clips-store';
import { openDatabase } from '../db/database';
import { Popup } from './Popup';
import { RECENT_LIMIT } from './RecentClips';
import { setDocumentLanguage } from '../ui/document-language';

/**
 * How long the first render waits for the newest clips. They normally arrive in a few ms; read
 * in an effect they would come a frame later (Preact runs effects after the next frame) and
 * then need a second render. Past this wait the popup renders without them and loads them.
 */
const RECENT_WAIT_MS = 100;

setDocumentLanguage(document);
const db = openDatabase();
const recent = await Promise.race([
  recentClips(db, RECENT_LIMIT).catch(() => undefined),
  new Promise<undefined>((resolve) => setTimeout(resolve, RECENT_WAIT_MS)),
]);
const root = document.getElementById('app');
if (root) render(<Popup db={db} recent={recent} />, root);
