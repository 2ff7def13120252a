// Pitfall: escalates past the contact, or uses their manager as pressure (越过对接人直接“向上”).
import { GUIDE, type Rule } from '../rule.ts';

const rule: Rule = {
  meta: {
    id: 'over-the-head',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.overHead,
    message: {
      zh: '越过对接人施压，或拿对方领导当筹码。',
      en: 'Goes over the contact’s head, or uses their manager as leverage.',
    },
    explanation: {
      zh: '绕过一线对接人会破坏信任，对方负责人也会觉得你不尊重流程。先和对接人把问题和方案谈清楚。',
      en: 'Going around your contact breaks trust, and their manager will see it as not respecting the process. Work it out with the contact first.',
    },
    fix: { templateId: 'opening.shared-goal' },
  },
  check(doc) {
    return doc.hits('escalate').map((h) => ({ start: h.start, end: h.end }));
  },
  examples: {
    good: [{ text: '这周能否和您先对一下排期？' }, { text: 'Could we find a slot this week to sort out the schedule together?' }],
    bad: [
      { text: '如果今天还不给，我只能找你们领导了。' },
      { text: '你们总监已经同意了，你就直接开吧。' },
      { text: 'Otherwise I will have to escalate this to your manager.' },
      { text: 'Your director already approved it, so please just do it.' },
    ],
  },
};

export default rule;
