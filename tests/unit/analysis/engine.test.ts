// Engine-level behaviour: the contract's shape, edge-case inputs, span safety, language detection,
// normalisation (traditional characters, full-width digits, Chinese numerals), dates and the cache.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { t2sModule } from '../../support/t2s-source.ts';
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache, ELEMENT_KEYS, guidanceFor, parseChineseNumber, RULES, type Analysis } from '../../../utils/analysis/index.ts';
import { normalize } from '../../../utils/analysis/normalize.ts';
import { segment } from '../../../utils/analysis/segment.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

function isHighSurrogate(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Every span of the result indexes `text` and starts/ends on a code point (and ZWJ-sequence) boundary. */
function expectSafeSpans(text: string, r: Analysis) {
  const spans: { start: number; end: number }[] = [...r.findings];
  for (const k of ELEMENT_KEYS) spans.push(...r.elements[k].spans);
  spans.push(...r.elements.quantifiedNeed.quantities, ...r.elements.quantifiedNeed.dates, ...r.elements.nextSteps.dates);
  const bad: string[] = [];
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length) bad.push(`range ${s.start}-${s.end}`);
    for (const i of [s.start, s.end]) {
      if (i > 0 && i < text.length) {
        if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) bad.push(`splits a surrogate pair at ${i}`);
        if (text.charCodeAt(i) === 0x200d || text.charCodeAt(i - 1) === 0x200d) bad.push(`splits a ZWJ sequence at ${i}`);
      }
    }
  }
  expect(bad.slice(0, 5)).toEqual([]);
}

const GOOD_ZH =
  '陈经理您好：为了让新版结算系统在十二月如期上线，想向贵部门借调两名测试工程师，支援五天，因为回归用例比预期多了一倍。' +
  '作为回报，我们会把自动化脚本开放给你们组复用。您看这样安排有什么顾虑吗？我明天上午把测试清单发给小周。谢谢！';
const GOOD_EN =
  'Hi Maya, to keep the March release on track we need one QA engineer for five days from Monday, because the payment flow changed and our suite does not cover it. ' +
  'In return we will share the new test cases with your team. Any concerns on your side? I will send the test plan to Omar by Thursday noon. Thanks!';

