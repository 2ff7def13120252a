// Notices the composers the user writes in and keeps one overlay host on each. Event-driven only
// (focusin, input, composition, mutations, scroll/resize batched into one animation frame): no polling.
// Host-agnostic: the content script injects what to render and what to do with the draft.
import { findComposer, type Composer } from './detect.ts';
import { createOverlayHost, type OverlayHost } from './overlay-host.ts';

export interface WatcherOptions {
  doc: Document;
  /** Called once per new overlay, to render AskWell's UI into it. */
  render: (overlay: OverlayHost, composer: Composer) => Rendered;
  /** The composer the user is writing in changed (null: it left the page). */
  onActive: (composer: Composer | null) => void;
  /** The draft changed and the user paused (never called during an IME composition). */
  onDraft: (composer: Composer) => void;
  /** The user changed the draft (every input event, composition included): for remapping marks. */
  onInput?: (composer: Composer) => void;
  /** Pause after the last keystroke before onDraft, in ms. */
  draftDelay?: number;
}

export interface Rendered {
  /** Called in an animation frame after scroll, resize, reflow or input: re-measure and re-place. */
  layout(): void;
  dispose(): void;
}

export interface Watcher {
  active(): Composer | null;
  /** Number of composers with an overlay (for tests and diagnostics). */
  size(): number;
  stop(): void;
}

interface Watched {
  composer: Composer;
  overlay: OverlayHost;
  rendered: Rendered;
  /** Edits that fire no input event (a framework re-rendering its model, as Draft.js does). */
  edits?: MutationObserver;
}

export function watchComposers(opts: WatcherOptions): Watcher {
  const { doc } = opts;
  const win = doc.defaultView ?? window;
  const watched = new Map<HTMLElement, Watched>();
  let active: Composer | null = null;
  let composing = false;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** The composer a check is due for, and when (Date.now()). */
  let draftFor: Watched | null = null;
  let draftDue = 0;
  const delay = opts.draftDelay ?? 250;
  let frame = 0;
  let mutations: MutationObserver | undefined;
  const resizes = new win.ResizeObserver(() => schedule());

  const originOf = (e: Event): EventTarget | null => e.composedPath?.()[0] ?? e.target;

  function schedule() {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      for (const w of [...watched.values()]) {
        if (!w.composer.element.isConnected) release(w);
        else w.rendered.layout();
      }
    });
  }

  function watch(composer: Composer): Watched {
    const existing = watched.get(composer.element);
    if (existing) return existing;
    const overlay = createOverlayHost(composer.element);
    const w: Watched = { composer, overlay, rendered: { layout() {}, dispose() {} } };
    watched.set(composer.element, w);
    w.rendered = opts.render(overlay, composer);
    w.rendered.layout();
    if (composer.kind === 'contenteditable') {
      w.edits = new win.MutationObserver(() => changed(w));
      w.edits.observe(composer.element, { childList: true, subtree: true, characterData: true });
    }
    resizes.observe(composer.element);
    if (!mutations) {
      // Only while something is watched: notice a composer that leaves the DOM.
      mutations = new win.MutationObserver(() => schedule());
      mutations.observe(doc.documentElement, { childList: true, subtree: true });
    }
    return w;
  }

  function release(w: Watched) {
    watched.delete(w.composer.element);
    resizes.unobserve(w.composer.element);
    w.edits?.disconnect();
    try {
      w.rendered.dispose();
    } finally {
      w.overlay.remove();
    }
    if (active?.element === w.composer.element) {
      active = null;
      cancelDraft();
      opts.onActive(null);
    }
    if (watched.size === 0) {
      mutations?.disconnect();
      mutations = undefined;
    }
  }

  const onFocusIn = (e: Event) => {
    const composer = findComposer(originOf(e));
    if (!composer) return;
    const w = watch(composer);
    if (active?.element !== w.composer.element) {
      active = w.composer;
      opts.onActive(active);
    }
  };

  /** The draft changed (an input event or an edit in the DOM): marks follow, a check is due. */
  function changed(w: Watched, isComposing = false) {
    opts.onInput?.(w.composer);
    schedule();
    if (composing || isComposing) return;
    // The pause is counted from the last change. A keystroke only moves the deadline; the one timer
    // waits on when it fires early (a timer cleared and set again per keystroke, twice with the
    // editor's mutations, costs more than the rest of the keystroke's bookkeeping).
    draftFor = w;
    draftDue = Date.now() + delay;
    if (draftTimer === undefined) draftTimer = setTimeout(draftPaused, delay);
  }

  function draftPaused() {
    draftTimer = undefined;
    const left = draftDue - Date.now();
    if (left > 0) {
      draftTimer = setTimeout(draftPaused, left);
      return;
    }
    const w = draftFor;
    draftFor = null;
    if (w?.composer.element.isConnected) opts.onDraft(w.composer);
  }

  function cancelDraft() {
    clearTimeout(draftTimer);
    draftTimer = undefined;
    draftFor = null;
  }

  const onInput = (e: Event) => {
    const origin = originOf(e);
    // Input events fire at the field or the editing host, which is the watched element: found without
    // findComposer, whose isContentEditable makes the browser recalculate styles on every keystroke.
    const w = watched.get(origin as HTMLElement) ?? watchedOf(findComposer(origin));
    if (w) changed(w, (e as InputEvent).isComposing);
  };
  const watchedOf = (c: Composer | null) => (c ? watched.get(c.element) : undefined);

  const onCompositionStart = () => {
    composing = true;
    cancelDraft();
  };
  const onCompositionEnd = (e: Event) => {
    composing = false;
    onInput(e);
  };

  const listen: [string, EventListener, AddEventListenerOptions][] = [
    ['focusin', onFocusIn, { capture: true }],
    ['input', onInput, { capture: true }],
    ['compositionstart', onCompositionStart, { capture: true }],
    ['compositionend', onCompositionEnd, { capture: true }],
    ['scroll', schedule, { capture: true, passive: true }],
  ];
  for (const [type, fn, o] of listen) doc.addEventListener(type, fn, o);
  win.addEventListener('resize', schedule, { passive: true });

  // A composer that already has focus when we start (the script loads after the user clicked in).
  const focused = doc.activeElement;
  if (focused) onFocusIn({ target: focused, composedPath: () => [focused] } as unknown as Event);

  return {
    active: () => active,
    size: () => watched.size,
    stop() {
      for (const [type, fn, o] of listen) doc.removeEventListener(type, fn, o);
      win.removeEventListener('resize', schedule);
      cancelDraft();
      if (frame) win.cancelAnimationFrame(frame);
      for (const w of [...watched.values()]) release(w);
      resizes.disconnect();
    },
  };
}
