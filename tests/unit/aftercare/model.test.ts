import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis/index.ts';
import {
  AftercareListSchema,
  commitmentsFromAnalysis,
  draftRequest,
  followUpFields,
  fromLocalInput,
  SavedRequestSchema,
  sortCommitments,
  sortRequests,
  statusOf,
  stepPhrase,
  toLocalInput,
  whoOf,
  type Commitment,
  type SavedRequest,
} from '../../../utils/aftercare/model.ts';
import { templateById } from '../../../utils/templates/catalog.ts';
import { renderTemplate } from '../../../utils/templates/render.ts';

/** Monday 2 March 2026, 09:00 local time. */
const NOW = new Date(2026, 2, 2, 9, 0);

/** Local [month (1-12), day] of an ISO date. */
const day = (iso: string) => {
  const d = new Date(iso);
  return [d.getMonth() + 1, d.getDate()];
};

const EN = 'Hi Dana,\n\nTo launch the Q3 report on time, could your team lend us two analysts for 3 days next week? It would let us finish the churn model. In return I can share our dashboard with your team. Any concerns, let me know.\n\nI will send you the brief by Friday, and we can review the results on March 12. Thanks!';
const EN_ONE = 'Hi Sam, could you send me the Q2 sales data by Wednesday? We need it for the pricing review. I will share the findings with you by March 20. Thank you!';
const ZH = '王经理您好，\n\n为了按时上线季度报告，想请您团队下周借调两位分析师3天，这样我们能完成流失模型。作为回报，我们可以把看板共享给您团队。有任何顾虑请告诉我。\n\n我会在周五前把需求文档发给您，3月12日一起复盘结果。谢谢！';
const ZH_THEM = '李总您好：为了月底前完成评估，能否请您安排两名工程师支持一周？我们会在下周五前把测试报告发给您。请您在3月10日前确认人选。非常感谢！';

