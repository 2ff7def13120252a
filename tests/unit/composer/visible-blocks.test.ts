import { describe, expect, it } from 'vitest';
import { stacks, visibleBlocks, visibleBlocksLinear } from '../../../utils/composer/visible-blocks.ts';
import { mulberry32 } from '../../support/random.ts';

/** Blocks stacked top to bottom with random heights and gaps (some empty), from a random start. */
function stacked(rand: () => number, n: number) {
  const boxes: { top: number; bottom: number }[] = [];
  let y = 1 + rand() * 400 - 200 || 1;
  for (let i = 0; i < n; i++) {
    const h = rand() < 0.1 ? 0 : Math.round(rand() * 120);
    y += rand() < 0.5 ? 0 : Math.round(rand() * 20);
    boxes.push({ top: y, bottom: y + h });
    y += h;
  }
  return boxes;
}

describe('visibleBlocks', () => {
  it('equals a linear scan on random stacked layouts', () => {
    const rand = mulberry32(7);
    for (let trial = 0; trial < 2_000; trial++) {
      const n = Math.floor(rand() * 60);
      const boxes = stacked(rand, n);
      const span = boxes.length ? boxes.at(-1)!.bottom - boxes[0]!.top : 100;
      const top = (boxes[0]?.top ?? 0) - 100 + rand() * (span + 200);
      const within = { top, bottom: top + rand() * span };
      const reads: number[] = [];
      const got = visibleBlocks(n, (i) => (reads.push(i), boxes[i]!), within);
      // A block exactly at 0..0 reads as hidden: the search gives up rather than guess.
      if (got === null) {
        expect(boxes.some((b) => b.top === 0 && b.bottom === 0), `trial ${trial}`).toBe(true);
        continue;
      }
      expect(got, `trial ${trial}`).toEqual(visibleBlocksLinear(n, (i) => boxes[i]!, within));
      expect(new Set(reads).size).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n + 1)) + 2);
    }
  });

  it('gives up when a box it reads is missing or out of order', () => {
    const boxes = Array.from({ length: 20 }, (_, i) => ({ top: 100 + i * 20, bottom: 120 + i * 20 }));
    const within = { top: 300, bottom: 360 };
    expect(visibleBlocks(20, (i) => (i === 10 ? null : boxes[i]!), within)).toBeNull();
    // Blocks 10 and 14 swapped: read by the search, out of order.
    const swapped = boxes.map((b, i) => boxes[i === 10 ? 14 : i === 14 ? 10 : i]!);
    expect(visibleBlocks(20, (i) => swapped[i]!, within)).toBeNull();
  });

  it('stacks: true for stacked blocks, false for columns, hidden or swapped ones', () => {
    const rand = mulberry32(3);
    for (let t = 0; t < 200; t++) {
      const boxes = stacked(rand, 30).map((b) => ({ top: b.top + 1_000, bottom: b.bottom + 1_000 }));
      expect(stacks(30, (i) => boxes[i]!)).toBe(true);
    }
    const boxes = Array.from({ length: 20 }, (_, i) => ({ top: 100 + i * 20, bottom: 120 + i * 20 }));
    // Two columns: the second half starts at the top again, which a search reading a few boxes can miss.
    const columns = boxes.map((b, i) => (i < 10 ? b : { top: b.top - 200, bottom: b.bottom - 200 }));
    expect(stacks(20, (i) => columns[i]!)).toBe(false);
    expect(stacks(20, (i) => (i === 7 ? null : boxes[i]!))).toBe(false);
    expect(stacks(20, (i) => (i === 7 ? { top: 0, bottom: 0 } : boxes[i]!))).toBe(false);
  });

  it('all above, all below, none', () => {
    const boxes = Array.from({ length: 5 }, (_, i) => ({ top: 10 + i * 10, bottom: 20 + i * 10 }));
    expect(visibleBlocks(5, (i) => boxes[i]!, { top: 500, bottom: 600 })).toEqual({ first: 5, end: 5 });
    expect(visibleBlocks(5, (i) => boxes[i]!, { top: -100, bottom: 5 })).toEqual({ first: 0, end: 0 });
    expect(visibleBlocks(0, () => null, { top: 0, bottom: 5 })).toEqual({ first: 0, end: 0 });
  });
});
