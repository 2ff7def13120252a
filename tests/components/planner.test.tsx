import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Planner, type PlannerProps } from '../../components/planner/Planner.tsx';
import { translator } from '../../utils/i18n.ts';
import { buildSkeleton, emptyPlan, PLAN_FIELDS, type Plan } from '../../utils/planner/skeleton.ts';

function setup(over: Partial<PlannerProps> = {}) {
  const props = {
    t: translator('en'),
    lang: 'en' as const,
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    onChange: vi.fn(),
    ...over,
  };
  render(<Planner {...props} />);
  return props;
}

const preview = () => document.querySelector('.aw-planner-preview .aw-preview')!.textContent!;
const box = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;
const type = (name: string | RegExp, value: string) => fireEvent.input(box(name), { target: { value } });

describe('Planner', () => {
  it('shows the short form with a label for every field and an empty-plan draft', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Plan the request' })).toBeTruthy();
    expect(screen.getAllByRole('textbox')).toHaveLength(PLAN_FIELDS.length);
    for (const name of ['Who you are asking', 'What exactly you need', 'How much or how long', 'By when', 'Why it matters', 'Their goals', 'What you can offer in return', 'Your next step']) {
      expect(box(name)).toBeTruthy();
    }
    expect(box(/Their pressures right now/).closest('[data-field]')!.textContent).toContain('optional');
    expect(preview()).toBe(buildSkeleton(emptyPlan(), 'en'));
    expect(preview()).toContain('[what you need]');
    expect(screen.getByText('0 of 13 answered')).toBeTruthy();
  });

  it('updates the preview as the form is filled, and Insert / Copy send that text', () => {
    const p = setup();
    type('Who you are asking', 'Dana');
    type('Project', 'the checkout redesign');
    type('What exactly you need', 'one front-end engineer');
    type('How much or how long', 'for two weeks');
    type('By when', 'Monday 30 November');
    type('Why it matters', 'we cannot ship the payment form before the holiday peak without one');
    type('Their goals', 'fewer checkout support tickets');
    type('What you can offer in return', 'take two bugs off your backlog');
    type('Your next step', 'send you the task list');
    type('By when you will do it', 'Wednesday');
    expect(preview()).toMatch(/^Hi Dana,\n\nI'm writing about the checkout redesign/);
    expect(preview()).toContain('one front-end engineer for two weeks by Monday 30 November?');
    expect(preview()).toContain("I'll send you the task list by Wednesday.");
    expect(preview()).not.toContain('[');
    expect(screen.getByText('10 of 13 answered')).toBeTruthy();
    expect(p.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ recipient: 'Dana', myStepBy: 'Wednesday', fallback: '' }));

    fireEvent.click(document.querySelector('[data-fix="planner.skeleton"]')!);
    expect(p.onInsert).toHaveBeenCalledWith(preview());
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(p.onCopy).toHaveBeenCalledWith(preview());

    // The smaller ask and the fallback join the draft after the offer.
    type(/A smaller or phased ask/, 'one engineer for the first week');
    type(/Your fallback/, 'ship the rest first');
    const text = preview();
    expect(text.indexOf('one engineer for the first week')).toBeGreaterThan(text.indexOf('In return'));
    expect(text.indexOf('ship the rest first')).toBeGreaterThan(text.indexOf('In return'));
  });

  it('switches the draft language and keeps what was typed', () => {
    const p = setup({ onDraftLangChange: vi.fn() });
    type('Who you are asking', '王经理');
    type('What exactly you need', '一名前端工程师');
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    expect(p.onDraftLangChange).toHaveBeenCalledWith('zh');
    expect(preview()).toMatch(/^王经理您好，/);
    expect(preview()).toContain('我们需要一名前端工程师（【数量】）');
    expect(box('What exactly you need').value).toBe('一名前端工程师');
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(preview()).toMatch(/^Hi 王经理,/);
  });

  it('speaks Chinese, with a Chinese draft by default, and starts from the draft language it is given', () => {
    setup({ t: translator('zh'), lang: 'zh' });
    expect(screen.getByRole('region', { name: '请求前的准备' })).toBeTruthy();
    expect(box('具体需要什么')).toBeTruthy();
    expect(box(/如果对方说不，你的备选方案/).closest('[data-field]')!.textContent).toContain('选填');
    expect((screen.getByRole('radio', { name: '中文' }) as HTMLInputElement).checked).toBe(true);
    expect(preview()).toContain('【所需资源】');
    expect(screen.getByRole('button', { name: '插入草稿' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制' })).toBeTruthy();
    expect(screen.getByText('已填 0 / 13 项')).toBeTruthy();
  });

  it('can write an English draft from a Chinese UI', () => {
    setup({ t: translator('zh'), lang: 'zh', draftLang: 'en' });
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    expect(preview()).toMatch(/^Hi \[name\],/);
  });

  it('is usable from the keyboard: Ctrl+Enter in any field inserts', () => {
    const onInsert = vi.fn();
    setup({ onInsert });
    type('What exactly you need', 'two testers');
    fireEvent.keyDown(box('What exactly you need'), { key: 'Enter', ctrlKey: true });
    expect(onInsert).toHaveBeenCalledOnce();
    expect(onInsert).toHaveBeenCalledWith(expect.stringContaining('two testers'));
    // Every control is a native, focusable form element in reading order.
    const controls = [...document.querySelectorAll('.aw-planner input, .aw-planner textarea, .aw-planner button')];
    expect(controls.every((c) => (c as HTMLElement).tabIndex >= 0)).toBe(true);
  });

  it('takes its plan from value/onChange so the caller can keep it, and Start over clears it', () => {
    const seen: Plan[] = [];
    function Host() {
      const [plan, setPlan] = useState<Plan>({ ...emptyPlan(), resource: 'read access', recipient: 'Sam' });
      return (
        <Planner
          t={translator('en')}
          lang="en"
          value={plan}
          onChange={(next) => {
            seen.push(next);
            setPlan(next);
          }}
          onInsert={() => {}}
          onCopy={() => {}}
        />
      );
    }
    render(<Host />);
    expect(box('Who you are asking').value).toBe('Sam');
    expect(preview()).toContain('read access');
    type('How much or how long', 'for three weeks');
    expect(seen.at(-1)).toMatchObject({ resource: 'read access', amount: 'for three weeks' });
    expect(preview()).toContain('read access for three weeks by');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(seen.at(-1)).toEqual(emptyPlan());
    expect(box('Who you are asking').value).toBe('');
    expect((screen.getByRole('button', { name: 'Start over' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('without a composer, Insert adds to the pasted draft', () => {
    setup({ canInsert: false });
    expect(screen.getByRole('button', { name: 'Add to the pasted draft' }).getAttribute('data-fix')).toBe('planner.skeleton');
  });
});
