import { t } from './extension-api';
import type { ReaderCategory } from '../core/categories';

/**
 * The in-page clip bubble: shown once a selection is saved as a clip, beside where the clip
 * button was, to give that clip one of the reader's categories and a note. Saving sends both
 * (onSave); closing leaves the clip as it was saved. Controls act only on trusted events, so a
 * page cannot forge a save.
 */
export interface BubbleSave {
  clipId: string;
  category: string | null;
  note: string;
}

export class ClipBubble {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly note: HTMLTextAreaElement;
  private clipId: string | null = null;

  constructor(private readonly doc: Document, onSave: (save: BubbleSave) => void) {
    this.element = doc.createElement('form');
    this.element.className = 'bubble';
    this.element.hidden = true;
    this.element.setAttribute('aria-label', t('bubbleHeading'));
    const heading = doc.createElement('strong');
    heading.textContent = t('bubbleHeading');
    this.select = doc.createElement('select');
    this.select.dataset.field = 'bubble-category';
    this.select.setAttribute('aria-label', t('categoryLabel'));
    this.note = doc.createElement('textarea');
    this.note.dataset.field = 'bubble-note';
    this.note.rows = 3;
    this.note.maxLength = 20_000;
    this.note.placeholder = t('bubbleNote');
    this.note.setAttribute('aria-label', t('bubbleNote'));
    const save = this.button('bubble-save', t('bubbleSave'));
    save.type = 'submit';
    const close = this.button('bubble-close', t('bubbleClose'));
    const row = doc.createElement('div');
    row.className = 'bubble-actions';
    row.append(save, close);
    this.element.append(heading, this.select, this.note, row);
    this.select.addEventListener('change', () => this.paintSelect());
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!event.isTrusted || this.clipId === null) return;
      onSave({ clipId: this.clipId, category: this.select.value || null, note: this.note.value });
      this.close();
    });
    close.addEventListener('click', (event) => {
      if (event.isTrusted) this.close();
    });
  }

  /** Opens for the clip just saved (the caller places it: it is measured only once shown). */
  open(clipId: string, categories: readonly ReaderCategory[]): void {
    this.clipId = clipId;
    const none = this.doc.createElement('option');
    none.value = '';
    none.textContent = t('noCategory');
    const options = categories.map((c) => {
      const option = this.doc.createElement('option');
      option.value = c.name;
      option.textContent = c.name;
      option.dataset.color = c.color;
      return option;
    });
    this.select.replaceChildren(none, ...options);
    this.select.value = '';
    this.paintSelect();
    this.note.value = '';
    this.element.hidden = false;
    this.select.focus();
  }

  close(): void {
    this.clipId = null;
    this.element.hidden = true;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  private paintSelect(): void {
    const color = this.select.selectedOptions[0]?.dataset.color;
    this.select.style.borderLeft = color ? `8px solid ${color}` : '';
  }

  private button(action: string, label: string): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.dataset.action = action;
    b.textContent = label;
    return b;
  }
}
