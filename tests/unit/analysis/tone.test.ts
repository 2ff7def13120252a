import { describe, expect, it } from 'vitest';
import { BIAS, STRATEGIES, WEIGHTS, scoreTone, type ToneLang, type ToneStrategy } from '../../../utils/analysis/tone/index.ts';

// Our own example sentences; nothing here reads ../shared/data.

const polite: [ToneLang, string][] = [
  ['zh', '王经理您好，麻烦您看一下这份数据，方便的话周五前给我们反馈，非常感谢！'],
  ['zh', '李老师，打扰了。请问能否借调一名测试两天？辛苦了，谢谢！'],
  ['zh', '不好意思打扰一下，是否方便下午花十分钟对一下排期？多谢'],
  ['zh', '各位好，烦请贵部门协助核对附件中的预算，我们会同步分析结论，感谢支持。'],
  ['zh', '張經理您好，請問能否在週五前提供數據？謝謝！'],
  ['zh', '麻煩您幫忙確認一下報價，方便的話明天回覆，感謝！'],
  ['en', 'Hi Sam, could you please share the Q3 numbers by Friday? Thanks so much!'],
  ['en', "Sorry to bother you. Would it be possible to borrow one QA engineer for three days? I'd really appreciate it."],
  ['en', "Good morning Priya, I was wondering if you might have time to review the draft this week. Thank you!"],
  ['mixed', 'Hi 王总，could you 帮忙看一下 the PRD? 谢谢 🙏'],
  ['mixed', '您好 Anna，请问 the budget sheet 方便周三前发我吗？Thanks!'],
];

const blaming: [ToneLang, string][] = [
  ['zh', '为什么还没给我数据？你们总是拖拖拉拉，赶紧处理！！'],
  ['zh', '你们到底什么时候能给？说了多少次了，必须马上给我！'],
  ['zh', '怎么又延期了？这是你们的问题，别再推诿了。'],
  ['zh', '為什麼還沒交？你們總是這樣！！'],
  ['zh', '到現在還沒回覆，說了多少次了，趕緊處理！'],
  ['en', "Why haven't you sent the numbers yet? You always do this. I need it ASAP!!"],
  ['en', 'As I already said, this is your problem. Fix it immediately.'],
  ['en', 'Seriously, did you even read the spec?! This is ridiculous.'],
  ['mixed', '你们到底什么时候给？As I already said, this is urgent!!'],
  ['mixed', 'Why is the report still not done? 赶紧！！'],
];

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** Whether a surrogate pair straddles offset `i`. */
const splitsPair = (text: string, i: number) => isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** No span may cut a surrogate pair or a ZWJ / variation-selector / skin-tone sequence. */
function expectWholeCodePoints(text: string, start: number, end: number): void {
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeLessThanOrEqual(text.length);
  expect(start).toBeLessThan(end);
  expect(splitsPair(text, start)).toBe(false);
  expect(splitsPair(text, end)).toBe(false);
  expect(/^[\u200d\ufe0f]/.test(text.slice(end))).toBe(false);
  expect(/^\ud83c[\udffb-\udfff]/.test(text.slice(end))).toBe(false);
}

function expectConsistent(text: string, lang: ToneLang): void {
  const r = scoreTone(text, lang);
  let sum = BIAS;
  for (const m of r.markers) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expectWholeCodePoints(text, m.start, m.end);
    sum += m.weight;
  }
  expect(r.score).toBeCloseTo(sum, 2);
  for (let i = 1; i < r.markers.length; i++) {
    expect(r.markers[i]!.start).toBeGreaterThanOrEqual(r.markers[i - 1]!.start);
  }
  expect(r.label === 'polite').toBe(r.score > 0);
}

describe('scoreTone: polite requests score above 0', () => {
  it.each(polite)('%s: %s', (lang, text) => {
    const r = scoreTone(text, lang);
    expect(r.score).toBeGreaterThan(0);
    expect(r.label).toBe('polite');
    expect(r.markers.some((m) => m.weight > 0)).toBe(true);
    expectConsistent(text, lang);
  });
});

describe('scoreTone: blaming or pressuring requests score at or below 0', () => {
  it.each(blaming)('%s: %s', (lang, text) => {
    const r = scoreTone(text, lang);
    expect(r.score).toBeLessThanOrEqual(0);
    expect(r.label).not.toBe('polite');
    expect(r.markers.some((m) => m.weight < 0)).toBe(true);
    expectConsistent(text, lang);
  });

  it('the worst of them read as impolite, not merely neutral', () => {
    expect(scoreTone('为什么还没给我数据？你们总是拖拖拉拉，赶紧处理！！', 'zh').label).toBe('impolite');
    expect(scoreTone("Why haven't you sent the numbers yet? You always do this. I need it ASAP!!", 'en').label).toBe('impolite');
  });
});

