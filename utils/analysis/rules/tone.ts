// Tone: the draft reads as impolite overall (scoreTone ≤ its impolite threshold). Points at the
// markers that pulled it down, so the UI can say which words to soften.
import { GUIDE, type Rule } from '../rule.ts';

const rule: Rule = {
  meta: {
    id: 'tone',
    kind: 'tone',
    severity: 'warning',
    guidance: GUIDE.pitfallEmotion,
    message: { zh: '整体语气偏生硬，容易让对方不快。', en: 'The overall tone reads as curt or impolite.' },
    explanation: {
      zh: '语气计综合了致谢、请求方式、委婉程度、指责和施压等信号；标出的词把分数拉低最多。',
      en: 'The tone meter weighs gratitude, how the ask is phrased, hedging, blame and pressure; the marked words pulled it down most.',
    },
  },
  check(doc) {
    if (doc.tone.label !== 'impolite' || doc.content.length === 0) return [];
    const neg = doc.tone.markers.filter((m) => m.weight < 0).sort((a, b) => a.weight - b.weight).slice(0, 3);
    if (neg.length === 0) {
      const s = doc.content[0]!;
      return [{ start: s.start, end: s.end }];
    }
    return neg.sort((a, b) => a.start - b.start).map((m) => ({ start: m.start, end: m.end }));
  },
  examples: {
    good: [{ text: '麻烦您有空时帮忙看一下这份数据，非常感谢！' }, { text: 'Could you please take a look when you have a moment? Thank you!' }],
    bad: [{ text: '马上把数据发过来，别再拖了！' }, { text: 'Send me the numbers now. Why is this still not done?' }],
  },
};

export default rule;
