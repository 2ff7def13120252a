// A list of sentence shapes behind one literal gate: the first shape that matches a normalised sentence,
// trying only the shapes whose required literals occur in it (cues/scanner.ts; same result, far fewer
// regex runs). Every shapes file is a list of patterns and this.
import { buildGate } from '../../cues/scanner.ts';

export interface ShapeMatch {
  start: number;
  end: number;
  /** Index of the shape in its list. */
  shape: number;
}

export function firstShape(shapes: readonly RegExp[]): (norm: string) => ShapeMatch | null {
  const gate = buildGate(shapes);
  return (norm) => {
    gate.scan(norm);
    for (let k = 0; k < shapes.length; k++) {
      if (!gate.may(k)) continue;
      const m = shapes[k]!.exec(norm);
      if (m) return { start: m.index, end: m.index + m[0].length, shape: k };
    }
    return null;
  };
}
