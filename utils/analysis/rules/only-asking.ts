// Pitfall: asks with nothing offered and no value for the reader (只有索取，没有贡献 / 只谈需求不谈价值).
import { GUIDE, type Rule } from '../rule.ts';
import type { Sentence } from '../doc.ts';
import { firstAsk, isMinutes, normOf, perSentence } from './helpers.ts';

const STAKE = /\bwithout (?:these|this|it|them)\b[^.?!;\n]{0,40}?\b(?:restrict|suspend|close|freeze|cancel|terminate|block|lose)|(?:否则|不然|要不然)[^。!?;\n]{0,24}?(?:贵司|贵方|贵公司|您|你们|你的|您的|贵)[^。!?;\n]{0,20}?(?:会|将|就)?(?:被|无法|不能|影响|限制|暂停|冻结|逾期|失效|罚)|\botherwise\b[^.?!;\n]{0,30}?\byour\b[^.?!;\n]{0,30}?\b(?:will|would|could)\b/;
// What the writer brings back to the reader's team ("I'd bring back lots of ideas for the team") is value for them; duties covered
// before a leave ("Kofi has agreed to cover", "I'll hand the vendor call over to Aisha", 值班已经和小吴换好了) and a walkthrough offered
// lower the reader's cost (LABELS.md).
const COVER = /\b(?:bring|share|report) back\b[^.?!;\n]{0,40}?\b(?:for|with|to) (?:the|your|our) (?:team|department|group|office|staff|colleagues)\b|\bso nothing(?:'s| is) (?:waiting|blocked|held up|stuck|left)\b|手上(?:的|那个|这个)[^。!?;\n]{0,24}?(?:前|之前)[^。!?;\n]{0,8}?(?:发你|给你|交给|交|完成|finish|搞定)|(?:请|让|找|拜托|安排)[^。!?;\n]{1,8}?(?:帮忙记|帮忙顶|帮忙跟|代为|代班|顶班|接手|帮我(?:顶|记|跟|盯|处理))|交接给|已(?:经)?交接|\b(?:i've|i have) (?:asked|arranged for) \w+ to (?:cover|handle|take over|run)|\b\w+ (?:will|has agreed to|'ll) cover (?:for me|my)\b|\bhand(?:ed|ing)? over my\b|\b(?:has|have|had) (?:already )?agreed to (?:cover|take|swap|handle)\b|\b(?:who's|who is|is) happy to cover\b|\b(?:i'll|i will|i've|i have) hand(?:ed)? (?:the |my |our )?[\w' -]{1,40}? (?:over )?to [a-z]+\b|\bwalk(?:-| )?through\b|\bwalk (?:you|them|everyone) through\b|(?:值班|班)[^。!?;\n]{0,6}?(?:换好|调好|安排好)|交接清单|交给[\u4e00-\u9fff]{1,3}(?:代发|代办|代为|代理|处理)/;

// Value for the people the reader serves: "other users would benefit", "it would help the community", "improve the
// project's security", "方便更多开发者", "很多用户都需要", "保障行车安全", "群众出行" (a letter to a public body about the
// public it answers for).
const SERVED = /\b(?:would|will|could|should)\s+(?:also\s+)?(?:help|benefit|make (?:it|life|things) easier for|allow|enable)\s+(?:other |many |more |all |a lot of |lots of )?(?:users|people|developers|folks|the community|everyone|others|contributors|maintainers|downstream)\b|\b(?:users|the community|everyone|others|other projects|downstream) (?:would|will|could) (?:all )?benefit\b|\bbenefit (?:the|all|other|many) (?:users|community|project|projects|developers)\b|\bbus factor\b|(?:方便|帮助|惠及|造福|服务)(?:更多|广大|其他|众多|所有)(?:的)?(?:开发者|用户|人|同学|使用者|群众|居民|师生)|(?:很多|不少|大家|其他|许多)(?:人|用户|开发者)(?:都)?(?:需要|有需求|期待|在用|会受益)|越做越好|(?:群众|居民|村民|百姓|市民|师生|行人|学生)(?:的)?(?:出行|安全|生命|生活|利益|需求|健康|学习)|行车安全|民生|安全隐患/;

/** A notice's addressee line: 各单位： / 全体师生： / 敬致本会团体会员： / Dear colleagues, / To all staff / To: All department heads, or a 公告 / 通知 title line (not an informal 各位 / Hi all). */
const BROADCAST = /(?:^|\n)[ \t]*(?:(?:各(?!位)|全体|全校|全院|所有|敬致)[^\n]{0,40}[:：]|(?:dear|to) (?:colleagues|all staff|all faculty|faculty and staff|all members|members)\b[^\n]{0,20}[,:!]?[ \t]*(?:\r?\n|$)|to[ \t]*:[ \t]*all\b|[ \t]*(?:公告|通告|通知)[ \t]*(?:\r?\n))/i;

/**
 * A call to many (nominations are open, volunteers needed, please join us, 诚邀 / 踴躍參加): it invites whoever
 * wants to take part, and asks no favour of one reader.
 */
const CALL_TO_MANY = /\b(?:nominations? (?:are|is) (?:now )?(?:open|being accepted)|please join (?:us|me|the)|we(?:'re| are) (?:excited|pleased|happy|delighted) to announce|call for (?:volunteers|nominations|proposals|papers|participants)|you are (?:cordially )?invited|we(?:'re| are) (?:looking|searching) for (?:volunteers|sponsors|speakers|mentors|nominees|helpers)|volunteers? (?:are )?(?:needed|wanted))\b|敬邀|诚邀|誠邀|踊跃|踴躍|欢迎[^。!?;\n]{0,6}参加|歡迎[^。!?;\n]{0,6}參加/i;

/**
 * A letter or motion to a public body (…人民政府： / 市长信箱 / 議員提案 / 案由) about the public it answers for
 * (村民, 居民, 道路, 排水, 学童…): the public good is that reader's own outcome. Read on the raw text, so both
 * simplified and traditional forms are listed.
 */
const PUBLIC_BODY = /(?:人民政府|市政府|县政府|縣政府|公所|市长|市長|县长|縣長|区长|區長|书记|書記|议会|議會|市委|县委|縣委|局长|局長)[^\n]{0,6}[:：]|議員提案|议员提案|提案人|案由|市长信箱|市長信箱|领导信箱|領導信箱/;
const PUBLIC_GOOD = /人民|民众|民眾|群众|群眾|居民|村民|百姓|市民|住户|住戶|乡亲|鄉親|学童|學童|师生|師生|社区|社區|公共|交通|道路|公路|路灯|路燈|排水|环境|環境/;

/**
 * A request to one's own leadership (LABELS.md: there a stated work reason counts as value): a 请示 or 簽呈 by its
 * formulas (妥否，请批示 / 敬请核示 / 请鉴核 / 敬陈 / 钧长), a Hong Kong memo's 致：… 由：… header, or an ask for
 * approval or permission ("I request approval…", "for your approval"): an approval is asked of those above. Not an
 * extension asked of an outside office, which the labellers mark when nothing else is given. Raw text: both scripts listed.
 */
const TO_LEADERSHIP =
  /请示|請示|批示|核示|签呈|簽呈|妥否|当否|當否|申请报告|特此申请|敬请批复|请审议|請審議|请查照|請查照|惠请|惠請|鉴核|鑒核|敬陈|敬陳|钧长|鈞長|核转|核轉|呈核|请核准|請核准|请批准|請批准|恳请批准|懇請批准|准予|奉核|(?:^|\n)[ \t]*致[ \t]*[:：][^\n]+\n(?:[^\n]*\n){0,2}[ \t]*(?:由|經|经)[ \t]*[:：]|\b(?:request(?:ing)? (?:your )?approval|seek(?:ing)? (?:your )?approval|for your approval|request\W{0,3}[:：]\s*approval|approval (?:is )?(?:requested|sought)|request for approval|i (?:hereby )?request (?:that|approval|permission)|request(?:ing)? permission)\b/i;

const hasStake = perSentence((s: Sentence) => STAKE.test(normOf(s)));
const hasServed = perSentence((s: Sentence) => SERVED.test(normOf(s)));
const hasCover = perSentence((s: Sentence) => COVER.test(normOf(s)));

const rule: Rule = {
  meta: {
    id: 'only-asking',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.pitfallOnlyAsk,
    message: {
      zh: '只提了要求：既没有给对方的回报，也没说明对对方或共同目标的价值。',
      en: 'Only asks: nothing is offered back, and no value to the reader or a shared goal is named.',
    },
    explanation: {
      zh: '协商是交换而不是索要。说出这件事对对方的价值，或你能提供什么，对方才有理由配合。',
      en: 'Negotiation is an exchange. Name what the reader gains or what you give back, so they have a reason to say yes.',
    },
    fix: { templateId: 'reciprocity.offer' },
  },
  check(doc) {
    // Value for the reader anywhere counts (a shared goal named late, a benefit to their team).
    const { reciprocity } = doc.elements;
    if (reciprocity.offer.present) return [];
    // The opening's shared goal (lexicon or shapes) counts, and so does a goal cue anywhere.
    if (doc.elements.sharedGoal.present || doc.hits('goalShared').length || doc.hits('goalReader').length || doc.hits('goalOrg').length) return [];
    // A 请示 to one's own leadership with a work reason (stated anywhere, with or without a quantified need): the team's
    // outcome is the reader's outcome.
    if (TO_LEADERSHIP.test(doc.text) && (doc.elements.quantifiedNeed.reason.present || doc.content.some((s) => doc.has(s, 'reason')))) return [];
    // Minutes record what was agreed; they are not one side's ask. A notice to everyone (各单位： / Dear colleagues)
    // directs or invites; it asks no favour of one reader.
    if (isMinutes(doc) || BROADCAST.test(doc.text.slice(0, 240)) || CALL_TO_MANY.test(doc.text)) return [];
    if (PUBLIC_BODY.test(doc.text.slice(0, 300)) && PUBLIC_GOOD.test(doc.text)) return [];
    // Where the ask is made, or a bare plea (帮个忙呗).
    const ask = firstAsk(doc) ?? doc.content.find((s) => doc.has(s, 'vague'));
    if (!ask) return [];
    // The reader's own stake (否则贵司账户会被限制, "otherwise your renewal lapses"), unless it is a threat;
    // a request about one's own time with the duties covered (会议纪录我请佳颖帮忙记, I've asked Ben to cover).
    if (doc.content.some((s) => hasStake(s)) && doc.hits('escalate').length === 0) return [];
    if (doc.content.some((s) => hasCover(s))) return [];
    if (doc.content.some((s) => hasServed(s))) return [];
    return [{ start: ask.start, end: ask.end }];
  },
  examples: {
    good: [
      // Duties covered before a leave, a walkthrough offered, a 请示 with its reason but no amount, a memo to all heads (session 12).
      { text: 'Hi Rachel, could I take Friday the 14th as a personal day? Kofi has agreed to cover the morning bulletin.' },
      { text: '李经理您好，我母亲下周二做手术，想请3天假。值班已经和小吴换好了，交接清单我今天下班前发群里。' },
      { text: '@maintainers could someone review #4521 before Friday? I am free for a 10-minute walkthrough tomorrow at 11 if that helps.' },
      { text: '关于请求人员支持的请示\n领导：\n近期我部门业务量增长较快，人手紧张，恳请公司给予支持。\n妥否，请批示。' },
      { text: 'MEMO\nTo: All department heads\nFrom: Finance\nPlease submit your FY26 headcount plans by 21 November.' },
      // Session 12: requests to one's own leadership by their form (a Hong Kong memo's 致/由 header, 請鑒核, an ask for approval).
      { text: '致：物業管理部總經理\n由：維修組主管\n事由：申請增購高空工作台一部\n現有工作台已用十二年，上月兩度故障，令外牆檢查延誤一週。現申請增購一部，預算約港幣八萬元。' },
      { text: '簽 於總務處\n主旨：本校禮堂音響老舊，擬申請更新經費新臺幣28萬元，請鑒核。\n說明：現有音響使用逾15年，上學期畢業典禮兩度斷音，影響典禮進行。' },
      { text: 'To: Chief Operating Officer\nFrom: Head of Field Service\nRe: Two additional service vans\nI request approval to lease two additional vans for the winter quarter. Our response times slipped to 6.5 hours in January against a 4-hour target, because the current fleet cannot cover the northern routes.' },
      { text: '县人民政府：\n我村通往镇上的公路年久失修，雨天无法通车，恳请拨款修缮。' },
      { text: 'Adding Traditional Chinese would also help other users in Taiwan and Hong Kong. Could you add it?' },
      { text: '各学院：\n请于12月10日前报送下学期的实验课安排。' },
      { text: '关于增加教师编制的申请报告\n我校在园幼儿已增至239人，为保证教学质量，恳请增加专业教师3人。特此申请，敬请批复！' },
      { text: "I need Thursday afternoon off for a dental procedure; I'll finish the vendor comparison by Wednesday so nothing's waiting on me." },
      { text: "We need your audited statements by 15 December. Without these we are required to restrict new transactions on the account." },
      { text: '请把数据发给我，作为回报我们会把分析结论同步给你们。' },
      { text: 'Could you send the export? It would also save your team the monthly manual pull.' },
      { text: '周五的会议改到三点。' },
      { text: '麻烦贵司在12月6日前补充股权结构图，否则贵司账户将被限制对外转账。' },
      { text: '明天下午的例会我想请假两小时，会议纪录我请佳颖帮忙记。' },
      { text: '会议纪要\n一、上周两个热修复均已上线。\n二、市场部希望在活动页加一个抽奖模块，请研发评估工作量。' },
      { text: 'Nominations are now open for the staff service awards. Please send yours to the dean by March 3.' },
      { text: '本週六的淨灘活動需要志工，歡迎同學踴躍報名，請於週四前填寫表單。' },
    ],
    bad: [
      // An extension asked of an outside office is no request to one's own leadership.
      { text: 'Dear Permits Office,\nWe request an extension of our market stall permit to 31 March, because the new stall will not arrive until February.' },
      { text: '请把数据发给我。' },
      { text: 'I need access to the billing dashboard.' },
      { text: '請幫我開一下權限。' },
      { text: '在吗？帮个忙呗，急' },
      { text: 'We could use some support from your team over the next few weeks.' },
    ],
  },
};

export default rule;
