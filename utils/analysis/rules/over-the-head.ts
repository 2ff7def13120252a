// Pitfall: escalates past the contact, or uses their manager as pressure (越过对接人直接“向上”).
//
// Two ways to see it: the cue lexicon's set phrases (`escalate` in cues.ts: 越级, "go over your head",
// 否则我只能上报…), and the general shape of the move (shapes/escalation.ts).
import type { Doc } from '../doc.ts';
import { normalize } from '../normalize.ts';
import { GUIDE, type Rule } from '../rule.ts';
import type { Span } from '../types.ts';
import { escalationsIn as shapesIn, GOING_UP, READER_BEFORE } from './shapes/escalation.ts';

function shapeHits(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.content) for (const sp of shapesIn(s)) out.push({ start: s.start + sp.start, end: s.start + sp.end });
  return out;
}

/** One mark per sentence: the set phrase where the lexicon has one, else the shape. */
function overTheHead(doc: Doc): Span[] {
  const cue = doc.hits('escalate')
    .filter((h) => !(GOING_UP.test(doc.text.slice(h.start, h.start + 4)) && READER_BEFORE.test(normalize(doc.text.slice(Math.max(0, h.start - 7), h.start)))))
    .map((h) => ({ start: h.start, end: h.end }));
  const inCue = (sp: Span) => cue.some((c) => c.start < sp.end && sp.start < c.end);
  const seen = new Set<number>();
  const shaped = shapeHits(doc).filter((sp) => {
    if (inCue(sp) || seen.has(sp.start)) return false;
    seen.add(sp.start);
    return true;
  });
  return [...cue, ...shaped].sort((a, b) => a.start - b.start);
}

