// Element: a specific resource with an amount, duration or deadline, and the reason it matters
// (清晰陈述需求与理由). `present` is the quantified need; the reason is reported in `reason` and checked
// by need-reason.ts.
import type { Doc, Sentence } from '../doc.ts';
import { leadingNumber } from '../numerals.ts';
import { normalize } from '../normalize.ts';
import { GUIDE, type Rule } from '../rule.ts';
import type { DateMention, QuantifiedNeedElement, Quantity } from '../types.ts';
import { askSentences, codeMayBe, codeSet, firstContent, hasDayOrHour, isAsk, normOf, perSentence, sentenceSpans } from './helpers.ts';
import { blameShape } from './shapes/blame.ts';
import { escalationsIn } from './shapes/escalation.ts';
import { flatteryShape } from './shapes/flattery.ts';
import { verbalShape } from './shapes/verbal.ts';

/** A count of what happened (用户已经投诉两次了, 宕机三次) is background, not an amount asked for. */
const EVENT_COUNT = /(?:投诉|催|问|提醒|出现|发生|报修|反馈|挂|崩|宕机?|报警|失败|超时|延误|重启|找)(?:了|过)?\s*$/;
/** How long something has waited (this PR has been open for 7 days, pending for a month, 已经等了两周) is background too. */
const WAITED = /(?:\b(?:open|opened|pending|waiting|waited|sitting|stuck|idle|unanswered|unreviewed|unmerged|outstanding|broken|down|ignored|been)\s+(?:for\s+)?(?:over\s+|more than\s+|almost\s+|nearly\s+|about\s+|a whole\s+)?|\bfor the (?:past|last)\s+|(?:等|拖|挂|卡|晾|搁置|pending)了?(?:快|将近|整整|差不多)?)$/;
/** …ago (13个月之前, 约3天前尝试, three weeks ago, 3 days since I wrote): a time past, not an amount. */
const AGO = /^\s*(?:ago\b|since (?:i|we|you|they|he|she|the|it|my|our|your|last)\b|之前|以前|前(?=[,，。;；!！、]|尝试|试过|就|开始|发|提|问|说|申请|已))/;
// WAITED ends in a space (its English forms) or in one of 等拖挂卡晾置了快近整多 or pending's g; AGO starts,
// after any spaces, with a (ago), s (since), 之, 以 or 前 (codeMayBe: the test is skipped where it cannot match).
const WAITED_LAST = codeSet('等拖挂卡晾置了快近整多g');
const AGO_FIRST = codeSet('as之以前');
const hasAmount = perSentence((s: Sentence): boolean => {
  const h = s.f.hits.quantity;
  if (!h) return false;
  const norm = normOf(s);
  for (let k = 0; k < h.length; k += 2) {
    const from = Math.max(0, h[k]! - 24);
    const before = norm.slice(from, h[k]!);
    // The two background tests only where their first or last character can stand (one regex run each saved on most hits).
    if ((h[k]! > from && codeMayBe(norm.charCodeAt(h[k]! - 1), WAITED_LAST) && WAITED.test(before)) || (h[k + 1]! < norm.length && codeMayBe(norm.charCodeAt(h[k + 1]!), AGO_FIRST) && AGO.test(norm.slice(h[k + 1]!)))) continue;
    if (norm.charCodeAt(h[k + 1]! - 1) !== 0x6b21 /*次*/ || !EVENT_COUNT.test(before.slice(-6))) return true;
  }
  return false;
});

/** A deadline stated beside the ask, not in an offer. */
const datedBeside = (doc: Doc, s: Sentence): boolean => doc.has(s, 'deadline') && !doc.has(s, 'offer');

function isNeed(doc: Doc, s: Sentence): boolean {
  const ask = isAsk(doc, s);
  const amount = hasAmount(s);
  // A day or an hour is the "when" of a single well-defined thing asked for ("book the room on
  // Thursday 2–5pm", "这个PR今天能帮忙review一下吗", "spare two pickers for tomorrow"), whatever the
  // thing is called (no list of resources is complete); generic help stays vague.
  const when = doc.has(s, 'deadline') || (ask && hasDayOrHour(s) && !doc.has(s, 'vague'));
  if (ask && (amount || when)) return true;
  // "两名测试、五天" / "2 engineers for 3 weeks" without an ask verb, but not in an offer or a thank-you.
  return amount && doc.has(s, 'resource') && !doc.has(s, 'offer') && !doc.has(s, 'thanks');
}

