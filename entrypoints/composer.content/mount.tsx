// Mounts AskWell's UI for one composer: its adapter, controller and overlay, and the geometry the
// overlay draws with (measured once per animation frame, when the watcher asks).
import { signal, type ReadonlySignal } from '@preact/signals';
import { render } from 'preact';
import { Overlay } from '../../components/overlay/Overlay.tsx';
import { EMPTY_GEOMETRY, toBox, type Geometry } from '../../components/overlay/geometry.ts';
import { adapterFor } from '../../utils/composer/adapters/index.ts';
import type { Composer } from '../../utils/composer/detect.ts';
import type { OverlayHost } from '../../utils/composer/overlay-host.ts';
import type { Rendered } from '../../utils/composer/watcher.ts';
import type { Lang, Translate } from '../../utils/i18n.ts';
import type { RulePrefs } from '../../utils/rule-prefs.ts';
import { createComposerController, type ComposerController, type ShownFinding } from './controller.ts';

export interface MountDeps {
  t: ReadonlySignal<Translate>;
  lang: ReadonlySignal<Lang>;
  rulePrefs: ReadonlySignal<RulePrefs>;
  disableRule: (ruleId: string) => Promise<void>;
  openPanel: () => void;
}

/** Alt+Shift+J in the composer opens the card (no browser, Gmail, Outlook or Slack shortcut uses it). */
export function isCardShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
}

export interface Mounted extends Rendered {
  controller: ComposerController;
  /** The user typed: marks follow the text, and editors that group by time get their pause. */
  noteInput(): void;
  /** Selects a span of the draft (asked for from the side panel's checklist). */
  reveal(start: number, end: number): boolean;
  /** The draft as the adapter reads it: the text the overlay's offsets (and reveal's) count in. */
  text(): string;
  /** The user paused: analyse now, show the result in the next frame (two tasks, not one long one). */
  checkAfterPause(): void;
}

export function mountComposer(overlay: OverlayHost, composer: Composer, deps: MountDeps): Mounted {
  const geometry = signal<Geometry>(EMPTY_GEOMETRY);
  let lastInput = -Infinity;
  const adapter = adapterFor(composer, { scratch: () => overlay.root.querySelector<HTMLElement>('.aw-root')!, lastInputAt: () => lastInput });
  const controller = createComposerController({ adapter, ...deps });
  const el = composer.element;
  const win = el.ownerDocument.defaultView ?? window;

  // Typing only marks the text as changed; it is read once per frame here, not once per keystroke.
  let typed = false;
  const layout = () => {
    if (!el.isConnected) return;
    if (typed) {
      typed = false;
      // The marks this moves are measured just below: not again in a frame of their own.
      measuring = true;
      try {
        controller.noteInput();
      } finally {
        measuring = false;
      }
    }
    const r = el.getBoundingClientRect();
    const box = r.width > 0 && r.height > 0 ? toBox(r) : null;
    const marks = box ? controller.marks.value : [];
    // The character just before the caret: where the user is typing, if they are typing here.
    const at = box && el.ownerDocument.activeElement === el ? adapter.caret() : null;
    const caretSpan = at !== null && at > 0 ? [{ start: at - 1, end: at }] : [];
    // One measurement for every span: a textarea's copy is laid out once per frame, not once per mark.
    // Only marks on lines near the view (the composer's box within the window, and as much again
    // above and below it) are measured and drawn: the rest would be clipped or off screen, and each
    // costs a layout query and a button. A scroll brings a layout, which measures the newly shown.
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, win.innerHeight);
    const margin = Math.max(0, bottom - top);
    const rects = adapter.rectsOf([...marks, ...caretSpan], { top: top - margin, bottom: bottom + margin });
    const caretRect = caretSpan.length ? rects[marks.length]?.at(-1) : undefined;
    const markBoxes = marks.map((m, i) => ({
      start: m.start,
      end: m.end,
      kind: m.findings.some((f) => f.kind === 'tone') ? ('tone' as const) : ('pitfall' as const),
      severity: m.findings.some((f) => f.severity === 'warning') ? ('warning' as const) : ('info' as const),
      rects: (rects[i] ?? []).map(toBox),
    }));
    geometry.value = { box, view: { w: win.innerWidth, h: win.innerHeight }, marks: markBoxes, caret: caretRect ? toBox(caretRect) : null };
  };

  // The caret's place when the card opened, to put it back when the card closes.
  let saved: Range | null = null;
  const openCard: ComposerController['openCard'] = (state) => {
    const sel = el.ownerDocument.getSelection();
    const r = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    saved = r && el.contains(r.startContainer) ? r.cloneRange() : null;
    controller.openCard(state);
  };
  const focusEditor = () => {
    if (!el.isConnected) return;
    el.focus({ preventScroll: true });
    if (saved && composer.kind === 'contenteditable' && el.contains(saved.startContainer)) {
      const sel = el.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(saved);
    }
    saved = null;
  };
  const onKey = (e: KeyboardEvent) => {
    if (!isCardShortcut(e)) return;
    e.preventDefault();
    openCard({ anchor: 'badge' });
  };
  el.addEventListener('keydown', onKey);
  // New marks are measured in the next frame; the watcher asks for frames too, so coalesce to one.
  let frame = 0;
  let measuring = false;
  const requestLayout = () => {
    if (!frame && !measuring) frame = win.requestAnimationFrame(() => ((frame = 0), layout()));
  };
  const stopMarks = controller.marks.subscribe(requestLayout);

  render(
    <Overlay<ShownFinding> model={{ ...controller, openCard }} geometry={geometry} t={deps.t} lang={deps.lang} focusEditor={focusEditor} />,
    overlay.mount,
  );
  // A draft that is already there when the composer is first focused gets checked at once.
  controller.check();
  /** The frame that shows the analysis made after a pause. */
  let shown = 0;

  return {
    controller,
    // The watcher calls this inside its own frame: measure now, and drop a frame already asked for.
    layout() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      layout();
    },
    noteInput() {
      lastInput = performance.now();
      typed = true;
    },
    reveal: (start, end) => adapter.select(start, end),
    text: () => adapter.read().text,
    checkAfterPause() {
      const show = controller.prepareCheck();
      if (shown) win.cancelAnimationFrame(shown);
      shown = win.requestAnimationFrame(() => {
        shown = 0;
        if (!el.isConnected) return;
        show();
        if (frame) win.cancelAnimationFrame(frame);
        frame = 0;
        layout();
      });
    },
    dispose() {
      if (shown) win.cancelAnimationFrame(shown);
      if (frame) win.cancelAnimationFrame(frame);
      el.removeEventListener('keydown', onKey);
      stopMarks();
      adapter.dispose();
      render(null, overlay.mount);
    },
  };
}
