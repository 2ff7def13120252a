import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../components/checklist/Checklist.tsx';
import { analyze } from '../../utils/analysis/index.ts';
import { translator } from '../../utils/i18n.ts';

const NOW = new Date('2026-11-23T09:00:00');

function setup(text: string, lang: 'en' | 'zh' = 'en', canInsert = true) {
  const props = {
    t: translator(lang),
    lang,
    analysis: analyze(text, { now: NOW }),
    preview: (id: string) => `preview of ${id}`,
    canInsert,
    onReveal: vi.fn(),
    onInsert: vi.fn(),
    onCopy: vi.fn(),
  };
  const view = render(<Checklist {...props} />);
  return { props, view };
}

const item = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;

describe('Checklist', () => {
  it('shows the four moves, each with its sub-items, and the readiness score', () => {
    const { props } = setup('Hi Dana, we need some help from your team soon.');
    for (const id of ['shared-goal', 'need', 'reason', 'offer', 'invite', 'steps', 'thanks']) expect(item(id)).toBeTruthy();
    expect(screen.getByText('1 · Shared goal')).toBeTruthy();
    expect(screen.getByText('4 · Next steps and thanks')).toBeTruthy();
    expect(Number(document.querySelector('[data-score]')!.getAttribute('data-score'))).toBe(props.analysis.score);
  });

  it('ticks what the draft has and leaves the rest open', () => {
    const draft =
      'Hi Dana, to hit our shared Q3 launch date, could your team lend us one front-end engineer for two weeks from Monday? ' +
      'Without them the checkout redesign slips a month. In return we will take over your on-call rotation for those two weeks. ' +
      'Does that raise any concerns for you? I will send the task list by Friday. Thanks a lot!';
    setup(draft);
    expect(item('need').dataset.present).toBe('yes');
    expect(item('thanks').dataset.present).toBe('yes');
    expect(item('steps').dataset.present).toBe('yes');
  });

  it('marks a move only the learned model reads as a half tick, and still offers its template', () => {
    setup('能不能把登录超时的修复合进 2.3 分支，下周三前出个小版本？我们客户那边还在用 2.3，每天都有人投诉。补丁的 PR 我来提，回归用例我也一起补上。', 'zh');
    const offer = item('offer');
    expect(offer.dataset.present).toBe('yes');
    expect(offer.dataset.learned).toBe('yes');
    expect(offer.querySelector('.aw-tick')!.textContent).toBe('◐');
    const note = offer.querySelector('.aw-learned') as HTMLElement;
    expect(note.textContent).toBe('可能已有：按整体措辞判断');
    expect(note.title).toContain('请自己确认');
    fireEvent.click(within(offer).getByRole('button', { name: '补上…' }));
    expect(offer.querySelector('[data-fix="reciprocity.offer"]')).toBeTruthy();
    cleanup();
    setup('Could one of your porters help with luggage from 11 to 2 on Saturday? We will cover his Sunday morning shift in return.');
    expect(item('offer').dataset.present).toBe('yes');
    expect(item('offer').dataset.learned).toBeUndefined();
    expect(item('offer').querySelector('.aw-tick')!.textContent).toBe('✓');
    expect(item('offer').querySelector('.aw-learned')).toBeNull();
    expect(within(item('offer')).queryByRole('button', { name: 'Add…' })).toBeNull();
  });

  it('leaves every move open for a bare ask', () => {
    setup('can you guys do the thing');
    for (const id of ['shared-goal', 'need', 'offer', 'steps']) expect(item(id).dataset.present).toBe('no');
  });

  it('a missing item opens its template; Insert asks for it by id', () => {
    const { props } = setup('We need data.');
    const missing = item('offer');
    expect(missing.dataset.present).toBe('no');
    fireEvent.click(missing.querySelector('button')!);
    expect(missing.textContent).toContain('preview of reciprocity.offer');
    fireEvent.click(missing.querySelector('[data-fix="reciprocity.offer"]')!);
    expect(props.onInsert).toHaveBeenCalledWith('reciprocity.offer');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(props.onCopy).toHaveBeenCalledWith('preview of reciprocity.offer');
  });

  it('a present item shows its words in the draft', () => {
    const { props } = setup('Thanks so much for your help with this!');
    const thanks = item('thanks');
    expect(thanks.dataset.present).toBe('yes');
    fireEvent.click(thanks.querySelector('button')!);
    expect(props.onReveal).toHaveBeenCalledWith(expect.objectContaining({ start: expect.any(Number), end: expect.any(Number) }));
  });

  it('lists pitfalls in the user’s language and reveals their words on click', () => {
    const { props } = setup('你们总是拖着不给数据，为什么还没弄好？', 'zh');
    const pitfalls = document.querySelector('[data-section="pitfalls"]')!;
    const blame = pitfalls.querySelector('[data-rule="blame"] button') as HTMLButtonElement;
    expect(blame).toBeTruthy();
    expect(blame.textContent).toMatch(/[\u4e00-\u9fff]/);
    fireEvent.click(blame);
    expect(props.onReveal).toHaveBeenCalled();
    expect(screen.getByText('需要注意')).toBeTruthy();
  });

  it('says when the panel has no composer: the template goes into the pasted draft', () => {
    setup('We need data.', 'en', false);
    fireEvent.click(item('offer').querySelector('button')!);
    expect(screen.getByRole('button', { name: 'Add to the draft above' })).toBeTruthy();
  });

  it('explains the tone with the words that moved it', () => {
    setup('Could you please share the report? Thank you so much!');
    const tone = document.querySelector('[data-section="tone"] [data-tone]')!;
    expect(tone.getAttribute('data-tone')).toBe('polite');
    expect(document.querySelectorAll('[data-section="tone"] .aw-chip').length).toBeGreaterThan(0);
  });
});
