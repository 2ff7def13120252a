// Element: something offered in return, and an invitation to raise concerns (提出互惠方案并倾听).
// `present` when an offer is made; the invitation is reported separately. Generic "let me know if you
// have questions" is not an invitation to raise concerns.
import type { Doc, Hit, Sentence } from '../doc.ts';
import { GUIDE, type Rule } from '../rule.ts';
import type { ReciprocityElement } from '../types.ts';
import { askSentences, lastContent, normOf, perSentence, sentenceSpans } from './helpers.ts';
import { offerShape } from './shapes/offer.ts';
import { learnedReading } from '../learned/index.ts';

/** An offer read from the sentence's shape (shapes/offer.ts), beside the lexicon's set phrases. */
const hasOfferShape = perSentence((s: Sentence): boolean => offerShape(normOf(s)) !== null);

/** "Could you share it with your team?" asks the reader; it offers nothing. Per sentence text. */
const isReaderAsk = perSentence((s: Sentence): boolean => {
  const t = normOf(s);
  // "I wanted to ask whether your group would be willing to co-author…": the reader is the one who gives.
  if (/\b(?:ask|asking|wondering|wonder|see) (?:whether|if) (?:you|your [\w-]+(?: [\w-]+)?) (?:would|could|might|can|are)\b/.test(t)) return true;
  if (!s.f.question) return false;
  // Money offered in a question is still an offer: 请问接受付费定制吗？ / Is there paid support we could buy?
  if (/有偿|付费|付钱|打赏|赞助|\b(?:paid|sponsor\w*|pay (?:you|for))\b/.test(t)) return false;
  // "Are the maintainers willing to…?" asks the reader too.
  const second = /\b(?:could|can|would|will) you\b|^(?:are|is|would|will|could|can) (?!i\b|we\b|it\b|there\b|this\b|that\b)|(?:能否|可否|能不能|可不可以|是否可以)|^(?:请|麻烦)/.test(t);
  const first = /\b(?:we|i)\b|我们|我(?!们)/.test(t.replace(/\b(?:could|can|would|will) you\b/g, ''));
  return second && !first;
});

