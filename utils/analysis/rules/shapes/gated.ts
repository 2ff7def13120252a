// Sentence shapes behind one literal gate. Every shapes file registers its list here; one scan of a
// sentence (cues/scanner.ts) says, for all the lists at once, which shapes could match it, so a shape
// is tried only where its required literals occur (same result, far fewer regex runs), and a sentence
// is scanned once however many rules read its shapes. The answer is kept per normalised sentence text.
import { buildGate, type Gate } from '../../cues/scanner.ts';

export interface ShapeMatch {
  start: number;
  end: number;
  /** Index of the shape in its list. */
  shape: number;
}

const ALL: RegExp[] = [];
/** ALL, sticky: tried only at the places the gate lists for a shape with leading literals. */
const STICKY: RegExp[] = [];
let gate: Gate | undefined;

/**
 * What the gate said of one sentence: the shapes that may match (ascending) and, for those with
 * leading literals, the places a match may start. Plain arrays: a typed array per sentence cost more
 * to allocate than the scan.
 */
interface Seen {
  shapes: number[];
  at: (number[] | null)[];
}
const seen = new Map<string, Seen>();
const SEEN_LIMIT = 4096;

function seenFor(norm: string): Seen {
  let r = seen.get(norm);
  if (r) return r;
  gate ??= buildGate(ALL);
  gate.scan(norm);
  const shapes: number[] = [];
  const at: (number[] | null)[] = [];
  for (const k of gate.touched()) {
    shapes.push(k);
    if (!gate.leads(k)) {
      at.push(null);
      continue;
    }
    const st = gate.starts(k);
    const list: number[] = [];
    for (let j = 0, c = gate.count(k); j < c; j++) list.push(st[j]!);
    at.push(list);
  }
  r = { shapes, at };
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(norm, r);
  return r;
}

/** Index in `r.shapes` of the first shape ≥ k (shapes are ascending). */
function from(r: Seen, k: number): number {
  let lo = 0;
  let hi = r.shapes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.shapes[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Forgets what the gate said (cold-analysis benchmarks, tests). */
export function clearShapeCache(): void {
  seen.clear();
}

function register(shapes: readonly RegExp[]): number {
  const base = ALL.length;
  ALL.push(...shapes);
  STICKY.push(...shapes.map((rx) => new RegExp(rx.source, rx.flags.replace('g', '') + 'y')));
  gate = undefined; // a gate built before this list was added does not know it
  seen.clear();
  return base;
}

/** Registers a list of shapes; returns `may(norm, k)`: whether shape k of the list may match. */
export function shapeGate(shapes: readonly RegExp[]): (norm: string, k: number) => boolean {
  const base = register(shapes);
  return (norm, k) => {
    const r = seenFor(norm);
    return r.shapes[from(r, base + k)] === base + k;
  };
}

/**
 * The first shape of the list that matches a normalised sentence, or null: its leftmost match, found
 * by trying it only where the gate says a match may start (same answer as running it over the text).
 */
export function firstShape(shapes: readonly RegExp[]): (norm: string) => ShapeMatch | null {
  const base = register(shapes);
  const end = base + shapes.length;
  return (norm) => {
    const r = seenFor(norm);
    for (let i = from(r, base); i < r.shapes.length && r.shapes[i]! < end; i++) {
      const g = r.shapes[i]!;
      const starts = r.at[i];
      if (!starts) {
        const m = ALL[g]!.exec(norm);
        if (m) return { start: m.index, end: m.index + m[0].length, shape: g - base };
        continue;
      }
      const rx = STICKY[g]!;
      for (const p of starts) {
        rx.lastIndex = p;
        if (rx.test(norm)) return { start: p, end: rx.lastIndex, shape: g - base };
      }
    }
    return null;
  };
}
