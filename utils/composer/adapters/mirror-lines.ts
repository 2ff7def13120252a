// The text of a textarea's copy, one block per line ('\n'), kept in step with the field's value by
// rewriting only the lines an edit changed (the lines before and after it keep their nodes, so the
// browser keeps their layout). Maps text offsets to points in those blocks.

export interface LinePoint {
  node: Text;
  offset: number;
}

export class MirrorLines {
  private lines: string[] = [];
  /** Per line: its block, whose first child is the line's text node. */
  private blocks: HTMLElement[] = [];
  /** Text offset at which each line starts. */
  private starts: number[] = [];
  private text: string | null = null;
  private indented: HTMLElement | null = null;

  private readonly box: HTMLElement;

  constructor(box: HTMLElement) {
    this.box = box;
  }

  /** Brings the blocks in line with `text`; `indent` is the field's text-indent (its first line only). */
  write(text: string, indent: string): void {
    if (text !== this.text) {
      this.text = text;
      this.update(text.split('\n'));
    }
    // A textarea indents only its first line; blocks would each indent theirs.
    const first = this.blocks[0]!;
    if (this.indented !== first) {
      if (this.indented) this.indented.style.textIndent = '';
      this.indented = first;
    }
    if (first.style.textIndent !== indent) first.style.textIndent = indent;
  }

  private update(next: string[]): void {
    const old = this.lines;
    // The lines an edit touched: everything between the common first and last lines.
    let a = 0;
    const max = Math.min(old.length, next.length);
    while (a < max && old[a] === next[a]) a++;
    let eo = old.length;
    let en = next.length;
    while (eo > a && en > a && old[eo - 1] === next[en - 1]) {
      eo--;
      en--;
    }
    const kept = Math.min(eo - a, en - a);
    for (let i = 0; i < kept; i++) setLine(this.blocks[a + i]!, next[a + i]!);
    if (eo - a > kept) {
      for (const b of this.blocks.slice(a + kept, eo)) b.remove();
      this.blocks.splice(a + kept, eo - a - kept);
    } else if (en - a > kept) {
      const before = this.blocks[a + kept] ?? null;
      const added = next.slice(a + kept, en).map((line) => this.block(line));
      for (const b of added) this.box.insertBefore(b, before);
      this.blocks.splice(a + kept, 0, ...added);
    }
    this.lines = next;
    const starts = new Array<number>(next.length);
    let at = 0;
    for (let i = 0; i < next.length; i++) {
      starts[i] = at;
      at += next[i]!.length + 1;
    }
    this.starts = starts;
  }

  private block(line: string): HTMLElement {
    const doc = this.box.ownerDocument;
    const b = doc.createElement('div');
    b.append(doc.createTextNode(''));
    setLine(b, line);
    return b;
  }

  /** Index of the line holding `offset` (a '\n' belongs to the line it ends). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The first and last line whose block reaches into [top, bottom] (client coordinates). The copy's
   * blocks stack in order, so two binary searches find them, a few rect queries for any length.
   */
  linesWithin(top: number, bottom: number): [number, number] {
    const n = this.blocks.length;
    const rect = (i: number) => this.blocks[i]!.getBoundingClientRect();
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rect(mid).bottom <= top) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rect(mid).top < bottom) lo = mid + 1;
      else hi = mid;
    }
    return [first, lo - 1];
  }

  /** The point of a text offset (0 ≤ offset ≤ text length); the offset of a '\n' is its line's end. */
  point(offset: number): LinePoint {
    const i = this.lineAt(offset);
    const node = this.blocks[i]!.firstChild as Text;
    return { node, offset: Math.min(offset - this.starts[i]!, node.data.length) };
  }

  /** [start, end) cut at line breaks: the non-empty part of each line it covers, as DOM points. */
  pieces(start: number, end: number): [LinePoint, LinePoint][] {
    const out: [LinePoint, LinePoint][] = [];
    if (end <= start) return out;
    const last = this.lineAt(end);
    for (let i = this.lineAt(start); i <= last; i++) {
      const node = this.blocks[i]!.firstChild as Text;
      const from = Math.max(0, start - this.starts[i]!);
      const to = Math.min(node.data.length, end - this.starts[i]!);
      if (to > from) out.push([{ node, offset: from }, { node, offset: to }]);
    }
    return out;
  }
}

/** An empty line holds a <br>, which gives it a line's height as in the field. */
function setLine(block: HTMLElement, line: string): void {
  const text = block.firstChild as Text;
  if (text.data !== line) text.data = line;
  const hasBreak = block.lastChild !== text;
  if (!line && !hasBreak) block.append(block.ownerDocument.createElement('br'));
  else if (line && hasBreak) block.lastChild!.remove();
}
