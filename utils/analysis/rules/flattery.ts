// Pitfall: excessive flattery (将“向上管理”等同于“讨好”). One strong marker, two mild ones, or one mild
// one outside a thank-you (praise used to grease the ask rather than a sincere thanks).
import { GUIDE, type Rule } from '../rule.ts';
import { shapeHits, shapeReader } from './helpers.ts';
import { flatteryShape } from './shapes/flattery.ts';

/** Superlative praise of the reader read from the sentence's shape (shapes/flattery.ts). */
const shapeIn = shapeReader(flatteryShape);

const ADDRESS = /^(?:大佬|guru)s?$/i;

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
    // 大佬 / guru is how many write to a maintainer (大佬们好, "hi gurus"): alone, however often, it is the address,
    // not praise (labelled flattery in 5 of 46 rows, 3 of 38 real ones); beside another mild marker it counts once.
    const isAddress = (h: { start: number; end: number }) => ADDRESS.test(doc.text.slice(h.start, h.end));
    const praise = weak.filter((h) => !isAddress(h));
    const mild = praise.length + (praise.length < weak.length ? 1 : 0);
    const greasing = praise.filter((h) => !doc.has(doc.sentences[h.s]!, 'thanks'));
    const shaped = shapeHits(doc, shapeIn, new Set([...strong, ...weak].map((h) => h.s)));
    if (strong.length === 0 && mild < 2 && greasing.length === 0 && shaped.length === 0) return [];
    return [...strong, ...weak, ...shaped].sort((a, b) => a.start - b.start).map((h) => ({ start: h.start, end: h.end }));
  },
  examples: {
    good: [
      // 大佬 as the address to maintainers, however often.
      { text: '大佬们好，能不能出一个 arm64 的安装包？大佬辛苦了。' },
      { text: '感谢您上次在评审中的建议，对我们帮助很大。' },
      { text: 'Thanks, you’re the best.' },
      { text: 'Your team knows the billing service best, so I wanted to ask you first.' },
      // 标杆 as a pilot site, not praise (session 11).
      { text: '贵司是否愿意作为我们这次试点的标杆客户？' },
    ],
    bad: [
      { text: '大佬拜托拜托，这个 bug 今天一定要修。' },
      { text: '跪求大神帮忙，没有您就完不成了！' },
      { text: 'Only you can fix this, I’d be forever grateful.' },
      { text: '您真是太厉害了，大佬求带！万分感谢！' },
      { text: 'You are hands down the best analyst in this building, could you check my query?' },
      { text: '您是我们集团里最懂财务系统的人，想请您帮忙看看这个报表。' },
      // Session 11: superlatives with a scope, 'quite simply', the organisation as one of the most, 全台最强, 享誉全国, 最信得过就系你.
      { text: 'You are the finest scheduler in the whole district, so could you fit our crew in on Friday?' },
      { text: 'You are, quite simply, the leading voice on soil science in the country. Could your lab test twenty samples for us?' },
      { text: 'As one of the most admired employers in the region, Norland could sponsor our robotics club this spring.' },
      { text: '貴團隊是全台最強的測試團隊，希望能支援我們下週的驗收。' },
      { text: '贵院的科研实力享誉全国，恳请在人才方面给予支持。' },
      { text: '成間公司我最信得過就係你，幫手睇下個報告得唔得？' },
    ],
  },
};

export default rule;
