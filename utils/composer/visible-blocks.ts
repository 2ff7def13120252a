// Which of an editor's top-level blocks lie near the view. Blocks normally stack top to bottom, so a
// binary search finds them with a handful of layout queries instead of one per block. That they stack
// is checked in full (`stacks`) when the layout may have changed shape, and every box the search reads
// is checked again; where they do not (a hidden block, columns, floats), the caller measures as before.
import type { VerticalBounds } from './adapters/types.ts';

/** Blocks [first, end) are neither wholly above nor wholly below the bounds; the rest are. */
export interface BlockWindow {
  first: number;
  end: number;
}

/** A block's vertical extent, or null when it has no box (display: none). */
export type BoxOf = (i: number) => VerticalBounds | null;

const above = (b: VerticalBounds, w: VerticalBounds) => b.bottom <= w.top;
const below = (b: VerticalBounds, w: VerticalBounds) => b.top >= w.bottom;

/** True when every block has a box and each starts and ends no higher than the one before. */
export function stacks(n: number, boxOf: BoxOf): boolean {
  let prev: VerticalBounds | null = null;
  for (let i = 0; i < n; i++) {
    const b = boxOf(i);
    if (!b || (b.top === 0 && b.bottom === 0)) return false;
    if (prev && (b.top < prev.top || b.bottom < prev.bottom)) return false;
    prev = b;
  }
  return true;
}

/** The reference: every block measured. Only meaningful where blocks stack (the search's contract). */
export function visibleBlocksLinear(n: number, boxOf: BoxOf, within: VerticalBounds): BlockWindow {
  let first = 0;
  while (first < n && above(boxOf(first)!, within)) first++;
  let end = first;
  while (end < n && !below(boxOf(end)!, within)) end++;
  return { first, end };
}

/**
 * The same by binary search, or null when a box it read was missing or out of order with another
 * it read (the blocks do not stack, so the answer could be wrong).
 */
export function visibleBlocks(n: number, boxOf: BoxOf, within: VerticalBounds): BlockWindow | null {
  // Boxes read so far, by index: each must start no higher and end no higher than any before it.
  const seen = new Map<number, VerticalBounds>();
  let broken = false;
  const box = (i: number): VerticalBounds => {
    let b = seen.get(i);
    if (b) return b;
    const got = boxOf(i);
    if (!got || (got.top === 0 && got.bottom === 0)) {
      broken = true;
      return { top: 0, bottom: 0 };
    }
    for (const [j, o] of seen) {
      if ((j < i && (o.top > got.top || o.bottom > got.bottom)) || (j > i && (o.top < got.top || o.bottom < got.bottom))) broken = true;
    }
    seen.set(i, (b = got));
    return b;
  };
  // First block not wholly above.
  let lo = 0;
  let hi = n;
  while (lo < hi && !broken) {
    const mid = (lo + hi) >> 1;
    if (above(box(mid), within)) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // First block from there on that is wholly below.
  hi = n;
  while (lo < hi && !broken) {
    const mid = (lo + hi) >> 1;
    if (below(box(mid), within)) hi = mid;
    else lo = mid + 1;
  }
  return broken ? null : { first, end: lo };
}
