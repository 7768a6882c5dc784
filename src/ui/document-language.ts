import { t } from '../browser';

/**
 * Sets `<html lang>` to the language of the messages shown (the `htmlLang` of the messages.json
 * the browser picked: a UI language DocClip has no translation for gets the default locale's
 * text, so `i18n.getUILanguage()` would name the wrong one), and the title, so screen readers
 * pronounce the text right.
 */
export function setDocumentLanguage(doc: Document, titleKey?: string): void {
  doc.documentElement.lang = t('htmlLang');
  if (titleKey) doc.title = t(titleKey);
}
