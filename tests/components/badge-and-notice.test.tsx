import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from '../../components/Badge.tsx';
import { StorageNotice } from '../../components/StorageNotice.tsx';
import { translator } from '../../utils/i18n.ts';

describe('Badge', () => {
  it('is a labelled button that opens AskWell, in the chosen language', () => {
    const onOpen = vi.fn();
    render(<Badge t={translator('zh')} onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: 'AskWell：打开请求检查' });
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('carries the number of findings in data-count and shows it', () => {
    render(<Badge t={translator('en')} count={3} onOpen={() => {}} />);
    const button = screen.getByRole('button');
    expect(button.dataset.count).toBe('3');
    expect(button.textContent).toContain('3');
  });

  it.each([
    ['only suggestions: a calmer badge', 2, 'info', 'info'],
    ['a warning among them', 2, 'warning', 'warning'],
    ['nothing found: no level at all', 0, 'warning', undefined],
  ] as const)('says the loudest level of what it counts: %s', (_name, count, level, shown) => {
    render(<Badge t={translator('en')} count={count} level={level} onOpen={() => {}} />);
    expect(screen.getByRole('button').dataset.level).toBe(shown);
  });

  it('does not take focus on mouse down, so the caret stays in the editor', () => {
    render(<Badge t={translator('en')} onOpen={() => {}} />);
    const ev = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    screen.getByRole('button').dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
  });
});

describe('StorageNotice', () => {
  it('renders nothing when there is no problem', () => {
    const { container } = render(<StorageNotice t={translator('en')} items={[]} onDismiss={() => {}} />);
    expect(container.innerHTML).toBe('');
  });

  it('names the items that fell back to defaults, once each, and can be dismissed', () => {
    const onDismiss = vi.fn();
    render(<StorageNotice t={translator('en')} items={['settings', 'settings']} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('safe defaults for: settings.');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
