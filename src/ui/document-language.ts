import { browser, t } from '../browser';

/** Sets `<html lang>` and the title to the UI language, so screen readers pronounce the text right. */
export function setDocumentLanguage(doc: Document, titleKey?: string): void {
  doc.documentElement.lang = browser.i18n.getUILanguage() || 'zh-CN';
  if (titleKey) doc.title = t(titleKey);
}
