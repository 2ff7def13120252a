// Pitfall: the ask comes late in a long message (结论先行).
import { GUIDE, type Rule } from '../rule.ts';
import type { Doc, Sentence } from '../doc.ts';
import { firstAsk, isMinutes, normOf } from './helpers.ts';

/** Closing formulas, invitations, thanks and reports of the past are not where the ask is made. */
const FORMULA = /^[\s,，]*(?:(?:妥否|当否|是否妥当)?[,，\s]*(?:请|敬请|恳请)(?:批示|核示|指示|审批|审示|鉴核|核准|查照|惠复)|特此(?:函(?:商|达|告|询|复)?|通知|报告|请示)[,，]?\s*(?:盼复|请查照)?|盼复)[。.!！]?\s*$/;
const REPORTED = /(?:已经|已于|早已)[^。!?;\n]{0,12}?请|\b(?:i|we)(?:'ve| have)? (?:already )?asked (?!you)\w+/;
function isAside(doc: Doc, s: Sentence): boolean {
  const n = normOf(s);
  return FORMULA.test(n) || REPORTED.test(n) || doc.has(s, 'inviteStrong') || doc.has(s, 'inviteSoft') || doc.has(s, 'thanks');
}

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
    if (isMinutes(doc)) return [];
    // Not where the ask is made: a closing formula (妥否，请批示), an invitation to raise concerns,
    // thanks, or a report of asking someone else (我们已经开单请厂商修正).
    const ask = firstAsk(doc, (s) => isAside(doc, s));
    if (!ask) return [];
    // Late = after the bulk (past 60%), or after four or more sentences of background.
    const at = ask.start / doc.text.length;
    const idx = doc.content.findIndex((s) => s.start >= ask.start);
    if (!(at > 0.6 || idx >= 4)) return [];
    return [{ start: ask.start, end: ask.end }];
  },
  examples: {
    good: [
      { text: 
          '【会议纪要】季度复盘会。参会：市场部、运营部、数据组。一、本季度新客转化率为百分之二点八，低于目标。二、渠道投放的效果差异较大，短视频渠道最好。' +
          '三、老客复购稳定，但客单价下降了一成，主要受满减活动影响。' +
          '客服咨询量比上季度增加了两成，夜间时段的排队时间明显变长，需要后续评估人手。四、运营部请数据组在下周五前提供分渠道的漏斗数据，用于下季度预算分配。五、下周三下午三点再碰一次，确认投放方案。' },
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