describe('contract', () => {
  it('returns the four elements, findings, tone and a 0–100 score', () => {
    const r = analyze(GOOD_EN, { now: NOW });
    expect(Object.keys(r.elements).sort()).toEqual(['nextSteps', 'quantifiedNeed', 'reciprocity', 'sharedGoal']);
    for (const k of ELEMENT_KEYS) {
      expect(typeof r.elements[k].present).toBe('boolean');
      expect(Array.isArray(r.elements[k].spans)).toBe(true);
    }
    expect(['polite', 'neutral', 'impolite']).toContain(r.tone.label);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it.each([
    ['zh', GOOD_ZH],
    ['en', GOOD_EN],
  ])('a complete %s request has all four moves and no warnings', (lang, text) => {
    const r = analyze(text, { now: NOW });
    expect(r.lang).toBe(lang);
    for (const k of ELEMENT_KEYS) expect([k, r.elements[k].present]).toEqual([k, true]);
    expect(r.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(85);
    expectSafeSpans(text, r);
  });

  it('a bare ask is missing moves, each with a template fix, and scores low', () => {
    const r = analyze('你们为什么还没把数据发过来？', { now: NOW });
    const ids = r.findings.map((f) => f.ruleId);
    for (const id of ['shared-goal', 'quantified-need', 'reciprocity', 'next-steps', 'blame']) expect(ids).toContain(id);
    for (const f of r.findings.filter((f) => f.kind === 'element' && f.severity === 'warning')) expect(f.fix?.templateId).toMatch(/^[a-z]+\.[a-z-]+$/);
    for (const f of r.findings) expect(f.guidance).toMatch(/资源协商|向上管理/);
    expect(r.score).toBeLessThan(30);
  });
});

describe('edge cases', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace mix', ' \n\t\r\n \u3000 \u00a0 '],
  ])('%s input gives an empty result without findings', (_n, text) => {
    const r = analyze(text, { now: NOW });
    expect(r.findings).toEqual([]);
    for (const k of ELEMENT_KEYS) expect(r.elements[k].present).toBe(false);
    expect(r.score).toBe(0);
  });

  it('analyses a 1 MB draft with safe spans', { timeout: 30_000 }, () => {
    let text = '';
    let i = 0;
    while (text.length < 1_000_000) text += (i++ % 2 ? GOOD_ZH : GOOD_EN) + (i % 3 ? '\n' : ' ');
    text = text.slice(0, 1_000_000);
    clearAnalysisCache();
    const t0 = performance.now();
    const r = analyze(text, { now: NOW });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5000); // generous: the bench measures; this only guards against blow-ups
    expect(r.lang).toBe('mixed');
    expectSafeSpans(text, r);
  });

  it('a 1 MB run without any punctuation or spaces is split and analysed', { timeout: 30_000 }, () => {
    const text = '需要'.repeat(500_000);
    const r = analyze(text, { now: NOW });
    expectSafeSpans(text, r);
    expect(segment(text).every((s) => s.end - s.start <= 1001)).toBe(true);
  });

  it('emoji, ZWJ sequences, skin tones and astral characters never get split', () => {
    const text =
      '👩‍💻👨‍👩‍👧‍👦 Hi Sam 👋🏽! Could you lend us 𠮷 two engineers for 3 weeks? 🙏🏻 Thanks 🇨🇳 ' +
      '谢谢🙇‍♀️！需要两名测试👍支援五天，因为要验收。我明天上午发清单😀。'.repeat(3) +
      '1️⃣ #️⃣ 👩🏾‍🔬';
    const r = analyze(text, { now: NOW });
    expectSafeSpans(text, r);
    // Every finding's excerpt is well-formed UTF-16 (no lone half of a pair).
    for (const f of r.findings) expect(text.slice(f.start, f.end).isWellFormed()).toBe(true);
  });

  it('handles lone surrogates without throwing', () => {
    const text = 'Need \ud800 two engineers \udc00 for 3 weeks because the launch slips.';
    const r = analyze(text, { now: NOW });
    expectSafeSpans(text, r);
    expect(r.elements.quantifiedNeed.need.present).toBe(true);
  });

  it('CRLF and CR line breaks give the same moves as LF, spans on the CRLF text', () => {
    const lf = GOOD_EN.replace(/\. /g, '.\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    const a = analyze(lf, { now: NOW });
    for (const t of [crlf, cr]) {
      const b = analyze(t, { now: NOW });
      for (const k of ELEMENT_KEYS) expect(b.elements[k].present).toBe(a.elements[k].present);
      expect(b.findings.map((f) => f.ruleId)).toEqual(a.findings.map((f) => f.ruleId));
      expectSafeSpans(t, b);
      for (const f of b.findings) expect(t.slice(f.start, f.end)).not.toMatch(/^\s|\s$/);
    }
  });

  it('mixed-script drafts are detected as mixed and read in both languages', () => {
    const text = '为了赶上 Q4 launch，我们 need one backend engineer for two weeks，因为 migration 卡住了。In return 我们会把 runbook 分享给 your team。I will send the plan by Friday，thanks!';
    const r = analyze(text, { now: NOW });
    expect(r.lang).toBe('mixed');
    expect(r.elements.quantifiedNeed.present).toBe(true);
    expect(r.elements.reciprocity.present).toBe(true);
    expect(r.elements.nextSteps.present).toBe(true);
    expectSafeSpans(text, r);
  });

  it('non-string input is coerced instead of throwing', () => {
    expect(() => analyze(undefined as unknown as string)).not.toThrow();
    expect(() => analyze(42 as unknown as string)).not.toThrow();
  });
});

