// Plain rectangles for the overlay to draw with, in the composer document's viewport coordinates.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MarkBox {
  start: number;
  end: number;
  /** Worst kind among the findings at this span, for the underline's colour. */
  kind: 'pitfall' | 'tone';
  /** Loudest level among them (after the user's levels): a warning is drawn stronger than a suggestion. */
  severity: 'warning' | 'info';
  rects: Box[];
}

export interface Geometry {
  /** The composer's box; null when it is not visible. */
  box: Box | null;
  /** The visible viewport (the overlay keeps its card inside it). */
  view: { w: number; h: number };
  marks: MarkBox[];
  /** Where the user is typing (the character before the caret), which the badge must not cover. */
  caret?: Box | null;
}

export const EMPTY_GEOMETRY: Geometry = { box: null, view: { w: 0, h: 0 }, marks: [] };

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

export function toBox(r: { left: number; top: number; width: number; height: number }): Box {
  return { x: r.left, y: r.top, w: r.width, h: r.height };
}
