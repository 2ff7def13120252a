// Element: concrete next steps — who does what by when — and thanks (确认并致谢). `present` is the
// concrete next step; thanks is reported in `thanks` and checked by thanks.ts.
import type { Doc, Sentence } from '../doc.ts';
import { GUIDE, type Rule } from '../rule.ts';
import type { DateMention, NextStepsElement } from '../types.ts';
import { hasDayOrHour, lastContent, normOf, perSentence, sentenceSpans } from './helpers.ts';
import { escalationsIn } from './shapes/escalation.ts';
import { offerShape } from './shapes/offer.ts';
import { stepShape } from './shapes/step.ts';

// Who + what + when. The deadline of the ask itself belongs to the need, so a step is a commitment
// (I/we/a named person will…), a meeting proposal, or a follow-up asked of the reader (confirm, reply)
// — each with a time (hasDayOrHour). A "next steps:" heading lends its time-bearing lines the
// benefit of the doubt.

// A dated threat ("if I don't hear back by noon I'll loop in your director", 如果明天还拿不到，我只能…) or a
// dated offer in return ("we'll take your pager on Saturday") is not a next step, though it has a who
// and a when. A condition alone is no threat: "if the numbers don't tell the story, we can discuss it with Stan on
// Nov. 1" is a step; the consequence makes the threat (have to pull your access, escalate, suspend, refer to collections).
const THREAT = /(?:^|^[\w ]{1,20}\s[-–—:,]\s*)(?:if|unless|otherwise)\b[^.?!;\n]*\b(?:not|don't|doesn't|haven't|hasn't|no)\b(?=[^.?!;\n]*\b(?:have to|must|no choice|pull|revoke|remove|escalate|loop in|cc|copy|report|cancel|withdraw|take (?:this|it) (?:to|up)|raise (?:this|it) with|go(?:ing)? (?:straight |directly )?(?:to|over)|assume|charge|penali[sz]e|drop|close|suspend|terminate|disable|block|lock|refer|collections?|stop)\b)|\botherwise\b|否则|不然|要不然|(?:如果|要是|若|如(?=逾期|未|不|没|无法))[^。!?;\n]{0,14}?(?:还|仍|再)?(?:不|没|无|未|逾期)(?!问题|意见|异议|疑问|困难)/;

// What was already done ("今天我已经把情况同步给你们陈总了", "I've already sent it") reports the past;
// a step is still to come (unless the sentence goes on to one: 已经提交了，明天会再跟进).
const DONE = /(?:已经|早已|已于|已於|业经|业已|刚刚|刚才)(?![^。!?;\n]*(?:会(?!议|场|上|后|谈|见|计|员|长|所|堂|务|签|商|同)|将|再|下次|后续|之后|明天|后天|下周|周[一二三四五六日天]|星期[一二三四五六日天]|今晚|稍后|晚点))|\b(?:i|we)(?:'ve| have)? (?:already|just) (?:sent|shared|flagged|told|asked|escalated|raised|pinged|filed|submitted|emailed|forwarded)\b(?![^.?!;\n]*\b(?:will|'ll)\b)/;

