// A contenteditable editor: the text comes from the DOM through the text map; insertion tries the
// editor family's input paths in order, each checked by reading the editor back, and never rewrites
// the editor's DOM itself.
import type { TextMap } from '../text-map.ts';
import { createTextMapReader } from '../text-map-reader.ts';
import { stacks, visibleBlocks } from '../visible-blocks.ts';
import { familyOf } from './families.ts';
import { insertWithBeforeInput, insertWithExecCommand, insertWithPaste, type InputPath } from './input-paths.ts';
import { outside, type EditorAdapter, type InsertOutcome } from './types.ts';
import { selectionSettled, until } from './wait.ts';

/** Same text for a reader: editors may turn spaces into NBSP or add a trailing line. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** The selection of the editor's tree (a shadow root has its own in Chromium). */
function selectionOf(root: HTMLElement): Selection | null {
  const tree = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return tree.getSelection?.() ?? root.ownerDocument.getSelection();
}

export interface ContentEditableOptions {
  /** When the user last typed in this editor (ms, performance.now()); for history grouping. */
  lastInputAt: () => number;
}

export function contentEditableAdapter(root: HTMLElement, opts: ContentEditableOptions): EditorAdapter {
  const family = familyOf(root);
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  let cached: TextMap | null = null;
  const reader = createTextMapReader(root);
  // The map is rebuilt only after the editor's DOM changed, and then only the blocks that changed.
  const observer = new win.MutationObserver((records) => {
    reader.note(records);
    cached = null;
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  const map = () => {
    if (cached) return cached;
    // Changes not delivered yet are read too, as a reading of the whole tree would.
    reader.note(observer.takeRecords());
    return (cached = reader.read());
  };
  // One Range for every measurement: Chromium updates each live Range on every DOM change until it is
  // garbage-collected, so a fresh Range per mark per frame makes the page's own edits slow.
  let probe: Range | undefined;
  /** Whether the top-level blocks stacked when last checked, and the shape they had then. */
  let stackShape = '';
  let stacked = false;

  const apply = async (path: InputPath, start: number, end: number, text: string): Promise<void> => {
    const range = map().range(start, end);
    const sel = selectionOf(root);
    // A fresh selection closes Chromium's typing command, so a native insertion is its own undo step.
    sel?.removeAllRanges();
    sel?.addRange(range);
    if (family.syncsSelection) await selectionSettled(doc);
    if (path === 'execCommand') insertWithExecCommand(doc, text);
    else if (path === 'paste') insertWithPaste(doc, root, text);
    else insertWithBeforeInput(doc, root, map().range(start, end), text);
  };

  return {
    element: root,
    family: family.name,
    read: () => ({ text: map().text }),
    rects(start, end) {
      return this.rectsOf([{ start, end }])[0] ?? [];
    },
    rectsOf(spans, within) {
      const m = map();
      probe ??= doc.createRange();
      const r = probe;
      // The box of the editor's top-level block holding a point (one query per block, not per mark).
      const boxes = new Map<Node, DOMRect | null>();
      const blockBox = (n: Node): DOMRect | null => {
        while (n.parentNode && n.parentNode !== root) n = n.parentNode;
        if (n.parentNode !== root || n.nodeType !== 1) return null;
        let box = boxes.get(n);
        if (box === undefined) boxes.set(n, (box = (n as Element).getBoundingClientRect()));
        return box;
      };
      // Offsets before `from` or from `to` on lie in blocks wholly above or below: skipped unread.
      let from = -Infinity;
      let to = Infinity;
      const blocks = within && m.blocks;
      if (blocks && blocks.length > 1) {
        const boxOf = (i: number) => blockBox(blocks[i]!.el);
        // Checked in full (every block measured, as without the search) when the block count or the
        // editor's width changed: the shapes under which the blocks could stop stacking.
        const shape = `${blocks.length}:${root.getBoundingClientRect().width}`;
        if (shape !== stackShape) {
          stackShape = shape;
          stacked = stacks(blocks.length, boxOf);
        }
        const w = stacked ? visibleBlocks(blocks.length, boxOf, within) : null;
        if (w) {
          from = w.first === 0 ? -Infinity : w.first < blocks.length ? blocks[w.first]!.start : Infinity;
          to = w.end < blocks.length ? blocks[w.end]!.start : Infinity;
        }
      }
      const out = spans.map(({ start, end }) => {
        if (Math.max(start, end) <= from || Math.min(start, end) >= to) return [];
        const a = m.toDom(Math.min(start, end));
        const b = m.toDom(Math.max(start, end));
        if (within) {
          const first = blockBox(a.node);
          const last = blockBox(b.node);
          if (first && last && outside(first, last, within)) return [];
        }
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        return [...r.getClientRects()].filter((q) => q.width > 0 || q.height > 0);
      });
      // Parked on the root, so it holds no removed node alive and follows no edit.
      r.setStart(root, 0);
      r.collapse(true);
      return out;
    },
    caret() {
      const sel = selectionOf(root);
      if (!sel?.focusNode || !root.contains(sel.focusNode)) return null;
      return map().toOffset(sel.focusNode, sel.focusOffset);
    },
    async replace(start, end, text): Promise<InsertOutcome> {
      if (!root.isConnected) return { ok: false, error: 'editor-gone' };
      const wait = family.historyGapMs - (performance.now() - opts.lastInputAt());
      if (wait > 0) await new Promise((ok) => win.setTimeout(ok, wait));
      if (!root.isConnected) return { ok: false, error: 'editor-gone' };
      root.focus({ preventScroll: true });
      family.settleHistory?.(root);
      const before = map().text;
      const expected = before.slice(0, start) + text + before.slice(end);
      if (family.mergesAdjacentInserts && start === end && text) {
        // Take one neighbouring character (not a line break) into the replaced range.
        if (start > 0 && before[start - 1] !== '\n' && !/[\uDC00-\uDFFF]/.test(before[start - 1]!)) {
          start -= 1;
          text = before[start] + text;
        } else if (end < before.length && before[end] !== '\n' && !/[\uD800-\uDBFF]/.test(before[end]!)) {
          text += before[end];
          end += 1;
        }
      }
      // Two rounds: a busy page can make an editor miss the first selection it was given.
      for (const path of [...family.paths, ...family.paths]) {
        if (!root.isConnected) return { ok: false, error: 'editor-gone' };
        // An earlier path that landed late is judged, never followed by a second insertion.
        if (map().text === before) await apply(path, start, end, text);
        // Editors built on a framework render after the event, some a task or two later (TinyMCE's paste):
        // wait up to about half a second before trying the next path, or both would land.
        const changed = await until(win, () => !root.isConnected || map().text !== before, 30);
        if (!root.isConnected) return { ok: false, error: 'editor-gone' };
        if (!changed) continue;
        // Some editors land an insertion in steps (a marker first, then the text): judge the result
        // once it reads as expected, or when it has had time to settle.
        const right = await until(win, () => !root.isConnected || sameText(map().text, expected), 30);
        if (!root.isConnected) return { ok: false, error: 'editor-gone' };
        return right ? { ok: true, via: path } : { ok: false, via: path, error: 'changed-unexpectedly' };
      }
      return { ok: false, error: 'not-applied' };
    },
    select(start, end) {
      if (!root.isConnected) return false;
      root.focus({ preventScroll: true });
      const range = map().range(start, end);
      const sel = selectionOf(root);
      sel?.removeAllRanges();
      sel?.addRange(range);
      const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'nearest' });
      return true;
    },
    dispose() {
      observer.disconnect();
      cached = null;
    },
  };
}
