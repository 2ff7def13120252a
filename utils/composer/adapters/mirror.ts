// Geometry of text inside a textarea, which has no Range API for its text: a hidden copy with the
// same box and font metrics, laid out in our own shadow root at the textarea's place, is measured
// instead. Nothing is added to the page's DOM.

const COPIED = [
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontStyle',
  'fontWeight', 'fontVariant', 'fontStretch', 'fontFeatureSettings', 'fontKerning', 'letterSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'direction',
  'writingMode',
] as const;

export interface Mirror {
  /** Client rects of each span: one style sync and one layout for all of them. */
  rects(text: string, spans: readonly { start: number; end: number }[]): DOMRect[][];
  remove(): void;
}

export function createMirror(field: HTMLTextAreaElement, container: HTMLElement): Mirror {
  const doc = container.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  const content = doc.createTextNode('');
  box.append(content);
  container.append(box);

  return {
    rects(text, spans) {
      const win = field.ownerDocument.defaultView;
      if (!win || !field.isConnected) return spans.map(() => []);
      const cs = win.getComputedStyle(field);
      const style = box.style;
      for (const p of COPIED) style[p] = cs[p];
      style.position = 'fixed';
      style.visibility = 'hidden';
      style.pointerEvents = 'none';
      style.overflow = 'hidden';
      style.whiteSpace = 'pre-wrap';
      style.overflowWrap = 'break-word';
      style.wordBreak = cs.wordBreak;
      const r = field.getBoundingClientRect();
      style.left = `${r.left}px`;
      style.top = `${r.top}px`;
      // Border-box at the field's own size; a scrollbar takes width from the text, so pad for it.
      style.boxSizing = 'border-box';
      style.width = `${r.width}px`;
      style.height = `${r.height}px`;
      style.paddingRight = `${parseFloat(cs.paddingRight) + (field.offsetWidth - field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth))}px`;
      // A trailing newline needs a character after it to take up its line. Written only when changed:
      // the text is the costly part of the layout.
      const data = text + '\u200b';
      if (content.data !== data) content.data = data;
      box.scrollTop = field.scrollTop;
      box.scrollLeft = field.scrollLeft;
      // Reads only from here on, so the browser lays the copy out once for every span.
      const range = doc.createRange();
      return spans.map(({ start, end }) => {
        const a = Math.max(0, Math.min(start, text.length));
        const b = Math.max(a, Math.min(end, text.length));
        range.setStart(content, a);
        range.setEnd(content, b);
        return [...range.getClientRects()].filter((q) => q.width > 0 || q.height > 0);
      });
    },
    remove() {
      box.remove();
    },
  };
}