/** Someone who acts: the writer's side (not in a purpose: 以便我们…), a person or unit with 于 + a time (许晴于11月25日前…, not 请各单位于…前: the ask's deadline), 由…, 负责. */
const ACTOR = /(?<!以便|便于|好让|方便|让|给|帮)我|咱|(?<!(?:请|务必|须)[^。!?;\n]{0,40})于\s*[0-9一二三四五六七八九十今明下本这后](?![^。!?;\n]{0,24}?(?:提交|报送|上报|申报|填报|报名|交至|交到|送至|送达|发送至))|由|负责(?!人)|(?<!\bso (?:that )?)\b(?:i|we)\b|\b[a-z]+(?:'ll| will)\b/;

const FORMULA_ASK = /(?:敬请|恳请|请)\s*(?:核示|批示|鉴核|审批|指示|核准)/;

// Background, not a follow-up: what was already done (已用于…), an event fixed (订于…举行 / 定于…办理), a condition
// (if we can…), a reason (原因：下周一开始UAT, …is due today and we can't answer without…).
const BACKGROUND = /已(?:经|于|用|在|将|被)?|(?:订|定)于|举行|举办|后来|(?:他|她|他们|她们|对方|馆方|厂商|校方)(?:说|表示|称|答复)|依据|来函|发文字号|(?:从|自)\s*[^。!?;\n]{1,12}?(?:开始|以来|起)|一般|通常|近年来|^(?:if|once|when)\b|\bif (?:we|i) can\b|原因|因为|由于|以免|来不及|赶不上|\b(?:because|since|is due|are due|can't|cannot|without)\b/;

// A time the thing is needed for (下午两点跟品牌方开会要用) is the need's reason, not a step.
const NEEDED_FOR = /要用|需要用|得用|急用|要拿来/;

// The writer's own need with its date ("We'll need them by December 8", 我们要在12月5日前拿到数据) is the ask's when, and a
// token treat with a day ("drinks on me Friday") is thanks: neither is a follow-up.
const OWN_NEED_OR_TREAT =
  /\b(?:we|i)(?:'ll| will|'d| would)? need (?:them|it|this|these|those|the|to have)\b|^\s*(?:我们|我)(?:需要|要|得)在[^。!?;\n]{0,12}?前(?:拿到|收到|得到|看到)|\b(?:owe you one|(?:drinks?|coffee|lunch|beers?|dinner|pizza) (?:is |are )?on me)\b/;

// An event announced, hosted by someone else ("Houston will host the conference", "the polls will open at 7",
// 会议将于3月初在北京召开, 15时30分欢迎仪式正式开始, 寒假时间为1月28日开始): the setting, not a follow-up.
const HOSTED = /(?<!\b(?:i|we) )\bwill (?:host|be hosting|be held|take place|hold (?:its|their))\b|\btakes place\b|\bthe [a-z]+ (?:will|shall) (?:open|close|start|begin|end)\b|(?:会议|大会|论坛|典礼|比赛|展会|年会)[^。!?;\n]{0,6}将于[^。!?;\n]{0,20}?(?:召开|举行|举办)|(?:仪式|典礼|活动|晚会|会议|大会)[^。!?;\n]{0,4}(?:正式)?(?:开始|开幕|举行)|(?:时间|日期)为/;

/** A sentence that opens on its reason. */
const REASON_FIRST = /^\s*(?:the reason|because\b|since (?:i|we|you|it|the)\b)|^\s*(?:因为|由于|原因是?)/;

const DATE_LINE = /^[\s\d年月日号號/.\-:：()（）周週星期一二三四五六日天]*$/;

// A past event told with 了 or 收到 (4月初我镇启动了…, 我局于2月10日收到…), with nothing still to come in the sentence.
const PAST = /(?<!为|除|不|得|好|完)(?:[\u4e00-\u9fff])了(?![解结吗吧么呢不])|于\s*[0-9一二三四五六七八九十]{1,2}\s*月[^。!?;\n]{0,8}?(?:收到|接到|召开|举办|举行)/;
const STILL_TO_COME = /将|今天|今晚|今日|上午|下午|晚上|(?<!委员|工)会(?!议|员|长|场|上|后|同)|要|再|请(?!示)|麻烦|下次|下一|明天|明早|后天|下周|下个|(?<!上个?)(?:周|星期|礼拜)[一二三四五六日天]|稍后|届时|之后|以后|马上|就|待|等|后续|[0-9日号天周末底午班节]前/;

/** A dated threat or escalation, or a report of what was done: never a next step, whatever else it carries. */
const isThreat = perSentence((s: Sentence): boolean => {
  const norm = normOf(s);
  return THREAT.test(norm) || DONE.test(norm) || (PAST.test(norm) && !STILL_TO_COME.test(norm)) || escalationsIn(s).length > 0;
});

/** Who acts, read from the sentence's shape (shapes/step.ts), beside the commitment cues. */
const hasStepShape = perSentence((s: Sentence): boolean => stepShape(normOf(s), s.text));

/**
 * A step read from its shape: someone acts with a time and offers nothing, or offers with a deadline ("we will
 * provide the code table by Dec 6": a promise the reader can hold us to; a dated offer without one is no step).
 */
function shapedStep(doc: Doc, s: Sentence): boolean {
  if (!hasStepShape(s)) return false;
  return doc.has(s, 'deadline') || (!doc.has(s, 'offer') && offerShape(normOf(s)) === null);
}

// Minutes' next meeting (下次筹备会议订于12月5日下午2时召开): everyone's next step, with its when.
const NEXT_MEETING = /下一?次[^。!?;\n]{0,8}?(?:会议|例会|会|碰头会|协调会|筹备会|检讨会)[^。!?;\n]{0,4}?(?:订于|定于|将于|拟于|于|在|[:：]\s*(?=[0-9一二三四五六七八九十]))/;

// The proposed action of a 签 (拟办：奉核后，于4月15日前以本所名义发函…): the writer's office, an act and a date.
const PROPOSED = /^\s*拟办\s*[:：]/;

// An advance settled in a named fiscal year's budget (俟115年度總預算時辦理轉正, 另將納入109年度預算辦理): who
// (the writer's office), what and a when the reader can hold it to, though no day or hour is named.
const BUDGET_STEP = /(?:俟|待|于|於|纳入|列入)\s*(?:[0-9一二三四五六七八九十〇○]{2,4}|下|次)\s*年度[^。!?;\n]{0,8}?预算[^。!?;\n]{0,6}?(?:办理|再予|再行|予以|归垫|转正|追加)/;

function isStep(doc: Doc, s: Sentence, afterMarker: boolean): boolean {
  const norm = normOf(s);
  // Each shape holds a literal (年度, 拟办, 次): looked for first, a regex run less on nearly every sentence.
  if (norm.includes('年度') && BUDGET_STEP.test(norm) && !isThreat(s)) return true;
  if (((norm.includes('拟办') && PROPOSED.test(norm)) || (norm.includes('次') && NEXT_MEETING.test(norm))) && hasDayOrHour(s) && !isThreat(s)) return true;
  // An event named alone ("the new release") is no time for a step: "When will the new release be out?" asks.
  if (!hasDayOrHour(s)) return false;
  // Only a sentence that one of the ways to a step below could accept is worth the threat, background
  // and formula tests (each a regex run): the cues first, the step shape last (its own memo).
  const byCue = afterMarker || doc.has(s, 'nextMarker') || doc.has(s, 'commit') || doc.has(s, 'schedule') || doc.has(s, 'requestAction');
  if (!byCue && !(doc.has(s, 'timedAction') && !doc.has(s, 'ask')) && !shapedStep(doc, s)) return false;
  if (isThreat(s) || doc.has(s, 'escalate')) return false;
  // Not the need's reason, an event someone hosts, nor a bare date line (a signature's or a letter's date).
  // Nor a sentence that gives the reason ("The reason being that the call is at 5am my time", 因为…): it explains the ask.
  if (NEEDED_FOR.test(norm) || OWN_NEED_OR_TREAT.test(norm) || HOSTED.test(norm) || DATE_LINE.test(s.text) || REASON_FIRST.test(norm)) return false;
  // A 公文's closing formula (敬请核示) asks for the decision itself: no follow-up.
  const formula = doc.has(s, 'requestAction') && FORMULA_ASK.test(norm);
  if (afterMarker || doc.has(s, 'nextMarker') || doc.has(s, 'commit') || doc.has(s, 'schedule') || (doc.has(s, 'requestAction') && !formula)) return true;
  // The shape names its actor (I, we, 本中心将于…), so it is not the ask's own deadline.
  if (shapedStep(doc, s)) return true;
  // A dated action without an explicit commitment verb ("周三下午三点碰一下", "Kickoff on Monday"),
  // unless the sentence is the ask itself with its deadline (that belongs to the need), background,
  // or a bare deadline with no one named (12月15日前上线: the need's when).
  if (doc.has(s, 'deadline') && !ACTOR.test(norm)) return false;
  return doc.has(s, 'timedAction') && !doc.has(s, 'ask') && !BACKGROUND.test(norm);
}

function detect(doc: Doc): NextStepsElement {
  const steps: Sentence[] = [];
  let marker = -10;
  doc.content.forEach((s, i) => {
    if (doc.has(s, 'nextMarker')) marker = i;
    if (isStep(doc, s, i - marker <= 3 && i > marker)) steps.push(s);
  });
  const dates: DateMention[] = [];
  // `dates` is resolved on first read, in one chrono-node pass for both moves (index.ts).
  const thanksSentences = new Set<Sentence>();
  for (const h of doc.hits('thanks')) thanksSentences.add(doc.sentences[h.s]!);
  const stepPart = { present: steps.length > 0, spans: sentenceSpans([...steps]) };
  return {
    present: stepPart.present,
    spans: stepPart.spans,
    steps: stepPart,
    thanks: { present: thanksSentences.size > 0, spans: sentenceSpans([...thanksSentences]) },
    dates,
  };
}

const rule: Rule = {
  element: 'nextSteps',
  meta: {
    id: 'next-steps',
    kind: 'element',
    severity: 'warning',
    guidance: GUIDE.close,
    message: {
      zh: '结尾没有明确的下一步：谁、做什么、什么时候。',
      en: 'The close has no concrete next step: who does what, by when.',
    },
    explanation: {
      zh: '“我明天上午把需求清单发给小李”这样的收尾，让双方都知道接下来发生什么，也方便日后确认。',
      en: 'A close like “I’ll send the list to Sam tomorrow morning” tells both sides what happens next and is easy to confirm later.',
    },
    fix: { templateId: 'close.next-steps' },
  },
  detect,
  check(doc) {
    if (doc.elements.nextSteps.present || doc.content.length === 0) return [];
    const s = lastContent(doc);
    return s ? [{ start: s.start, end: s.end }] : [];
  },
  examples: {
    good: [
      // Dates as people write them (3 月 15 日, 六月十五日, 9/1), a promise counted from the approval, the next meeting after a
      // colon in minutes, someone sent at a time, a walk-through proposed, a deliverable promised to the inbox (session 11).
      { text: '申請延長合約三個月。如獲批准，本部會於 3 月 15 日前與承辦商簽署補充協議。' },
      { text: '擬增聘專員二名。如蒙核准，本部將於六月十五日前完成徵才。' },
      { text: '拟采购仪器两台。如获批准，质检部将在批准后五个工作日内向采购部提交比价材料。' },
      { text: '周例会纪要。一、双方确认推广方案。二、下次例会：4月15日上午10点，地点不变。' },
      // Minutes' actions and next meeting as written ('Action: K. Brandt to…', 'Next sync: 12 May'), a 后续： line, a draft sent up
      // for review by a date (session 12).
      { text: 'Minutes of the vendor sync, 3 March\n- We still need a reviewer for the two supplier contracts.\n- Action: K. Brandt to send both contracts to Legal by Thursday 5pm.' },
      { text: 'Notes from the courier call\n- Depot space is still open.\n- Next sync: 12 May, 10:00.' },
      { text: '【申请】测试环境加两台机器\n需求：两台 8C16G，下周一到周五，用于接口压测。\n后续：本周四下班前我在本单贴压测方案。' },
      { text: '关于开展消防演练的请示。拟于下月组织全楼消防演练，演练方案由行政部起草，5月10日前报您审阅。妥否，请批示。' },
      { text: '那两个实习生下周一能直接来报到吗？周一早上九点我让小张去楼下接人。' },
      { text: 'Dev, can we walk the clash list on level 5 tomorrow at 7:30?' },
      { text: 'Could I take Thursday afternoon off? The weekly report will be in your inbox by Wednesday end of day.' },
      { text: 'I need six banquet servers on Saturday. My events manager, Lucia, will send the run sheet to your duty manager by Tuesday.' },
      // A call slot named with its length, a promise counted in 工作天, an aim with a date (session 11).
      { text: '想借你们BI组一个人两天，帮我们对一下口径。你看明天下午两点拉个15分钟的call？' },
      { text: '擬申請配合款新台幣三十五萬元。奉核後，本中心將於三個工作天內向會計室提出請購。' },
      { text: 'I would like the triage role on this repo. I would aim to get the untriaged queue under 200 by the end of January.' },
      { text: '如果方案没问题，我周五前把测试报告发给你。' },
      { text: '擬辦：奉核後，於5月2日前函請各里辦公處協助宣導。' },
      { text: '会议纪要\n一、各组于周三前提交排班表。\n二、下次例会订于12月8日上午10时召开，请各组届时汇报进度。' },
      { text: '测试数据我们已经准备好了，周四下午我们先自己跑一遍，结果贴到工单里。' },
      { text: '明天上午十点我在群里拉个 huddle 跟进。' },
      { text: "I'd like to circulate the revised draft to the committee on Monday." },
      { text: '本項補助款80萬元未及編入今年預算，懇請貴會同意先行墊付，俟116年度總預算時辦理轉正。' },
      { text: "The hourly reports keep arriving late. I am meeting with the plant manager on Tuesday to fix the rota." },
      { text: "I am inviting everyone to a planning meeting Thursday at 2:00 to split up the storage work." },
      { text: "A short weekly sync would help. To get started I propose June 3 at 15:00 CET. What do you think?" },
      { text: "We hope to publish the release notes this Thursday." },
      { text: "We'll get together in mid-January to go over the account loads." },
      { text: "I plan to send the shortlist out early next week." },
      { text: "Our team will reply to every comment within three business days." },
      { text: '我下周初把评审意见汇总发给大家。' },
      { text: "I will be ordering the replacement badges tomorrow morning." },
      { text: "Let's collect the last comments and decide on Monday." },
      { text: "If Thursday does not suit you, lets chat about it tomorrow morning." },
      { text: "Everyone who signed up will be hearing from us on Monday with their shifts." },
      { text: '负责人：小唐，周四下午把对比数据发到群里。' },
      { text: '资料室将于每周三上午统一反馈借阅意见。' },
      { text: "If the draft does not tell the story you want, we can go through it with Stan on Monday at 10." },
      { text: '如获批准，我司保证能在30天内完成剩余的屋面防水工程。' },
      { text: "I am out until noon but free after 12:30 today. Would 1:00 be a good time to go through the open items?" },
      { text: "Thanks for sorting the access. I will be in touch on Monday with the test results." },
      { text: "Could you join us on Thursday from 2 to 3pm in Room 4B for the planning session?" },
      { text: '总务处将于12月2日下午2点举办线上说明会。' },
      { text: "RT to email the facility manager by Thursday asking for two extra days." },
      { text: "JK will reply to Dr. Osei by next Monday." },
      { text: "I'll ping you at 5:30 with the final file." },
      { text: '是否方便下周二下午与林老师视讯约半小时？' },
      { text: "I'll send the revised schedule to your office by 5 December." },
      { text: '我等下把会议邀请发给你，地点在12楼小会议室。' },
      { text: '- 许晴于11月25日前整理活动日历发群里；' },
      { text: '这周五前我先把设计草案贴在这个 issue 下面。' },
      { text: '周三下午两点，我订了小会议室，咱们把联调的事过一下？' },
      { text: '图纸我刚传到共享盘了，今天下午四点在三楼碰一下？' },
      // A dated offer with its deadline is a promise the reader can hold us to.
      { text: 'We will provide the sample files and test cases by Dec 6.' },
      { text: '我明天上午把需求清单发给小李，并抄送您。' },
      { text: '下一步：由我这边在周三前整理好测试用例。' },
      { text: 'I’ll send the spec to Priya by Thursday noon.' },
      { text: 'Could you confirm by Friday whether that works?' },
      { text: 'Our counsel will send the draft agreement by Wednesday.' },
      { text: 'Let’s set up a 20-minute call next Tuesday to go through it.' },
      { text: '我會在下週五前同步初步結果。' },
      { text: '补丁我周四前提上来，测试用例一并补上。' },
      { text: '下周二上午我带设计稿过去跟你们过一遍。' },
      { text: '如获批准，本中心将于12月1日前完成采购。' },
      { text: "I'll rebase the branch on Wednesday morning." },
      { text: 'Facilities will unlock the room at 8:30 on Monday.' },
      { text: 'got a minute at 3 today? about the vendor contract' },
      { text: 'My office will collect the signed forms on Friday morning.' },
      { text: 'Could we meet Thursday at 9 in the lab to go through it?' },
    ],
    bad: [
      // A meeting still to be set, and the reader's own deadline to send a draft up (session 12).
      { text: 'Steering group minutes\n1. Launch stays at Jan 20.\n2. Legal sign-off is still open.\nNext meeting: TBD.' },
      { text: '请于5月10日前报局长审批。' },
      // A wish for the reply's date, an account that lapses, a mail sent in the past, a committee (福委会) as the subject (session 11).
      { text: '上诉期限是12月8日，我希望 12 月 3 日前能拿到学长的意见。' },
      { text: '请于12/27前开通只读账号。使用完毕后本账号于1/15自动停用。' },
      { text: '想问学长是否考虑补上授权。我 7/23 有寄一封 email 至学长的信箱。' },
      { text: '想请福委会在12/10前拨五万元给我们部门做表演服装。' },
      // A threat with a day, the project's launch plan: no follow-up.
      { text: "If this doesn't move today I will raise it with Dana directly." },
      { text: '新版系统计划于12月20日投产，请贵部门安排两人配合联调。' },
      // A threat going straight up, a treat with a day, the writer's own need with its date.
      { text: "If I don't hear back today I'll be going straight to Dana." },
      { text: "I'll owe you one, drinks on me Friday." },
      { text: '我们要在周五前拿到报价，用于下周的评审会。' },
      // Past events with their dates: what happened, not what comes next.
      { text: '5月初，我们站启动了以防汛物资清点为主的汛前检查。' },
      { text: '本处于9月28日收到贵校关于调整实习时间的来函。' },
      { text: '本项经费已列入116年度预算，请财政局知悉。' },
      { text: '明年5月12日，我们的研究所将迎来建所三十周年，特向各位校友募集纪念文集稿件。' },
      { text: "Could you pass my leave dates to payroll? I will be taking March 3rd through March 10th off." },
      { text: '本学期寒假时间为1月20日开始，请家长督促孩子按时完成作业。' },
      { text: '没改的部分我就先留着了，希望明天能再发一个版本把新字串带上。' },
      { text: "Could you send me your availability in the next few days so we can set up a review?" },
      { text: "It's only a small game mod after all, c'mon. Would you agree to relicense it under MIT?" },
      { text: '全县六十岁以上人口有4.51万人，占总人口的12.2%，我们会持续关注。' },
      { text: "I'd like to book Room 3 on Friday from 2 to 4pm for the offsite." },
      { text: "I would like to request two reviewers by Friday for the audit." },
      { text: "The polls will open at noon and will close at 9:00 p.m." },
      { text: '全市科技工作会议将于12月10日在市民中心召开。' },
      { text: '我问过馆方，他们说大概要到明年6月才会完工。' },
      { text: '依据市府来函：111年3月8日，发文字号第1113号。' },
      { text: '学生中午放学后一般12:35到家，休息时间很紧。' },
      { text: "2026/07/11 00:17:50 The build environment will be kept alive for 10 minutes." },
      { text: "Heather - if I don't get the curves by Friday, I will have to pull your access." },
      { text: '二、二号路沿线绿化施工约225万元。' },
      { text: "From March 3-5, Lisbon will host the annual partner summit." },
      { text: "We'll be needing the big room on Thursday afternoon." },
      { text: "I would like to bring the stand-up forward to 9:30 tomorrow. The reason being that I have to join a call at 10 my time." },
      { text: "Let's not rush the migration before Friday." },
      { text: '请各项目负责人于12月5日前将结题材料交至科研处。' },
      { text: '宿舍晚上11点熄灯，这个安排是为了保证大家的睡眠。' },
      { text: '希望贵司能在12月10日前提供新的报价。' },
      { text: "If payment is not received by December 5, we will suspend the account." },
      { text: '现将市里的通知（〔2025〕62号）转发给你们，请遵照执行。' },
      { text: '本次新建排水沟宽1.5米、深1.2米，长约2公里。' },
      { text: '南屯区原本预计在1/30中午12点会停水，水公司已先公告。' },
      { text: '请各学院于12月10日前提交论证报告，联系人：王老师。' },
      { text: '本案业经本局11月18日第12次局务会议审议通过。' },
      { text: "When will the new release be available?" },
      { text: "Any chance we will get a new release soon with the fix?" },
      { text: '本校开放日将于12月14日（星期六）举行。' },
      { text: '下周一有大促预热，流量会翻倍。' },
      { text: "Timeline: launch target stays at Jan 20." },
      { text: '年会定于1月16日晚在二楼宴会厅举行，约320人。' },
      { text: '原因：下周一开始 UAT，没有权限对账脚本无法验证。' },
      { text: "The SLA claim response is due today and we can't answer it without those logs." },
      { text: '上次接待的时候视频会议也断了两次。' },
      { text: '周末那场夜戏的发电机你们组还用吗？' },
      { text: '基金会年底的开发者大会还缺不少资源，希望大家多多支持，有意向的可以随时跟我联系。' },
      { text: '主旨：因家母下周住院手术，拟请特休假5日（11/24–11/28），敬请核示。' },
      { text: '如逾期未能取得签证，依合约每延误一日罚款合约金额千分之一。' },
      { text: "Any chance we can run 2 shifts on your line Thursday and Friday?" },
      { text: '想跟您换一下课：您帮我上周二那节，我替您上周四上午第二节。' },
      { text: '最好能在11月20日前提供，以便我们赶在年底评审会前完成回测。' },
      { text: '联系人：何主任 电话：0571-8xxxxxx2' },
      { text: '12月15日前上线，赶在年终对账之前。' },
      { text: '我们下周二要发版，再这样下去肯定要延期。' },
      { text: '下午两点跟客户开会要用，谢谢。' },
      { text: "My dad's surgery moved to Thursday, and I'll be at the hospital most of the week." },
      { text: '明天上午10点前能把各渠道的退货率数据发我一份吗？' },
      { text: '新产线预定11月25日试产，治具未到将致试产延期。' },
      { text: '谢谢！' },
      { text: 'Thanks, looking forward to hearing from you.' },
      { text: '有空的时候看看吧。' },
      { text: 'We need the export by Friday so the audit can start.' },
      { text: 'Let’s sync later this week.' },
      { text: '如果周五前还没有回复，我只能找你们总监了。' },
      { text: "If I don't hear back by noon I'll raise it with your director." },
      { text: 'Could you lend us a tester next week so we can finish the release?' },
      { text: '我明天上午就要用这份数据。' },
      { text: '能不能帮我们看看明天评审的材料？' },
      { text: '今天上午我已经把问题同步给你们主管了。' },
      { text: '我下周一到周三想请年假。' },
      { text: '接口只有他熟，他不来的话我们15号上不了线。' },
      { text: '测试机能借给我们用到月底吗？' },
      { text: "I've already sent the logs to your on-call today." },
    ],
  },
};

export default rule;
