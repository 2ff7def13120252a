// Sentence shapes behind one literal gate. Every shapes file registers its list here; one scan of a
// sentence (cues/gate.ts) says, for all the lists at once, which shapes could match it, so a shape
// is tried only where its required literals occur (same result, far fewer regex runs), and a sentence
// is scanned once however many rules read its shapes. The answer is kept per normalised sentence text.
// A new sentence is not even scanned for them on its own: the gate's literals ride on the cue scan of
// its features (cues/hits.ts, `setCompanion`), and the answer is kept then.
import { setCompanion } from '../../cues/hits.ts';
import { buildGate, type Gate } from '../../cues/gate.ts';

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
 * What the gate said of one sentence, flat: for each shape that may match, in ascending order, its
 * index, then the number of places a match may start (-1 for a shape without leading literals, which
 * runs over the sentence), then those places. One plain array per sentence: a typed array, or an
 * array per shape, cost more to allocate than the scan.
 */
type Seen = number[];
/** Dropped by making a new Map, never `clear()` (why: features.ts). */
let seen = new Map<string, Seen>();
const SEEN_LIMIT = 4096;

function seenFor(norm: string): Seen {
  const r = seen.get(norm);
  if (r) return r;
  gate ??= buildGate(ALL);
  gate.scan(norm);
  return record(norm, gate);
}

/** Keeps what the gate said of `norm`, just scanned. */
function record(norm: string, gate: Gate): Seen {
  const r: Seen = [];
  const touched = gate.touchedIds();
  const n = gate.touchedCount();
  for (let t = 0; t < n; t++) {
    const k = touched[t]!;
    r.push(k);
    if (!gate.leads(k)) {
      r.push(-1);
      continue;
    }
    const st = gate.starts(k);
    const c = gate.count(k);
    r.push(c);
    for (let j = 0; j < c; j++) r.push(st[j]!);
  }
  if (seen.size >= SEEN_LIMIT) seen = new Map();
  seen.set(norm, r);
  return r;
}

/** Offset in `r` of the entry after the one at `i` (its index, its count, then its places). */
const nextEntry = (r: Seen, i: number): number => i + 2 + Math.max(0, r[i + 1]!);

/** Offset in `r` of the first entry whose shape is ≥ k (r.length when none). */
function from(r: Seen, k: number): number {
  let i = 0;
  while (i < r.length && r[i]! < k) i = nextEntry(r, i);
  return i;
}

/** Forgets what the gate said (cold-analysis benchmarks, tests). */
export function clearShapeCache(): void {
  seen = new Map();
}

function register(shapes: readonly RegExp[]): number {
  const base = ALL.length;
  ALL.push(...shapes);
  STICKY.push(...shapes.map((rx) => new RegExp(rx.source, rx.flags.replace('g', '') + 'y')));
  gate = undefined; // a gate built before this list was added does not know it
  seen = new Map();
  // The cue scanners walk the gate's literals in their own pass over each new sentence (cues/hits.ts),
  // so most sentences are scanned once for cues and shapes together; they are built again with the new gate.
  setCompanion(COMPANION);
  return base;
}

const COMPANION = {
  gate: (): Gate => (gate ??= buildGate(ALL)),
  seen(norm: string): void {
    record(norm, gate!);
  },
};

/** Registers a list of shapes; returns `may(norm, k)`: whether shape k of the list may match. */
export function shapeGate(shapes: readonly RegExp[]): (norm: string, k: number) => boolean {
  const base = register(shapes);
  return (norm, k) => {
    const r = seenFor(norm);
    return r[from(r, base + k)] === base + k;
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
    for (let i = from(r, base); i < r.length && r[i]! < end; i = nextEntry(r, i)) {
      const g = r[i]!;
      const n = r[i + 1]!;
      if (n < 0) {
        const m = ALL[g]!.exec(norm);
        if (m) return { start: m.index, end: m.index + m[0].length, shape: g - base };
        continue;
      }
      const rx = STICKY[g]!;
      for (let j = i + 2; j < i + 2 + n; j++) {
        const p = r[j]!;
        rx.lastIndex = p;
        if (rx.test(norm)) return { start: p, end: rx.lastIndex, shape: g - base };
      }
    }
    return null;
  };
}
