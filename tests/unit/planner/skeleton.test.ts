import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis/index.ts';
import {
  buildSkeleton,
  emptyPlan,
  OPTIONAL_FIELDS,
  parsePlan,
  PLAN_FIELDS,
  PLAN_HINTS,
  PlanSchema,
  type Plan,
  type SkeletonLang,
} from '../../../utils/planner/skeleton.ts';
import { FIELD_LABELS } from '../../../utils/templates/render.ts';

const NOW = new Date('2026-11-23T09:00:00');

const plan = (p: Partial<Plan>): Plan => ({ ...emptyPlan(), ...p });

// Filled plans of different kinds (people, data, budget, access), with and without the optional parts.
const FILLED: [string, SkeletonLang, Plan][] = [
  [
    'an engineer for two weeks, everything filled',
    'en',
    plan({
      recipient: 'Dana',
      project: 'the checkout redesign',
      resource: 'one front-end engineer',
      amount: 'for two weeks',
      date: 'Monday 30 November',
      reason: 'without one we cannot ship the new payment form before the holiday sales peak',
      theirGoals: 'fewer checkout support tickets',
      theirPressures: 'the platform migration',
      offer: 'take two of your accessibility bugs off your backlog',
      phasedAsk: 'one engineer for the first week only',
      fallback: 'push the payment form to January and ship the rest first',
      myStep: 'send you the task list and the designs',
      myStepBy: 'Wednesday',
    }),
  ],
  [
    'a data export, the reason as a purpose clause',
    'en',
    plan({
      recipient: 'Wei',
      project: 'the churn analysis',
      resource: 'the last six months of support ticket exports',
      amount: 'about 40,000 rows',
      date: 'by Friday 4 December',
      reason: 'so we can test which onboarding steps predict churn before the January planning cycle',
      theirGoals: 'a lower ticket backlog in Q1',
      theirPressures: 'the year-end audit',
      offer: 'We can share the cleaned dataset and our findings with your team.',
      phasedAsk: 'one month of exports first',
      fallback: 'work from the public dashboard numbers, with less detail',
      myStep: "I'll send you the exact field list",
      myStepBy: 'tomorrow at noon',
    }),
  ],
  [
    'a budget from a manager, no optional parts',
    'en',
    plan({
      recipient: 'Priya',
      project: 'the customer research sprint',
      resource: 'a research budget',
      amount: '$6,000',
      date: 'December 11',
      reason: 'the interview incentives have to be paid before the sessions start',
      theirGoals: 'a roadmap the sales team can defend in January',
      offer: 'present the findings at your January planning review',
      myStep: 'book a 20-minute call to walk you through the plan',
      myStepBy: 'Thursday',
    }),
  ],
  [
    'read access, a phased ask but no fallback',
    'en',
    plan({
      recipient: 'Sam',
      project: 'the billing migration',
      resource: 'Read access to the billing database',
      amount: 'for three weeks',
      date: 'next Tuesday',
      reason: 'to check the migrated invoices against the source records',
      theirGoals: 'a clean cutover without customer-facing incidents',
      theirPressures: 'on-call load during the freeze',
      offer: 'Take the Thursday on-call shift for your team during the migration',
      phasedAsk: 'access to the staging copy first',
      myStep: 'file the access ticket with the exact tables',
      myStepBy: 'Monday morning',
    }),
  ],
  [
    '一名前端工程师两周，全部填写',
    'zh',
    plan({
      recipient: '王经理',
      project: '结账页改版',
      resource: '一名前端工程师',
      amount: '两周',
      date: '11月30日',
      reason: '没有前端支持，新的支付页就赶不上双十一后的年货节',
      theirGoals: '降低结账环节的客诉量',
      theirPressures: '平台迁移正在收尾',
      offer: '帮您团队处理两个无障碍相关的缺陷',
      phasedAsk: '先支援一周',
      fallback: '把支付页推迟到一月，先上线其他部分',
      myStep: '把任务清单和设计稿发给您',
      myStepBy: '周三',
    }),
  ],
  [
    '工单数据，理由以“为了”开头，数量接在逗号后',
    'zh',
    plan({
      recipient: '李经理',
      project: '流失分析项目',
      resource: '近六个月的客服工单导出数据',
      amount: '约4万条',
      date: '12月4日前',
      reason: '为了在一月规划会前验证哪些引导步骤和流失相关',
      theirGoals: '明年一季度把工单积压降下来',
      theirPressures: '年底审计',
      offer: '我们可以把清洗后的数据和分析结论同步给您团队',
      phasedAsk: '先提供一个月的数据',
      fallback: '先用公开看板的汇总数据，细节会少一些',
      myStep: '我会把具体字段清单发给您',
      myStepBy: '明天中午',
    }),
  ],
  [
    '只读权限，有分阶段请求、没有备选方案',
    'zh',
    plan({
      recipient: '小张',
      project: '计费系统迁移',
      resource: '计费数据库的只读权限',
      amount: '三周',
      date: '下周二',
      reason: '要用来核对迁移后的发票和原始记录',
      theirGoals: '割接平稳、不出现影响客户的事故',
      theirPressures: '冻结期值班压力大',
      offer: '在迁移期间帮你们组顶周四的值班',
      phasedAsk: '先开通预发环境的权限',
      myStep: '提交权限工单并注明具体的表',
      myStepBy: '周一上午',
    }),
  ],
  [
    '繁体字输入（预算申请）',
    'zh',
    plan({
      recipient: '陳總',
      project: '客戶訪談專項',
      resource: '調研預算',
      amount: '6000元',
      date: '12月11日',
      reason: '因為訪談激勵費需要在訪談開始前支付',
      theirGoals: '一月份銷售團隊能拿得出手的產品路線圖',
      offer: '在一月規劃評審會上向您匯報調研結論',
      myStep: '約您二十分鐘過一下方案',
      myStepBy: '週四',
    }),
  ],
  [
    'emoji in every kind of field',
    'en',
    plan({
      recipient: 'Dana 👋',
      project: '🚀 the spring launch',
      resource: '2 designers 🎨',
      amount: 'for one sprint',
      date: 'Friday',
      reason: 'the landing pages 🖼️ are the last blocker',
      theirGoals: 'a launch page that converts 👍',
      offer: 'credit your team in the launch notes 🙌',
      myStep: 'share the brief',
      myStepBy: 'Wednesday',
    }),
  ],
  [
    '表情符号输入',
    'zh',
    plan({
      recipient: '王姐😊',
      project: '🚀春季上线',
      resource: '2名设计师🎨',
      amount: '一个迭代',
      date: '周五',
      reason: '落地页🖼️是最后一个卡点',
      theirGoals: '提升落地页转化率👍',
      offer: '在上线公告里感谢您团队',
      myStep: '把需求说明发给您',
      myStepBy: '周三',
    }),
  ],
];