describe('language and normalisation', () => {
  it.each([
    ['请在周五前把数据发给我。', 'zh'],
    ['請在週五前把數據發給我。', 'zh'],
    ['我们需要 API 权限和一台 GPU 服务器。', 'zh'],
    ['Please send me the numbers by Friday.', 'en'],
    ['这个 sprint 我们 need more bandwidth for the QA review，as discussed。', 'mixed'],
  ])('%s → %s', (text, lang) => {
    expect(analyze(text, { now: NOW }).lang).toBe(lang);
  });

  it('--lang forces the language', () => {
    expect(analyze('Please send it.', { lang: 'zh' }).lang).toBe('zh');
  });

  it('normalises traditional characters, full-width forms and case without changing length', () => {
    const s = '請於下週五前提供２名測試，ＡＢＣ？';
    const n = normalize(s);
    expect(n.length).toBe(s.length);
    expect(n).toBe('请于下周五前提供2名测试,abc?');
  });

  it('maps Taiwan and Hong Kong characters beyond everyday office words (講, 臺, 裡, 麵, 搵, 嗰)', () => {
    const s = '上次跟你們科長講好了，臺北那間裡面的麵，搵嗰個人。';
    const n = normalize(s);
    expect(n.length).toBe(s.length);
    expect(n).toBe('上次跟你们科长讲好了,台北那间里面的面,揾嗰个人。');
  });

  it('the traditional → simplified table is the one generated from OpenCC (npm run gen:t2s)', () => {
    expect(readFileSync(resolve(import.meta.dirname, '../../../utils/analysis/t2s-table.ts'), 'utf8')).toBe(t2sModule());
  });

  it('traditional drafts are read like simplified ones', () => {
    const simp = '为了让年度报表按时交付，需要两名测试支援五天，因为客户要验收。作为回报，我们会把测试脚本同步给你们。我明天上午把清单发给小李，谢谢！';
    const trad = '為了讓年度報表按時交付，需要兩名測試支援五天，因為客戶要驗收。作為回報，我們會把測試腳本同步給你們。我明天上午把清單發給小李，謝謝！';
    const a = analyze(simp, { now: NOW });
    const b = analyze(trad, { now: NOW });
    for (const k of ELEMENT_KEYS) expect([k, b.elements[k].present]).toEqual([k, a.elements[k].present]);
    expect(b.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual(a.findings.map((f) => [f.ruleId, f.start, f.end]));
  });

  it.each([
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三千五', 3500],
    ['十万', 100000],
    ['一万五千', 15000],
    ['1.5万', 15000],
    ['半', 0.5],
  ])('Chinese numeral %s = %d', (s, v) => {
    expect(parseChineseNumber(s)).toBe(v);
  });

  it('reports quantities with parsed values (Chinese numerals, full-width digits, money)', () => {
    const text = '需要两名测试、３台服务器和十万元预算，支援五天，因为月底要上线。';
    const q = analyze(text, { now: NOW }).elements.quantifiedNeed.quantities;
    expect(q.map((x) => [x.text, x.value])).toEqual([
      ['两名', 2],
      ['３台', 3],
      ['十万元', 100000],
      ['五天', 5],
    ]);
  });

  it('resolves dates relative to `now` with chrono-node (zh, traditional, en)', () => {
    const zh = analyze('我明天上午把清单发给小李。', { now: NOW }).elements.nextSteps;
    expect(zh.present).toBe(true);
    expect(zh.dates[0]?.text).toBe('明天上午');
    expect(zh.dates[0]?.date.slice(0, 10)).toBe('2026-11-24');
    const tw = analyze('我會在下週五前同步結果。', { now: NOW }).elements.nextSteps;
    expect(tw.dates[0]?.text).toBe('下週五');
    const en = analyze('I will send the plan to Omar by Thursday noon.', { now: NOW }).elements.nextSteps;
    expect(en.dates[0]?.date.slice(0, 10)).toBe('2026-11-26');
  });

  it('dates resolved on first read are the same through a read, JSON, a spread and structuredClone, and stay assignable', () => {
    const text = '我们需要两名测试支援五天，下周五前要交付。我明天上午把清单发给小李，周三下午三点再碰一次。';
    const direct = analyze(text, { now: NOW }).elements;
    const expected = { need: direct.quantifiedNeed.dates, steps: direct.nextSteps.dates };
    expect(expected.steps.map((d) => d.text)).toEqual(['明天上午', '周三下午三点']);
    expect(expected.need.map((d) => d.text)).toEqual(['下周五']);

    const viaJson = JSON.parse(JSON.stringify(analyze(text, { now: NOW }))) as typeof direct & { elements: typeof direct };
    expect(viaJson.elements.nextSteps.dates).toEqual(expected.steps);
    expect(viaJson.elements.quantifiedNeed.dates).toEqual(expected.need);
    expect({ ...analyze(text, { now: NOW }).elements.nextSteps }.dates).toEqual(expected.steps);
    expect(structuredClone(analyze(text, { now: NOW }).elements).quantifiedNeed.dates).toEqual(expected.need);

    const fresh = analyze(text, { now: NOW }).elements;
    fresh.nextSteps.dates = [];
    expect(fresh.nextSteps.dates).toEqual([]);
    expect(fresh.quantifiedNeed.dates).toEqual(expected.need);
    expect(Object.getOwnPropertyDescriptor(fresh.nextSteps, 'dates')).toMatchObject({ value: [], writable: true, enumerable: true });
  });
});

describe('cache', () => {
  it('re-analysis after an edit equals a cold analysis of the edited text', () => {
    const base = (GOOD_ZH + '\n' + GOOD_EN + '\n').repeat(3);
    clearAnalysisCache();
    analyze(base, { now: NOW });
    for (const at of [5, 120, 400, base.length - 3]) {
      const edited = base.slice(0, at) + 'x' + base.slice(at);
      const warm = analyze(edited, { now: NOW });
      clearAnalysisCache();
      const cold = analyze(edited, { now: NOW });
      expect(warm).toEqual(cold);
    }
  });
});

describe('text that is not the request', () => {
  it('ignores quoted replies, signatures and fenced code', () => {
    const mail =
      'Hi Ana, could you send the export by Friday?\n\n' +
      '--\nAna Lima | Data Platform | +1 555 0100 | 200 GB quota team\n';
    const quoted =
      'Thanks!\n\nOn Mon, Nov 23, 2026 at 9:00 AM Bo <bo@example.com> wrote:\n> In return we will share the results with your team.\n> I will send the plan by Thursday noon.\n';
    const code = 'Please review.\n```\nneed 2 engineers for 3 weeks because of the launch; in return we share results with your team\n```\n';
    const a = analyze(mail, { now: NOW });
    expect(a.elements.quantifiedNeed.quantities.map((q) => q.text)).toEqual([]);
    const b = analyze(quoted, { now: NOW });
    expect(b.elements.reciprocity.present).toBe(false);
    expect(b.elements.nextSteps.present).toBe(false);
    const c = analyze(code, { now: NOW });
    expect(c.elements.quantifiedNeed.need.present).toBe(false);
    expect(c.elements.reciprocity.present).toBe(false);
  });

  it("reads a memo under its own To / From / Date header, and still drops a reply's quoted header", () => {
    const body = 'Please send two analysts for three weeks by 1 December, because the audit starts on the 3rd. In return we will share the findings with your team.';
    const memo = `MEMO\nTo: All department heads\nFrom: Finance\nDate: 10 November 2026\nSubject: Audit support\n\n${body}\n`;
    const m = analyze(memo, { now: NOW });
    expect(m.elements.quantifiedNeed.present).toBe(true);
    expect(m.elements.reciprocity.present).toBe(true);
    const reply = `Thanks, will do.\n\nFrom: Bo Chen\nSent: Monday, 23 November 2026 09:00\nTo: Ana Lima\nSubject: Audit support\n\n${body}\n`;
    const r = analyze(reply, { now: NOW });
    expect(r.elements.quantifiedNeed.present).toBe(false);
    expect(r.elements.reciprocity.present).toBe(false);
    // A memo may carry its title above the header; a short reply above an Outlook header (Sent:) is still a reply.
    const titled = `Loan of two analysts for the audit\nFrom: Finance\nTo: All department heads\n\n${body}\n`;
    expect(analyze(titled, { now: NOW }).elements.reciprocity.present).toBe(true);
    const short = `Sounds good\n\nFrom: Bo Chen\nSent: Monday, 23 November 2026 09:00\nTo: Ana Lima\n\n${body}\n`;
    expect(analyze(short, { now: NOW }).elements.reciprocity.present).toBe(false);
  });

  it('drops the signature under a sign-off line, but keeps a sentence after the thanks', () => {
    const mail = 'Please check the draft lease and send me your notes by Friday.\n\nBest regards,\nMia Torres\nFacilities, North Campus\n3 Harbour Road, Unit 12\n+1 555 0199\n';
    const a = analyze(mail, { now: NOW });
    const close = a.findings.find((f) => f.ruleId === 'next-steps');
    expect(mail.slice(close!.start, close!.end)).toBe('Best regards,');
    expect(a.elements.quantifiedNeed.quantities.map((q) => q.text)).toEqual([]);
    const letter = '李处长：\n\n为按期完成年度审计，需借调两名会计五个工作日。\n\n此致\n敬礼！\n\n财务共享中心\n2026年11月20日\n';
    const l = analyze(letter, { now: NOW });
    expect(letter.slice(l.findings.find((f) => f.ruleId === 'next-steps')!.start)).toMatch(/^(?:此致|敬礼)/);
    // A short Chinese sentence after 谢谢 is no signature: its promise still counts.
    const chat = '为赶上周五的版本，需要一名测试两天。\n谢谢！\n明天上午十点我把测试范围发给你\n';
    expect(analyze(chat, { now: NOW }).elements.nextSteps.present).toBe(true);
    const en = 'Can you lend us one tester for two days so Friday’s release ships?\nThanks,\nI will send the test scope tomorrow at 10am\n';
    expect(analyze(en, { now: NOW }).elements.nextSteps.present).toBe(true);
  });

  it('reads a hard-wrapped mail paragraph as sentences, not as lines', async () => {
    const { segment } = await import('../../../utils/analysis/segment.ts');
    const t = 'Our desk has finished the paperwork to join the \nsurvey. We would like access to the two indices by \nTuesday so we can start trading against them.\nThanks,\nKate';
    expect(segment(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Our desk has finished the paperwork to join the \nsurvey.',
      'We would like access to the two indices by \nTuesday so we can start trading against them.',
      'Thanks,',
      'Kate',
    ]);
    // A line that ends on a word no sentence ends on (contact, my, if, I) runs on, even into a name.
    const w = 'Friday is my last day here, so for anything after that please contact \nDana Whitlow. I will not know if I \nneed the spare laptop until Monday.';
    expect(segment(w).map((s) => w.slice(s.start, s.end))).toEqual([
      'Friday is my last day here, so for anything after that please contact \nDana Whitlow.',
      'I will not know if I \nneed the spare laptop until Monday.',
    ]);
    // A list, a greeting and a new line that starts a sentence stay apart.
    expect(segment('Hi Eric\nI am back.\n- lease\n- terms').length).toBe(4);
  });

  it.each([
    ['a month before its day', 'The search committee met on Nov. 28, 2017 and chose a shortlist.'],
    ['a dotted acronym', 'The current budget for the I.T. Equipment Replacement Program covers six servers.'],
    ['a reference number', 'Ref. No.: SH-0009 asks every club to sponsor the reading programme.'],
    ['a title', 'Prof. Lin will chair the panel.'],
  ])('does not end a sentence after %s', async (_, t) => {
    const { segment } = await import('../../../utils/analysis/segment.ts');
    expect(segment(t)).toHaveLength(1);
  });

  it('sets aside the header lines of a 公文 (受文者, 發文日期, 速別…) so the 主旨 is the opening', () => {
    const t = '受文者：本市各國民小學\n發文日期：中華民國114年3月2日\n發文字號：府教字第1140000001號\n速別：普通件\n主旨：為推動校園閱讀風氣，請各校於3月20日前推薦閱讀志工2名，請查照。';
    expect(analyze(t, { now: NOW }).elements.sharedGoal.opening).toBe(true);
  });

  it('Chinese reply headers are excluded too', () => {
    const t = '好的，谢谢。\n\n在 2026年11月20日 周五 10:00，王五 写道：\n作为回报，我们会把分析结论同步给你们。\n';
    expect(analyze(t, { now: NOW }).elements.reciprocity.present).toBe(false);
  });
});

describe('prefilter', () => {
  it('skipping patterns by first character never changes the features', async () => {
    const { computeFeatures } = await import('../../../utils/analysis/features.ts');
    const { RULES } = await import('../../../utils/analysis/index.ts');
    const texts = RULES.flatMap((r) => [...r.examples.good, ...r.examples.bad].map((e) => e.text));
    texts.push(GOOD_ZH, GOOD_EN, '為了讓年度報表按時交付，需要兩名測試支援五天。', '你们为什么总是拖？我已经催了好几次了！', '１２月５号前需要３台ＧＰＵ服务器。');
    for (const t of texts) for (const part of t.split(/(?<=[。！？!?])/)) expect(computeFeatures(part, true)).toEqual(computeFeatures(part, false));
  });
});

describe('grapheme boundaries', () => {
  it('hard splits of long unpunctuated runs never cut a flag, a combining sequence or a ZWJ emoji', async () => {
    const { segment } = await import('../../../utils/analysis/segment.ts');
    for (const unit of ['🇨🇳', 'é', '👩‍💻', '👍🏽', 'ก่', '각']) {
      const text = ('x' + unit).repeat(1500);
      const cuts = segment(text).flatMap((s) => [s.start, s.end]);
      const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
      const bounds = new Set([...seg.segment(text)].map((g) => g.index));
      bounds.add(text.length);
      for (const c of cuts) expect([unit, c, bounds.has(c)]).toEqual([unit, c, true]);
    }
  });
});

describe('guidanceFor', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta.guidance] as const))('%s cites its guidance in English too, keeping the source term', (_id, citation) => {
    const en = guidanceFor(citation, 'en');
    expect(en).not.toBe(citation);
    expect(en).toMatch(/^(Resource negotiation|Managing up) /);
    expect(en).toMatch(/\([^)]*\p{Script=Han}[^)]*\)( · .+)?$/u);
    expect(guidanceFor(citation, 'zh')).toBe(citation);
  });

  it('returns a citation it does not know as it is', () => {
    expect(guidanceFor('某份新文件 · 第一节', 'en')).toBe('某份新文件 · 第一节');
  });
});

describe('lower-case word count', () => {
  it('counts exactly what the pattern it replaces matches, on random text', async () => {
    const { countLowerWords } = await import('../../../utils/analysis/features.ts');
    const { mulberry32 } = await import('../../support/random.ts');
    const rx = /(?<![A-Za-z0-9_])[a-z][a-z'’-]*[a-z](?![A-Za-z0-9_])/g;
    const rand = mulberry32(5);
    const alphabet = ['a', 'b', 'z', 'A', 'Q', '1', '_', "'", '’', '-', ' ', ' ', 'é', '中', '.'];
    let total = 0;
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: 1 + Math.floor(rand() * 18) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const want = s.match(rx)?.length ?? 0;
      total += want;
      expect([s, countLowerWords(s)]).toEqual([s, want]);
    }
    expect(total).toBeGreaterThan(400);
  });
});
