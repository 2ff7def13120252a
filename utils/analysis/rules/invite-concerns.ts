// The listening half of the reciprocity move: after the offer, ask what worries the reader.
import { GUIDE, type Rule } from '../rule.ts';

const rule: Rule = {
  meta: {
    id: 'invite-concerns',
    kind: 'element',
    severity: 'info',
    guidance: GUIDE.reciprocity,
    message: {
      zh: '提出了回报，但没有邀请对方说出顾虑或意见。',
      en: 'You offer something back but do not invite the reader’s concerns.',
    },
    explanation: {
      zh: '“您看从您的角度有什么顾虑吗？”让对方把人手、数据安全等担心说出来，才好一起找变通方案。',
      en: 'Asking “any concerns from your side?” surfaces their constraints (staffing, data security) so you can work around them together.',
    },
    fix: { templateId: 'reciprocity.invite-concerns' },
  },
  check(doc) {
    const el = doc.elements.reciprocity;
    if (!el.offer.present || el.invitation.present) return [];
    const first = el.offer.spans[el.offer.spans.length - 1];
    return first ? [first] : [];
  },
  examples: {
    good: [
      { text: '我们可以把结论同步给您团队。您看这样安排有什么顾虑吗？' },
      { text: 'We’ll share the results with your team. Any concerns on your side?' },
      { text: '请把数据发给我。' },
    ],
    bad: [
      { text: '作为回报，我们可以把结论同步给您团队。' },
      { text: 'In return we can take over the weekly export.' },
    ],
  },
};

export default rule;
