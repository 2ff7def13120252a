import type { Geometry, MarkBox } from './geometry.ts';

export interface UnderlinesProps {
  geometry: Geometry;
  label: (mark: MarkBox) => string;
  onOpen: (mark: MarkBox) => void;
}

/**
 * One line under each marked span, clipped to the composer's box so that text scrolled out of the
 * editor is not marked outside it. Only the thin line itself takes clicks; the text stays the page's.
 */
export function Underlines({ geometry, label, onOpen }: UnderlinesProps) {
  const { box } = geometry;
  if (!box) return null;
  // Keyed by place in the list, not by offsets: a keystroke shifts the offsets of every mark after the
  // caret, and offset keys would make Preact remove and re-create those buttons on every keystroke.
  let n = 0;
  return (
    <div class="aw-marks" style={{ left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px` }}>
      {geometry.marks.flatMap((m) =>
        m.rects.map((r) => (
          <button
            type="button"
            key={n++}
            class={`aw-mark aw-mark-${m.kind}`}
            data-severity={m.severity}
            data-start={m.start}
            data-end={m.end}
            aria-label={label(m)}
            tabIndex={-1}
            style={{ left: `${r.x - box.x}px`, top: `${r.y - box.y + r.h - 3}px`, width: `${r.w}px` }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onOpen(m)}
          />
        )),
      )}
    </div>
  );
}
