// Element: the message opens on a shared goal or the reader's interest (建立共识开场).
import type { Doc, Sentence } from '../doc.ts';
import { GUIDE, type Rule } from '../rule.ts';
import type { SharedGoalElement, Span } from '../types.ts';
import { firstContent, inOpening, normOf, perSentence, sentenceSpans } from './helpers.ts';
import { goalShape } from './shapes/goal.ts';

/** A goal read from the sentence's shape (shapes/goal.ts), beside the lexicon's set phrases. */
const goalShapeOf = perSentence((s: Sentence) => goalShape(normOf(s)));

/**
 * Thanks for past help (感谢贵司这三年来的配合) is a pleasantry, not a goal, whatever its shape; a goal
 * stated before the thanks (學校即將踏入五十周年校慶，感謝各位…) still is. A sentence of flattery is never one
 * (久仰科长在推动…, 您是最敬佩的长官).
 */
function shapeBeforePleasantry(doc: Doc, s: Sentence): boolean {
  const shape = goalShapeOf(s);
  if (!shape) return false;
  if (doc.has(s, 'flatteryStrong') || doc.has(s, 'flatteryWeak')) return false;
  const end = s.start + shape.end;
  return !doc.hitsIn(s, 'thanks').some((h) => h.start < end);
}

function detect(doc: Doc): SharedGoalElement {
  // The move is the *opening*: a goal first named after the background or the ask does not frame the
  // request. Later mentions are still reported (`spans`) so the UI can suggest moving them up.
  const found = new Set<Sentence>();
  let opening = false;
  // The shapes are read in the opening only (where the move counts); later mentions come from the
  // lexicon, which the features have already scanned for.
  for (const s of doc.content) {
    const cue = doc.has(s, 'goalShared') || doc.has(s, 'goalReader') || doc.has(s, 'goalPurpose') || doc.has(s, 'goalOrg');
    const atOpening = inOpening(doc, s);
    if (!cue && !(atOpening && shapeBeforePleasantry(doc, s))) continue;
    found.add(s);
    if (atOpening) opening = true;
  }
  const spans: Span[] = sentenceSpans([...found]);
  return { present: opening, spans, opening };
}

