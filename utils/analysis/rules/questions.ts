// Soft hint: questions. Boomerang (2016): emails asking one to three questions got the most replies.
// A question is a sentence with ? / ？, or a Chinese sentence ending in 吗/呢/么 or asking 能否/是否/妥否.
import { GUIDE, type Rule } from '../rule.ts';

const rule: Rule = {
  meta: {
    id: 'questions',
    kind: 'pitfall',
    severity: 'hint',
    guidance: `${GUIDE.structured} · Boomerang 2016: 1–3 questions`,
    message: {
      zh: '提问数量不在 1–3 个之间。',
      en: 'The message does not ask one to three questions.',
    },
    explanation: {
      zh: '对 4000 万封邮件的统计（Boomerang, 2016）：包含 1–3 个问题的邮件回复率最高。没有问题，对方不知道要回答什么；问题太多，对方不知从何答起。',
      en: 'In a study of 40 million emails (Boomerang, 2016), messages with one to three questions got the most replies: none leaves nothing to answer, too many is hard to answer.',
    },
  },
  check(doc) {
    if (doc.content.length === 0) return [];
    const q = doc.stats.questions;
    if (q >= 1 && q <= 3) return [];
    if (q === 0) {
      const last = doc.content[doc.content.length - 1]!;
      return [
        {
          start: last.start,
          end: last.end,
          message: {
            zh: '没有提问：用一个明确的问题收尾（比如“周四前能确认吗？”），对方更容易回复。',
            en: 'No question: ending on one clear question (“Can you confirm by Thursday?”) makes a reply easier.',
          },
        },
      ];
    }
    const qs = doc.content.filter((s) => s.f.question);
    return qs.slice(3).map((s) => ({
      start: s.start,
      end: s.end,
      message: {
        zh: `有 ${q} 个问题：1–3 个最容易得到回复，合并或删掉一些。`,
        en: `${q} questions: one to three get the most replies; merge or drop some.`,
      },
    }));
  },
  examples: {
    good: [{ text: '能否在周五前提供数据？' }, { text: 'Could you send it by Friday? Does that work?' }],
    bad: [
      { text: '请在周五前提供数据。' },
      { text: 'Can you? Will you? Should we? Would it? Is it ok?' },
    ],
  },
};

export default rule;
