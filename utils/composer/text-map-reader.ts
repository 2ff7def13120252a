// The text map of a contenteditable editor, kept up to date by re-reading only the top-level blocks
// that changed. Editors hold one block per paragraph (Quill, ProseMirror, Lexical, Gmail's divs): a
// keystroke touches one of them, so a 20,000-character draft is not walked again for each one.
// Where the editor's top level is not all blocks, the whole tree is read, as buildTextMap does.
import { buildTextMap, isBlock, OWN_TAG, SKIP, textMapOf, walkTree, type DomPoint, type Segment, type TextMap } from './text-map.ts';

/** Stands for the line break the blocks before owe, which a block's cached reading cannot know. */
const CARRIED: DomPoint = Object.freeze({ node: null as unknown as Node, offset: -1 });

interface Unit {
  /** Read as the first block (nothing before it); later blocks always follow an owed break. */
  first: boolean;
  text: string;
  segments: Segment[];
  /** The break owed after the block (CARRIED: the one owed before it, still unpaid). */
  pending: DomPoint | null;
}

export interface TextMapReader {
  /** Forgets the blocks these mutation records touched. */
  note(records: readonly MutationRecord[]): void;
  /** The map of the editor as it is now (equal to buildTextMap of the whole tree). */
  read(): TextMap;
}

export function createTextMapReader(root: HTMLElement): TextMapReader {
  let units = new Map<Node, Unit>();

  const note = (records: readonly MutationRecord[]) => {
    for (const r of records) {
      if (r.target === root) {
        // A block put back may have changed while it was out.
        for (const n of r.addedNodes) units.delete(n);
        continue;
      }
      let n: Node | null = r.target;
      while (n && n.parentNode !== root) n = n.parentNode;
      if (n) units.delete(n);
    }
  };

  const read = (): TextMap => {
    const blocks: Element[] = [];
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const el = c as Element;
        if (SKIP.has(el.tagName) || el.tagName === OWN_TAG) continue;
        if (isBlock(el)) {
          blocks.push(el);
          continue;
        }
      } else if (c.nodeType === 3 ? !(c as Text).data : c.nodeType !== 1) continue;
      // Text, a <br> or inline element at the top: its reading depends on its neighbours.
      units.clear();
      return buildTextMap(root);
    }
    const next = new Map<Node, Unit>();
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let pending: DomPoint | null = null;
    const starts: { el: Element; start: number }[] = [];
    blocks.forEach((el, i) => {
      const first = i === 0;
      let u = units.get(el);
      if (!u || u.first !== first) {
        const w = walkTree(root, el, first ? { pending: null, seen: false } : { pending: CARRIED, seen: true });
        u = { first, text: w.text, segments: w.segments, pending: w.pending };
      }
      next.set(el, u);
      starts.push({ el, start: length });
      for (const s of u.segments) {
        const start = s.start + length;
        segments.push(s.synthetic && s.before === CARRIED ? { ...s, start, before: pending! } : { ...s, start });
      }
      parts.push(u.text);
      length += u.text.length;
      if (u.pending !== CARRIED) pending = u.pending;
    });
    units = next;
    return { ...textMapOf(root, parts.join(''), segments), blocks: starts };
  };

  return { note, read };
}
