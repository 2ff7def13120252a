// The need comes with its reason and value (清晰陈述需求与理由; 只谈需求不谈价值).
import { GUIDE, type Rule } from '../rule.ts';

const rule: Rule = {
  meta: {
    id: 'need-reason',
    kind: 'element',
    severity: 'info',
    guidance: GUIDE.need,
    message: {
      zh: '说明了要什么，但没说为什么需要、能带来什么。',
      en: 'The need is stated, but not why it matters or what it will make possible.',
    },
    explanation: {
      zh: '把需求和价值连起来（“这样可以把验证周期缩短五天”），对方才知道支持你的意义。',
      en: 'Tie the need to its value (“so we can cut validation by five days”) so the reader sees why supporting it is worth it.',
    },
    fix: { templateId: 'need.reason' },
  },
  check(doc) {
    const el = doc.elements.quantifiedNeed;
    if (!el.need.present || el.reason.present) return [];
    const first = el.need.spans[0];
    return first ? [first] : [];
  },
  examples: {
    good: [
      { text: '下个月航季换季，想从你们配载组借调一个人，协助核对新航线的载重平衡数据。' },
      { text: "I need to take Thursday afternoon off for a dental procedure." },
      { text: '下星期五想請一日假睇牙醫。' },
      { text: '投影仪能不能周五前修好？这个班下周一有市级公开课。' },
      { text: '请问维护者能否在 12/4 前审查 #388？这个 PR 修正了 Safari 上断行错误的问题。' },
      { text: '主任，明天下午想请假两个小时，小孩学校临时通知要家长到校。' },
      { text: '需要两名测试支援五天，因为新版本在月底要给客户验收。' },
      { text: 'We need one analyst for two days so that the pricing review can go ahead on the 15th.' },
      { text: '我下周三想请一天假，要陪我妈去医院复诊。' },
      { text: 'Is it ok if I work from home tmrw? The plumber is coming in the morning.' },
      { text: '@小周 这个PR今天能merge的话，明天就能进灰度。' },
    ],
    bad: [
      // A boss's OK is the only "why": an authority, not a reason.
      { text: '刚跟你们老板聊过了，他说OK，所以你们今天就把测试库的权限开给我们吧。' },
      { text: 'I spoke with your director at the breakfast and he is fine with it, so could you just send the files across today?' },
      { text: '需要两名测试支援五天。' },
      { text: 'We need one analyst for two days.' },
    ],
  },
};

export default rule;