/** A title line ("【Bug】…", "Feature request: …") is not a reason. */
const TITLE = /^\s*(?:[【\[#]|(?:feature request|bug|issue|subject|re|proposal|request)\b\s*[:：])/i;

/**
 * A plain statement: not a question, an ask, an offer, a step or thanks, not a fragment or a title, and
 * not pressure (blame, flattery, escalation, a verbal deal): those push, they do not give a reason.
 */
const isPlain = perSentence((s: Sentence): boolean => {
  const norm = normOf(s);
  if (TITLE.test(norm)) return false;
  return !blameShape(norm) && !flatteryShape(norm) && escalationsIn(s).length === 0 && !verbalShape(norm);
});

/** A sentence that leans on a verbal deal or a superior (shapes/verbal.ts, shapes/escalation.ts). */
const isPressure = perSentence((s: Sentence): boolean => {
  const norm = normOf(s);
  return verbalShape(norm) !== null || escalationsIn(s).length > 0;
});

function isStatement(doc: Doc, s: Sentence): boolean {
  // Short reasons count ("家里有点事", "My brother's getting married"); a word or two does not.
  if (s.f.question || s.f.han + s.f.words * 1.6 < 5) return false;
  for (const k of ['ask', 'request', 'requestAction', 'offer', 'commit', 'schedule', 'thanks', 'greeting', 'nextMarker', 'blame', 'escalate', 'verbal', 'flatteryStrong', 'flatteryWeak'] as const) {
    if (doc.has(s, k)) return false;
  }
  return isPlain(s);
}

/** The parsed value of each quantity hit of a sentence, in order (per sentence text). */
const quantityValues = perSentence((s: Sentence): (number | undefined)[] => {
  const h = s.f.hits.quantity ?? [];
  const out: (number | undefined)[] = [];
  for (let k = 0; k < h.length; k += 2) out.push(leadingNumber(normalize(s.text.slice(h[k]!, h[k + 1]!))));
  return out;
});

function detect(doc: Doc): QuantifiedNeedElement {
  const needs: Sentence[] = doc.content.filter((s) => isNeed(doc, s));
  // The when often sits in the sentence next to the ask ("The deadline is Friday at noon. Please send
  // your slides to Dana."): an ask whose neighbour names a deadline is the need, when no sentence
  // carries both.
  if (needs.length === 0) {
    const c = doc.content;
    c.forEach((s, i) => {
      if (!isAsk(doc, s) || doc.has(s, 'vague')) return;
      const prev = c[i - 1];
      const next = c[i + 1];
      if ((prev && datedBeside(doc, prev)) || (next && datedBeside(doc, next))) needs.push(s);
    });
  }
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const reasonSentences = new Set<Sentence>();
  const content = doc.content;
  for (const s of needs) {
    const h = s.f.hits.quantity;
    if (!h) continue;
    const values = quantityValues(s);
    for (let k = 0; k < h.length; k += 2) {
      const start = s.start + h[k]!;
      const end = s.start + h[k + 1]!;
      const text = doc.text.slice(start, end);
      const value = values[k >> 1];
      quantities.push(value === undefined ? { start, end, text } : { start, end, text, value });
    }
  }
  // The reason may sit anywhere in the message (a background paragraph, a purpose line of a 请示), or,
  // with no connective at all, right before or after the ask ("…today? QA is sitting idle.",
  // "…吗？家里有点事。"): a plain statement next to the ask is what people give as its why.
  if (needs.length > 0) {
    for (const n of content) {
      // "He said OK, so open it today" gives an authority, not a why: a sentence that leans on a verbal deal or a
      // superior is no reason, though a plain statement beside the ask still is. (It also drops a real reason said in
      // the same breath, 你们刘处已经点头了…他们下周一就要上岗了: over every labelled row +26 / −12.)
      if (!(doc.has(n, 'reason') || doc.has(n, 'goalPurpose') || doc.has(n, 'goalReader') || doc.has(n, 'goalOrg'))) continue;
      if (!isPressure(n)) reasonSentences.add(n);
    }
    if (reasonSentences.size === 0) {
      const needSet = new Set(needs);
      content.forEach((n, i) => {
        // A statement read as a need only for its amount ("it's a $400k deal") can still be the why of the ask beside it.
        if (needSet.has(n) && isAsk(doc, n)) return;
        const beside = needSet.has(content[i - 1]!) || needSet.has(content[i + 1]!);
        if (beside && isStatement(doc, n)) reasonSentences.add(n);
      });
    }
  }
  // `dates` is resolved on first read, in one chrono-node pass for both moves (index.ts).
  const need = { present: needs.length > 0, spans: sentenceSpans([...needs]) };
  const reason = { present: reasonSentences.size > 0, spans: sentenceSpans([...reasonSentences]) };
  // The move is the need *with* its reason (清晰陈述需求与理由): both halves are required.
  const present = need.present && reason.present;
  return { present, spans: present ? sentenceSpans([...new Set([...needs, ...reasonSentences])]) : [], need, reason, quantities, dates };
}

const rule: Rule = {
  element: 'quantifiedNeed',
  meta: {
    id: 'quantified-need',
    kind: 'element',
    severity: 'warning',
    guidance: GUIDE.need,
    message: {
      zh: '需求没有量化：写清要什么资源、多少、多长时间或什么时候要。',
      en: 'The need is not quantified: say which resource, how much, for how long or by when.',
    },
    explanation: {
      zh: '“需要一名前端支援两周”比“需要帮助”更容易被答应：对方能估算成本，也能据此排期。',
      en: '“One front-end engineer for two weeks” is easier to say yes to than “some help”: the reader can cost it and plan it.',
    },
    fix: { templateId: 'need.quantified' },
  },
  detect,
  check(doc) {
    if (doc.elements.quantifiedNeed.need.present || doc.content.length === 0) return [];
    const s = askSentences(doc)[0] ?? firstContent(doc);
    return s ? [{ start: s.start, end: s.end }] : [];
  },
  examples: {
    good: [
      // Reasons as written: a ticket's Why: field, what the money is mainly for, what the result decides, the event it is for.
      { text: 'Access request: read-only on the events dataset for 3 interns, Jul 1 - Aug 30.\nWhy: their churn project needs event data from the first day.' },
      { text: '需要财务部本周五前预支备用金3.5万元，主要付场地定金和嘉宾住宿。' },
      { text: '想借你们的 analyst 两周（3/4–3/15），做实验效果分析，结果会直接决定4月的改版方向。' },
      { text: '我院拟于5月18日组织学生赴园区开展认知实习，需借用学校大巴2辆（往返一天）。' },
      // Session 12: the reader's unit asked by name, a thing asked to be raised in the passive, "grateful if you could".
      { text: 'Could the inventory team add a bulk lookup endpoint (up to 50 SKUs per call) by the end of sprint 42? Checkout latency is 1.1 s against an 800 ms target, and most of it is the per-SKU lookup.' },
      { text: 'Could the limit for our org be raised to 2,000 requests a minute between 1 and 4 am UTC? Otherwise the nightly sync spills into business hours.' },
      { text: 'We would be grateful if you could review our 20-page test protocol by September 30. Cell procurement locks on October 7.' },
      // Reasons met in session 11's sets: a consequence in a condition, a purpose after the thing borrowed, one's own kit gone,
      // a third party who needs it; a memo's unit that requests in the third person.
      { text: '想借你们一个Android dev两天，帮我们看一下那几个top crash，不解决的话下周五的release会被block。' },
      { text: '下星期一至三可否借會議室B做面試？' },
      { text: 'Can I borrow a shelf in your freezer for a week? Ours died overnight.' },
      { text: 'Could the co-op lend us its soil probe truck for Oct 21-23? The lender wants a fertility report before it releases the loan.' },
      { text: 'The Planning Unit requests the GPS logs for all 212 school buses by 15 February, so that the draft can go to Cabinet in March.' },
      // A blunt demand with its deadline and what slips without it; an event that needs it (written sets of session 9).
      { text: '今天下午两点前必须派个后端过来看一下，不然今晚的回访全得延期。' },
      { text: '今天下午5点前必须给到测试包，6点要提测。' },
      { text: '宴会厅今晚6点有婚宴，投影还是没声音，麻烦4点前派个人过来看下。' },
      { text: '周六晚上有联赛，小周的脚踝你周五训练前能不能帮看一下？' },
      { text: "Could you run the vendor demo tomorrow at 10? Their CFO joins and the deal is worth $250k, and I can't present the data part myself." },
      { text: '明天上午能请你去一趟客户现场吗？这单合同有80万，数据部分我自己讲不清楚。' },
      { text: '各学院要认真组织申报，于12月8日前将推荐表两份报送教务处，用于评审排期。' },
      { text: 'Could you send me the list of open items before our meeting so I can prepare answers?' },
      { text: '恳请拨款硬化村口约300m的土路，方便8户村民雨天出行。' },
      { text: 'The deadline for abstracts is Friday at noon. Please send yours to Dana so she can build the programme.' },
      { text: '报名截止到本周四下午五点。请各组把参赛名单发给小魏，方便统一订票。' },
      { text: '請縣府於村口增設排水溝約120公尺，以利雨水排放。' },
      { text: '恳请在公园东侧铺设一条长800米的步道，俾便居民晨练。' },
      { text: '各科室须于12月4日17:00前将值班表报送办公室，用于元旦假期排班。' },
      { text: "Call for nominations: the teaching awards panel needs your nominations by 12 February so the winners can be named at the spring assembly." },
      { text: '现面向全校征集校庆标识设计方案，12月15日前提交，用于七十周年校庆宣传。' },
      { text: "Entries should be submitted to the prize committee by 14 March so the judges can read them before the spring meeting." },
      { text: "I would like to propose moving my thesis defence to February 2027, because the lab move takes my whole January." },
      { text: "Any chance you can spare two pickers for the Pinecrest order tomorrow morning?" },
      { text: '周五的 podcast 需要一个 cameraman，下午 2 点到 5 点。' },
      { text: "Could we squeeze in a tasting for the Henderson wedding next Tuesday at 3?" },
      { text: '寒假期间想向贵馆借用馆藏的30幅老城区照片复制件，1月20日前能否确认？' },
      { text: '明天早班的ATR还缺一个FO，谁能cover一下？' },
      { text: "Can one of your paralegals pull the 2019 board minutes by 3pm?" },
      { text: "We'd like to book the all-weather pitch on Saturday morning." },
      { text: '各位科长，明天上午9点前把三季度经费执行表发我。' },
      { text: '明天的设计评审挪到周四下午3点吧。' },
      { text: '下周二下午第三节想跟您换一下课。' },
      { text: "We'd like to request an extension to 28 February 2026." },
      { text: '我下星期六嘅夜更想同阿敏調一調。' },
      { text: "Could the grading deadline move from 27 November to 1 December?" },
      { text: '想借调一名前端工程师，支援两周，从下周一开始。' },
      { text: '这个版本需要三天的测试时间，麻烦安排一下。' },
      { text: '申请十万元的推广预算，用于双十一活动。' },
      { text: 'Could you lend us one backend engineer for three weeks starting Monday?' },
      { text: 'We need 200 GB of extra storage on the staging cluster.' },
      { text: 'Can you send the churn dashboard export by Friday EOD?' },
      { text: '需要兩名測試支援五天。' },
      { text: '需要２名设计师协助１周。' },
      { text: '明天下午两点到四点的302会议室能借我们用吗？客户要来现场验收。' },
      { text: 'Could I borrow the projector on Thursday at 2pm? The board demo is in our room.' },
      { text: 'staging-db 的只读权限今天下班前能开一下吗？' },
      { text: '下周一想请一天假，手上的报表周五前交。' },
      { text: 'Could I take Friday, Dec 4 off?' },
      { text: 'The History department would like to book the main hall on 12 March, 9am to 1pm.' },
      { text: "Could we move Thursday's sync to Friday at 10?" },
      { text: 'Can I borrow the team tripod for Saturday?' },
      { text: '周五的评审能不能挪到下周一？' },
      { text: '你下班前把测试库的账号建好发我吧。' },
      { text: '请各部门于 12 月 6 日前提交年度培训计划。' },
      { text: '下星期三下晝個活動室可唔可以借畀我哋？' },
    ],
    bad: [
      { text: '自从24年9月6日后就没有更新了，希望作者能发个新版。' },
      { text: '安装包还是19年的，能不能重新打包一下？' },
      { text: "It has been a week since I paid and 3 days since I wrote about the licence key. Please reply." },
      { text: '我是一名大三学生，想向您求助一件事情：能不能把图书馆的开放时间延长？因为期末复习座位不够。' },
      { text: "It's been four months since the last commit and a few PRs need maintainer attention." },
      { text: '我想在你这个项目的基础上做二次开发，可以吗？' },
      { text: '最近一次发版还是13个月之前，能发个新版吗？' },
      { text: '请假程序请依本办法第十条办理。' },
      { text: '我们用的是2.4.1版本，升级到2.5.0版本才能修好吗？' },
      { text: "Hi maintainers, this PR has been open for 12 days. Could someone take a look?" },
      { text: '这个合并请求已经等了三周，麻烦看一下。' },
      { text: '用户那边已经投诉两次了，麻烦负责的同学看一下。' },
      { text: '这个项目需要你们帮忙支持一下。' },
      { text: 'We could use some help from your team on this.' },
      { text: '能不能给我们一些资源？' },
      { text: 'Can someone help us with staging today? It keeps failing.' },
    ],
  },
};

export default rule;
