import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../../../utils/composer/overlay-host.ts';
import { watchComposers, type Watcher, type WatcherOptions } from '../../../utils/composer/watcher.ts';
import type { Mock } from 'vitest';

type Spied<T> = { [K in keyof T]: T[K] extends (...a: infer A) => infer R ? Mock<(...a: A) => R> : T[K] };
let watcher: Watcher | undefined;
let opts: Spied<Required<WatcherOptions>>;

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const hosts = () => document.querySelectorAll(HOST_TAG);

beforeEach(() => {
  document.body.innerHTML = `
    <textarea id="a"></textarea>
    <div id="b" contenteditable="true"><p>hello</p></div>
    <input id="c" type="text">`;
  opts = {
    doc: document,
    render: vi.fn<WatcherOptions['render']>(() => ({ layout: vi.fn(), dispose: vi.fn() })),
    onInput: vi.fn<NonNullable<WatcherOptions['onInput']>>(),
    onActive: vi.fn<WatcherOptions['onActive']>(),
    onDraft: vi.fn<WatcherOptions['onDraft']>(),
    draftDelay: 10,
  };
  watcher = watchComposers(opts);
});

afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
});

const focus = (id: string) => document.getElementById(id)!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const type = (id: string, init: InputEventInit = {}) =>
  document.getElementById(id)!.dispatchEvent(new InputEvent('input', { bubbles: true, ...init }));

describe('watchComposers', () => {
  it('mounts one askwell-overlay with an open shadow root when a composer gets focus', () => {
    focus('a');
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.mode).toBe('open');
    expect(opts.render).toHaveBeenCalledTimes(1);
    expect(opts.onActive).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'textarea' }));
  });

  it('keeps one overlay per composer however often it is focused', () => {
    focus('a');
    focus('b');
    focus('a');
    focus('b');
    expect(hosts()).toHaveLength(2);
    expect(watcher!.size()).toBe(2);
    expect(opts.render).toHaveBeenCalledTimes(2);
  });

  it('does nothing for a single-line input', () => {
    focus('c');
    expect(hosts()).toHaveLength(0);
    expect(opts.onActive).not.toHaveBeenCalled();
  });

  it('never puts its host inside the editor', () => {
    focus('b');
    expect(document.getElementById('b')!.querySelector(HOST_TAG)).toBeNull();
  });

  it('reports the draft once the user pauses, not on every keystroke', async () => {
    focus('a');
    type('a');
    type('a');
    type('a');
    expect(opts.onDraft).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onDraft).toHaveBeenCalledTimes(1);
  });

  it('counts the pause from the last keystroke, however long the typing goes on', async () => {
    watcher!.stop();
    let checkedAt = 0;
    watcher = watchComposers({ ...opts, draftDelay: 100, onDraft: () => void (checkedAt = Date.now()) });
    focus('a');
    const started = Date.now();
    // Keys every ~5 ms for longer than the pause: it never comes while they last. The pause is timed
    // from the last key itself (on a loaded machine the loop's own timer may fire late).
    let last = started;
    while (Date.now() - started < 150) {
      type('a');
      last = Date.now();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(checkedAt).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(checkedAt - last).toBeGreaterThanOrEqual(90);
  });

  it('a composition started before the pause ends takes the due check away', async () => {
    focus('a');
    type('a');
    document.getElementById('a')!.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onDraft).not.toHaveBeenCalled();
  });

  it('tells about every input at once, so marks can follow the text', () => {
    focus('a');
    type('a');
    type('a');
    expect(opts.onInput).toHaveBeenCalledTimes(2);
  });

  it('asks the overlay to lay itself out when mounted and after input', async () => {
    focus('a');
    const rendered = opts.render.mock.results[0]!.value;
    expect(rendered.layout).toHaveBeenCalledTimes(1);
    type('a');
    await nextFrame();
    expect(rendered.layout).toHaveBeenCalledTimes(2);
  });

  it('disposes what it rendered when the composer goes', async () => {
    focus('a');
    const rendered = opts.render.mock.results[0]!.value;
    document.getElementById('a')!.remove();
    await nextFrame();
    await nextFrame();
    expect(rendered.dispose).toHaveBeenCalledOnce();
  });

  it('does nothing while an IME composition is open, and reports after it ends', async () => {
    focus('b');
    const el = document.getElementById('b')!;
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type('b', { isComposing: true });
    type('b');
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onDraft).not.toHaveBeenCalled();
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '你好' }));
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onDraft).toHaveBeenCalledTimes(1);
  });

  it('removes the overlay and reports no composer when the focused composer leaves the DOM', async () => {
    focus('a');
    document.getElementById('a')!.remove();
    await nextFrame();
    await nextFrame();
    expect(hosts()).toHaveLength(0);
    expect(opts.onActive).toHaveBeenLastCalledWith(null);
  });

  it('does not report a draft for a composer removed before the pause ends', async () => {
    focus('a');
    type('a');
    document.getElementById('a')!.remove();
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onDraft).not.toHaveBeenCalled();
  });

  it('stop() removes every overlay and listener', () => {
    focus('a');
    focus('b');
    watcher!.stop();
    expect(hosts()).toHaveLength(0);
    focus('a');
    expect(hosts()).toHaveLength(0);
    watcher = undefined;
  });

  it('picks up a composer that already had focus when it started', () => {
    watcher!.stop();
    document.getElementById('a')!.focus();
    watcher = watchComposers(opts);
    expect(hosts()).toHaveLength(1);
  });
});

describe('watchComposers and editors that fire no input event', () => {
  it('notices a change a framework makes to the editor’s DOM, and reports the draft after the pause', async () => {
    focus('b');
    const before = opts.onInput.mock.calls.length;
    document.querySelector('#b p')!.textContent = 'hello there';
    await new Promise((r) => setTimeout(r, 30));
    expect(opts.onInput.mock.calls.length).toBeGreaterThan(before);
    expect(opts.onDraft).toHaveBeenCalled();
  });
});
