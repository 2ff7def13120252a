// Small async helpers for talking to editors that update after the event that changed them.

export const nextFrame = (win: Window): Promise<void> =>
  new Promise((ok) => {
    // rAF does not fire in a hidden tab; the timeout keeps insertion from hanging there.
    const t = win.setTimeout(ok, 50);
    win.requestAnimationFrame(() => {
      win.clearTimeout(t);
      ok();
    });
  });

/** Polls `check` once per frame until it returns true or `frames` frames have passed. */
export async function until(win: Window, check: () => boolean, frames = 8): Promise<boolean> {
  for (let i = 0; i < frames; i++) {
    if (check()) return true;
    await nextFrame(win);
  }
  return check();
}

/**
 * Waits for the document's next selectionchange (editors sync their model from it) and then a frame,
 * so the editor has taken the new selection in; gives up after 150 ms (a busy page delays the event).
 */
export function selectionSettled(doc: Document): Promise<void> {
  const win = doc.defaultView ?? window;
  return new Promise<void>((ok) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      ok();
    };
    doc.addEventListener('selectionchange', done, { once: true });
    const timer = win.setTimeout(done, 150);
  }).then(() => nextFrame(win));
}
