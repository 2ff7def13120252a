import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AfterCare, SaveCommitments } from '../../components/aftercare/AfterCare.tsx';
import { analyze } from '../../utils/analysis/index.ts';
import { toLocalInput, type Commitment, type SavedRequest } from '../../utils/aftercare/model.ts';
import { translator } from '../../utils/i18n.ts';

const NOW = new Date(2026, 2, 6, 9, 0).getTime(); // Friday 6 March 2026, 09:00 local
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

const commitment = (over: Partial<Commitment>): Commitment => ({ id: 'c', who: 'me', what: 'x', due: at(NOW + HOUR), done: false, reminded: false, ...over });
const request = (over: Partial<SavedRequest> = {}): SavedRequest => ({
  id: 'r1',
  title: 'Two analysts for the churn model',
  recipient: 'Dana',
  resource: 'two analysts',
  project: 'the Q3 report',
  lang: 'en',
  createdAt: at(NOW - 96 * HOUR),
  commitments: [
    commitment({ id: 'late', what: 'Send you the brief', due: at(NOW - 2 * HOUR) }),
    commitment({ id: 'soon', what: 'Review the results together', due: at(NOW + 24 * HOUR) }),
    commitment({ id: 'theirs', who: 'them', what: 'Confirm the two names', due: at(NOW + 48 * HOUR) }),
    commitment({ id: 'old', what: 'Share the dashboard', due: at(NOW - 48 * HOUR), done: true }),
  ],
  followUpSent: false,
  ...over,
});

function list(over: Partial<Parameters<typeof AfterCare>[0]> = {}) {
  const props = {
    t: translator('en'),
    lang: 'en' as const,
    requests: [request()],
    now: NOW,
    onToggle: vi.fn(),
    onRemove: vi.fn(),
    onFollowUp: vi.fn(),
    onMarkSent: vi.fn(),
    ...over,
  };
  render(<AfterCare {...props} />);
  return props;
}

const ids = (status: string) => [...document.querySelectorAll(`.aw-aftercare-group[data-status="${status}"] [data-commitment]`)].map((e) => e.getAttribute('data-commitment'));

