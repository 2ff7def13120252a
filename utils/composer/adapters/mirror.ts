// Geometry of text inside a textarea, which has no Range API for its text: a hidden copy with the
// same box and font metrics, laid out in our own shadow root at the textarea's place, is measured
// instead. Nothing is added to the page's DOM.
//
// The copy holds one block per line of the text, and a keystroke rewrites only the lines it changed:
// the browser then lays out one short block again instead of the whole draft (a textarea breaks its
// lines at '\n' the same way blocks do, so the copy wraps as the field does).
import { MirrorLines } from './mirror-lines.ts';
import type { VerticalBounds } from './types.ts';

const COPIED = [
  // paddingRight is set below, widened by the scrollbar.
  'paddingTop', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontStyle',
  'fontWeight', 'fontVariant', 'fontStretch', 'fontFeatureSettings', 'fontKerning', 'letterSpacing',
  'lineHeight', 'textTransform', 'textAlign', 'wordSpacing', 'tabSize', 'direction',
  'writingMode', 'wordBreak',
] as const;

type Copied = (typeof COPIED)[number];

export interface Mirror {
  /** Client rects of each span: one style sync and one layout for all of them. */
  rects(text: string, spans: readonly { start: number; end: number }[], within?: VerticalBounds): DOMRect[][];
  remove(): void;
}

export function createMirror(field: HTMLTextAreaElement, container: HTMLElement): Mirror {
  const doc = container.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  const style = box.style;
  style.position = 'fixed';
  style.visibility = 'hidden';
  style.pointerEvents = 'none';
  style.overflow = 'hidden';
  style.whiteSpace = 'pre-wrap';
  style.overflowWrap = 'break-word';
  style.boxSizing = 'border-box';
  // Its size is set from the field's: the browser can lay out a changed line inside it without
  // walking the rest of the page.
  style.contain = 'strict';
  container.append(box);
  const lines = new MirrorLines(box);
  // One Range for the mirror's life: each live Range costs the page a little on every DOM change.
  const range = doc.createRange();
  /** What was last written to each style property: an unchanged value is not written again. */
  const written = new Map<string, string>();
  const put = (p: Copied | 'paddingRight' | 'left' | 'top' | 'width' | 'height', v: string) => {
    if (written.get(p) === v) return;
    written.set(p, v);
    style[p] = v;
  };

  let styleKey = '';
  let metrics = { paddingRight: 0, borders: 0, textIndent: '0px' };

  const rectsOfPiece = (from: { node: Node; offset: number }, to: { node: Node; offset: number }) => {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return [...range.getClientRects()].filter((q) => q.width > 0 || q.height > 0);
  };

  return {
    rects(text, spans, within) {
      const win = field.ownerDocument.defaultView;
      if (!win || !field.isConnected) return spans.map(() => []);
      const r = field.getBoundingClientRect();
      const doc = field.ownerDocument;
      // Reading ~30 computed properties costs most of a millisecond: read them again only when what
      // decides them may have changed (the field's class, style, size, focus; the page's sheets).
      const key = `${field.className}|${field.getAttribute('style')}|${r.width}x${r.height}|${doc.activeElement === field}|${doc.styleSheets.length}`;
      if (key !== styleKey) {
        styleKey = key;
        const cs = win.getComputedStyle(field);
        for (const p of COPIED) put(p, cs[p]);
        metrics = { paddingRight: parseFloat(cs.paddingRight), borders: parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth), textIndent: cs.textIndent };
      }
      put('left', `${r.left}px`);
      put('top', `${r.top}px`);
      // Border-box at the field's own size; a scrollbar takes width from the text, so pad for it.
      put('width', `${r.width}px`);
      put('height', `${r.height}px`);
      put('paddingRight', `${metrics.paddingRight + (field.offsetWidth - field.clientWidth - metrics.borders)}px`);
      lines.write(text, metrics.textIndent);
      box.scrollTop = field.scrollTop;
      box.scrollLeft = field.scrollLeft;
      // Reads only from here on, so the browser lays the copy out once for every span.
      const [first, last] = within ? lines.linesWithin(within.top, within.bottom) : [0, Infinity];
      return spans.map(({ start, end }) => {
        const a = Math.max(0, Math.min(start, text.length));
        const b = Math.max(a, Math.min(end, text.length));
        if (lines.lineAt(b) < first || lines.lineAt(a) > last) return [];
        const pieces = lines.pieces(a, b);
        // Nothing on any line (a span over a line break alone): where its end is, as a caret would be.
        if (pieces.length === 0) {
          const at = lines.point(b);
          return rectsOfPiece(at, at);
        }
        return pieces.flatMap(([from, to]) => rectsOfPiece(from, to));
      });
    },
    remove() {
      box.remove();
    },
  };
}
