import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Lang, MessageKey, Translate } from '../../utils/i18n.ts';
import type { Template } from '../../utils/templates/schema.ts';
import { Badge } from '../Badge.tsx';
import { FindingCard, type CardFinding } from './FindingCard.tsx';
import { overlaps, type Box, type Geometry } from './geometry.ts';
import { Underlines } from './Underlines.tsx';

/** What the overlay needs from a composer's controller (entrypoints/composer.content/controller.ts). */
export interface OverlayModel<F extends CardFinding & { start: number; end: number }> {
  analysis: ReadonlySignal<{ score: number } | null>;
  shown: ReadonlySignal<F[]>;
  card: ReadonlySignal<null | { anchor: 'badge' } | { anchor: 'span'; start: number; end: number }>;
  cardFindings: ReadonlySignal<F[]>;
  status: ReadonlySignal<{ kind: 'ok' | 'error'; key: MessageKey } | null>;
  tooLong: ReadonlySignal<boolean>;
  currentText: ReadonlySignal<string>;
  openCard(state: { anchor: 'badge' } | { anchor: 'span'; start: number; end: number }): void;
  closeCard(): void;
  template(f: F): Template | undefined;
  preview(t: Template): string;
  applyFix(f: F): Promise<unknown>;
  ignore(f: F): void;
  disableRule(f: F): Promise<void>;
  openPanel(): void;
}

export interface OverlayProps<F extends CardFinding & { start: number; end: number }> {
  model: OverlayModel<F>;
  geometry: ReadonlySignal<Geometry>;
  t: ReadonlySignal<Translate>;
  lang: ReadonlySignal<Lang>;
  /** Puts the caret back in the editor (after the card closes). */
  focusEditor: () => void;
}

const BADGE = 24;
const INSET = 8;

/**
 * Where the badge sits: the composer's bottom-right corner, kept inside the visible viewport; when the
 * user is typing right there, the top-right corner instead, so it never covers the words being typed.
 */
export function badgeBox(box: Box, view: { w: number; h: number }, caret?: Box | null): Box {
  const right = Math.min(box.x + box.w, view.w);
  const bottom = Math.min(box.y + box.h, view.h);
  const x = Math.max(box.x, right - INSET - BADGE);
  const low = { x, y: Math.max(box.y, bottom - INSET - BADGE), w: BADGE, h: BADGE };
  if (!caret || !overlaps(low, caret, 4)) return low;
  return { x, y: Math.max(0, box.y) + INSET, w: BADGE, h: BADGE };
}

/** Where the overlay's fixed parts sit: the composer's box, the view and the badge. */
interface Placed {
  box: Box;
  view: { w: number; h: number };
  badge: Box;
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
const samePlace = (a: Placed | null, b: Placed | null) =>
  a === b || (!!a && !!b && sameBox(a.box, b.box) && sameBox(a.badge, b.badge) && a.view.w === b.view.w && a.view.h === b.view.h);

/**
 * The underline layer on its own: a keystroke moves the marks (new geometry, remapped findings) and
 * only this re-renders, not the badge and the card around it.
 */
function Marks<F extends CardFinding & { start: number; end: number }>({ model, geometry, lang }: Pick<OverlayProps<F>, 'model' | 'geometry' | 'lang'>) {
  const shown = model.shown.value;
  return (
    <Underlines
      geometry={geometry.value}
      label={(m) =>
        shown
          .filter((f) => f.start === m.start && f.end === m.end)
          .map((f) => f.message[lang.value])
          .join(' · ')
      }
      onOpen={(m) => model.openCard({ anchor: 'span', start: m.start, end: m.end })}
    />
  );
}

export function Overlay<F extends CardFinding & { start: number; end: number }>({ model, geometry, t, lang, focusEditor }: OverlayProps<F>) {
  // Read through computeds that keep their value while it is the same, so that a keystroke (which
  // moves the caret and the marks but rarely the badge or the count) does not re-render this part.
  const kept = useRef<Placed | null>(null);
  const placed = useComputed(() => {
    const g = geometry.value;
    const next = g.box ? { box: g.box, view: g.view, badge: badgeBox(g.box, g.view, g.caret) } : null;
    if (!samePlace(kept.current, next)) kept.current = next;
    return kept.current;
  });
  const count = useComputed(() => model.shown.value.length);
  const warning = useComputed(() => model.shown.value.some((f) => f.severity === 'warning'));
  const p = placed.value;
  const tr = t.value;
  if (!p) return null;
  const analysis = model.analysis.value;
  const card = model.card.value;
  const status = model.status.value;
  const { badge, view } = p;
  const close = () => {
    model.closeCard();
    focusEditor();
  };
  let anchor: Box = badge;
  if (card?.anchor === 'span') {
    // Only while a mark's card is open does this follow the marks.
    const m = geometry.value.marks.find((x) => x.start === card.start && x.end === card.end);
    const last = m?.rects[m.rects.length - 1];
    if (last) anchor = last;
  }
  return (
    <>
      <Marks model={model} geometry={geometry} lang={lang} />
      <Badge
        t={tr}
        count={analysis && !model.tooLong.value ? count.value : undefined}
        score={analysis?.score}
        level={warning.value ? 'warning' : 'info'}
        expanded={!!card}
        style={{ left: `${badge.x}px`, top: `${badge.y}px` }}
        // The card's state when the click lands, not when this last rendered: a click that arrives
        // between a change and its re-render must still toggle the right way.
        onOpen={() => (model.card.peek() ? close() : model.openCard({ anchor: 'badge' }))}
      />
      {status || model.tooLong.value ? (
        <div class={`aw-status aw-status-${status?.kind ?? 'error'}`} role="status" style={{ left: `${Math.max(8, badge.x - 280)}px`, top: `${badge.y - 34}px` }}>
          {status ? tr(status.key) : tr('overlayTooLong', model.currentText.value.length)}
        </div>
      ) : null}
      {card ? (
        <FindingCard
          t={tr}
          lang={lang.value}
          findings={model.cardFindings.value}
          score={analysis?.score ?? null}
          anchor={anchor}
          view={view}
          template={(f) => model.template(f)}
          preview={(tpl) => model.preview(tpl)}
          onFix={(f) => void model.applyFix(f)}
          onIgnore={(f) => model.ignore(f)}
          onDisable={(f) => void model.disableRule(f)}
          onOpenPanel={model.openPanel}
          onClose={close}
        />
      ) : null}
    </>
  );
}