/** A token treat (coffee, pizza, 奶茶我请) is no offer in return (LABELS: token treats do not count). */
const TREAT = /(?:pizza|lunch|coffee|drinks?|beers?|snacks|dinner|breakfast|cake|donuts?|treats?|cookies|food)(?:'s| is| are)? on (?:us|me)\b|\b(?:buy|get|grab) you (?:a |an )?(?:coffee|beer|lunch|drink|pizza|dinner)\b|请你(?:喝|吃)|请(?:大家)?(?:喝|吃)(?:奶茶|咖啡|饭|下午茶|宵夜)|(?:奶茶|咖啡|饭|下午茶|宵夜)我请/;
const isTreat = perSentence((s: Sentence): boolean => TREAT.test(normOf(s)));

/**
 * What the writer will do if the reader does not act ("If I don't hear from you by 2:30, I will send
 * them your name", 如果明天还没有回复，我们将…) is pressure, not something given in return.
 */
const THREAT = /^(?:if|unless) (?:i|we) (?:don't |do not |haven't |have not )?(?:hear|get (?:a|an|any) (?:reply|answer|response))\b|^if (?:you|they|your [\w-]+) (?:don't|do not|haven't|have not|can't|cannot|won't|fail to) (?:respond|reply|answer|get back|confirm|send|call|act)\b|(?:如果|要是|若|如)[^。!?;\n]{0,10}?(?:还|仍)?(?:没|未|不)(?:有)?(?:回复|答复|收到|反馈|处理|回音)/;
const isThreat = perSentence((s: Sentence): boolean => THREAT.test(normOf(s)));

// The writer's side as speaker: I / we / our, 我 / 咱 / 本会 / 敝司 (normalised text: simplified, lower case).
const WRITER_SIDE = /\b(?:i|we|our|us|my)\b|我|咱|敝|本(?:会|部|处|司|中心|院|校|所|局|公司|单位|组|科|室)/;

/**
 * Where a learned reading may point: a sentence of the writer's side that neither asks nor questions (an offer is
 * something we give). On unseen96–99 the readings that pointed elsewhere (an ask, a reason, background) were right
 * 3 times in 18. Checked on seven groups of sets each left out of the fit (LABELS.md, "Session 12"): the offer's F1
 * rose on five, by up to +0.10 on the real sets unseen15–24, and fell on two (−0.002, −0.024).
 */
function canOffer(doc: Doc, s: Sentence): boolean {
  return !doc.has(s, 'ask') && !/[?？]/.test(s.text) && WRITER_SIDE.test(normOf(s));
}

function detect(doc: Doc): ReciprocityElement {
  const offers = new Set<Sentence>();
  const invites = new Set<Sentence>();
  const soft = new Set<Sentence>();
  const keep = (h: Hit) => doc.sentences[h.s]!;
  for (const h of doc.hits('offer')) {
    const s = keep(h);
    if (!s.greeting && !isReaderAsk(s) && !isThreat(s) && !(isTreat(s) && !hasOfferShape(s))) offers.add(s);
  }
  for (const s of doc.content) {
    if (!offers.has(s) && hasOfferShape(s) && !isReaderAsk(s) && !isThreat(s)) offers.add(s);
  }
  for (const h of doc.hits('inviteStrong')) invites.add(keep(h));
  for (const h of doc.hits('inviteSoft')) soft.add(keep(h));
  // No shape or cue: the learned reading may still find an offer (learned/index.ts), if the sentence it weighs
  // most could make one (canOffer).
  let learned = false;
  if (offers.size === 0) {
    const reading = learnedReading(doc, 'reciprocity');
    if (reading?.present && reading.sentence && canOffer(doc, reading.sentence)) {
      offers.add(reading.sentence);
      learned = true;
    }
  }
  const offer = { present: offers.size > 0, spans: sentenceSpans([...offers]) };
  const invitation = { present: invites.size > 0, spans: sentenceSpans([...invites, ...[...soft].filter((s) => !invites.has(s))]) };
  const all = new Set<Sentence>([...offers, ...invites]);
  // The move is the offer; an invitation to raise concerns without anything offered is listening, not
  // an exchange (reported in `invitation`, checked by invite-concerns.ts).
  const out: ReciprocityElement = { present: offer.present, spans: sentenceSpans([...all]), offer, invitation };
  if (learned) out.learned = true;
  return out;
}

const rule: Rule = {
  element: 'reciprocity',
  meta: {
    id: 'reciprocity',
    kind: 'element',
    severity: 'warning',
    guidance: GUIDE.reciprocity,
    message: {
      zh: '没有提出能给对方的回报，也没有邀请对方说出顾虑。',
      en: 'Nothing is offered in return, and the reader is not invited to raise concerns.',
    },
    explanation: {
      zh: '主动说出你能提供什么（分享结果、分担工作、公开致谢），再问对方有什么顾虑，协商才是交换而不是索取。',
      en: 'Say what you can give back (results, part of the work, public credit) and ask what worries them: that turns a demand into an exchange.',
    },
    fix: { templateId: 'reciprocity.offer' },
  },
  detect,
  check(doc) {
    if (doc.elements.reciprocity.present || doc.content.length === 0) return [];
    const asks = askSentences(doc);
    const s = asks[asks.length - 1] ?? lastContent(doc);
    return s ? [{ start: s.start, end: s.end }] : [];
  },
  examples: {
    good: [
      { text: '周三上午能不能给我留两台注塑机做对比试验？试验的物料和人工都由我们质量部出。' },
      { text: '周六下午能不能再借我两个人？加班费算我们案场的。' },
      { text: '想借一位熟悉CRM的同仁三天，帮我们把工单分类规则调好。调好的规则你们组也能直接套用。' },
      { text: 'Could you raise our rate limit to 150 requests per second for ten days? We will pre-pay the overage tier for that window.' },
      { text: 'I would like two of your volunteers for four mornings a week in March. My team will train them and cover their travel.' },
      // Our kit or people lent over for the reader's busy days, what we can provide, the costs we carry (session 12).
      { text: 'Could we borrow three pickers for the Saturday peak? Region 4 covers travel and mileage for all three.' },
      { text: 'We need the audit extract by Friday. To take load off your reviewers, my team will pre-check every record first.' },
      { text: 'Please send the complaint log for March. We will share the trend summary and notes with Service Ops afterwards.' },
      { text: 'We propose one shared rota. Customer Care would only need to give us read access to the queue.' },
      { text: 'Could you lend us a designer this quarter? In the meantime I can introduce you to two customers for your case studies.' },
      { text: 'Could your team cover our booth on Sunday? In June I will send four of my staff to you for the stock count.' },
      { text: '**What we bring:** the migration scripts and the rollback plan are written; your SRE only presses the button.' },
      { text: '上述司機的膳食及超時津貼由門市營運部負責。' },
      { text: '为减轻公司整体费用压力，研发中心将从本中心明年的差旅预算中相应核减20万元。' },
      { text: '下周能借你们两台叉车吗？你们季末盘库那几天，我们的搬运组随时可以调过去用。' },
      { text: '能不能借两位同事帮我们贴一天标签？你们月底对账忙的话，我们组的实习生也能过去搭把手。' },
      { text: '能否借用贵馆的展厅办一周特展？我校可提供两名讲解员和全部布展物料。' },
      { text: 'Could we borrow the two portraits for our spring show? We would of course cover the shipping, storage and insurance costs for the loan.' },
      // Compensation named, a slot given up, extras thrown in (session 11).
      { text: 'Could one of your paralegals do intake on Tuesday from 9 to 1? We will take two appeal files off your desk next week to make up for it.' },
      { text: 'We need three crane lifts on Thursday morning. We will give up our Friday slot so your crew can use it for the tower work.' },
      { text: 'Can marketing lend us two people for the stock count on the 4th? We will throw in tickets for your customer draw.' },
      // Broader forms met in session 10's sets: the reader's part made small, no extra staff, load taken off everyone, a standing offer,
      // access opened, their own use, costs we carry, labour traded, work taken, a favour on the way, lessons given back; help volunteered.
      { text: '这版接口我们自己改，运维只需要重启一次服务。' },
      { text: '上线前我们组负责全部回归，测试组不用另外安排人员。' },
      { text: '迁移脚本我们来写，尽量减少各位在数据核对上的负担。' },
      { text: '分店有嘢要幫手都可以搵我哋。' },
      { text: '看板做好后权限直接开给你们组。' },
      { text: '压测报告会放到公共页面，你们做容量规划正好可以用。' },
      { text: '司机的午饭和油费我们车队包。' },
      { text: '两名临时工的工钱记我们仓库的成本中心。' },
      { text: '下个月我们组协助你们做盘点，作为人力互补。' },
      { text: '你们下周的值班我可以顶一部分。' },
      { text: '送货回来顺路把您那边的空箱也带回去。' },
      { text: '用下来的经验我们会写成文档反馈给社区。' },
      { text: "I'll be around on Saturday to help unload." },
      { text: "If you need hands for the stock count, I'm free Thursday." },
      { text: "I'll pick up the samples on my way in, saves you the trip." },
      { text: "I've drafted the changelog, so it's only a version bump on your end." },
      { text: "I'll open a PR to fix the broken link once the new page is up." },
      { text: "She'd shadow your analysts for the week, good experience for her." },
      { text: "We'll wash it and top it off before it comes back." },
      { text: '我已經提交過二十多個修正，我認為我有能力參與維護這個專案，想申請 maintainer 權限。' },
      { text: 'Our team is happy to take over the weekend on-call while you cover the launch.' },
      { text: 'Our desk will manage your nominations and imbalances for the winter; could you sign the draft by Friday?' },
      { text: 'Helpers who work two shifts will receive a free conference pass.' },
      { text: 'Could I get commit access? I would like to continue to maintain the Debian packaging.' },
      { text: 'If you can lend us two testers, we will send one of our designers back to your sprint.' },
      { text: '很喜欢这个主题，请问有赞助渠道吗？想支持一下作者。' },
      { text: '你們接受粵語字詞相關的 PR 嗎？我可以整理一份詞表。' },
      { text: '徵求志願服務學生4名，服務完成後核發服務時數證明。' },
      { text: '我能夠貢獻日文翻譯，也可以幫忙校對。' },
      { text: '我可以解决这个需求，欢迎让我提个 PR。' },
      { text: '請問是否能讓我協助校對簡體版？' },
      { text: '媒体邀请的部分，我们会尽力协助联系。' },
      { text: "I file a lot of bug reports and would like to help with triage, such as labelling new issues." },
      { text: "I can help test the next release candidate on ARM boards." },
      { text: '这份调研报告想以我们两个部门的名义一起发布，数据部分请你们帮忙核一下。' },
      { text: "Any chance of a new tag on the package index this month? We could help with a release again if that saves you time." },
      { text: "Merges have slowed since spring. I'd personally like to provide some patches and would like to co-maintain the docs." },
      { text: "Could I get push rights? Then I could take some of the review burden off you." },
      { text: "May I use the survey dataset for my thesis? If there are citation requirements, I will be sure to follow them." },
      { text: "I was wondering whether our findings could be published in collaboration with the team that gathered the data." },
      { text: '界面里有不少用语不太对，我想要协助校对一下繁体翻译，语言文件放在哪里？' },
      { text: "Reviews have stalled since March. I'd be interested in taking on some of the issue triage." },
      { text: "Can I get merge rights? It would let me bother you less with one-line doc fixes." },
      { text: "Is it possible to sponsor specific features? We would like better LDAP sync." },
      { text: "I'm working on adding RISC-V builds to the CI; could the maintainers enable the runner?" },
      { text: '想和贵站互换友链，我这边已经把贵站加进友链页了。' },
      { text: '申请参与这个仓库的维护，平时下班后能处理一些issue。' },
      { text: '复现了论文里的实验，提交pr的话会合并吗？' },
      { text: '这个工具帮了我很多，请问怎么捐助你们？' },
      { text: '很久没发版了，付费也行，能出一个正式版吗？' },
      { text: '这个插件好像没人更新了，我能否接手接下来的维护？' },
      { text: '请问可以加入日文界面吗？如果可以我可以PR。' },
      { text: '我想实现 #52 的导出功能，请指派给我。' },
      { text: '关注这个频道很久了，空闲时间可以来帮忙做些审核。' },
      { text: '申请内测资格，可付费，怎么获取邀请码？' },
      { text: '想在毕业论文里用您的数据集，引用您的论文就可以吗？' },
      { text: "Would you transfer the repo to our organisation? You will still be credited as the original author." },
      { text: "Our lab can't spare the time to port it, so I would like to send you two boards for development and testing." },
      { text: "Dana mentioned the import keeps failing on your side, and suggested that I help you sort it out. Could you send me the log?" },
      { text: "Mind adding me as a second owner on the package registry? It would allow me to push fixes when you are away." },
      { text: "I have set up an organisation for the plugin and have invited you as an owner. Would you move the repo there?" },
      { text: "We are looking for GPU time for our CI. Your support will be documented in our deployment guide." },
      { text: "I have included the names of your organizations in the draft budget. Any concerns about that?" },
      { text: "Could I get edit rights on the wiki? I'd like to improve the setup instructions." },
      { text: "We want to upstream support for our new board. What are the steps?" },
      { text: "The FAQ misses the proxy settings. I can help, but I can't edit the wiki." },
      { text: "Our company depends on this parser – would like to sponsor this repo." },
      { text: "Any plan to open sponsorship? We use it in production." },
      { text: "Our reviewer owes the new hire a proper mentoring plan by June. Tell me how I can be of assistance." },
      { text: "Could we get a sandbox with a higher transaction cap? If it's simpler for you, I can open the trial account myself and send you its details." },
      { text: "If your team needs anything while I'm covering the desk, just ask me." },
      { text: "Would your team be open to paid work to build the export feature we need?" },
      { text: "Proper credit will be given in every paper that uses the data." },
      { text: "I volunteer to act as release manager for the next two cycles." },
      { text: "Is there paid support we could buy for the 3.x line?" },
      { text: '请问可以授权我在课程里使用吗？我会标注好来源。' },
      { text: '我想志愿成为这个项目的维护者，请问需要什么条件？' },
      { text: '我们公司想找您做付费定制，方便留个联系方式吗？' },
      { text: '如果需要繁体的校对，我也能協助。' },
      { text: '我 fork 了一份并补好了 3.2 的适配，请问接受 PR 吗？' },
      { text: '您好，想有偿咨询一个部署问题，方便留个联系方式吗' },
      { text: "Is there anything I can do to help get the 4.1 release tagged?" },
      { text: "I have some spare time this week to triage the open PRs." },
      { text: "We'd be glad to sponsor the feature if that makes it viable." },
      { text: "Once the repo moves, I can add you as a maintainer there." },
      { text: '两位同事往返的交通由HR统一安排。' },
      { text: '要是可以的话，这周你们的液氮罐我来灌。' },
      { text: '场地使用费依贵馆收费标准支付。' },
      { text: '届时我们会在开幕式上专门介绍贵公司的供电保障工作。' },
      { text: 'Banner 位是免费的，不收 slotting fee。' },
      { text: "If it helps your routing, we'll have all specimens bagged and waiting by 2:15." },
      { text: "I'll send two of mine over tomorrow morning for your cycle count." },
      { text: "Every manager who submits on time will have a dedicated recruiter assigned." },
      { text: "OBM analysts will hold two drop-in sessions to help departments with cost estimates." },
      { text: '活动照片和报名数据结束后我整理一份给你们做台账。' },
      { text: '签完我这边把运输记录整理好一并归档，不用你们再跑一趟。' },
      { text: '展板和海报上会注明「图片由区档案馆提供」。' },
      { text: '以后贵公司在成都的地面保障有任何需要，我们一定优先配合。' },
      { text: '我们这边可以配合跑 debug build 做验证。' },
      { text: "Reviewers get a free pass and their name on the site." },
      { text: "We'd list Acme as an LTS partner in the release notes." },
      { text: '作为 trade-off，我们可以接受每片0.3美元的加急费。' },
      { text: '我可以先送一个 PR 并补上测试，维护者只需要审查就好。' },
      { text: "On our side we can move to one consolidated monthly PO." },
      { text: '如果成了，这单的佣金我们分你们一半。' },
      { text: "Agreed that Programmes will pull the export themselves; Finance only checks the totals." },
      { text: '如能达成，我行可以将贵司列为明年的优先合作供应商。' },
      { text: '开通后口径我们自己维护，你们组就不用再每周帮我们导数了。' },
      { text: "We will return the cleaned boundaries to your office and credit your office in the final plan." },
      { text: "Happy to walk you through whatever we find." },
      { text: "The Library will cover the reviewer's overtime for those two weeks." },
      { text: '作为回报，我们可以把这次的分析结论同步给您团队。' },
      { text: '我们这边可以先把基础数据整理好，减轻你们的工作量。' },
      { text: 'In return, we’ll share the cleaned dataset with your team.' },
      { text: 'Happy to cover your on-call shift next week if that helps.' },
      { text: '回头你们组有什么需要，尽管开口，我们一定全力配合。' },
      { text: '分析报告出来后，我们第一时间同步给贵部门，供你们做明年的预算参考。' },
      { text: '你们下个月要的接口文档，我们组这周就能补上。' },
      { text: '如果你们需要我们这边的标注数据，随时说。' },
      { text: '場地佈置和茶點由我們單位負責。' },
      { text: 'Our on-call engineers will handle any alerts during the migration window.' },
      { text: "I can take her Thursday support shift so she doesn't lose the day." },
      { text: 'We will cover the travel costs for both of your trainers.' },
      { text: 'We can provide the test devices and the lab for the whole week.' },
      { text: '差旅和住宿费用由我们部门全额承担。' },
      { text: '接口和测试我们都写好了，你们review一下就行。' },
      { text: '你哪天想补休跟我说，我来顶你的班。' },
      { text: 'Happy to run the migration on a staging copy first if that helps.' },
      { text: 'If your team ever needs a hand with load testing, just say the word.' },
      { text: "We'll add the two extra seats at no charge." },
      { text: '核对出来的差异由我们逐条跟客户沟通，不用你们再出面。' },
      { text: '调研报告我同步你们一份，做明年规划也用得上。' },
      { text: '专家的往返机票和住宿由我们安排，并支付咨询费。' },
      { text: "I'll keep the nightly job green for the next two releases so it doesn't become your problem." },
      { text: 'The hours will count toward your annual training requirement.' },
      { text: '这批货如果能提前到，付款账期可以从60天缩短到30天。' },
      { text: '值班的加班费从我们项目经费出。' },
      { text: '活动海报上会印上贵社团的logo。' },
      { text: "If the contract is back by Friday, we'll waive the late fee from October." },
      { text: '为弥补贵司的资金占用成本，我司愿将明年的采购量提高两成。' },
      { text: '下周你们线的设备保养，我这边派人接过来做。' },
      { text: '表现突出的科室将在全院大会上通报表扬。' },
      { text: "I'll send you two of our spare monitors for your new hires." },
      { text: '稿费按千字六百元结算。' },
      { text: '借调期间的加班费由本处业务费支应。' },
      { text: "I'll do both of your Sundays in December." },
      { text: '模型训练好以后先给你们组用。' },
      { text: '看板搭好后开放给客服组日常使用，你们以后不用再手工出日报。' },
      { text: '这批席位我们愿意一次性预付全年费用。' },
      { text: "Next time your team is stuck before a release, our test folks are yours." },
      { text: "I'd come back with notes and run a lunch-and-learn for the team." },
      { text: "I'm interested in becoming a co-maintainer of the plugin; I already look after two similar packages." },
      { text: 'Any findings from the archive will be properly cited in our report.' },
      { text: 'The committee plans to offer a travel grant to every speaker.' },
      { text: '想加入你们的翻译小组，帮忙校对繁体版本。' },
      { text: '希望能为社区贡献自己的一点微薄之力。' },
      { text: "I'll forward the signed copy after the audit so your files match the bank's." },
      { text: "We'd bring our own forklift driver, so your crew wouldn't need to stay late." },
      { text: 'Our courier can drop off the samples at your lab on Monday.' },
      { text: "Nights will take over Maria's Sunday intake shift while she covers ours." },
      { text: '我们愿意把合作期延长半年，以换取这批货的账期。' },
      { text: '你们那边讲师紧的话，我可以让小周过去带一次培训。' },
      { text: '以后你们巡检要借我们的红外测温枪，直接来拿就行。' },
      { text: '这个月周末的值班我可以接一次。' },
      { text: '现场由我们自行安排保安，不占用贵馆的人手。' },
      { text: '签证处可以派小刘全程配合你们接待代表团。' },
      { text: '你们只出接口文档就行，联调的活我们来。' },
      { text: '报告里会把你们科列为共同作者单位。' },
      { text: '如有需要我们协助的地方，随时联系。' },
      { text: '我站负责借调人员的食宿补助。' },
      { text: '这套词表我们愿意以开源协议贡献给项目。' },
      { text: 'Finance will fund the two temporary posts from the project budget.' },
      { text: '稿酬依本刊标准支付。' },
      { text: '你周五的夜班我来值。' },
      { text: '我们科室也愿意分摊一半的校准费。' },
      { text: '团购价可以给到八折。' },
      { text: '统计表汇总后我们会发给你们，你们做年报的时候直接能用。' },
      { text: '法务部只需抽查签字，不需要另外安排人手。' },
      { text: "I'll restock your gloves from our storeroom tonight." },
      { text: 'We take over your Friday deploys during the launch week.' },
      { text: 'If you ever need slides translated, just shout.' },
      // Costs, fees, gifts, incentives and work spared, as the written sets of session 9 put them.
      { text: '化肥钱和司机的午饭我们出，收完把每块地的产量记好交给农技站，当试验田材料用。' },
      { text: '为此产生的翻译加急费，我们愿意按合同价的8%另行支付。' },
      { text: '按时提交且数据完整的科室，明年设备配额将予以倾斜。' },
      { text: '考虑到对贵方的影响，我们愿意：一、按日补偿利息；二、续签两年。' },
      { text: '会后我们把修复后的照片高清文件一套赠予贵所存档。' },
      { text: '你们组积压的那几个慢接口，我们也顺手一起排查了。' },
      { text: '核查中发现的错漏，我处将整理成清单反馈贵局，供贵局完善台账。' },
      { text: '上次你们说想要的那份客户分层口径，我这边月底整理好给你们。' },
      { text: '切换当晚由我们值守，不需要门店同事额外加班。' },
      { text: '为了减轻评审的工作量，我已经把改动拆成三个小PR。' },
      { text: '二、配套安排。培训中心负责全部课件制作，不占用人事处人力。' },
      { text: '本馆负责全部运输和保险费用。' },
      { text: 'Your admin only needs to click approve; we have already written the migration script.' },
      { text: 'Support will take over the triage of your backlog tickets for the sprint.' },
      { text: "We'll move our batch jobs off the shared cluster, which frees about 300 CPU hours a week." },
      { text: 'If you get called out on Saturday, my crew will cover it.' },
      { text: "I've annotated the 12 risky clauses so your reviewer can start from my notes." },
      { text: '协会将负责全部场地与讲师费用，并在活动结束后为贵校制作一本成果集。' },
      { text: '贵部门若需要门店客流数据做年度总结，我们也很乐意配合提供。' },
      { text: '排版和校对全部由教务组安排，各位老师只要交原稿即可。' },
      { text: '培训材料全部由安全科准备，记录也会直接导入系统，省下各车间自己整理台账的时间。' },
      { text: '你们那边的钢管我们下午顺手帮着运过去，不占你们的时间。' },
      { text: '建成后也可以给周边两个村用，只按成本收费。' },
      { text: '评估费用依贵所标准由本院先行垫付。' },
      { text: '下周你哋店面唔够人嘅话，我哋可以借两个同事过去帮手。' },
      { text: '夜班缺口由本部机动人员补位，另按月支给每人津贴两千元。' },
      { text: '加班人员按规定发放双倍工资。' },
      { text: '检修期间产生的加班费，我们会从部门的专项预算里支应。' },
      { text: '测完我们会把报告发你们一份，你们下季度升级时能直接参考。' },
      { text: '我们中心每周一把上周的投诉原因分析发给客服部，用于话术更新。' },
      { text: '驻点同事的交通补贴由我局从专项工作经费中列支。' },
      { text: 'What the lab will do to keep the disruption small: pre-book the couriers and staff the desk on both days.' },
      { text: "We'll package the build scripts as a template, so the other teams can onboard without extra work from you." },
      { text: 'To make the later date worthwhile for you, we will add the raw readings in your preferred format.' },
      { text: "The fix is written; it just needs your team's review and a deploy slot." },
      { text: '周六上午那场我们原本订的，可以换给你们。' },
      { text: '运费和装卸工的加班费我们仓这边出。' },
      { text: '活动当天给你们科室留10个座位。' },
      { text: '汇总后我们会把核查结果反馈各站点。' },
      { text: '排好计划后我们也会同步一份给街道。' },
      { text: '本公司同意配合签订两年期续约。' },
      { text: '我们只在夜间使用，白天全部归还，对你们的利用率指标反而是加分。' },
      { text: '我可以每周固定花3小时处理积压的issue。' },
      { text: '代码和测试我都写好了，只需要一位维护者在周五前帮忙review。' },
      { text: '为了不给你们添麻烦，部署脚本我已经写好了。' },
      { text: "I've already pulled the domestic numbers, so you'd just need the export figures." },
      { text: 'If it helps, our QA team can test the patch against the original report.' },
    ],
    bad: [
      // Only one can be taken on; the writer's own ask made small.
      { text: '我这边只能接一个，您帮我定一下先做哪个？' },
      { text: '我们只需要两个人，周五前到位。' },
      // Our own things moved, or an ask to move them: nothing lent to the reader.
      { text: '下周我们会把机房的服务器调过去，能不能请你们腾出两个机柜？' },
      { text: '我们能调两个人过去吗？' },
      { text: "Without last year's ledger we can only cover about half of the indirect costs. Could you send it by Wednesday?" },
      // The ask funded from the writer's own budget gives the reader nothing (the labellers' reading of such 请示).
      { text: '拟申请增配执法记录仪2台，预算约1.2万元，从本队年度装备经费中列支。' },
      { text: 'Dow Jones will only need to be taken care of from Wednesday.' },
      { text: 'The vendor is willing to address the penalty clause later. Can you sign the master agreement this week?' },
      { text: "I'm happy to get an update whenever you have one. Could you send the revised numbers?" },
      { text: '表單已上線，若有意見請踴躍回報。' },
      { text: '選單能不能加入「回報使用問題」按鈕，連到 issue 頁面？' },
      { text: '市政消火栓损坏后，应由供水部门负责修复，其费用在城市维护费中列支。' },
      { text: '我由衷希望图书馆可以延长开放时间，提供学生更好的读书环境。' },
      { text: '关于小区冬季采暖问题的联名信：恳请市政府督促供热公司按时供暖。' },
      { text: "I would like to thank you all for the long evenings on the budget. Please send your final figures by Friday." },
      { text: "If you'd be willing to lend a hand at the book sale on Saturday, we'd really appreciate it." },
      { text: "I can provide proof that I own the account if necessary. Could you transfer the handle to me?" },
      { text: "If I don't hear from you by noon, I will send the auditors your name as the contact." },
      { text: "Friday is my last day on the desk; if you need anything after that, please contact Dana Whitlow." },
      { text: '本系以學校名義組團參加交流，請各班於活動結束後一週內回報活動概況。' },
      { text: '年度音樂會接受企業贊助申請，有意者請於5月3日前遞交表格。' },
      { text: "A shared runbook would take the burden off the on-call team. Could infra write one this quarter?" },
      { text: '市集辦在北區對北區居民很便利，相對地讓南區居民路程太遠，建請市府輪流舉辦。' },
      { text: '兩區的回饋金多半用在節慶活動上，請市府擬訂更有效益的使用辦法。' },
      { text: '大家别只提需求，开发者只有付出没有回报也会累的。' },
      { text: "HR confirmed that I will be credited with my original start date. Could you update the vacation balance?" },
      { text: "I can't attend the summit and my employer will not fund travel. Could someone present the update for me?" },
      { text: "Please read the release guide and add your name as a volunteer to the rota." },
      { text: '想要在其他任务上引用您的工作，请问需要授权吗？' },
      { text: '為落實「誠信、回報、關懷」的校訓，校友會將於12月舉辦義賣，請各班於11月30日前回覆攤位數。' },
      { text: '誠邀有意回饋母校的校友參選校友校董，請於10月15日前遞交表格。' },
      { text: '各学院应整合项目、实现资源共享，避免重复购置设备。' },
      { text: '各单位如有提案，经核准即列入讨论（报告），请于周三前送秘书室。' },
      // Returning what is borrowed, a notice, a refusal to pay, a past co-branding: not given in return.
      { text: "We'll hand them back on the 15th. Could your team lend us the two scanners until then?" },
      { text: "We'll provide a 48h pre-notice before the outage. Please confirm the window by Monday." },
      { text: '请于周五前提交单据，否则本公司将无法处理赔偿。' },
      { text: '去年我们第一次和两家书店做联名，效果不错，今年想请设计部出一套海报。' },
      // Asking the reader to advance funds, one's own budget line, a cost that lies elsewhere, the ask's own papers sent again.
      { text: '为争取时效，谨请贵会同意先行垫付，俟明年预算追加后归垫。' },
      { text: '本项目所需经费约8万元，从本队年度经费中列支。' },
      { text: '按合同，设备损坏应由厂商负责维修，相关费用另计。' },
      { text: '我今天下班前把施工方案再发你一份，麻烦确认。' },
      { text: '这个PR你review一下呗，有空的时候看就行，不急。' },
      // A request to submit (the reader gives), what was allocated to us, 计划给 read as 划给.
      { text: '请各科室于周五前将排班表报送人事科，作为统一调度的依据。' },
      { text: '训练中心分配给我部的机时为每月80小时，仅够常规训练。' },
      { text: '希望以后下单后能同步一份到货计划给仓储部。' },
      { text: "If access requests belong somewhere else, happy to take it there." },
      { text: "Last year we provided $3,000 to cover the speakers' travel costs." },
      { text: "We are always keen to find new members for the working group." },
      { text: "Very glad to see the backlog shrinking!" },
      { text: "Are the maintainers willing to change the CI output?" },
      { text: "They take the reserves for free and pay nothing for the energy." },
      { text: "Happy to make changes if the maintainers want a different approach." },
      { text: "Could your company sponsor our hackathon in March?" },
      { text: "Finance will hold a drop-in session on Wednesday for anyone with questions about the template." },
      { text: "Playtest on Thursday at 3pm, pizza's on us!" },
      { text: "I wanted to ask whether your group would be willing to co-author the note with us." },
      { text: "Please let me know if you need anything further." },
      { text: '你上次说的方案我们就按你说的办，不用再发邮件确认了。' },
      { text: '明年公司会扩大品牌推广，活动场次还会增加。' },
      { text: '请尽快把数据发给我。' },
      { text: 'Could you share the report with your team by Friday?' },
      { text: 'Let me know if you have any questions.' },
      { text: 'Do you have any concerns about the timeline?' },
      { text: "I'll host a short kickoff on Monday at 10." },
      { text: '我明天上午把需求清单发给你们。' },
      { text: "I'll send you the agenda before the call." },
      { text: '我们会提供需求文档和会议时间。' },
      { text: "I'll walk you through the numbers tomorrow if that helps." },
      { text: 'Happy to buy you lunch next week!' },
      { text: '附件是报价单，供您参考。' },
      { text: '逾期提交的发票将无法计入本年度费用。' },
      { text: "I'll be at your office on Tuesday at 10 if a walk-through would help your reviewer." },
      { text: "I'll send our January forecast by next Tuesday so your planners have it early." },
      { text: '这个模型做好了对你们的需求侧响应计划也有帮助。' },
      { text: '我们应共同努力，相互支持，相互理解。' },
      { text: '所需经费约十二万元，由本部门年度预算支应。' },
    ],
  },
};

export default rule;