const rule: Rule = {
  meta: {
    id: 'over-the-head',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.overHead,
    message: {
      zh: '越过对接人施压，或拿对方领导当筹码。',
      en: 'Goes over the contact’s head, or uses their manager as leverage.',
    },
    explanation: {
      zh: '绕过一线对接人会破坏信任，对方负责人也会觉得你不尊重流程。先和对接人把问题和方案谈清楚。',
      en: 'Going around your contact breaks trust, and their manager will see it as not respecting the process. Work it out with the contact first.',
    },
    fix: { templateId: 'opening.shared-goal' },
  },
  check: overTheHead,
  examples: {
    good: [
      { text: '这周能否和您先对一下排期？' },
      { text: 'Could we find a slot this week to sort out the schedule together?' },
      { text: '如果需要先跟你们领导确认，没关系，我们等你消息。' },
      { text: '你可以先告诉你们经理，我们这边不着急。' },
      { text: 'If you need to check with your manager first, no rush at all.' },
      { text: '你们总是第一时间响应，这次也想请你们帮忙看一下。' },
      { text: 'We will present the results to both directors together at the review.' },
      { text: 'The minutes will be copied to both team leads once they are approved.' },
      { text: '按照局长批示，我们会在月底前完成整改并书面报告。' },
    ],
    bad: [
      // Session 12: a copy sent up in the passive or as 副本, the reader's superior looped in or @-ed, the matter taken to a senior,
      // a senior's OK or instruction cited.
      { text: 'A copy of this memo has been sent to your Regional Director.' },
      { text: '這份申請我也副本給貴課的林組長，請他協助催一下。' },
      { text: '我已经 loop in 你们 lead 了，今天下班前给个结论吧。' },
      { text: '群里我已经 @ 了你们 CTO，希望能尽快排上。' },
      { text: 'If the permit is still pending on Friday, we will take the matter up directly with the Deputy Mayor.' },
      { text: 'I checked with Noor (CFO) at lunch and she is fine with it, so please raise the PO today.' },
      { text: '此事公司分管副总已作出批示，请贵部门高度重视，本周内办结。' },
      { text: '@运维部-王总 这个工单已经卡了十天，麻烦王总督促一下团队。' },
      { text: '依市長指示，本案由本處統籌，各科室應全力配合。' },
      { text: 'Adding @j.ortiz (Head of Platform) as a watcher so this gets picked up.' },
      { text: 'Your manager Dev told me on Friday that it is fine to skip the second review.' },
      { text: 'The COO has made it clear that the migration comes first and expects IT to free two engineers this week.' },
      // Session 11: the superior named in passing, a threat without the reader's title, a directive invoked, a copy to the superior,
      // the superior asked to step in, Cantonese.
      { text: 'Per my chat with Anil (your manager) this morning, please add the two of us to the on-call group today.' },
      { text: "If the kit isn't here by Friday I'll have to raise it with the COO directly." },
      { text: 'The SVP of Sales has directed that every region send its pipeline figures by Monday.' },
      { text: '這已經是第三次提醒了，本信副本已同時寄給貴單位林處長，請於週五前回覆。' },
      { text: '何工一直说排不开，只好麻烦您亲自协调一下。' },
      { text: '我已經同你哋張經理講咗，佢話冇問題，麻煩今日開權限。' },
      // Gone up by someone else, settled above the reader, told or copied in, a letter straight to the senior (session 9).
      { text: 'Our sergeant already spoke to your lieutenant, so please pull the footage today.' },
      { text: 'Everything was settled on the call with your MD, so please start on Monday.' },
      { text: '我已经把情况向贵公司的华南区总经理报告了，请尽快处理。' },
      { text: '我已经把贵司刘副总也抄上了，请务必本周内给答复。' },
      { text: '王副总您好，这边想直接跟您反映一下：我们找过李课长两次，他都说没人。' },
      { text: '我已经跟你们采购部张主任打过招呼了，他说没问题。' },
      { text: '此邮件已抄送分管副总裁，副总裁要求各部门本周内配合完成。' },
      { text: "Priya said it's fine, so just add me to the billing group." },
      { text: "If I don't get the logs by noon I'm going straight to Omar (your director)." },
      { text: "I've cc'd the CFO here since the invoice has sat for a month." },
      { text: '我找了 Lisa（你们 lead）口头确认过了，今天直接开权限就行。' },
      { text: "I talked to Rachel and she's fine with it, so please block out Friday for the migration." },
      { text: "Looping in @mgarcia (Director, Platform) since this has been open 3 weeks with no response." },
      { text: '我已经跟你们的tech lead和VP都报告过了，这周还没进展的话我会直接raise到CTO那里。' },
      { text: '今天下班前必须派人过来，不然我直接报分管院长。' },
      { text: '你们老大 Kevin 那边我已经打过招呼，他说 OK 了，你直接安排个人就行。' },
      { text: "I spoke to Rachel at the offsite and she said the extra budget is fine, so could you release the PO today?" },
      { text: '我今天把这封邮件抄送给了贵院黄院长，希望院里能重视一下。' },
      { text: '今天下班前必须给我结果，不然我直接找刘总。' },
      { text: '这次我把贵司的陈总监也抄送了，希望能引起重视。' },
      { text: '我刚刚已经跟你们林经理讲过了，他说没问题。' },
      { text: "Adding Melissa (our CMO) and your MD Ravi for visibility." },
      { text: '我跟你们 Frank 聊过了，he said OK，这周先借我们8张卡。' },
      { text: '我已经把你们总监也拉进群了，麻烦今天给个时间。' },
      { text: '如果本周还没有进展，我们将直接向贵公司管理层反映。' },
      { text: "I have been waiting on Ellie for two weeks, so I am coming to you directly." },
      { text: '如果今天还不给，我只能找你们领导了。' },
      { text: '你们总监已经同意了，你就直接开吧。' },
      { text: 'Otherwise I will have to escalate this to your manager.' },
      { text: 'Your director already approved it, so please just do it.' },
      { text: '这事我已经跟你们张总打过招呼了，他说没问题。' },
      { text: '我已經跟貴處的處長報備過，麻煩今天處理。' },
      { text: "FYI I've flagged the delay to your VP as well." },
      { text: 'Tagging @cto since this has been open for two weeks.' },
      { text: '上午开会时遇到你们王总，顺口提了，他也觉得应该尽快做。' },
    ],
  },
};

export default rule;