// [lang, text, strategy, the exact substring, sign of its weight]
const markerCases: [ToneLang, string, ToneStrategy, string, 1 | -1][] = [
  ['en', 'Thanks for the review.', 'gratitude', 'Thanks', 1],
  ['en', 'Could you please send it?', 'counterfactual', 'Could you', 1],
  ['en', 'Could you please send it?', 'please', 'please', 1],
  ['en', 'Please send it today.', 'pleaseStart', 'Please', -1],
  ['en', 'Can you send it?', 'indicative', 'Can you', 1],
  ['en', 'By the way, where is the file?', 'indirect', 'By the way', 1],
  ['en', 'Why is this late?', 'why', 'Why', -1],
  ['en', 'What is the status?', 'directQuestion', 'What', -1],
  ['en', 'So is it done or not?', 'directStart', 'So', -1],
  ['en', 'You broke the build.', 'secondPersonStart', 'You', -1],
  ['en', 'I think we should wait.', 'hedge', 'think', 1],
  ['en', 'In fact the spec says otherwise.', 'factuality', 'In fact', -1],
  ['en', 'Sorry, I missed that.', 'apology', 'Sorry', 1],
  ['en', 'Hello team, quick one.', 'greeting', 'Hello', 1],
  ['en', 'Great work on the launch.', 'deference', 'Great work', 1],
  ['en', "Why didn't you tell me?", 'blame', "Why didn't you", -1],
  ['en', 'We need it ASAP.', 'pressure', 'ASAP', -1],
  ['en', 'Is it done yet?!', 'emphasis', '?!', -1],
  ['en', 'It would be great to have it by Friday.', 'subjunctive', 'It would', 1],
  ['en', 'Having it by Friday would be great.', 'subjunctive', 'would be', 1],
  ['en', 'You’re right, we’ll wait.', 'secondPersonStart', 'You’re', -1],
  ['en', 'Stop reverting my edits.', 'obligation', 'Stop', -1],
  ['en', 'Are you kidding me?', 'blame', 'Are you kidding', -1],
  ['zh', '请帮忙核对一下。', 'please', '请', 1],
  ['zh', '别再推诿了。', 'obligation', '别再', -1],
  ['zh', '麻烦您核对一下。', 'deference', '您', 1],
  ['zh', '非常感谢！', 'gratitude', '感谢', 1],
  ['zh', '不好意思，打扰一下。', 'apology', '不好意思', 1],
  ['zh', '能否周五前给反馈？', 'counterfactual', '能否', 1],
  ['zh', '为什么还没回复？', 'blame', '为什么还没', -1],
  ['zh', '你们总是这样。', 'blame', '你们总是', -1],
  ['zh', '赶紧处理。', 'pressure', '赶紧', -1],
  ['zh', '到底什么时候给？', 'blame', '到底', -1],
  ['zh', '怎么又延期了？', 'blame', '怎么又', -1],
  ['zh', '好的！！', 'emphasis', '！！', -1],
  ['zh', '你们看下这个问题。', 'secondPersonStart', '你们', -1],
  ['zh', '请贵部门协助。', 'deference', '贵部门', 1],
  ['zh', '請問可否幫忙？', 'please', '請', 1],
  ['zh', '謝謝您的協助。', 'gratitude', '謝謝', 1],
  ['zh', '為什麼還沒處理？', 'blame', '為什麼還沒', -1],
  ['zh', '麻煩您了。', 'please', '麻煩', 1],
  // Yes/no questions (conventional indirectness): an auxiliary opening a question, or a modal.
  ['en', 'Is there a way to speed this up?', 'polarQuestion', 'Is', 1],
  ['en', 'Do you have a minute to review the plan?', 'polarQuestion', 'Do', 1],
  ['en', 'Could you send it by Friday.', 'polarQuestion', 'Could', 1],
  ['en', 'Could you send it by Friday.', 'counterfactual', 'Could you', 1],
  ['en', '@maria Does the export still fail?', 'polarQuestion', 'Does', 1],
  ["en", "What's the status?", 'directQuestion', "What's", -1],
  ['en', "Don't touch the config.", 'obligation', "Don't", -1],
  ['en', 'Please stop changing the spec.', 'obligation', 'Please stop', -1],
  ['en', 'Are you going to fix it or not?', 'insistence', 'or not', -1],
  ['zh', '能帮忙看一下吗？', 'polarQuestion', '吗', 1],
  ['zh', '有没有时间聊一下？', 'polarQuestion', '有没有', 1],
  ['zh', '是不是可以周五前给？', 'polarQuestion', '是不是', 1],
  ['zh', '週五前能給我們嗎？', 'polarQuestion', '嗎', 1],
  ['mixed', 'Hi Anna，这版 PRD 有没有问题？', 'polarQuestion', '有没有', 1],
];

