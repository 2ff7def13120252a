import { signal } from '@preact/signals';
import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../components/overlay/Overlay.tsx';
import type { Geometry } from '../../components/overlay/geometry.ts';
import { translator, type Lang } from '../../utils/i18n.ts';

/** The smallest model the overlay renders from: one finding, the card's state in a signal. */
function setup() {
  const finding = {
    key: 'vague-need@help',
    ruleId: 'vague-need',
    kind: 'pitfall',
    severity: 'warning' as const,
    message: { en: 'Asks for help without naming a resource.', zh: '只说“帮忙”，没有说清资源。' },
    guidance: '资源协商 6 · 准备不足',
    start: 0,
    end: 4,
  };
  const card = signal<null | { anchor: 'badge' } | { anchor: 'span'; start: number; end: number }>(null);
  const model = {
    analysis: signal({ score: 40 }),
    shown: signal([finding]),
    card,
    cardFindings: signal([finding]),
    status: signal(null),
    tooLong: signal(false),
    currentText: signal('help us'),
    openCard: (s: { anchor: 'badge' } | { anchor: 'span'; start: number; end: number }) => {
      card.value = s;
    },
    closeCard: () => {
      card.value = null;
    },
    template: () => undefined,
    preview: () => '',
    applyFix: vi.fn(async () => undefined),
    ignore: vi.fn(),
    disableRule: vi.fn(async () => undefined),
    openPanel: vi.fn(),
  };
  const geometry = signal<Geometry>({ box: { x: 0, y: 0, w: 400, h: 200 }, view: { w: 1280, h: 800 }, marks: [], caret: null });
  const focusEditor = vi.fn();
  const view = render(
    <Overlay model={model} geometry={geometry} t={signal(translator('en'))} lang={signal<Lang>('en')} focusEditor={focusEditor} />,
  );
  const badge = () => view.container.querySelector('button.aw-badge') as HTMLButtonElement;
  return { card, badge, focusEditor };
}

describe('Overlay badge', () => {
  it('opens the card on a click and closes it on the next', async () => {
    const { card, badge, focusEditor } = setup();
    fireEvent.click(badge());
    expect(card.value).toEqual({ anchor: 'badge' });
    await Promise.resolve();
    fireEvent.click(badge());
    expect(card.value).toBeNull();
    expect(focusEditor).toHaveBeenCalledTimes(1);
  });

  it('toggles by the card’s state when the click lands, even before the overlay re-renders', () => {
    const { card, badge } = setup();
    // Two clicks in one task: the second sees the card the first opened, not the render's stale state.
    fireEvent.click(badge());
    fireEvent.click(badge());
    expect(card.value).toBeNull();
    // And a card opened elsewhere (the keyboard shortcut) is closed by the next click on the badge.
    card.value = { anchor: 'badge' };
    fireEvent.click(badge());
    expect(card.value).toBeNull();
  });
});
