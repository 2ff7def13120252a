// The ways text can enter an editor through its own input handling. Each returns after dispatching;
// the caller reads the editor back to see whether the text arrived (and how).

export type InputPath = 'execCommand' | 'paste' | 'beforeinput';

function textTransfer(text: string): DataTransfer {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

/** The element that holds the selection: editors listen on their root, events bubble to it. */
function selectionTarget(doc: Document, fallback: HTMLElement): HTMLElement {
  const node = doc.getSelection()?.focusNode;
  const el = node && (node.nodeType === 1 ? (node as HTMLElement) : node.parentElement);
  return el && fallback.contains(el) ? el : fallback;
}


/**
 * execCommand('insertText'): the browser's own editing, which keeps the native undo stack. Deprecated,
 * but there is still no other way to edit through that stack.
 */
export function insertWithExecCommand(doc: Document, text: string): boolean {
  return doc.execCommand('insertText', false, text);
}

/** A synthetic paste: editors that own their model (Draft.js, Quill, CKEditor 5, ProseMirror) take it. */
export function insertWithPaste(doc: Document, root: HTMLElement, text: string): boolean {
  const event = new ClipboardEvent('paste', { clipboardData: textTransfer(text), bubbles: true, cancelable: true, composed: true });
  selectionTarget(doc, root).dispatchEvent(event);
  return event.defaultPrevented;
}

/** A beforeinput with target ranges: how Lexical and Slate expect replacements to arrive. */
export function insertWithBeforeInput(doc: Document, root: HTMLElement, range: Range, text: string): boolean {
  const multiline = text.includes('\n');
  const inputType = multiline ? 'insertFromPaste' : range.collapsed ? 'insertText' : 'insertReplacementText';
  const event = new InputEvent('beforeinput', {
    inputType,
    data: multiline ? null : text,
    dataTransfer: multiline || !range.collapsed ? textTransfer(text) : null,
    targetRanges: [new StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  selectionTarget(doc, root).dispatchEvent(event);
  return event.defaultPrevented;
}
