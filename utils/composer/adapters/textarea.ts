// A <textarea>: its value is the text; insertion goes through execCommand('insertText'), the only path
// that keeps the field's native undo stack.
import { insertWithExecCommand } from './input-paths.ts';
import { createMirror, type Mirror } from './mirror.ts';
import type { EditorAdapter, InsertOutcome } from './types.ts';

export function textareaAdapter(field: HTMLTextAreaElement, scratch: () => HTMLElement): EditorAdapter {
  let mirror: Mirror | undefined;
  return {
    element: field,
    family: 'textarea',
    read: () => ({ text: field.value }),
    rects(start, end) {
      return this.rectsOf([{ start, end }])[0] ?? [];
    },
    rectsOf(spans, within) {
      mirror ??= createMirror(field, scratch());
      return mirror.rects(field.value, spans, within);
    },
    caret() {
      return field.ownerDocument.activeElement === field ? field.selectionEnd : null;
    },
    async replace(start, end, text): Promise<InsertOutcome> {
      if (!field.isConnected) return { ok: false, error: 'editor-gone' };
      const before = field.value;
      const expected = before.slice(0, start) + text + before.slice(end);
      field.focus({ preventScroll: true });
      // Setting the selection closes Chromium's open typing command: the insertion becomes its own
      // undo step instead of joining what the user just typed.
      field.setSelectionRange(start, end);
      insertWithExecCommand(field.ownerDocument, text);
      if (field.value === expected) return { ok: true, via: 'execCommand' };
      if (field.value !== before) return { ok: false, error: 'changed-unexpectedly' };
      // The page blocked the command (or the browser lacks it): set the text directly, and tell the
      // page's framework through the input event it listens to. Native undo cannot cover this path.
      field.setRangeText(text, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      return field.value === expected ? { ok: true, via: 'setRangeText' } : { ok: false, error: 'not-applied' };
    },
    select(start, end) {
      if (!field.isConnected) return false;
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
      // Bring the selected line into view inside the field, then the field into the page's view.
      const rect = this.rects(start, end)[0];
      const box = field.getBoundingClientRect();
      if (rect && (rect.top < box.top || rect.bottom > box.bottom)) field.scrollTop += rect.top - box.top - box.height / 3;
      field.scrollIntoView({ block: 'nearest' });
      return true;
    },
    dispose() {
      mirror?.remove();
      mirror = undefined;
    },
  };
}
