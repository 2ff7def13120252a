import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TemplatePicker } from '../../components/templates/TemplatePicker.tsx';
import { translator } from '../../utils/i18n.ts';
import { BUILTIN_TEMPLATES } from '../../utils/templates/catalog.ts';

function setup(over: Partial<Parameters<typeof TemplatePicker>[0]> = {}) {
  const props = {
    t: translator('en'),
    lang: 'en' as const,
    templates: BUILTIN_TEMPLATES,
    prefill: { recipient: 'Dana', date: 'Friday' },
    draftLang: 'en' as const,
    canInsert: true,
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    ...over,
  };
  render(<TemplatePicker {...props} />);
  return props;
}

describe('TemplatePicker', () => {
  it('lists the catalog and narrows it as the user searches, in either language', () => {
    setup();
    const all = document.querySelectorAll('[data-template]').length;
    expect(all).toBe(BUILTIN_TEMPLATES.length);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search templates' }), { target: { value: 'thank' } });
    const ids = [...document.querySelectorAll('[data-template]')].map((b) => b.getAttribute('data-template'));
    expect(ids).toContain('follow-up.thank-you');
    expect(ids.length).toBeLessThan(all);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '致谢' } });
    expect(document.querySelector('[data-template="follow-up.thank-you"]')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzz' } });
    expect(screen.getByText('No template matches.')).toBeTruthy();
  });

  it('marks the team’s templates (policy) as the team’s and read-only, in the list and in the form', () => {
    const team = { id: 'team.weekly-update', move: 'custom', placement: 'caret', title: { en: 'Weekly update', zh: '每周进展' }, body: { en: 'This week: ', zh: '本周：' } } as const;
    setup({ templates: [...BUILTIN_TEMPLATES, team], teamIds: new Set([team.id]) });
    expect(document.querySelector('[data-template="team.weekly-update"] [data-origin="team"]')!.textContent).toBe('Team · read-only');
    expect(document.querySelectorAll('[data-origin="team"]')).toHaveLength(1);
    fireEvent.click(document.querySelector('[data-template="team.weekly-update"]')!);
    expect(screen.getByRole('heading', { name: 'Weekly update Team · read-only' })).toBeTruthy();
  });

  it('opens a form pre-filled from the draft; the preview follows what is typed; Insert sends the text', () => {
    const p = setup();
    fireEvent.click(document.querySelector('[data-template="follow-up.thank-you"]')!);
    const recipient = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(recipient.value).toBe('Dana');
    fireEvent.input(screen.getByRole('textbox', { name: 'What you need' }), { target: { value: 'the two testers' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'What their help made possible' }), { target: { value: 'we shipped on time' } });
    expect(document.querySelector('.aw-preview')!.textContent).toContain('Thank you again for the two testers. It made a real difference: we shipped on time.');
    fireEvent.click(document.querySelector('[data-fix="follow-up.thank-you"]')!);
    expect(p.onInsert).toHaveBeenCalledWith(expect.stringMatching(/^Hi Dana,\n\nThank you again for the two testers/), 'caret');
  });

  it('switches the template language and keeps the filled blanks', () => {
    setup({ prefill: { recipient: '王经理' } });
    fireEvent.click(document.querySelector('[data-template="follow-up.gentle-reminder"]')!);
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    expect(document.querySelector('.aw-preview')!.textContent).toMatch(/^王经理您好，想跟您确认一下【所需资源】的进展/);
  });

  it('is usable from the keyboard: Enter in the search picks the first match, Ctrl+Enter inserts', () => {
    const p = setup();
    const search = screen.getByRole('searchbox');
    fireEvent.input(search, { target: { value: 'reminder' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getByRole('heading', { name: 'Gentle reminder' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'Enter', ctrlKey: true });
    expect(p.onInsert).toHaveBeenCalledOnce();
  });

  it('without a composer it offers to add to the pasted draft, and copy works', () => {
    const p = setup({ canInsert: false });
    fireEvent.click(document.querySelector('[data-template="follow-up.thank-you"]')!);
    expect(screen.getByRole('button', { name: 'Add to the draft above' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(p.onCopy).toHaveBeenCalledWith(expect.stringContaining('Hi Dana,'));
  });
});
