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
let gate: Gate | undefined;
const mays = new Map<string, Uint8Array>();
const MAYS_LIMIT = 4096;

/** For each registered shape, whether it may match `norm` (1) or cannot (0). */
function mayFor(norm: string): Uint8Array {
  let m = mays.get(norm);
  if (m) return m;
  gate ??= buildGate(ALL);
  gate.scan(norm);
  m = new Uint8Array(ALL.length);
  for (let k = 0; k < ALL.length; k++) m[k] = gate.may(k) ? 1 : 0;
  if (mays.size >= MAYS_LIMIT) mays.clear();
  mays.set(norm, m);
  return m;
}

/** Forgets what the gate said (cold-analysis benchmarks, tests). */
export function clearShapeCache(): void {
  mays.clear();
}

/** Registers a list of shapes; returns `may(norm, k)`: whether shape k of the list may match. */
export function shapeGate(shapes: readonly RegExp[]): (norm: string, k: number) => boolean {
  const base = ALL.length;
  ALL.push(...shapes);
  gate = undefined; // a gate built before this list was added does not know it
  mays.clear();
  return (norm, k) => mayFor(norm)[base + k] === 1;
}

/** The first shape of the list that matches a normalised sentence, or null. */
export function firstShape(shapes: readonly RegExp[]): (norm: string) => ShapeMatch | null {
  const may = shapeGate(shapes);
  return (norm) => {
    for (let k = 0; k < shapes.length; k++) {
      if (!may(norm, k)) continue;
      const m = shapes[k]!.exec(norm);
      if (m) return { start: m.index, end: m.index + m[0].length, shape: k };
    }
    return null;
  };
}