const rule: Rule = {
  element: 'sharedGoal',
  meta: {
    id: 'shared-goal',
    kind: 'element',
    severity: 'warning',
    guidance: GUIDE.opening,
    message: {
      zh: '开头没有点出共同目标或对方的利益。',
      en: 'The opening does not name a shared goal or what is in it for the reader.',
    },
    explanation: {
      zh: '从双方共同的目标或对方部门的利益切入，对方更容易把这件事当作“我们的事”，而不是额外的负担。',
      en: 'Opening on a goal you share, or on what the reader gains, makes the ask part of their work rather than an extra burden.',
    },
    fix: { templateId: 'opening.shared-goal' },
  },
  detect,
  check(doc) {
    const el = doc.elements.sharedGoal;
    if (el.present || doc.content.length === 0) return [];
    const s = firstContent(doc);
    return s ? [{ start: s.start, end: s.end }] : [];
  },
  examples: {
    good: [
      // Session 12: the same target carried by both, a shared OKR with a space before it, the board's commitment, a mission held for
      // years, the company's goal served.
      { text: 'Both our depots are scored on the same on-time delivery target this quarter. Could we borrow two of your drivers on Saturday?' },
      { text: 'Your lab and our clinic share the same headache: a backlog of unlabelled scans. Could one of your students spend four weeks with us?' },
      { text: 'Purpose: our commitment to the board is 98% uptime this year. I request two more on-call engineers from April.' },
      { text: '各位 lead，我们共同的 OKR 是把注册转化提到 35%。想请各组这周各出一个人做用户访谈。' },
      { text: '貴會多年來一直致力推動社區共融，想借用貴會禮堂一個下午舉辦共融日。' },
      { text: '我们这个Q的OKR是把crash rate降到0.1%以下，想多申请一个sprint做root cause。' },
      // Two named sides that both want the outcome (session 11).
      { text: 'Our clinic and the county lab both want the turnaround on flu panels under two days. Could we get one courier run a day in December?' },
      // Broader forms met in session 10's sets: an organisation's target or plan, both sides hit together, everyone's wish, a memo's
      // purpose, the tracker's most-wanted fixes, a higher body's demand, a listed public project, both units assessed on it, the
      // reader's complaints known, the project's roadmap item.
      { text: "Our region's delivery target of 98% on time depends on the depot staying open late." },
      { text: 'Both clinics lose hours every week re-keying referral forms.' },
      { text: 'We both got flagged in the spring safety audit, and the re-check is in March.' },
      { text: 'Every shop on the high street wants the lights up before December.' },
      { text: 'Purpose: keep every ward above minimum staffing over the holiday week.' },
      { text: 'These are the two most-requested fixes on the tracker.' },
      { text: '近期省卫健委下发通知，要求各医院年底前完成电子病历升级。' },
      { text: '今年县政府把农村饮水改造列入十件民生实事。' },
      { text: '市里今年给我们两家单位下的考核里，都有垃圾分类这一项。' },
      { text: '相信您也收到了不少家长的反映，校车早上经常迟到。' },
      { text: '深色模式在这个项目的 roadmap 上一直挂着。' },
      { text: "We've both signed up to the county's target of zero missed bin collections, so I'd like to borrow one of your trucks on Saturday." },
      { text: 'Our clinics are both on the state’s telehealth pilot. Could you lend us your scheduling template by Friday?' },
      { text: '质控科与护理部都列在这次评审的责任单位里，想请你们帮忙核一下数据。' },
      { text: '你们这个季度的排期里也把支付重构列为重点了，想借一位后端两周。' },
      { text: "Both our clinics are being audited on wait times this quarter, so I'd like to pool our front-desk data. Could you send last month's check-in log by Thursday?" },
      { text: '我们质检组和你们生产线一样，都希望把返工率降到2%以下。想借你们的检测台用两天。' },
      { text: 'Our choir is at a turning point. We need two more section leaders by the spring concert; could you take the altos?' },
      { text: 'As you know, the college is in the midst of closing a budget gap. Please send your unit’s savings plan by March 1.' },
      { text: '各系所：\n为配合学校明年设备预算的编制工作，请于5月10日前报送仪器购置清单。' },
      { text: '为给大家提供更安静的自习环境，图书馆拟于下月起调整开放时间，请各学院于本周五前反馈意见。' },
      { text: '你们好，我们实验室也在研究小模型的量化，想问能否一起做一个联合评测？' },
      { text: '我们部署了一个新的镜像节点，希望能加入你们的镜像列表，以便为开源社区出一份力。' },
      { text: 'This library is great, but without maintenance the open pull requests keep piling up. Could we add two more maintainers?' },
      { text: 'In a hard quarter we need to keep showing our core values. Please give the night shift the credit it has earned.' },
      { text: '为响应教育厅《关于做好2026年春季学期线上教学组织与管理工作的指导意见》文件要求，请各学院于3月1日前报送课表。' },
      { text: 'Election day is only 12 days away, so we need four more volunteers for the phone bank.' },
      { text: 'Our spring fair is at serious risk of being cancelled: we still need six stall helpers for Saturday.' },
      { text: 'We have focused on minimizing your fixed charges; could you review the draft terms by Friday?' },
      { text: 'We have about three weeks until the start of our spring review, so please send your sections by Friday.' },
      { text: '开源项目有人赞助才能持续地发展，希望作者开通捐赠渠道。' },
      { text: 'The spring fair could not happen without volunteers. Could you take a two-hour shift on May 3?' },
      { text: 'The biggest barrier to progress on the docs is review time, so I am asking for two more reviewers this month.' },
      { text: '學院即將迎來七十週年院慶，感謝各位校友多年的支持，想請大家在4月前提供舊照片。' },
      { text: '亲爱的2003级校友们：\n明年我们将迎来毕业二十周年，想请各班在5月前报名返校人数。' },
      { text: '明年學校即將迎來六十週年校慶，想請各位校友在3月底前提供舊照片。' },
      { text: '本协会以推广社区急救知识为宗旨，现招募周末讲师4名。' },
      { text: "It's time to cut the 3.2 release. Could two maintainers review the open blockers by Thursday?" },
      { text: 'The docs team is preparing for the May 4 launch, so we need every screenshot updated this week.' },
      { text: 'To support more phone models, we need two more test devices by March.' },
      { text: '为更好地服务全院师生，图书馆拟于寒假期间延长开放时间，请各学院于本周五前报送值班人员名单。' },
      { text: 'Given the review backlog we all keep tripping over, would you be open to adding a second maintainer?' },
      { text: 'With the spring release just under three weeks away, we need every open translation merged by Friday.' },
      { text: "We're less than a month away from the audit, so I'd like two more reviewers on the evidence list." },
      { text: 'In order to expedite contract reviews, please send every request to the shared legal inbox.' },
      { text: '本学期起实行实验室预约制，以期降低设备冲突，确保每个课题组都有机时。' },
      { text: '为配合学院评估验收的需要，请各系于周五前报送近三年的教学档案。' },
      { text: "In order to facilitate a smooth annual meeting, I am asking four members to help with the count." },
      { text: "As a team, we need to review every open PR before the March 3 release." },
      { text: "It is now 10 days until the 1 March cut-off for the grant applications." },
      { text: '科技楼前广场征名活动\n一、本校科技楼即将完工，为使校园重要地点都有好记的名字，特举办征名活动。' },
      { text: '本校为维护校园安全，自12月1日起实行访客登记，请各位家长配合。' },
      { text: '根据区里的要求，为进一步提升窗口服务效率，拟请各科室于本周五前报送排班表。' },
      { text: "To ensure invoices reach approvers on time, please route them through the shared inbox." },
      { text: "In an effort to improve build times for everyone, we are setting up a shared cache." },
      { text: '为确保年底盘点顺利完成，拟请各仓库于12月20日前提交库存明细。' },
      { text: '为落实我院“智慧护理”三年行动计划，提升床旁护理效率，现将有关事项请示如下。' },
      { text: "Purpose: our hospital's goal of keeping ED door-to-provider time under 30 minutes this winter." },
      { text: "Purpose: the hotel and the Convention Centre are both scored this year on city-wide event bookings." },
      { text: '为确保安置房项目按合同约定于明年6月30日竣工交付，拟增设一个夜间木工班组。' },
      { text: '我们 team 和 maintainers 的目标其实一致：让这个工具有更多中小企业在用。' },
      { text: "Both our desks are measured on the same live-audience target that night." },
      { text: "Your team has been after a cleaner way to show what onboarding changes, and these tables get you there." },
      { text: '贵品牌今年主打年轻户外人群，我们的新系列也在找同一批用户。' },
      { text: "Every region is carrying a post-holiday inventory target, and this pilot is built to help you reach it." },
      { text: '受文者：某某公司\n說明：\n一、本校與貴公司合作培育工程人才多年，這是雙方共同的目標。\n二、擬請貴公司提供實習名額八名。' },
      { text: '李经理，为了让新版结算系统在十二月如期上线，想请您那边在下周支援两名测试。' },
      { text: '我们两个部门都在为本季度的客户满意度指标努力，这次的数据对您团队的复盘也有帮助。' },
      { text: 'Hi Dana, to hit our Q4 onboarding target we need one more reviewer for two weeks.' },
      { text: 'This would also cut your team’s on-call load, so I wanted to ask about borrowing an SRE.' },
      { text: '為了讓年度報表按時交付，想請貴部門協助提供三份數據。' },
      { text: '运营部和我们客服今年都被投诉率考核，这次想请你们帮个忙。' },
      { text: '你们组最近也一直在头疼退款工单太多，我们这边有个办法。' },
      { text: '貴部門下個月要上線的新官網，我們可以先幫忙做壓力測試。' },
      { text: 'Both the billing and support teams need refunds to close within two days.' },
      { text: 'Your on-call engineers have been asking for fewer false alarms, and this change gets there.' },
      { text: 'The company has committed to cutting cloud spend by a fifth this year.' },
      { text: '这也是贵部门今年降本考核里的一项，所以想先跟您对一下。' },
      { text: '支付组这个季度正在推退款自动化，我们这边刚好有一批数据。' },
      { text: "We'll both be on the hook if the audit slips, so can we pair on the evidence list?" },
      { text: '上次您提到贵司明年想把退货率降下来，我们这边正好有个办法。' },
      { text: "Your clinic's goal of same-day results is one we share." },
      { text: 'Like you, we want fewer night-time pages this quarter.' },
      { text: '为落实集团今年关于安全生产的工作要求，我部拟增配两名安全员。' },
      { text: 'Your brokers have told us their clients want faster quotes.' },
      { text: '根据公司年度数字化规划的要求，本部门今年需完成全部报表上云。' },
      // The reader's pain or push, a number two sides share, the common stake (written sets of session 9).
      { text: "I know your team's been chasing ways to shorten checkout times, so here's an idea." },
      { text: 'I know facilities is short on volunteers for the open day. Could two of ours help on Saturday?' },
      { text: "Last month your branch reported 140 missed deliveries, most from paper slips. We'd like to pilot scanners in two stores." },
      { text: "Support and billing share the refund-time number this year, so I'd like one analyst for a week." },
      { text: 'Every team loses when the build is red for a day. Could each team name one person for the rota by Friday?' },
      { text: "The Data Council's goal for this year is one source of truth per metric; we need two days of your modeller's time." },
      { text: 'Our league and the city share the same aim for the park: more evening use.' },
      { text: 'Your partners told us their biggest headache is late invoices, and this change fixes that.' },
      { text: '年底的综合考评，财务部和我们采购部是一起扛的指标，想请你们下周配合对一次账。' },
      { text: '冬季保供是我们公司和贵局都很关注的事，想请贵局提供两周的逐时气温预报。' },
      { text: '这批样本能否按期完成，对我们和贵院发表成果都很关键，想请贵院每周加开一次门诊。' },
      { text: '最近构建排队已经拖慢了各位的补丁合入，想请各成员单位各捐赠两台构建机。' },
      { text: '评比结果对每个班都有加分，这也是大家共同的事，请各班推荐两名志愿者。' },
      { text: 'As you know, the county and our club have a shared commitment to get more girls playing.' },
      { text: "This request is part of this year's foundation goal to build every project on ARM." },
      { text: 'The number-one complaint in the last survey was slow upgrades, so here is a migration guide.' },
      { text: 'I think flaky runners are a concern for the foundation too.' },
      { text: "This release matters to the platform team's audit as much as to ours." },
      { text: 'issue里已经有几十位用户反馈过，估计大家回答得也挺累的，我提了一个修复。' },
      { text: '今年第一次全市统考，大家心里都没底，想借机房做一次模拟考。' },
      { text: '一、依本局年度执勤计划，各分局须于下月完成装备更新。' },
      { text: "It's that time of year again: we should cut the spring release. Could two maintainers take the changelog?" },
      { text: 'You wrote in the issue that you wanted to pass on maintainership. Could you transfer the repository?' },
    ],
    bad: [
      // Agreement or a problem chased is no shared goal (session 12).
      { text: "No need to write it up, we're on the same page. Can you book the lab for Friday?" },
      { text: "We're chasing a hot spot on the furnace busbars that trips the line twice a shift. Could you lend us a thermal camera?" },
      { text: 'We are currently running version 2.4 in production. Could you backport the snapshot fixes?' },
      { text: 'We need to be able to see every meter on the new interconnect. Could you add it to the monitoring screen?' },
      { text: 'Since this repository is unmaintained, would you transfer it to our organisation?' },
      { text: "I use this tool every day and find the project useful, so I'd be glad to help with its maintenance. Could I get triage rights?" },
      { text: "Here are the items I'd like to go through when we both have time." },
      { text: 'Attached is my mark-up of the supply letter for your review.' },
      { text: 'Would you accept a request to cut a minor release soon?' },
      { text: 'Please complete your 2027 objectives by January 9 and send them to Priya.' },
      { text: 'We could not find sponsors for the project list you gave me. Can we start over next week?' },
      { text: 'Can you send me the vendor list that you said you shared with the auditors?' },
      { text: '本工程合同工期为90天，竣工日期为2025年6月30日，因连续降雨停工，现申请顺延。' },
      { text: '合同约定5月8日为开工时间，我司申请工期延长二十天。' },
      { text: '為爭取時效，謹請貴會同意先行墊付本年度修繕經費30萬元，敬請審議。' },
      { text: "I am requesting one analyst for six weeks to support our bid for the Harbour contract." },
      { text: "Please send it to both of us by noon." },
      { text: '我是高二学生的家长，我们都是走读，想请学校保留南校区的班级。' },
      { text: "Is it possible to make a release that includes the parser fix?" },
      { text: "To help me finish my slides, could you send the chart by noon?" },
      { text: "we both have standup at 9 so can we move our 1:1 to 10 tomorrow?" },
      { text: "Proposal: shared customer analytics function between Sales and Marketing." },
      { text: "Summary: I am requesting one pricing specialist for six weeks. The submission deadline is February 16." },
      { text: '李姐，周四要来一批草莓，咱们二号冷库能不能先空出来给我们用两天？' },
      { text: '久仰科长在推动全民阅读上的用心，您是我们图书馆界最敬佩的长官，没有之一。明年想请您多多支持。' },
      { text: "We both attended the briefing last week, so you'll have seen the interim numbers. I need the listings by Friday." },
      { text: '感谢贵司这三年来在交付上的稳定配合。明年想把账期调整为月结90天。' },
      { text: '会议纪要\n参会：市场部、客服部\n一、上月投诉量上升两成。\n二、客服响应时长超过五分钟。\n三、降低投诉率是两个部门本季度共同的考核指标。\n四、请市场部下周五前提供活动排期。' },
      { text: "Background: our scanner broke on Monday. Your scheduler tells me the night shift is mostly idle. Could we borrow it for three nights?" },
      { text: '请把上个月的销售数据发我一下。' },
      { text: 'Can you send me the access logs for last week?' },
      { text: '在嗎？幫我看一下這個問題。' },
      { text: '听说你们组在整理报表，麻烦把上周的数据发我。' },
      { text: '我们部门最近在推进一个新项目，想请你们支持一下。' },
      { text: 'We both know how hectic this week is, but could you look at my PR today?' },
      { text: 'Could we grab 30 minutes this week to talk about the Q3 roadmap?' },
      // A demo hours away, a community hall, two schools as a place, a consequence after the ask: no shared goal.
      { text: 'Our demo is in 2 hours and the staging data is gone. Who changed it?' },
      { text: 'Do you know who has the keys for the community hall on Friday?' },
      { text: '我们这台挖机太小，天亮前必须修好，不然两所学校都要停水。请再调一台大挖机。' },
      { text: '请于周五前提供备货预估，否则会影响贵公司年货节的上架。' },
      { text: 'Q4大家都挺辛苦的，想申请点预算搞个团建。' },
      // 咱们 naming a place of ours (咱们门店, 咱们中心), not a goal.
      { text: '咱们门店那批价签系统里还没维护好，你们能帮忙催一下吗？' },
      { text: '咱们中心有4份访视数据还没录进系统，周五前能补上吗？' },
    ],
  },
};

export default rule;
