// The plain text of a contenteditable editor, as the user sees its lines, with a map between text
// offsets and DOM positions. Block elements and <br> become '\n'; a <br> that only holds an empty
// block open (the browser's placeholder) adds nothing. Every text offset maps back to one DOM
// position, so findings can be drawn and fixes inserted at the right place.

export interface DomPoint {
  node: Node;
  offset: number;
}

interface TextSegment {
  synthetic: false;
  /** Start offset in the text. */
  start: number;
  length: number;
  node: Text;
}

/** A '\n' that stands for a block boundary or a <br>: the DOM points just before and after it. */
interface BreakSegment {
  synthetic: true;
  start: number;
  length: 1;
  before: DomPoint;
  after: DomPoint;
}

export type Segment = TextSegment | BreakSegment;

export interface TextMap {
  text: string;
  /** DOM position of a text offset (0 ≤ offset ≤ text.length). */
  toDom(offset: number): DomPoint;
  /** Text offset of a DOM position inside the root (clamped to the text). */
  toOffset(node: Node, offset: number): number;
  /** A live DOM Range over [start, end). */
  range(start: number, end: number): Range;
  /**
   * The root's top-level blocks in order, each with the offset where its text starts (its leading
   * line break included), when the text was read block by block; absent when read as one tree.
   */
  blocks?: readonly { el: Element; start: number }[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
export const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);
/** Our own overlay, should it ever end up inside an editor, is never part of the draft. */
export const OWN_TAG = 'ASKWELL-OVERLAY';

export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName);
}

/** True when nothing with text or a line break follows `node` inside its block. */
function isLastInBlock(node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3 ? (sib as Text).data.length > 0 : sib.nodeType === 1 && !SKIP.has((sib as Element).tagName)) {
        return sib.nodeType === 1 && isBlock(sib as Element);
      }
    }
    const parent = cur.parentNode;
    if (!parent || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
  }
  return true;
}

/** What walking part of the tree produced: its text, its segments (offsets from its own start), and the walk's state after it. */
export interface Walked {
  text: string;
  segments: Segment[];
  /** A line break still owed before the next content. */
  pending: DomPoint | null;
  /** Content (text, a line break, a block) came before. */
  seen: boolean;
}

/**
 * Walks `from` (inside `root`, or `root` itself) as the whole-tree walk would reach it, in the state
 * `pending` / `seen` the walk is in there. Blocks and <br> become '\n'; a <br> that only holds an empty
 * block open adds nothing.
 */
export function walkTree(root: Node, from: Node, state: { pending: DomPoint | null; seen: boolean }): Walked {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  /** A line break is owed before the next content (a block ended or began). */
  let pendingBreak: DomPoint | null = state.pending;
  let seenContent = state.seen;

  const emitBreak = (before: DomPoint, after: DomPoint) => {
    segments.push({ synthetic: true, start: length, length: 1, before, after });
    parts.push('\n');
    length += 1;
  };
  /** Pays the owed line break just before content that starts at `at`. */
  const flush = (at: DomPoint) => {
    if (pendingBreak) {
      emitBreak(pendingBreak, at);
      pendingBreak = null;
    }
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      flush({ node, offset: 0 });
      segments.push({ synthetic: false, start: length, length: data.length, node: node as Text });
      // NBSP is how editors keep runs of spaces; it reads as a space (one for one, so offsets hold).
      parts.push(data.replace(/\u00a0/g, ' '));
      length += data.length;
      seenContent = true;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    if (node.nodeType === 1 && (SKIP.has(el.tagName) || el.tagName === OWN_TAG)) return;
    if (node.nodeType === 1 && el.tagName === 'BR') {
      const parent = node.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
      flush({ node: parent, offset: index });
      seenContent = true;
      if (!isLastInBlock(node)) emitBreak({ node: parent, offset: index }, { node: parent, offset: index + 1 });
      return;
    }
    const block = node.nodeType === 1 && isBlock(el) && node !== root;
    // A block starts a new line; if the previous block already owes one, that break stands.
    if (block && seenContent) pendingBreak ??= { node, offset: 0 };
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      seenContent = true;
      pendingBreak ??= { node, offset: node.childNodes.length };
    }
  };
  walk(from);
  return { text: parts.join(''), segments, pending: pendingBreak, seen: seenContent };
}

export function buildTextMap(root: Node): TextMap {
  const { text, segments } = walkTree(root, root, { pending: null, seen: false });
  return textMapOf(root, text, segments);
}

/** The map over a text and its segments (in order, offsets from 0). */
export function textMapOf(root: Node, text: string, segments: readonly Segment[]): TextMap {
  const length = text.length;

  /** Index of the last segment starting at or before `offset`. */
  const find = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const toDom = (offset: number): DomPoint => {
    const o = Math.max(0, Math.min(offset, length));
    if (segments.length === 0) return { node: root, offset: 0 };
    const i = find(o);
    const seg = segments[i]!;
    if (!seg.synthetic) return { node: seg.node, offset: Math.min(o - seg.start, seg.length) };
    if (o > seg.start) return seg.after;
    // At a line break: stay at the end of the line's text (a caret there, an insertion there).
    const prev = segments[i - 1];
    if (prev && !prev.synthetic && prev.start + prev.length === o) return { node: prev.node, offset: prev.length };
    return seg.before;
  };

  let probe: Range | undefined;
  const toOffset = (node: Node, offset: number): number => {
    if (segments.length === 0) return 0;
    if (node.nodeType === 3) {
      const seg = segments.find((s) => !s.synthetic && s.node === node);
      if (seg) return seg.start + Math.min(offset, seg.length);
    }
    // Any other point: the text before it is that of every segment that starts before it.
    const doc = root.ownerDocument ?? (root as Document);
    // One Range per map, not per call (each live Range slows every DOM change until it is collected).
    probe ??= doc.createRange();
    let lo = 0;
    let hi = segments.length; // first segment at or after the point
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid]!;
      const at = seg.synthetic ? seg.before : { node: seg.node, offset: 0 };
      probe.setStart(at.node, at.offset);
      probe.collapse(true);
      // comparePoint: 1 when the point lies after the probe.
      if (probe.comparePoint(node, offset) > 0) lo = mid + 1;
      else hi = mid;
    }
    probe.setStart(root, 0);
    probe.collapse(true);
    if (lo === 0) return 0;
    const prev = segments[lo - 1]!;
    return prev.start + prev.length;
  };

  const range = (start: number, end: number): Range => {
    const doc = root.ownerDocument ?? (root as Document);
    const r = doc.createRange();
    const a = toDom(Math.min(start, end));
    const b = toDom(Math.max(start, end));
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  };

  return { text, toDom, toOffset, range };
}