describe('scoreTone: markers point at the words that moved the score', () => {
  it.each(markerCases)('%s: %s → %s "%s"', (lang, text, strategy, expected, sign) => {
    const r = scoreTone(text, lang);
    const m = r.markers.find((x) => x.strategy === strategy);
    expect(m, JSON.stringify(r.markers)).toBeDefined();
    expect(m!.text).toBe(expected);
    expect(text.slice(m!.start, m!.end)).toBe(expected);
    expect(text.indexOf(expected)).toBe(m!.start);
    expect(Math.sign(m!.weight)).toBe(sign);
    expectConsistent(text, lang);
  });
});

// Words that contain a marker but are not one.
const nonMarkers: [ToneLang, string, ToneStrategy][] = [
  ['zh', '我提交了申请。', 'please'],
  ['zh', '我下周请假三天。', 'please'],
  ['zh', '我們已經提交申請。', 'please'],
  ['zh', '我们下周开始。', 'firstPerson'],
  ['en', 'Open math.h and check it.', 'directStart'],
  ['en', 'Could you check utf8 handling?', 'firstPerson'],
  ['en', 'I asked why the build failed.', 'directQuestion'],
  ['en', 'Call f(x:) there.', 'emoticon'],
  ['en', 'Hey, I just tried the new build.', 'minimizer'],
  // An imperative is not a question; a negated question presses rather than asks.
  ['en', 'Do not remove the warnings.', 'polarQuestion'],
  ['en', 'Have a look at the draft.', 'polarQuestion'],
  ['en', "Don't you read the replies?", 'polarQuestion'],
  ['en', 'I wonder whether it is done?', 'polarQuestion'],
  ['zh', '你不知道吗？', 'polarQuestion'],
  ['zh', '难道你没看邮件吗？', 'polarQuestion'],
  ['zh', '他術後用過嗎啡。', 'polarQuestion'],
];

describe('scoreTone: look-alikes do not count', () => {
  it.each(nonMarkers)('%s: %s has no %s', (lang, text, strategy) => {
    expect(scoreTone(text, lang).markers.some((m) => m.strategy === strategy)).toBe(false);
  });
});

describe('scoreTone: spans stay on whole code points around emoji', () => {
  const emojiCases: [ToneLang, string, string, ToneStrategy][] = [
    ['en', '😀😀 thanks a lot', 'thanks', 'gratitude'],
    ['zh', '👨‍👩‍👧‍👦谢谢大家', '谢谢', 'gratitude'],
    ['zh', '𠮷野家的同事，麻烦看一下', '麻烦', 'please'],
    ['mixed', '多谢 🙏🏽 Could you 再看看?', '🙏🏽', 'emoticon'],
    ['en', 'Nice 👍🏻 thank you 😊', '😊', 'emoticon'],
    ['en', 'Why 😡😡 is this late', '😡', 'emphasis'],
    ['zh', '👩🏽‍💻 请帮忙', '请', 'please'],
  ];
  it.each(emojiCases)('%s: %s → "%s"', (lang, text, expected, strategy) => {
    const r = scoreTone(text, lang);
    const m = r.markers.find((x) => x.strategy === strategy && x.text === expected);
    expect(m, JSON.stringify(r.markers)).toBeDefined();
    expect(m!.start).toBe(text.indexOf(expected));
    expectConsistent(text, lang);
  });

  it('a lone surrogate or an emoji at the very end does not break anything', () => {
    for (const text of ['\ud83d thanks', 'thanks \ud83d', 'please 🙏', '🙏', '\udc00请']) {
      expectConsistent(text, 'mixed');
    }
  });
});

