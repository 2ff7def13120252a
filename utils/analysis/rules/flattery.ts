// Pitfall: excessive flattery (将“向上管理”等同于“讨好”). One strong marker, two mild ones, or one mild
// one outside a thank-you (praise used to grease the ask rather than a sincere thanks).
import { GUIDE, type Rule } from '../rule.ts';
import { shapeHits, shapeReader } from './helpers.ts';
import { flatteryShape } from './shapes/flattery.ts';

/** Superlative praise of the reader read from the sentence's shape (shapes/flattery.ts). */
const shapeIn = shapeReader(flatteryShape);

const rule: Rule = {
  meta: {
    id: 'flattery',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.flattery,
    message: { zh: '恭维过度，显得在讨好。', en: 'Reads as excessive flattery.' },
    explanation: {
      zh: '信任靠专业度和可靠性建立。过度讨好反而会让对方轻视你的专业能力，或怀疑你另有目的。',
      en: 'Trust rests on competence and reliability. Heavy flattery makes readers doubt your professionalism or your motives.',
    },
    fix: { templateId: 'opening.shared-goal' },
  },
  check(doc) {
    const strong = doc.hits('flatteryStrong');
    const weak = doc.hits('flatteryWeak');
    const greasing = weak.filter((h) => !doc.has(doc.sentences[h.s]!, 'thanks'));
    const shaped = shapeHits(doc, shapeIn, new Set([...strong, ...weak].map((h) => h.s)));
    if (strong.length === 0 && weak.length < 2 && greasing.length === 0 && shaped.length === 0) return [];
    return [...strong, ...weak, ...shaped].sort((a, b) => a.start - b.start).map((h) => ({ start: h.start, end: h.end }));
  },
  examples: {
    good: [
      { text: '感谢您上次在评审中的建议，对我们帮助很大。' },
      { text: 'Thanks, you’re the best.' },
      { text: 'Your team knows the billing service best, so I wanted to ask you first.' },
    ],
    bad: [
      { text: '跪求大神帮忙，没有您就完不成了！' },
      { text: 'Only you can fix this, I’d be forever grateful.' },
      { text: '您真是太厉害了，大佬求带！万分感谢！' },
      { text: 'You are hands down the best analyst in this building, could you check my query?' },
      { text: '您是我们集团里最懂财务系统的人，想请您帮忙看看这个报表。' },
    ],
  },
};

export default rule;
