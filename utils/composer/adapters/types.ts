// One interface for every editor AskWell works in. Implementations: textarea (native undo through
// execCommand) and contenteditable (generic, plus per-editor insertion paths chosen by markers).

export interface Snapshot {
  /** The draft as plain text, as the user sees its lines. */
  text: string;
}

export interface InsertOutcome {
  ok: boolean;
  /** Which input path took the text ('execCommand', 'beforeinput', 'paste'); for tests and logs. */
  via?: string;
  /** Why nothing was inserted, for the user. */
  error?: 'editor-gone' | 'not-applied' | 'changed-unexpectedly';
}

export interface VerticalBounds {
  top: number;
  bottom: number;
}

/** True when both boxes, a span's first and last line's blocks, lie wholly above or wholly below `within`. */
export function outside(first: VerticalBounds, last: VerticalBounds, within: VerticalBounds): boolean {
  return (first.bottom <= within.top && last.bottom <= within.top) || (first.top >= within.bottom && last.top >= within.bottom);
}

export interface EditorAdapter {
  readonly element: HTMLElement;
  /** A short name of the editor family ('textarea', 'quill', 'prosemirror', … or 'contenteditable'). */
  readonly family: string;
  read(): Snapshot;
  /** Client rects of the text in [start, end), in the element's own document (viewport) coordinates. */
  rects(start: number, end: number): DOMRect[];
  /**
   * The same for many spans at once (one layout for all of them: what a frame of underlines needs).
   * With `within` (the composer's visible box), a span whose lines all lie above or below it gets no
   * rects: it would be clipped away, and measuring it costs a layout query per mark.
   */
  rectsOf(spans: readonly { start: number; end: number }[], within?: VerticalBounds): DOMRect[][];
  /** The caret's text offset, or null when the selection is not in this editor. */
  caret(): number | null;
  /**
   * Replaces [start, end) with `text` through the editor's own input path, as its own undo step,
   * and checks the result by reading the editor back.
   */
  replace(start: number, end: number, text: string): Promise<InsertOutcome>;
  /** Selects [start, end) and scrolls it into view, to show the user which words are meant. */
  select(start: number, end: number): boolean;
  /** Stops observing the editor. */
  dispose(): void;
}