describe('scoreTone: edge cases', () => {
  it('empty and white space are neutral at 0', () => {
    for (const text of ['', '   ', '\n\t\r\n', '\u3000']) {
      expect(scoreTone(text, 'en')).toEqual({ score: 0, label: 'neutral', markers: [] });
    }
  });

  it('repeating a marker has diminishing returns', () => {
    const r = scoreTone('Thanks, thanks, thanks!', 'en');
    const w = r.markers.filter((m) => m.strategy === 'gratitude').map((m) => m.weight);
    expect(w).toHaveLength(3);
    expect(w[1]).toBeCloseTo(w[0]! / 2, 6);
    expect(w[2]).toBeCloseTo(w[0]! / 4, 6);
  });

  it('please reads less polite at the start of a sentence than inside it', () => {
    const start = scoreTone('Please send the file tomorrow morning to the whole team here.', 'en').score;
    const inner = scoreTone('Could you send the file tomorrow morning to the team, please?', 'en').score;
    expect(inner).toBeGreaterThan(start);
  });

  it('sentence starts are found after CRLF, full-width and ASCII stops', () => {
    for (const text of ['Hello.\r\nWhy is the build late?', '好的。Why is the build late?', 'OK! Why is the build late?']) {
      expect(scoreTone(text, 'mixed').markers.find((m) => m.strategy === 'why')?.text).toBe('Why');
    }
    const you = scoreTone('Done.\r\nYou should check it.', 'en').markers.find((m) => m.text.startsWith('You'));
    expect(you?.strategy).toBe('obligation');
  });

  it('a bare one-liner reads terse; a short thank-you still reads polite', () => {
    expect(scoreTone('Status?', 'en').markers.map((m) => m.strategy)).toContain('terse');
    expect(scoreTone('Thanks a lot!', 'en').score).toBeGreaterThan(0);
    expect(scoreTone('谢谢！', 'zh').score).toBeGreaterThan(0);
  });

  it('a yes/no question reads more polite than a wh-question about the same thing', () => {
    const pairs: [string, string][] = [
      ['Is there a reason the build is late today?', 'Why is the build late today?'],
      ['Is the build ready for the release today?', 'What is the state of the build for the release today?'],
      ['方便的话，这周能给个初稿吗？', '这周什么时候给初稿？'],
    ];
    for (const [polar, wh] of pairs) expect(scoreTone(polar, 'mixed').score).toBeGreaterThan(scoreTone(wh, 'mixed').score);
  });

  it('the lang argument does not change how a mixed draft is read', () => {
    const text = 'Hi 王总，能否帮忙 review 一下？Thanks!';
    expect(scoreTone(text, 'zh')).toEqual(scoreTone(text, 'en'));
    expect(scoreTone(text, 'mixed')).toEqual(scoreTone(text, 'zh'));
  });

  it('handles a 1 MB draft and stays consistent', () => {
    const unit = '王经理您好，麻烦您看一下。Why is it late?? Thanks 🙏 ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = scoreTone(text, 'mixed');
    expect(Number.isFinite(r.score)).toBe(true);
    expect(r.markers.length).toBeGreaterThan(1000);
    const last = r.markers[r.markers.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });
});

// The frozen weights are refitted on one domain (Stack Exchange); these directions are the paper's
// findings across domains (and the guidance's), so a refit that flips one is a red flag, not a win.
const expectedSign: [ToneStrategy, 1 | -1][] = [
  ['gratitude', 1],
  ['deference', 1],
  ['greeting', 1],
  ['apology', 1],
  ['please', 1],
  ['pleaseStart', -1],
  ['indirect', 1],
  ['counterfactual', 1],
  ['polarQuestion', 1],
  ['directQuestion', -1],
  ['why', -1],
  ['directStart', -1],
  ['secondPersonStart', -1],
  ['factuality', -1],
  ['negative', -1],
  ['positive', 1],
  ['hedge', 1],
  ['blame', -1],
  ['pressure', -1],
  ['emphasis', -1],
];

describe('tone weights (generated tone/weights.ts)', () => {
  it('has one finite weight per strategy and a finite intercept', () => {
    expect(Object.keys(WEIGHTS).sort()).toEqual([...STRATEGIES].sort());
    for (const s of STRATEGIES) expect(Number.isFinite(WEIGHTS[s])).toBe(true);
    expect(Number.isFinite(BIAS)).toBe(true);
  });

  it.each(expectedSign)('%s keeps the sign the paper reports (%i)', (strategy, sign) => {
    expect(Math.sign(WEIGHTS[strategy])).toBe(sign);
  });
});