describe('buildSkeleton: a filled plan makes the four moves, with no pitfall', () => {
  it.each(FILLED)('%s (%s)', (_name, lang, p) => {
    const text = buildSkeleton(p, lang);
    const a = analyze(text, { now: NOW });
    const { sharedGoal, quantifiedNeed, reciprocity, nextSteps } = a.elements;
    expect(sharedGoal.present, text).toBe(true);
    expect(sharedGoal.opening, text).toBe(true);
    expect(quantifiedNeed.present, text).toBe(true);
    expect(reciprocity.present, text).toBe(true);
    expect(nextSteps.present, text).toBe(true);
    // The sub-items too: the invitation to raise concerns and the thanks.
    expect(reciprocity.invitation.present, text).toBe(true);
    expect(nextSteps.thanks.present, text).toBe(true);
    const pitfalls = a.findings.filter((f) => f.kind === 'pitfall' && f.severity === 'warning');
    expect(pitfalls.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), text).toEqual([]);
    expect(a.tone.label).not.toBe('impolite');
    // Every value the writer gave is in the draft, and no blank is left.
    for (const f of PLAN_FIELDS) {
      const v = p[f].trim();
      // (A phrase that continues an English sentence starts in lower case: "Read access" → "read access".)
      if (v) expect(text.toLowerCase()).toContain(v.replace(/^(?:by |because |we can |i'll |我们可以|我会|因為)/i, '').replace(/(?:前|[.。])$/, '').slice(0, 6).toLowerCase());
    }
    expect(text).not.toMatch(/\[[a-z ]+\]|【[^】]+】/);
    expect(a.lang).toBe(lang);
  });
});

describe('buildSkeleton: order and wording', () => {
  it('opens on their goal, asks next, offers and invites concerns, keeps the alternatives after the offer, ends with the next step and thanks (en)', () => {
    const [, , p] = FILLED[0]!;
    const text = buildSkeleton(p, 'en');
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(text.startsWith('Hi Dana,\n\n')).toBe(true);
    const order = [
      at('fewer checkout support tickets'),
      at('one front-end engineer for two weeks by Monday 30 November?'),
      at('It matters because without one'),
      at('(the platform migration)'),
      at('In return, we can take two'),
      at('worries you'),
      at('a smaller first step would already help: one engineer for the first week only'),
      at('we can also push the payment form to January'),
      at("I'll send you the task list and the designs by Wednesday."),
      at('Thank you'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('does the same in Chinese, in the 您 register', () => {
    const [, , p] = FILLED[4]!;
    const text = buildSkeleton(p, 'zh');
    expect(text.startsWith('王经理您好，\n\n')).toBe(true);
    const order = [
      text.indexOf('降低结账环节的客诉量'),
      text.indexOf('一名前端工程师（两周），想请您那边在11月30日前协调到位'),
      text.indexOf('之所以需要这些，是因为没有前端支持'),
      text.indexOf('作为回报，我们可以帮您团队'),
      text.indexOf('您看'),
      text.indexOf('先支援一周'),
      text.indexOf('我们也可以把支付页推迟到一月'),
      text.indexOf('我会在周三前把任务清单和设计稿发给您'),
      text.indexOf('谢谢'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('你'); // 您 throughout
  });

  it('drops the words its own sentence already says', () => {
    const en = buildSkeleton(plan({ recipient: 'Hi Dana', date: 'by Friday', myStep: "I'll send the list", myStepBy: 'before Monday', offer: 'We can share our results.', reason: 'Because of the audit' }), 'en');
    expect(en.startsWith('Hi Dana,\n')).toBe(true);
    expect(en).toContain('by Friday?');
    expect(en).toContain("I'll send the list by Monday.");
    expect(en).toContain('In return, we can share our results.');
    expect(en).toContain('It matters because of the audit.');
    expect(en).not.toMatch(/by by|because because|we can we can|I'll I'll|\.\./i);
    const zh = buildSkeleton(plan({ date: '周五前', myStep: '我会把清单发您', myStepBy: '周一之前', offer: '作为回报，我们可以把结果同步给您', recipient: '王经理，' }), 'zh');
    expect(zh).toContain('在周五前协调到位');
    expect(zh).toContain('我会在周一前把清单发您');
    expect(zh).toContain('作为回报，我们可以把结果同步给您。');
    expect(zh.startsWith('王经理您好，')).toBe(true);
    expect(zh).not.toMatch(/前前|之前前|我会在.*我会|作为回报，作为回报|。。|，，/);
  });

  it('joins "for two weeks" into the sentence and puts a bare amount in brackets', () => {
    expect(buildSkeleton(plan({ resource: 'two testers', amount: 'for a week' }), 'en')).toContain('two testers for a week by');
    expect(buildSkeleton(plan({ resource: 'two testers', amount: '3 days' }), 'en')).toContain('two testers (3 days) by');
    expect(buildSkeleton(plan({ resource: '两名测试', amount: '三天' }), 'zh')).toContain('两名测试（三天）');
    expect(buildSkeleton(plan({ resource: '两名测试', amount: '为期三天' }), 'zh')).toContain('两名测试，为期三天，');
  });

  it('keeps a multi-line answer on one line and trims the end punctuation', () => {
    const text = buildSkeleton(plan({ offer: 'share our results\nand credit your team.  ' }), 'en');
    expect(text).toContain('In return, we can share our results and credit your team. Would');
  });
});

describe('buildSkeleton: an empty plan is still a readable draft', () => {
  it.each(['en', 'zh'] as const)('%s', (lang) => {
    const text = buildSkeleton({}, lang);
    expect(buildSkeleton(emptyPlan(), lang)).toBe(text);
    // Each blank shows as a bracketed hint with the template renderer's labels.
    const hints = ['recipient', 'project', 'resource', 'amount', 'date', 'reason', 'offer', 'myStep'] as const;
    for (const f of hints) expect(text).toContain(lang === 'zh' ? `【${FIELD_LABELS[f].zh}】` : `[${FIELD_LABELS[f].en}]`);
    expect(text).toContain(lang === 'zh' ? `【${PLAN_HINTS.theirGoals.zh}】` : `[${PLAN_HINTS.theirGoals.en}]`);
    // Optional parts stay out until they are filled.
    for (const f of OPTIONAL_FIELDS) expect(text).not.toContain(lang === 'zh' ? PLAN_HINTS[f].zh : PLAN_HINTS[f].en);
    expect(text).not.toMatch(/undefined|null|\{\w+\}/);
    // Paragraphs: greeting, goal and need, offer, next step.
    expect(text.split('\n\n')).toHaveLength(4);
    // The moves that do not depend on the writer's facts are already there.
    const a = analyze(text, { now: NOW });
    expect(a.elements.sharedGoal.present).toBe(true);
    expect(a.elements.reciprocity.present).toBe(true);
    expect(a.elements.reciprocity.invitation.present).toBe(true);
    expect(a.elements.nextSteps.thanks.present).toBe(true);
    expect(a.findings.filter((f) => f.kind === 'pitfall' && f.severity === 'warning' && f.ruleId !== 'vague-need')).toEqual([]);
  });

  it('fills in one field at a time without ever showing a broken sentence', () => {
    const full = FILLED[0]![2];
    let p = emptyPlan();
    for (const f of PLAN_FIELDS) {
      p = { ...p, [f]: full[f] };
      const text = buildSkeleton(p, 'en');
      expect(text).not.toMatch(/ {2}|\s[.,?]|\(\)|\.\./);
    }
  });
});

describe('PlanSchema', () => {
  it('gives every field an empty default and checks stored plans', () => {
    expect(emptyPlan()).toEqual(Object.fromEntries(PLAN_FIELDS.map((f) => [f, ''])));
    expect(Object.keys(PlanSchema.shape).sort()).toEqual([...PLAN_FIELDS].sort());
    expect(parsePlan({ resource: 'two testers', extra: 1 })).toEqual({ ...emptyPlan(), resource: 'two testers' });
    expect(parsePlan({ resource: 42 })).toEqual(emptyPlan());
    expect(parsePlan(null)).toEqual(emptyPlan());
    expect(PlanSchema.safeParse({ reason: 'x'.repeat(5000) }).success).toBe(false);
  });
});
