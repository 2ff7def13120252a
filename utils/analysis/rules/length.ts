// Soft hint: length. Boomerang (2016, 40 million emails): messages of 50–125 words got the most replies.
//
// Chinese equivalent: we count Han characters and convert with HAN_PER_WORD = 1.6 Han characters per
// English word (doc.ts), the usual translation-industry ratio for English → Chinese (a 1,000-word
// English text comes out at roughly 1,500–1,800 characters). So the band is 80–200 Han characters,
// and a mixed draft is measured as English words + Han characters / 1.6. Punctuation, digits and
// emoji do not count. This is a hint, never a warning: a short chat ask can be right.
import { HAN_PER_WORD } from '../doc.ts';
import { GUIDE, type Rule } from '../rule.ts';

export const MIN_WORDS = 50;
export const MAX_WORDS = 125;
export const MIN_HAN = Math.round(MIN_WORDS * HAN_PER_WORD); // 80
export const MAX_HAN = Math.round(MAX_WORDS * HAN_PER_WORD); // 200

const rule: Rule = {
  meta: {
    id: 'length',
    kind: 'pitfall',
    severity: 'hint',
    guidance: `${GUIDE.structured} · Boomerang 2016: 50–125 words (≈ 80–200 汉字)`,
    message: {
      zh: `长度不在最容易得到回复的区间（约 ${MIN_HAN}–${MAX_HAN} 个汉字）。`,
      en: `Length is outside the band that gets the most replies (${MIN_WORDS}–${MAX_WORDS} words).`,
    },
    explanation: {
      zh: `对 4000 万封邮件的统计（Boomerang, 2016）：${MIN_WORDS}–${MAX_WORDS} 个英文词的邮件回复率最高；按 1 词 ≈ ${HAN_PER_WORD} 个汉字折算约 ${MIN_HAN}–${MAX_HAN} 字。`,
      en: `In a study of 40 million emails (Boomerang, 2016), messages of ${MIN_WORDS}–${MAX_WORDS} words got the most replies.`,
    },
  },
  check(doc) {
    const n = doc.stats.wordEquivalents;
    if (doc.content.length === 0 || (n >= MIN_WORDS && n <= MAX_WORDS)) return [];
    const zhLike = doc.lang !== 'en';
    const shown = zhLike ? `${doc.stats.han + Math.round(doc.stats.words * HAN_PER_WORD)} 字` : `${Math.round(n)} words`;
    const short = n < MIN_WORDS;
    const first = doc.content[0]!;
    const last = doc.content[doc.content.length - 1]!;
    return [
      {
        start: first.start,
        end: short ? last.end : first.end,
        message: {
          zh: short
            ? `偏短（约 ${shown}）：${MIN_HAN}–${MAX_HAN} 字的请求回复率最高，可以补上理由或下一步。`
            : `偏长（约 ${shown}）：${MIN_HAN}–${MAX_HAN} 字的请求回复率最高，考虑精简背景。`,
          en: short
            ? `Short (about ${shown}): ${MIN_WORDS}–${MAX_WORDS} words get the most replies; consider adding the reason or next step.`
            : `Long (about ${shown}): ${MIN_WORDS}–${MAX_WORDS} words get the most replies; consider trimming the background.`,
        },
      },
    ];
  },
  examples: {
    good: [
      {
        text:
          'Hi Maya, to keep the March release on track we need one QA engineer for five days starting next Monday, because the payment flow changed and our regression suite does not cover it yet. ' +
          'In return we will share the new test cases with your team so you can reuse them. Any concerns on your side? I will send the test plan by Thursday. Thanks!',
      },
    ],
    bad: [{ text: 'Can you send the file?' }, { text: '在吗？' }],
  },
};

export default rule;
