// Pitfall: asks with nothing offered and no value for the reader (只有索取，没有贡献 / 只谈需求不谈价值).
import { GUIDE, type Rule } from '../rule.ts';
import { askSentences } from './helpers.ts';

const rule: Rule = {
  meta: {
    id: 'only-asking',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.pitfallOnlyAsk,
    message: {
      zh: '只提了要求：既没有给对方的回报，也没说明对对方或共同目标的价值。',
      en: 'Only asks: nothing is offered back, and no value to the reader or a shared goal is named.',
    },
    explanation: {
      zh: '协商是交换而不是索要。说出这件事对对方的价值，或你能提供什么，对方才有理由配合。',
      en: 'Negotiation is an exchange. Name what the reader gains or what you give back, so they have a reason to say yes.',
    },
    fix: { templateId: 'reciprocity.offer' },
  },
  check(doc) {
    // Value for the reader anywhere counts (a shared goal named late, a benefit to their team).
    const { reciprocity } = doc.elements;
    if (reciprocity.offer.present) return [];
    // The opening's shared goal (lexicon or shapes) counts, and so does a goal cue anywhere.
    if (doc.elements.sharedGoal.present || doc.hits('goalShared').length || doc.hits('goalReader').length || doc.hits('goalOrg').length) return [];
    // A 请示 to one's own leadership with a work reason: the team's outcome is the reader's outcome.
    const toLeadership = /请示|請示|批示|核示|签呈|簽呈|妥否|当否|當否/.test(doc.text);
    if (toLeadership && doc.elements.quantifiedNeed.reason.present) return [];
    // The explicit request (could you / please / 请 / 能否 …) or the stated need.
    const ask = doc.content.find((s) => doc.has(s, 'request') || doc.has(s, 'requestAction')) ?? doc.elements.quantifiedNeed.need.spans[0] ?? askSentences(doc)[0];
    return ask ? [{ start: ask.start, end: ask.end }] : [];
  },
  examples: {
    good: [
      { text: '请把数据发给我，作为回报我们会把分析结论同步给你们。' },
      { text: 'Could you send the export? It would also save your team the monthly manual pull.' },
      { text: '周五的会议改到三点。' },
    ],
    bad: [{ text: '请把数据发给我。' }, { text: 'I need access to the billing dashboard.' }, { text: '請幫我開一下權限。' }],
  },
};

export default rule;