describe('AfterCare', () => {
  it('groups each request commitments as due / upcoming / done, most urgent first', () => {
    list();
    expect([...document.querySelectorAll('.aw-aftercare-group')].map((g) => g.getAttribute('data-status'))).toEqual(['due', 'upcoming', 'done']);
    expect(ids('due')).toEqual(['late']);
    expect(ids('upcoming')).toEqual(['soon', 'theirs']);
    expect(ids('done')).toEqual(['old']);
    expect(screen.getByText('1 due · 2 upcoming · 1 done')).toBeTruthy();
    expect(document.querySelector('[data-commitment="theirs"] .aw-aftercare-who')!.textContent).toBe('Them');
    expect(screen.getByText('Tell Dana what their help made possible.')).toBeTruthy();
  });

  it('ticks a commitment done or open again', () => {
    const p = list();
    fireEvent.click(screen.getByRole('checkbox', { name: /Send you the brief/ }));
    expect(p.onToggle).toHaveBeenCalledWith('r1', 'late', true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Share the dashboard/ }));
    expect(p.onToggle).toHaveBeenCalledWith('r1', 'old', false);
  });

  it('opens the thank-you and the progress report pre-filled from the request', () => {
    const p = list();
    fireEvent.click(document.querySelector('[data-action="follow-up-thank-you"]')!);
    expect(p.onFollowUp).toHaveBeenLastCalledWith(
      'follow-up.thank-you',
      { recipient: 'Dana', resource: 'two analysts', project: 'the Q3 report', myStep: 'Review the results together', date: 'March 7' },
      p.requests[0],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write progress report' }));
    expect(p.onFollowUp).toHaveBeenLastCalledWith('follow-up.progress-report', expect.objectContaining({ recipient: 'Dana' }), p.requests[0]);
  });

  it('marks the follow-up sent, and removes a request only after a second click', () => {
    const p = list();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Follow-up sent' }));
    expect(p.onMarkSent).toHaveBeenCalledWith('r1', true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(p.onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove for good' }));
    expect(p.onRemove).toHaveBeenCalledWith('r1');
  });

  it('orders requests by urgency and brings the one a reminder opened into focus', () => {
    list({
      requests: [
        request({ id: 'calm', title: 'Calm', commitments: [commitment({ id: 'a', due: at(NOW + 72 * HOUR) })] }),
        request({ id: 'urgent', title: 'Urgent', commitments: [commitment({ id: 'b', due: at(NOW - HOUR) })] }),
      ],
      focusRequestId: 'calm',
    });
    expect([...document.querySelectorAll('[data-request]')].map((e) => e.getAttribute('data-request'))).toEqual(['urgent', 'calm']);
    const calm = document.querySelector('[data-request="calm"]')!;
    expect(calm.classList.contains('aw-aftercare-focus')).toBe(true);
    expect(document.activeElement).toBe(calm.querySelector('[data-action="follow-up-thank-you"]'));
  });

  it('says what after-care is when nothing is saved, in Chinese too', () => {
    list({ requests: [], t: translator('zh'), lang: 'zh' });
    expect(screen.getByRole('region', { name: '请求之后的跟进' }).textContent).toMatch(/兑现承诺、及时反馈进展/);
  });

  it('speaks Chinese: groups, who, buttons', () => {
    list({ t: translator('zh'), lang: 'zh' });
    expect(document.querySelector('.aw-aftercare-group[data-status="due"] h4')!.textContent).toMatch(/^已到期/);
    expect(screen.getByRole('button', { name: '写致谢跟进' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '写进展反馈' })).toBeTruthy();
    expect(document.querySelector('[data-commitment="theirs"] .aw-aftercare-who')!.textContent).toBe('对方');
  });
});

const DRAFT = 'Hi Dana,\n\nTo launch the Q3 report on time, could your team lend us two analysts for 3 days next week? It would let us finish the churn model. In return I can share our dashboard with your team. Any concerns, let me know.\n\nI will send you the brief by Friday, and we can review the results on March 12. Thanks!';
const MONDAY = new Date(2026, 2, 2, 9, 0);

function form(draft = DRAFT, lang: 'en' | 'zh' = 'en') {
  const props = { t: translator(lang), lang, analysis: draft ? analyze(draft, { now: MONDAY }) : null, draft, now: MONDAY.getTime(), onSave: vi.fn(), onCancel: vi.fn() };
  render(<SaveCommitments {...props} />);
  return props;
}

const rows = () => [...document.querySelectorAll('.aw-aftercare-row')].map((r) => within(r as HTMLElement));

describe('SaveCommitments', () => {
  it('is pre-filled from the draft: title, recipient, resource, and one row per next-steps date', () => {
    form();
    expect((screen.getByRole('textbox', { name: 'What you asked for' }) as HTMLInputElement).value).toMatch(/^To launch the Q3 report on time, could your team lend us two analysts/);
    expect((screen.getByRole('textbox', { name: 'Who you asked' }) as HTMLInputElement).value).toBe('Dana');
    expect((screen.getByRole('textbox', { name: 'What they give' }) as HTMLInputElement).value).toBe('two analysts');
    const r = rows();
    expect(r).toHaveLength(2);
    expect((r[0]!.getByRole('textbox', { name: 'What' }) as HTMLInputElement).value).toBe('I will send you the brief by Friday');
    expect((r[0]!.getByLabelText('By when') as HTMLInputElement).value).toMatch(/^2026-03-06T/);
    expect((r[1]!.getByLabelText('By when') as HTMLInputElement).value).toMatch(/^2026-03-12T/);
    expect((r[0]!.getByRole('combobox', { name: 'Who' }) as HTMLSelectElement).value).toBe('me');
  });

  it('saves what the user edited: who, what, due (local time), an added row, a removed row', () => {
    const p = form();
    let r = rows();
    fireEvent.change(r[1]!.getByRole('combobox', { name: 'Who' }), { target: { value: 'them' } });
    fireEvent.input(r[1]!.getByRole('textbox', { name: 'What' }), { target: { value: 'Dana confirms the two names' } });
    fireEvent.input(r[1]!.getByLabelText('By when'), { target: { value: '2026-03-10T15:30' } });
    fireEvent.click(r[0]!.getByRole('button', { name: 'Remove this commitment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a commitment' }));
    r = rows();
    expect(r).toHaveLength(2);
    expect((r[1]!.getByLabelText('By when') as HTMLInputElement).value).toBe('2026-03-03T17:00'); // tomorrow 17:00
    fireEvent.input(r[1]!.getByRole('textbox', { name: 'What' }), { target: { value: 'Send the results deck' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Project' }), { target: { value: 'the Q3 report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and remind me' }));
    expect(p.onSave).toHaveBeenCalledTimes(1);
    const saved = p.onSave.mock.calls[0]![0] as SavedRequest;
    expect(saved).toMatchObject({ recipient: 'Dana', project: 'the Q3 report', lang: 'en', followUpSent: false });
    expect(saved.commitments.map((c) => [c.who, c.what, toLocalInput(c.due), c.done])).toEqual([
      ['them', 'Dana confirms the two names', '2026-03-10T15:30', false],
      ['me', 'Send the results deck', '2026-03-03T17:00', false],
    ]);
  });

  it('says what is missing instead of saving', () => {
    const p = form();
    fireEvent.input(screen.getByRole('textbox', { name: 'What you asked for' }), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and remind me' }));
    expect(screen.getByRole('alert').textContent).toBe('Say what you asked for.');
    fireEvent.input(screen.getByRole('textbox', { name: 'What you asked for' }), { target: { value: 'Two analysts' } });
    fireEvent.input(rows()[1]!.getByLabelText('By when'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and remind me' }));
    expect(screen.getByRole('alert').textContent).toBe('Commitment 2 needs both what and by when.');
    expect(p.onSave).not.toHaveBeenCalled();
  });

  it('works in Chinese, from a Chinese draft', () => {
    const zh = '王经理您好，\n\n为了按时上线季度报告，想请您团队下周借调两位分析师3天，这样我们能完成流失模型。作为回报，我们可以把看板共享给您团队。有任何顾虑请告诉我。\n\n我会在周五前把需求文档发给您，3月12日一起复盘结果。谢谢！';
    const p = form(zh, 'zh');
    expect((screen.getByRole('textbox', { name: '请求对象' }) as HTMLInputElement).value).toBe('王经理');
    expect(rows().map((r) => (r.getByRole('textbox', { name: '事项' }) as HTMLInputElement).value)).toEqual(['我会在周五前把需求文档发给您', '3月12日一起复盘结果']);
    fireEvent.click(screen.getByRole('button', { name: '保存并提醒我' }));
    expect(p.onSave.mock.calls[0]![0]).toMatchObject({ lang: 'zh', recipient: '王经理' });
  });

  it('starts empty without a draft and says so', () => {
    const p = form('');
    expect(screen.getByText('No dates found in the next steps: add the commitments yourself.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.onCancel).toHaveBeenCalled();
  });
});
