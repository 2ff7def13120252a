import { describe, expect, it } from 'vitest';
import { placeTemplate } from '../../../utils/templates/placement.ts';

const apply = (draft: string, e: { start: number; end: number; text: string }) => draft.slice(0, e.start) + e.text + draft.slice(e.end);

describe('placeTemplate', () => {
  it.each([
    ['opening after an email greeting line', 'Hi Dana,\n\nWe need a designer.', 'opening', 'GOAL.', 'Hi Dana,\n\nGOAL.\n\nWe need a designer.'],
    ['opening after an inline Chinese greeting', '张经理，下周需要两名测试。', 'opening', '为了月底上线，', '张经理，为了月底上线，下周需要两名测试。'],
    ['opening after a traditional Chinese greeting line', '王經理您好：\n想請您支援兩週。', 'opening', '為了共同的目標。', '王經理您好：\n為了共同的目標。\n\n想請您支援兩週。'],
    ['opening after an inline English greeting keeps single spaces', 'Hi Dana, we need a designer.', 'opening', 'GOAL.', 'Hi Dana, GOAL. we need a designer.'],
    ['opening with no greeting, one line', 'Can you share the Q3 churn data?', 'opening', 'To hit our shared target,', 'To hit our shared target, Can you share the Q3 churn data?'],
    ['opening into an empty draft', '', 'opening', 'GOAL.', 'GOAL.'],
    ['closing before an English sign-off', 'Hi,\n\nWe need 2 testers.\n\nThanks,\nMing', 'closing', 'I will send the plan by Friday.', 'Hi,\n\nWe need 2 testers.\n\nI will send the plan by Friday.\n\nThanks,\nMing'],
    ['closing before a Chinese sign-off', '李总：\n需要预算五万元。\n谢谢！', 'closing', '我会在周五前提交方案。', '李总：\n需要预算五万元。\n\n我会在周五前提交方案。\n谢谢！'],
    ['closing at the end of a one-line chat ask', 'Could you review PR 42 today?', 'closing', 'Thanks a lot!', 'Could you review PR 42 today? Thanks a lot!'],
    ['closing at the end of a Chinese one-liner', '请帮忙看一下这个需求。', 'closing', '谢谢！', '请帮忙看一下这个需求。谢谢！'],
    ['closing at the end of a multi-paragraph draft, trailing spaces kept out', 'Hi,\n\nWe need data.  \n', 'closing', 'NEXT.', 'Hi,\n\nWe need data.\n\nNEXT.  \n'],
  ] as const)('%s', (_n, draft, placement, body, out) => {
    expect(apply(draft, placeTemplate(draft, placement, body))).toBe(out);
  });

  it('after-span goes after the end of the sentence holding the span', () => {
    const draft = 'We need some help with the launch. It is next week.';
    const at = draft.indexOf('some help');
    const e = placeTemplate(draft, 'after-span', 'Specifically, one designer for 3 days.', { start: at, end: at + 9 });
    expect(apply(draft, e)).toBe('We need some help with the launch. Specifically, one designer for 3 days. It is next week.');
  });

  it('after-span in Chinese needs no space', () => {
    const draft = '需要你们支持一下。谢谢';
    const e = placeTemplate(draft, 'after-span', '具体是两名测试、五天。', { start: 2, end: 8 });
    expect(apply(draft, e)).toBe('需要你们支持一下。具体是两名测试、五天。谢谢');
  });

  it('replace-span replaces exactly the span', () => {
    const draft = 'We need some help.';
    expect(apply(draft, placeTemplate(draft, 'replace-span', 'one front-end engineer for two weeks', { start: 8, end: 17 }))).toBe(
      'We need one front-end engineer for two weeks.',
    );
  });
});

describe('placeTemplate at the caret', () => {
  it.each([
    ['an empty composer takes the message as is', '', 0, 'Hi Dana,\n\nThank you.', 'Hi Dana,\n\nThank you.'],
    ['after a line the message starts on a new paragraph', 'Re: data', 8, 'THANKS', 'Re: data\n\nTHANKS'],
    ['before quoted text it leaves a blank line', '\n> earlier mail', 0, 'THANKS', 'THANKS\n> earlier mail'],
    ['in the middle of text it stands as its own paragraph', 'aaa bbb', 3, 'X', 'aaa\n\nX\n\n bbb'],
  ] as const)('%s', (_n, draft, caret, body, out) => {
    expect(apply(draft, placeTemplate(draft, 'caret', body, undefined, caret))).toBe(out);
  });

  it('with no caret a whole message goes at the end', () => {
    expect(apply('Hi,', placeTemplate('Hi,', 'caret', 'THANKS', undefined, null))).toBe('Hi, THANKS');
  });
});
