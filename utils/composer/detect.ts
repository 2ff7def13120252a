// Which element is a multi-line composer the user is writing in. Single-line inputs, password and
// search fields, read-only and disabled fields are never composers.

export type ComposerKind = 'textarea' | 'contenteditable';

export interface Composer {
  element: HTMLElement;
  kind: ComposerKind;
}

/** contenteditable values that make an element editable ("" counts as "true"). */
const EDITABLE = new Set(['', 'true', 'plaintext-only']);

function editableAttr(el: Element): boolean | undefined {
  const v = el.getAttribute('contenteditable');
  if (v === null) return undefined;
  return EDITABLE.has(v.toLowerCase());
}

/** True when the element is inside editable content (the DOM's isContentEditable, computed by hand where absent). */
export function isEditable(el: Element): boolean {
  const native = (el as HTMLElement).isContentEditable;
  if (typeof native === 'boolean' && native) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const attr = editableAttr(cur);
    if (attr !== undefined) return attr;
  }
  return el.ownerDocument?.designMode === 'on';
}

/** The outermost editable ancestor: the element the editor owns. */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let p = el.parentElement; p && isEditable(p); p = p.parentElement) host = p;
  return host;
}

/** The composer that `target` belongs to, or null when it is not a multi-line text field. */
export function findComposer(target: EventTarget | null): Composer | null {
  if (!target || typeof (target as Element).closest !== 'function') return null;
  const el = target as HTMLElement;
  const tag = el.tagName;
  if (tag === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    if (ta.disabled || ta.readOnly) return null;
    return { element: ta, kind: 'textarea' };
  }
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'BUTTON') return null;
  if (!isEditable(el)) return null;
  const host = editingHost(el);
  const role = host.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || role === 'spinbutton') return null;
  if (host.getAttribute('aria-multiline') === 'false') return null;
  if (host.getAttribute('aria-readonly') === 'true') return null;
  return { element: host, kind: 'contenteditable' };
}

/** The draft's plain text as the user sees it. */
export function composerText(c: Composer): string {
  if (c.kind === 'textarea') return (c.element as HTMLTextAreaElement).value;
  return c.element.innerText ?? c.element.textContent ?? '';
}
