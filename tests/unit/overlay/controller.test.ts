import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createComposerController, MAX_LIVE_CHARS } from '../../../entrypoints/composer.content/controller.ts';
import type { EditorAdapter, InsertOutcome } from '../../../utils/composer/adapters/index.ts';

/** An editor held in a string: what the controller reads, and what its replace() writes. */
function fakeEditor(initial: string, outcome?: InsertOutcome) {
  let text = initial;
  const adapter: EditorAdapter & { set(t: string): void } = {
    element: document.createElement('div'),
    family: 'fake',
    read: () => ({ text }),
    rects: () => [],
    rectsOf: (spans) => spans.map(() => []),
    caret: () => null,
    select: () => true,
    dispose: () => {},
    replace: vi.fn(async (start: number, end: number, insert: string) => {
      if (outcome && !outcome.ok) return outcome;
      text = text.slice(0, start) + insert + text.slice(end);
      return { ok: true, via: 'fake' };
    }),
    set(t: string) {
      text = t;
    },
  };
  return adapter;
}

const deps = (adapter: EditorAdapter, disabled: string[] = []) => ({
  adapter,
  rulePrefs: signal({ disabledRules: disabled, ruleSeverity: {} as Record<string, 'warning' | 'info' | 'hint'> }),
  lang: signal<'en' | 'zh'>('en'),
  disableRule: vi.fn(async () => {}),
  openPanel: vi.fn(),
  now: () => new Date('2026-11-23T09:00:00'),
});

const WEAK = 'Hi Dana, we need some help from your team. Can someone look at it soon?';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('composer controller', () => {
  it('shows nothing for an empty draft, and findings once there is text', () => {
    const ed = fakeEditor('   ');
    const c = createComposerController(deps(ed));
    c.check();
    expect(c.analysis.value).toBeNull();
    expect(c.shown.value).toEqual([]);
    ed.set(WEAK);
    c.check();
    expect(c.shown.value.length).toBeGreaterThan(2);
    expect(c.shown.value.every((f) => f.severity !== 'hint')).toBe(true);
  });

  it('keeps a mark on its words while the user types before it, and drops it when they edit it', () => {
    const ed = fakeEditor(WEAK);
    const c = createComposerController(deps(ed));
    c.check();
    const mark = () => c.marks.value.find((m) => m.findings.some((f) => f.ruleId === 'vague-need'));
    expect(WEAK.slice(mark()!.start, mark()!.end)).toBe('some help');
    const typed = 'Dear ' + WEAK;
    ed.set(typed);
    c.noteInput();
    expect(typed.slice(mark()!.start, mark()!.end)).toBe('some help');
    ed.set(typed.replace('some help', 'two testers'));
    c.noteInput();
    expect(mark()).toBeUndefined();
  });

  it('after a pause, analyses at once but shows the result only when its step runs, remapped onto what was typed meanwhile', () => {
    const ed = fakeEditor('Hi Dana.');
    const c = createComposerController(deps(ed));
    c.check();
    ed.set(WEAK);
    const show = c.prepareCheck();
    // Nothing changes on screen until the next frame runs the step.
    expect(c.analysis.value?.findings.some((f) => f.ruleId === 'vague-need')).toBeFalsy();
    const typed = 'Dear ' + WEAK;
    ed.set(typed);
    show();
    expect(c.currentText.value).toBe(typed);
    const mark = c.marks.value.find((m) => m.findings.some((f) => f.ruleId === 'vague-need'));
    expect(typed.slice(mark!.start, mark!.end)).toBe('some help');
  });

  it('does not underline findings about the message as a whole', () => {
    const c = createComposerController(deps(fakeEditor(WEAK)));
    c.check();
    expect(c.shown.value.some((f) => f.ruleId === 'only-asking')).toBe(true);
    expect(c.marks.value.some((m) => m.findings.some((f) => f.ruleId === 'only-asking'))).toBe(false);
  });

  it('leaves out rules the user turned off and findings ignored here', () => {
    const d = deps(fakeEditor(WEAK), ['only-asking']);
    const c = createComposerController(d);
    c.check();
    expect(c.shown.value.some((f) => f.ruleId === 'only-asking')).toBe(false);
    const vague = c.shown.value.find((f) => f.ruleId === 'vague-need')!;
    c.ignore(vague);
    expect(c.shown.value.some((f) => f.ruleId === 'vague-need')).toBe(false);
    // Ignored stays ignored after the next check of the same words.
    c.check();
    expect(c.shown.value.some((f) => f.ruleId === 'vague-need')).toBe(false);
  });

  it('shows each rule at the level the user chose, live, and a rule set to hint leaves the page', () => {
    const d = deps(fakeEditor(WEAK));
    const c = createComposerController(d);
    c.check();
    const level = (id: string) => c.shown.value.find((f) => f.ruleId === id)?.severity;
    expect(level('vague-need')).toBe('warning');
    d.rulePrefs.value = { disabledRules: [], ruleSeverity: { 'vague-need': 'info', 'only-asking': 'hint' } };
    expect(level('vague-need')).toBe('info');
    expect(level('only-asking')).toBeUndefined();
    expect(c.marks.value.find((m) => m.findings.some((f) => f.ruleId === 'vague-need'))!.findings[0]!.severity).toBe('info');
  });

  it('applies a fix where its template belongs and says so, then the note goes away', async () => {
    const ed = fakeEditor(WEAK);
    const c = createComposerController(deps(ed));
    c.check();
    c.openCard({ anchor: 'badge' });
    const vague = c.shown.value.find((f) => f.ruleId === 'vague-need')!;
    const out = await c.applyFix(vague);
    expect(out.ok).toBe(true);
    expect(ed.read().text).toBe(
      'Hi Dana, we need some help from your team. Specifically, we need [what you need] for [how long], starting [date]. Can someone look at it soon?',
    );
    expect(c.card.value).toBeNull();
    expect(c.status.value).toEqual({ kind: 'ok', key: 'overlayApplied' });
    vi.advanceTimersByTime(6_000);
    expect(c.status.value).toBeNull();
  });

  it('tells the user when the editor went away, and changes nothing', async () => {
    const ed = fakeEditor(WEAK, { ok: false, error: 'editor-gone' });
    const c = createComposerController(deps(ed));
    c.check();
    const out = await c.applyFix(c.shown.value.find((f) => f.fix)!);
    expect(out).toEqual({ ok: false, error: 'editor-gone' });
    expect(ed.read().text).toBe(WEAK);
    expect(c.status.value).toEqual({ kind: 'error', key: 'overlayEditorGone' });
  });

  it('refuses a second insertion while one is running (no double insert on a double click)', async () => {
    const ed = fakeEditor(WEAK);
    const c = createComposerController(deps(ed));
    c.check();
    const f = c.shown.value.find((x) => x.fix)!;
    const [a, b] = await Promise.all([c.applyFix(f), c.applyFix(f)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(ed.replace).toHaveBeenCalledTimes(1);
  });

  it('does not check a huge paste as the user types, and says why', () => {
    const ed = fakeEditor('x'.repeat(MAX_LIVE_CHARS + 1));
    const c = createComposerController(deps(ed));
    c.check();
    expect(c.tooLong.value).toBe(true);
    expect(c.shown.value).toEqual([]);
  });
});
