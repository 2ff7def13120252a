// The second half of the close: thank the reader (确认并致谢).
import { GUIDE, type Rule } from '../rule.ts';
import { lastContent } from './helpers.ts';

const rule: Rule = {
  meta: {
    id: 'thanks',
    kind: 'element',
    severity: 'info',
    guidance: GUIDE.close,
    message: { zh: '结尾没有致谢。', en: 'The message does not thank the reader.' },
    explanation: {
      zh: '真诚地感谢对方的支持，是确认环节的一部分，也为下一次合作留下余地。',
      en: 'A sincere thank-you is part of confirming the agreement and keeps the door open for next time.',
    },
    fix: { templateId: 'close.thanks' },
  },
  check(doc) {
    if (doc.elements.nextSteps.thanks.present || doc.content.length === 0) return [];
    const s = lastContent(doc);
    return s ? [{ start: s.start, end: s.end }] : [];
  },
  examples: {
    good: [{ text: '非常感谢您的支持！' }, { text: '謝謝您！' }, { text: 'Thanks a lot for your help.' }, { text: 'Really appreciate it.' }],
    bad: [{ text: '请在周五前把数据发给我。' }, { text: 'Send me the numbers by Friday.' }],
  },
};

export default rule;
