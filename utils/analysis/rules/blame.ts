// Pitfall: emotional or blaming language (情绪化或立场化：抱怨或指责，把问题归咎于对方).
import { GUIDE, type Rule } from '../rule.ts';
import { cueOrShapeHits, shapeReader } from './helpers.ts';
import { blameShape } from './shapes/blame.ts';

/** Blame read from the sentence's shape (shapes/blame.ts), beside the lexicon's `blame` cue. */
const shapeIn = shapeReader(blameShape);

const rule: Rule = {
  meta: {
    id: 'blame',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.pitfallEmotion,
    message: { zh: '这句话带有抱怨或指责的语气。', en: 'This reads as blaming or emotional.' },
    explanation: {
      zh: '指责会让对方防御，焦点从解决问题转到谁对谁错。说明现状和影响，再提出下一步。',
      en: 'Blame puts the reader on the defensive and shifts the talk to who is at fault. State the situation and its impact, then the next step.',
    },
    fix: { templateId: 'need.reason' },
  },
  check(doc) {
    return cueOrShapeHits(doc, 'blame', shapeIn);
  },
  examples: {
    good: [
      { text: "Can you push the banner swap to 6pm? Legal still hasn't cleared the copy." },
      { text: '我们 team 每个人都是你们的 big fan。' },
      { text: '测试环境的页面加载太慢了，能帮忙看一下吗？' },
      { text: "Like we said at lunch, option B works for both teams." },
      { text: '目前数据还没到位，会影响周五的评审，想和您确认一下进度。' },
      { text: 'The data has not arrived yet; could we check where it stands?' },
      { text: 'We ran the job three times to be sure the numbers hold.' },
    ],
    bad: [
      { text: "you guys have yet to ship the fix and we keep hitting it" },
      { text: "It keeps getting ignored and nobody replies." },
      { text: "It has already been more than half a year, come on guys." },
      { text: "Jake, as I've said twice already, I need the signed SOW. Today." },
      { text: "This is the fourth reminder about invoice 4471. We have been more than patient." },
      { text: '这个issue已经open两个月了，还是没人assign。' },
      { text: '这个问题已经提醒过两次，本次邮件已抄送各位主管。' },
      { text: "projector in 214 is dead again. third time this month. anyone??" },
      { text: "Frankly I'm tired of chasing this." },
      { text: '这个ticket已经reopen三次了，每次都说fixed，结果一测还是crash。' },
      { text: "As I mentioned in my last two emails, we still need the side letter." },
      { text: "The meal count error on yesterday's flights was the fourth this month." },
      { text: '又是上线前一天改需求，你们下次能不能早点说？' },
      { text: '这个问题你们已经拖了两个迭代了。' },
      { text: '需求提了两周，每次问都说在排，到现在也没个准信。' },
      { text: "As I already said, the export is still missing." },
      { text: '你们总是拖到最后一天才给数据。' },
      { text: '为什么还没有发过来？' },
      { text: 'As I already said, we need this today.' },
      { text: 'Per my last email, the numbers are still missing.' },
      { text: '我已經催了好幾次了。' },
      { text: '报价单都问了三次了，到现在还没发。' },
      { text: "I've chased this four times and still have nothing." },
      { text: 'Nobody on the infra team seems to care about this.' },
    ],
  },
};

export default rule;
