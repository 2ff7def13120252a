// Pitfall: relies on a verbal or informal agreement (忽视正式确认：仅口头约定).
import { GUIDE, type Rule } from '../rule.ts';
import { cueOrShapeHits, shapeReader } from './helpers.ts';
import { verbalShape } from './shapes/verbal.ts';

/** A verbal deal read from the sentence's shape (shapes/verbal.ts), beside the lexicon's `verbal` cue. */
const shapeIn = shapeReader(verbalShape);

/** A record waived, not made: 就不再 send 正式的 summary 了, 不另行書面簽核, no need for minutes. */
const WAIVED = /(?:不再|不用|不必|无需|無需|无须|無須|毋须|毋須|免了|唔使|唔駛|唔需要|不另外|不另行|就不|no need (?:for|to)|don't need to|do not need to|won't|will not|not going to|skip|without)[^。.!?,，]{0,30}$/i;

const rule: Rule = {
  meta: {
    id: 'no-written-confirmation',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.pitfallVerbal,
    message: {
      zh: '依赖口头约定，没有书面确认。',
      en: 'Relies on a verbal agreement with nothing confirmed in writing.',
    },
    explanation: {
      zh: '只靠口头约定，人员变动或记忆偏差都可能引起纠纷。把约定写进邮件或纪要，抄送相关人。',
      en: 'Verbal deals get lost to staff changes and memory. Put the agreement in an email or notes and copy the people involved.',
    },
    fix: { templateId: 'close.written-recap' },
  },
  check(doc) {
    const verbal = cueOrShapeHits(doc, 'verbal', shapeIn);
    if (verbal.length === 0) return [];
    // A message that itself puts the agreement in writing (纪要/邮件确认/recap) is the fix, not the pitfall.
    // Only an actual record counts (纪要, 书面, in writing, a recap): mentioning email or a ticket does not.
    const RECORD = /纪要|紀要|书面|書面|记录|記錄|确认函|確認函|in writing|recap|minutes|documented|confirmation|summary|write[- ]?up/i;
    const written = doc
      .hits('written')
      .some((w) => !verbal.some((v) => w.start < v.end && v.start < w.end) && RECORD.test(doc.text.slice(w.start, w.end)) && !WAIVED.test(doc.text.slice(Math.max(0, w.start - 40), w.start)));
    if (written) return [];
    return verbal.map((h) => ({ start: h.start, end: h.end }));
  },
  examples: {
    good: [
      { text: '上周电话里说好的安排，我整理成会议纪要发您邮箱确认一下。' },
      { text: 'To recap our call in writing: two engineers for two weeks from Monday.' },
      { text: '请把数据发给我。' },
      // 说法 is no saying-so; 你们总是说 is no superior (session 11).
      { text: '你们部门总监今天下班前给个说法吧。' },
      { text: '你们总是说下周，下周又下周。' },
    ],
    bad: [
      // Session 12: the sign-off waived (不另行書面簽核, 不用再走审批), a formal order skipped, a call named by its day.
      { text: '二、本案經與會者口頭同意，不另行書面簽核。' },
      { text: '你们主管上周说这种情况可以特批，你直接帮我报了就行，不用再走审批了。' },
      { text: "As discussed on Monday's call, go ahead with the second print run. No need for a formal change order." },
      { text: 'We agreed at the site visit to go ahead, so we will skip the formal requisition this time.' },
      // The reader's superior's word as the go-ahead, said in passing, the letter waived (session 11).
      { text: '你们王总监已经点头了，今天直接把测试账号开给我们就行。' },
      { text: '我已经跟你们陈经理打过招呼了，他说这周可以把两台服务器借给我们。' },
      { text: 'I checked with your director this morning and she is on board, so please release the budget today.' },
      { text: 'Like we said at the Friday barbecue, your crew takes the extra loading shift on Monday.' },
      { text: 'Further to our telephone conversation, we will go ahead with the trial next week.' },
      { text: '场地使用一事按上次电话里商量的办，不再另行发函确认。' },
      // The record waived in so many words, a boss's "fine" as the go-ahead, a ticket put off, Cantonese (written sets of session 9).
      { text: 'As agreed on the call, please go ahead. No need to send a written summary.' },
      { text: "Priya already said it's fine, so just switch it on, no need for the form." },
      { text: '那天吃饭你们经理说的那批样机，我们就直接拿走了，就不另外发确认了。' },
      { text: '琴日饮茶你讲过可以借两个人俾我哋，唔使再写email啦。' },
      { text: '割接窗口你们lead说OK了，今晚直接切，ticket明天再补。' },
      { text: '贵司同事日前电话中表示滞箱费由贵司承担，敝公司即按此处理，不再另行书面确认。' },
      { text: '上周 1on1 时我们 verbally 聊过，就按那天说的来吧，我这边就不再 send 正式的 summary 了。' },
      { text: '钱总那边没问题的，麻烦你直接排产吧，就不走合同了。' },
      { text: '之前你说过随时可以用，我就先跟司机讲好了。' },
      { text: "The GC PM agreed on the call; no formal instruction to be issued." },
      { text: '上次饭桌上你说的那个接口，我这边就直接接了。' },
      { text: "Let's go ahead as discussed at the trade show; we can sort out the paperwork later." },
      { text: '之前电话里说好的，就不走流程了，直接开权限吧。' },
      { text: 'We agreed verbally, no need to put it in writing.' },
      { text: '你上次已經答應了的。' },
      { text: '上次饭局上你答应借的两台服务器，我下午去搬。' },
      { text: '合同就不另外改了，按之前谈的价格走。' },
      { text: 'Your lead said in standup it was fine, so I am starting the jobs at noon.' },
    ],
  },
};

export default rule;
