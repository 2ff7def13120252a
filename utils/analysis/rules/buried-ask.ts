// Pitfall: the ask comes late in a long message (结论先行).
import { GUIDE, type Rule } from '../rule.ts';
import { askSentences } from './helpers.ts';

/** A message this long (about 100 English words, or about 150 Chinese characters) can bury an ask. */
const LONG = 90;

const rule: Rule = {
  meta: {
    id: 'buried-ask',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.conclusionFirst,
    message: {
      zh: '请求出现得太晚：先说结论，再铺垫背景。',
      en: 'The ask comes late: lead with it, then give the background.',
    },
    explanation: {
      zh: '对方时间紧张。先一句话说清要什么、什么时候要，再补充背景和数据。',
      en: 'Readers are busy. Say what you need and by when first, then the background and the numbers.',
    },
    fix: { templateId: 'opening.lead-with-ask' },
  },
  check(doc) {
    if (doc.stats.wordEquivalents < LONG || doc.content.length < 4) return [];
    // The first explicit request of the reader (could you / please / 请 / 能否 …); background that
    // merely mentions amounts is not the ask.
    const ask = doc.content.find((s) => doc.has(s, 'request') || doc.has(s, 'requestAction')) ?? doc.elements.quantifiedNeed.need.spans[0] ?? askSentences(doc)[0];
    if (!ask) return [];
    // Late = after the bulk (past 60%), or after four or more sentences of background.
    const at = ask.start / doc.text.length;
    const idx = doc.content.findIndex((s) => s.start >= ask.start);
    if (!(at > 0.6 || idx >= 4)) return [];
    return [{ start: ask.start, end: ask.end }];
  },
  examples: {
    good: [
      {
        text:
          'Could you lend us one data engineer for two weeks from Monday? Our nightly import has been failing since the schema change. ' +
          'We traced it to the partition job and the vendor feed. The fix touches three services and needs someone who knows the warehouse. ' +
          'We tried to patch it ourselves but the tests keep timing out. The finance close starts on the 28th and depends on clean numbers. ' +
          'We will write up the root cause for your team and share the new runbook. Any concerns from your side? Thanks a lot.',
      },
    ],
    bad: [
      {
        text:
          'Over the last month our nightly import has failed several times. We traced it to the partition job and the vendor feed. ' +
          'The fix touches three services and the warehouse schema. We tried to patch it ourselves but the tests keep timing out. ' +
          'The finance close starts on the 28th and depends on clean numbers, and two teams are waiting on us. ' +
          'We also had to rerun last week’s reports by hand, which took most of Thursday and some of Friday. ' +
          'So, could you lend us one data engineer for two weeks from Monday?',
      },
    ],
  },
};

export default rule;