describe('commitmentsFromAnalysis (real engine, fixed now)', () => {
  it.each([
    ['en, two dates in one sentence split between them', EN, [
      ['me', 'I will send you the brief by Friday', [3, 6]],
      ['me', 'we can review the results on March 12', [3, 12]],
    ]],
    ['en, one date', EN_ONE, [['me', 'I will share the findings with you by March 20', [3, 20]]]],
    ['zh, two dates in one sentence', ZH, [
      ['me', '我会在周五前把需求文档发给您', [3, 6]],
      ['me', '3月12日一起复盘结果', [3, 12]],
    ]],
    ['zh, one promise of mine and one asked of them, in text order', ZH_THEM, [
      ['me', '我们会在下周五前把测试报告发给您', [3, 13]],
      ['them', '请您在3月10日前确认人选', [3, 10]],
    ]],
    ['no next steps, no commitments', 'Could you send the numbers?', []],
  ] as const)('%s', (_name, text, expected) => {
    const got = commitmentsFromAnalysis(analyze(text, { now: NOW }), text);
    expect(got.map((c) => [c.who, c.what, day(c.due)])).toEqual(expected);
    for (const c of got) {
      expect(c.done).toBe(false);
      expect(c.id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('takes the due time from the engine as is', () => {
    const a = analyze(EN_ONE, { now: NOW });
    expect(commitmentsFromAnalysis(a, EN_ONE)[0]!.due).toBe(a.elements.nextSteps.dates[0]!.date);
  });

  it('splits on the joining word when there is no comma', () => {
    const text = 'I will send the brief by Friday and we review it together on March 12.';
    const a = {
      elements: {
        nextSteps: {
          steps: { present: true, spans: [{ start: 0, end: text.length }] },
          dates: [
            { start: 25, end: 31, text: 'Friday', date: '2026-03-06T12:00:00.000Z' },
            { start: 62, end: 70, text: 'March 12', date: '2026-03-12T12:00:00.000Z' },
          ],
        },
      },
    } as unknown as Parameters<typeof commitmentsFromAnalysis>[0];
    expect(commitmentsFromAnalysis(a, text).map((c) => c.what)).toEqual(['I will send the brief by Friday', 'we review it together on March 12']);
  });
});

describe('whoOf', () => {
  it.each([
    ['I will send the deck by Friday', 'me'],
    ['Could you confirm the names by Monday', 'them'],
    ['Please confirm by Monday', 'them'],
    ['我会在周五前发给您', 'me'],
    ['请您在周三前确认', 'them'],
    ['麻烦您下周一前回复', 'them'],
  ] as const)('%s → %s', (clause, who) => expect(whoOf(clause)).toBe(who));
});

describe('draftRequest', () => {
  it('pre-fills title, recipient, resource and language from an English draft', () => {
    const r = draftRequest(analyze(EN, { now: NOW }), EN, NOW);
    expect(r).toMatchObject({
      title: 'To launch the Q3 report on time, could your team lend us two analysts for 3 days next week',
      recipient: 'Dana',
      resource: 'two analysts',
      lang: 'en',
      createdAt: NOW.toISOString(),
      followUpSent: false,
    });
    expect(r.commitments).toHaveLength(2);
    expect(SavedRequestSchema.safeParse(r).success).toBe(true);
  });

  it('drops a greeting that shares the need sentence; Chinese drafts are zh', () => {
    expect(draftRequest(analyze(EN_ONE, { now: NOW }), EN_ONE, NOW).title).toBe('could you send me the Q2 sales data by Wednesday');
    const zh = draftRequest(analyze(ZH_THEM, { now: NOW }), ZH_THEM, NOW);
    expect(zh).toMatchObject({ recipient: '李总', lang: 'zh', title: '为了月底前完成评估，能否请您安排两名工程师支持一周' });
  });

  it('starts empty without an analysis', () => {
    expect(draftRequest(null, '', NOW)).toMatchObject({ title: '', recipient: '', commitments: [] });
  });
});

const c = (over: Partial<Commitment>): Commitment => ({ id: 'c', who: 'me', what: 'x', due: '2026-03-06T12:00:00.000Z', done: false, reminded: false, ...over });

describe('statusOf', () => {
  const now = Date.parse('2026-03-06T12:00:00.000Z');
  it.each([
    ['before its time: upcoming', c({ due: '2026-03-06T12:00:01.000Z' }), 'upcoming'],
    ['at its time: due', c({ due: '2026-03-06T12:00:00.000Z' }), 'due'],
    ['past its time and open: due', c({ due: '2026-03-01T12:00:00.000Z' }), 'due'],
    ['done before its time: done', c({ due: '2026-04-01T12:00:00.000Z', done: true }), 'done'],
    ['done after its time: done', c({ due: '2026-03-01T12:00:00.000Z', done: true }), 'done'],
  ] as const)('%s', (_n, commitment, status) => {
    expect(statusOf(commitment, now)).toBe(status);
    expect(statusOf(commitment, new Date(now))).toBe(status);
  });
});

describe('sorting', () => {
  const now = Date.parse('2026-03-06T00:00:00.000Z');
  it('puts due first (most overdue first), then upcoming (soonest first), then done (latest first)', () => {
    const list = [
      c({ id: 'up-late', due: '2026-03-20T00:00:00.000Z' }),
      c({ id: 'done-old', due: '2026-03-01T00:00:00.000Z', done: true }),
      c({ id: 'due-recent', due: '2026-03-05T00:00:00.000Z' }),
      c({ id: 'up-soon', due: '2026-03-07T00:00:00.000Z' }),
      c({ id: 'done-new', due: '2026-03-10T00:00:00.000Z', done: true }),
      c({ id: 'due-old', due: '2026-03-02T00:00:00.000Z' }),
    ];
    expect(sortCommitments(list, now).map((x) => x.id)).toEqual(['due-old', 'due-recent', 'up-soon', 'up-late', 'done-new', 'done-old']);
  });

  it('orders requests by their most urgent commitment; finished ones last, newest first', () => {
    const req = (id: string, createdAt: string, commitments: Commitment[]): SavedRequest =>
      ({ id, title: id, recipient: '', resource: '', project: '', lang: 'en', createdAt, commitments, followUpSent: false });
    const list = [
      req('finished-old', '2026-01-01T00:00:00.000Z', [c({ done: true })]),
      req('upcoming', '2026-03-01T00:00:00.000Z', [c({ due: '2026-03-08T00:00:00.000Z' })]),
      req('finished-new', '2026-02-01T00:00:00.000Z', []),
      req('due', '2026-03-01T00:00:00.000Z', [c({ due: '2026-03-05T00:00:00.000Z' }), c({ due: '2026-03-30T00:00:00.000Z' })]),
    ];
    expect(sortRequests(list, now).map((r) => r.id)).toEqual(['due', 'upcoming', 'finished-new', 'finished-old']);
  });
});

describe('datetime-local conversion', () => {
  it('round-trips local time', () => {
    const iso = new Date(2026, 2, 6, 17, 30).toISOString();
    expect(toLocalInput(iso)).toBe('2026-03-06T17:30');
    expect(fromLocalInput('2026-03-06T17:30')).toBe(iso);
  });
  it.each(['', 'tomorrow', '2026-03-06'])('refuses %j', (v) => expect(fromLocalInput(v)).toBeNull());
});

describe('stepPhrase', () => {
  it.each([
    ['I will send you the brief by Friday', 'en', 'send you the brief'],
    ["I'll post it on the dashboard by Friday", 'en', 'post it on the dashboard'],
    ['we can review the results on March 12', 'en', 'review the results'],
    ['Finish the pilot', 'en', 'Finish the pilot'],
    ['我会在周五前把需求文档发给您', 'zh', '把需求文档发给您'],
    ['我们会在下周五前把测试报告发给您', 'zh', '把测试报告发给您'],
    ['3月12日一起复盘结果', 'zh', '一起复盘结果'],
  ] as const)('%s → %s', (what, lang, step) => expect(stepPhrase(what, lang)).toBe(step));
});

describe('followUpFields', () => {
  it('fills the thank-you and the progress report from an English request', () => {
    const r = draftRequest(analyze(EN, { now: NOW }), EN, NOW);
    r.project = 'the Q3 report';
    const fields = followUpFields(r, NOW);
    expect(fields).toEqual({ recipient: 'Dana', resource: 'two analysts', project: 'the Q3 report', myStep: 'send you the brief', date: 'March 6' });
    expect(renderTemplate(templateById('follow-up.progress-report')!, 'en', fields)).toBe(
      'Hi Dana,\n\nA quick update on the Q3 report: with two analysts from your team, [what their help made possible]. Next we plan to send you the brief by March 6. Thank you for making this possible.',
    );
  });

  it('fills a Chinese request in Chinese, with the next open promise of mine', () => {
    const r = draftRequest(analyze(ZH, { now: NOW }), ZH, NOW);
    r.commitments[0]!.done = true;
    r.resource = '两位分析师';
    const fields = followUpFields(r, NOW);
    expect(fields).toMatchObject({ recipient: '王经理', resource: '两位分析师', myStep: '一起复盘结果', date: '3月12日' });
    expect(renderTemplate(templateById('follow-up.thank-you')!, 'zh', fields)).toMatch(/^王经理您好，\n\n再次感谢您提供的两位分析师，这对我们帮助很大：【取得的成果】。/);
  });

  it('does not use the ask itself as the resource, and leaves blanks it cannot fill', () => {
    const r = draftRequest(analyze(EN_ONE, { now: NOW }), EN_ONE, NOW);
    r.commitments = [];
    expect(followUpFields(r, NOW)).toEqual({ recipient: 'Sam' });
    expect(followUpFields({ ...r, title: 'Q2 sales data' }, NOW)).toEqual({ recipient: 'Sam', resource: 'Q2 sales data' });
  });
});

describe('schemas', () => {
  const good = draftRequest(analyze(EN, { now: NOW }), EN, NOW);
  it.each([
    ['a colon in an id (it would break alarm names)', { ...good, id: 'a:b' }],
    ['an empty title', { ...good, title: '  ' }],
    ['a due that is not a date', { ...good, commitments: [{ ...good.commitments[0]!, due: 'Friday' }] }],
    ['an unknown who', { ...good, commitments: [{ ...good.commitments[0]!, who: 'boss' }] }],
  ])('refuses %s', (_n, value) => expect(SavedRequestSchema.safeParse(value).success).toBe(false));

  it('fills defaults for optional fields written by hand', () => {
    const { resource: _r, project: _p, followUpSent: _f, ...bare } = good;
    const parsed = AftercareListSchema.parse([{ ...bare, commitments: [{ id: 'x', who: 'them', what: 'confirm', due: good.createdAt, done: false }] }]);
    expect(parsed[0]).toMatchObject({ resource: '', project: '', followUpSent: false, commitments: [{ reminded: false }] });
  });
});
