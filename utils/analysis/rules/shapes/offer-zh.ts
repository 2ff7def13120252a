// The Chinese shapes of an offer in return (see offer.ts for what counts), on normalised text.

/** The reader as receiver: 你们 / 您团队 / 贵处 / 你哋 (Cantonese) / your team. */
const ZH_READER = '(?:你们|你哋|您|你|贵[\\u4e00-\\u9fff]?|对方)';
/** A named unit as the receiver (市场部, 贵事业部, 资讯处), for shapes that also need a giving verb. */
const ZH_UNIT = '(?:[\\u4e00-\\u9fff]{1,6}(?:部|处|组|科|中心|团队|事业部|部门|室))';
const ZH_SELF = '(?:我们|我哋|我方|我这边|我们这边|咱们|我司|我院|我校|我会|我部|我处|我中心|我行|我局|我厅|我馆|我所|我台|我社|敝司|敝公司|本行|我|本[室处部组科中院所会校司]|本公司|我们\\s?(?:[\\u4e00-\\u9fff]{0,3}(?:部|组|团队|单位|部门|中心)|team|组))';
/** Things worth giving: results and data, not the paperwork of the ask itself. */
const ZH_VALUE =
  '(?:数据|结果|成果|报告|分析|结论|画像|录像|视频|明细|经验|脚本|工具|代码|模型|模板|方案|资源|名单|文档|知识库|素材|线索|洞察|复盘|总结|testcase|dashboard|report|data|insight)';

export const ZH_OFFER: RegExp[] = [
  // 我们可以把清洗好的数据回传给你们 / 画像我们会完整分享给您团队 / 会share给你们.
  new RegExp(`(?:会|可以|能|将|愿意|再|也|都|就)[^。!?;\\n]{0,8}?(?:分享|共享|回传|开放|share|同步提供|免费提供|提供|给到)\\s*(?:给|予)?\\s*${ZH_READER}`),
  // 测试报告完成后将同步提供资讯处 / 分析结论出来后第一时间同步给你们: results go back once done.
  new RegExp(`${ZH_VALUE}[^。!?;\\n]{0,12}?(?:完成|出来|整理好|做完|结束)(?:后|之后|以后)[^。!?;\\n]{0,10}?(?:同步|提供|分享|共享|回传|交给|抄送|share)`),
  new RegExp(`(?:完成|出来|整理好|做完|用完|结束)(?:后|之后|以后)[^。!?;\\n]{0,16}?${ZH_VALUE}[^。!?;\\n]{0,8}?(?:同步|提供|分享|共享|回传|交给|share)(?:给|予)?${ZH_READER}`),
  // 我这边顺手帮你核一遍 / 可以借会议室畀你哋用 / 我们帮你们把报表做了.
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,8}?(?:可以|能|会|愿意|来|也|顺手|顺便|先)?[^。!?;\\n]{0,4}?(?:帮|替)${ZH_READER}`),
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,10}?(?:可以|能|会|愿意)[^。!?;\\n]{0,4}?(?:借|送|让)[^。!?;\\n]{0,10}?(?:给|畀)${ZH_READER}`),
  // Work taken off the reader: 搭建和维护由客服部负责 / 布置和主持我们HR全包 / 财务同事只需要复核.
  new RegExp(`(?:由${ZH_SELF}(?:来)?(?:负责|承担|包办|搞定)|${ZH_SELF}[^。!?;\\n]{0,6}?(?:全包|包了|包办|来搞定|全权负责))`),
  /(?:只需要?|只要|仅需|只用)\s*(?:每[^。!?;\n]{0,4})?(?:做|帮忙)?(?:复核|审核|审查|合并|审一下|审阅|确认|审批|签字|过目|看一下|看看|看(?=标|那|这|自己|与|和|相关|[0-9一二两三])|把关|review|approve|验收|提供|挑问题|挑|过一下|试用)/,
  // Costs covered: 便当与加班费由我们单位支付 / 差旅费我们出.
  new RegExp(`(?:费|成本|开销|便当|餐|费用|预算|cost)[^。!?;\\n]{0,10}?(?:由)?${ZH_SELF}(?:单位|部门)?(?:来)?(?:支付|承担|出|负担|报销|买单|cover)`),
  // Markers of the move: 作为配合 / 作为支持 / 相对地 / 我们同样派一名… / Give: / What you get:
  /(?:作为\s?(?:配合|支持|回报|交换|补偿|回馈|答谢|trade-?off|交换条件|对价)|相对地|相应地|礼尚往来|互惠|同样(?:地)?(?:派|提供|安排|支持|出)|^(?:give|offer|in return|what (?:you|your [a-z]+|[\w-]+(?: [\w-]+){0,3}) gets?)\s*[:：])/,
  // For the reader's own use: 供其复盘使用 / 供贵部门做投放评估 / 以后你们做看板也能直接用 / 可以直接拿去用.
  new RegExp(`(?<!提)供(?:${ZH_READER}|其|${ZH_UNIT})[^。!?;\\n]{1,14}?(?:使用|参考|复盘|评估|决策|用)|(?:${ZH_READER})[^。!?;\\n]{0,10}?(?:也)?(?:能|可以)直接(?:拿去)?用|可以直接拿去用`),
  // Something of value handed over: 这份数据我们用完会整理成宽表交给你们 / 我们把画像数据给你们 / 线索会第一时间同步给市场部.
  new RegExp(`${ZH_VALUE}(?!需求|清单|口径|字段|格式|要求)[^。!?;\\n]{0,20}?(?:会|可以|将|把)[^。!?;\\n]{0,12}?(?:交给|发给|同步给|回传给|提供给|开放给|分享给|共享给|share给)(?:${ZH_READER}|${ZH_UNIT})`),
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,4}?把[^。!?;\\n]{0,30}?${ZH_VALUE}(?!需求|清单|口径|字段|格式|要求)[^。!?;\\n]{0,8}?(?:给|交给|分享给|同步给|回传给|提供给|开放给)${ZH_READER}`),
  // Help offered: 如果需要我们这边的数据，随时说 / 我这周也可以帮忙看 / 你们要的埋点我们组这周末就能加上.
  new RegExp(`需要${ZH_SELF}[^。!?;\\n]{0,16}?(?:随时|尽管|直接)(?:说|开口|找|提|喊)`),
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,8}?(?:可以|能|会|愿意)[^。!?;\\n]{0,3}?帮忙(?!吗|么)`),
  new RegExp(`(?:${ZH_READER})[^。!?;\\n]{0,10}?(?:要的|需要的|想要的)[^。!?;\\n]{0,12}?${ZH_SELF}[^。!?;\\n]{0,8}?(?:能|会|可以|来)`),
  // Given, sponsored or maintained by us: 我们可以捐赠… / 并负责维护 / 之后也由我们 team 来 maintain / 用完我们请人来保养.
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,6}?(?:可以|会|愿意|将)[^。!?;\\n]{0,10}?(?:捐赠|赞助|承担|出钱|出人|放上|冠名|鸣谢|致谢)`),
  new RegExp(`由${ZH_SELF}\\s*(?:来)?\\s*(?:负责|承担|维护|maintain|own|搞定|包办)`),
  new RegExp(`(?:用完|结束后|之后)[^。!?;\\n]{0,4}?${ZH_SELF}(?:会|来|请人|负责)`),
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,6}?(?:会|可以|将|愿意)[^。!?;\\n]{0,8}?(?:提供|赠送|给予|安排)(?![^。!?;\\n]{0,10}?(?:需求|清单|文档|材料|说明|资料|信息|申请|表|议程|会议|时间))`),
  // Work left to the reader is only a look: 你们review + merge就行 / 只需签字即可.
  new RegExp(`(?:${ZH_READER}|${ZH_UNIT})[^。!?;\\n]{0,10}?(?:review|merge|审核|审批|确认|签字|过目|点个头|批一下|看一下|看一眼)[^。!?;\\n]{0,6}?(?:就行|就可以|即可|就好)`),
  // Costs carried by the writer's side: 场地费由本会全数承担 / 运营部承担临时人员的全部劳务费 / 从自有经费中列支，不另申请拨款.
  new RegExp(`(?:费|成本|开销|费用|津贴|补贴)[^。!?;\\n]{0,10}?由(?!${ZH_READER})[^。!?;\\n]{1,8}?(?:全数|全部|全额)?\\s*(?:承担|支付|负担|列支|买单|cover)|(?:加班费|津贴|补贴|差旅费?|餐费|交通费)[^。!?;\\n]{0,10}?由[^。!?;\\n]{1,10}?支应|(?<![你您请贵])(?:承担|负担)[^。!?;\\n]{0,12}?(?:费用|成本|开销|劳务费|差旅费|加班费)|自有(?:经费|预算|资金)|不另(?:申请|拨款|收费)`),
  // Something free, on the house: 驻场工程师可以免费延长支持一周.
  /(?:可以|会|将|愿意)免费|免费(?:提供|延长|支持|帮|赠送|开放|培训)|(?:不收|不另收)(?:费|钱)/,
  // Help offered back, or a swap: 你下周哪天想调休我来顶 / 由我们的工程师代为安装 / 都会整理成文档回给你们.
  new RegExp(`${ZH_SELF}来(?:顶|替|换|补|帮)|代为|代劳|(?:回给|反馈给|回馈给|返还给|发回给)${ZH_READER}`),
  // For the reader's benefit: 方便你们排需求优先级 / 你们做明年计划也能参考 / 供仓储部优化库位.
  new RegExp(`方便(?:${ZH_READER})(?![^。!?;\\n]{0,6}(?:的话|时|吗))|(?:${ZH_READER})[^。!?;\\n]{0,12}?也(?:能|可以)(?:参考|用上|直接用|拿来用)|(?<!提)供(?:${ZH_READER}|其|${ZH_UNIT})[^。!?;\\n]{0,4}?(?:优化|规划|排期|排优先级|决策|改进|备课|复盘|评估)`),
  // Headers of the move in memos and proposals: "Chemistry's contribution:", "What you get:", 配套安排：
  /(?:^|\n)\s*(?:[\w' -]{0,30}(?:contribution|our part|our side|in return|in exchange|what you get|what's in it for you|benefits? (?:to|for) you)|配套安排|我方(?:贡献|承诺)|回报|交换)\s*[:：]/,
  // English: an offer made conditional on being useful ("Happy to smoke-test an RC if that helps", "…if that makes it easier").
  /\b(?:happy|glad|willing|more than happy|keen|can|could|i'll|we'll)\b(?![^.?!;\n]{0,40}?\b(?:walk|call|meet|chat|sync|explain|hop on|jump on|talk|pair)\b)[^.?!;\n]{0,60}?\bif (?:that|it|this) (?:helps|would help|makes (?:it|things|life|review|your life) easier|saves (?:you|your))\b/,
  /\b(?:happy|glad|willing|more than happy|keen) to (?!discuss|chat|talk|answer|explain|jump|hop|meet|clarify|provide more|share more|walk you|go over|hear|help out if|be|buy|grab|get you|pair)[\w-]+/,
  // Knowledge shared back: "I'd come back with a written summary and run a lunch-and-learn for the team".
  /\b(?:i|we)(?:'d|'ll| will| would| can| could)\s+(?:[\w-]+\s+){0,8}?(?:run|host|give|lead|hold|do|teach)\s+(?:a |an |two |some )?(?:lunch-and-learn|lunch and learn|brown[- ]bag|workshop|training|talk|knowledge[- ]share|teach-in)s?\s+for\s+(?:the|your|both)\b/,
  // A favour on call: "next time you're stuck before a release, our automation folks are yours".
  /\b(?:are|is) (?:all )?yours\b|\bat your disposal\b|\bnext time (?:you(?:'re| are)|your (?:\w+ )?(?:team|folks|side) (?:is|are)) (?:stuck|short|swamped|in a (?:pinch|bind|crunch)|slammed|underwater)\b/,
  // "If your side ever needs a hand with X, I'm your person."
  /\bif (?:you|your (?:\w+ )?(?:team|side|group|folks))(?: ever)? (?:needs?|want) (?:a hand|help|anything(?! (?:further|else))|support|a favou?r)\b/,
  // Only a review left: "it should only need a review", "you just approve the final text".
  /\b(?:should|would|will) only need (?:a |your |one )?(?:review|approval|sign-off|merge|look|click)|\bonly needs? (?:a |your |one )(?:review|approval|sign-off|merge|look)|\b(?:you|they) (?:just |only )?approve the (?:final|last)\b/,
  // Price, terms or credit given: "I can hold this year's price", "at no charge", "under your squad's name as well as ours".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:hold|lock in|keep|match|waive|discount|extend|honou?r)\s+(?:the |this |your |our |this year's |last year's )?(?:[\w']+\s+)?(?:price|pricing|rate|fee|fees|discount|terms|warranty|support)\b|\b(?:at no (?:extra )?(?:charge|cost)|free of charge|for free|no cost to you)\b|\bunder your (?:[\w']+ )?name\b|\b(?:joint|shared|co-)credit\b/,
  // Something of ours sent over, or built for them: "I'll send you two of our spare monitors", "we'll build whatever report you need".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?(?:send|give|lend|loan|donate)\s+(?:you|your team)\s+(?:\w+\s+){0,4}?(?:spare|extra|our)\b|\b(?:we|i)(?:'ll| will| can)\s+(?:\w+\s+)?(?:build|make|create|set up|write|prepare)\s+(?:whatever|any)\s+[\w -]{0,30}?(?:you|your team) (?:need|want)s?\b/,
  // Costs met and credit shared: "we would bring our data and cover the costs of the first workshop", "with your team as co-authors".
  /\b(?:we|i)\b[^.?!;\n]{0,50}?\b(?:cover|pay for|fund|foot|absorb|reimburse)\s+(?:the\s+|all\s+|any\s+|your\s+)?(?:[\w']+\s+){0,2}?(?:costs?|bill|fees?|expenses?|travel|overtime|catering|shipping|insurance)\b|\bco-?authors?\b|\bas co-?(?:owners?|presenters?)\b/,
  // "we'll waive the late-delivery penalty".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?waive\b/,
  // Perks and credit: "reviewers get a free pass", "we'd list Acme as an LTS partner", a "What the committee gets" heading.
  /\b(?:you(?:'ll)?|reviewers?|volunteers?|participants?|speakers?|mentors?|helpers?|contributors?) (?:get|receive|will get|'ll get) (?:a |an )?(?:free|complimentary)\b|\b(?:list|name|credit|feature|acknowledge) [\w&.-]+(?: [\w&.-]+)? as (?:a |an |our )?(?:[\w-]+ )?(?:partner|contributor|sponsor|co-?author|collaborator)s?\b/,
  /^\s*what (?:you|the [\w -]{1,30}|your [\w -]{1,30}) gets?\s*[:：]?\s*$/,
  // "If it helps your routing, we'll have everything bagged by 2:15", sessions held to help them do the work, a favour back
  // ("I'll send two of mine over for your cycle count"), an incentive ("managers who submit on time will have a recruiter"),
  // a "What Returns offers:" heading.
  /\bif (?:it|that|this) (?:helps|makes it easier for|saves) (?:you|your)\b[^.?!;\n]{0,20}?\b(?:we|i)(?:'ll| will| can)\b|\b(?:will|'ll) (?:hold|run|host|offer) (?:\w+ ){0,2}?(?:drop-in|office hours|help sessions?|clinics?|workshops?|training sessions?)\b[^.?!;\n]{0,60}?\bto help (?:you|your|departments?|teams?|managers?|them)\b|\b(?:send|lend|loan) (?:one|two|three|a couple|some) of (?:mine|ours|my|our)\b|\bwho (?:submits?|signs? up|replies?|responds?|registers?) (?:on time|early|by [\w ]{1,20}) (?:will|gets?|receives?)\b/,
  /^\s*what [\w -]{1,30} (?:offers?|gives?|brings?|provides?)\s*[:：]/,
  // The move named ("on our side we can consolidate the POs"), and the reader's part made small ("Finance only checks the totals").
  /\bon our (?:side|end)\b[^.?!;\n]{0,20}?\b(?:we|i)(?:'ll| will| can| could| would|'d)\b|\bonly (?:checks?|reviews?|approves?|signs? off on|eyeballs?)\b/,
  // Something returned and credit given: "we will return the updated boundaries to your office", "credit your office".
  /\b(?:we|i)(?:'ll| will| can| would|'d)\s+(?:\w+\s+){0,2}?(?:return|send back|give back|share back|hand back)\b[^.?!;\n]{0,60}?\bto (?:you|your)\b|\bcredit (?:you|your)\b/,
  // Results walked through: "happy to walk you through whatever we find".
  /\b(?:happy|glad|willing|more than happy) to (?:walk you through|share|show you|present|go over)\b[^.?!;\n]{0,30}?\b(?:whatever we find|what we find|our findings|the results|the findings|the outcome)\b/,
  // Costs carried by the writer's side, named in the third person ("The Library will cover the reviewer's overtime").
  /(?<!\byou |\byour team |\bthey )\b(?:will|'ll|can|would)\s+(?:also\s+)?(?:cover|pay for|fund|absorb|reimburse)\s+(?:the\s+|all\s+|any\s+|your\s+|their\s+)?(?:[\w']+\s+){0,2}?(?:costs?|overtime|travel|expenses?|fees?)\b/,
  // "we will pay half of the service contract".
  /\b(?:we|i)(?:'ll| will| can| would|'d| are happy to| am happy to)\s+(?:also\s+)?(?:pay|fund|split|chip in)\b/,
  // The reader's load taken away: 不用财务再出面 / 由我们销售这边逐家跟经销商解释 / 由护理部派专人协助整改.
  new RegExp(`(?:不用|毋须|无须|无需|不必|不需要)(?:${ZH_READER}|${ZH_UNIT}|[\\u4e00-\\u9fff]{1,4})?(?:再|额外)?(?:出面|操心|跟进|处理|费心|担心|动手|管|自己(?:做|弄|搞|填|打印|准备))|由${ZH_SELF}[^。!?;\\n]{0,10}?(?:负责|承担|处理|跟进|解释|搞定|来做|提供)|(?:派|安排)专人(?:协助|帮忙|跟进|对接)|(?:可以|可|会|将)(?:上门|派人)(?:帮忙|协助)`),
  // Results handed over: 线索我们会在活动结束后整理好分配给你们组 / 根因报告我同步你们一份.
  new RegExp(`(?:会|可以|能|将|愿意)[^。!?;\\n]{0,20}?(?:分配|移交|留给|划给)(?:给)?(?:${ZH_READER}|${ZH_UNIT})`),
  new RegExp(`${ZH_VALUE}[^。!?;\\n]{0,12}?(?:同步|分享|共享|回传|share)(?:给)?${ZH_READER}`),
  // Costs and fees paid: 往返差旅和住宿均由我们安排 / 按标准支付讲课费.
  new RegExp(`(?:差旅|住宿|食宿|交通|餐饮|机票|酒店|场地)[^。!?;\\n]{0,8}?由(?:${ZH_SELF}|本[\\u4e00-\\u9fff]{1,2})(?:安排|承担|负责|报销|支付)|(?:支付|提供|发放)[^。!?;\\n]{0,6}?(?:讲课费|劳务费|稿费|酬劳|报酬|咨询费|车马费|补贴|奖金)`),
  // Help offered back on the reader's shortfall: 你们要是缺人做code review，我这边随时顶上 / 我们可以出一个engineer帮忙.
  new RegExp(`(?:缺人|忙不过来|需要帮忙|需要人手|人手不够)[^。!?;\\n]{0,14}?${ZH_SELF}(?:这边)?(?:随时|也|都)?(?:顶上|顶|帮|支援|支持|补上|补)|${ZH_SELF}[^。!?;\\n]{0,6}?(?:可以|能|会|愿意)(?:出|派|安排)[^。!?;\\n]{0,8}?(?:人|engineer|工程师|同事|同学|一名|一个|两名|一位)`),
  // Credit and standing: 以两个team的名义一起汇报 / 计入服务学习时数.
  /以(?:[\u4e00-\u9fff]{0,6}|[a-z]+)?(?:team|团队|部门|组|双方)?的?名义|联合署名|共同署名|一起汇报|共同汇报|(?<!无法|不能|不予|不会|不得|不|未)(?:计入|算作|算进)/,
  // Terms given: 付款周期可以从60天缩短到30天 / 首年服务费打九折 / 运费全免.
  /(?:付款|账期|交期|价格|折扣|运费|服务费|费用)[^。!?;\n]{0,12}?(?:可以|能|愿意|会)?[^。!?;\n]{0,6}?(?:缩短|减免|优惠|让利|全免|免除)|打[0-9一二三四五六七八九]+(?:\.[0-9])?折/,
  // Costs from our budget: 从我这边项目经费出 / 由我们部门预算承担.
  new RegExp(`(?:从|由)${ZH_SELF}(?:这边|那边)?[^。!?;\\n]{0,6}?(?:经费|预算|费用|账上)(?:里)?(?:出|支出|承担|列支|报)`),
  // Taking the work: 我们团队可以负责翻译 / 我们来负责搭建.
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,6}?(?:可以|会|愿意|来)(?:负责|承担|包揽|搞定|包办)`),
  // Credit: 海报上会放系学会的logo / 会明确credit你们team / 把你们的贡献单独列一页.
  new RegExp(`(?:放|印|挂|打|署)(?:上)?[^。!?;\\n]{0,8}?(?:的)?(?:logo|标志|品牌|名字|署名)|(?:会|可以|将)[^。!?;\\n]{0,6}?credit|(?:把|将)(?:${ZH_READER})的?(?:贡献|功劳|名字|付出)`),
  // 为弥补贵司的资金占用成本，我司愿… / 下周六你们线的设备保养我这边派人接过来做 / 协会会补贴每位司机油资.
  new RegExp(`为(?:了)?(?:弥补|补偿|回报|感谢|答谢)|${ZH_SELF}(?:这边)?(?:也)?(?:派人|安排人|出人)[^。!?;\\n]{0,4}?(?:接过来|接手|来做|帮|顶|负责|支援)|(?:接过来|接手过来)做|(?:会|将|可以|愿意)(?:补贴|报销|发放|支付)|(?:开立|出具)[^。!?;\\n]{0,8}?(?:证明|时数)`),
  // Recognition: 表现突出的学院将通报表扬 / 评鉴资料中会注明护理部的协助成果.
  /通报表扬|公开表扬|嘉奖|(?:注明|写明|列明)[^。!?;\n]{0,10}?(?:协助|贡献|成果|支持)/,
  // A favour on call: 你要用我架van，随时出声 / 需要的话可以提供heap dump / 我们这边刚好有，可以直接share.
  new RegExp(`(?:${ZH_READER})[^。!?;\\n]{0,8}?(?:要用|需要|要借)[^。!?;\\n]{0,12}?(?:随时|尽管)(?:出声|说|开口|讲|找)|(?:要用|要借)[^。!?;\\n]{0,12}?(?:出声|开口|说一声|讲声)|需要的话[^。!?;\\n]{0,6}?(?:可以|能)(?:提供|帮|出|给)|可以直接(?:share|分享|给你|发你|拿去)`),
  // Exposure given: 活动页我们可以给贵司品牌做联合露出 / 首页给你们导流.
  new RegExp(`联合(?:露出|曝光|推广|宣传)|(?:给|为)(?:${ZH_READER})[^。!?;\\n]{0,8}?(?:露出|曝光|导流|引流|背书|宣传|冠名)`),
  // Something put to the reader's use: 到时候先给你们组用 / 搭好后开放给数据组日常使用.
  new RegExp(`给(?:${ZH_READER})(?:组|团队|部门|那边)?(?:先)?(?:用|试用|使用|参考)|(?:开放|共享|提供)给(?:${ZH_READER}|${ZH_UNIT})[^。!?;\\n]{0,8}?(?:使用|用|查看|调用)`),
  // Manual work the reader no longer does: 数据组以后不用再手工出周报.
  /(?:不用|不必|无需|无须|不需要|免去)(?:再)?(?:手工|手动|人工|额外|重复|逐个|一个个)/,
  // A concession: 这30个seats我们愿意一次性预付 / 续约也可以提前到二月.
  new RegExp(`${ZH_SELF}[^。!?;\\n]{0,6}?愿意[^。!?;\\n]{0,10}?(?:预付|提前(?:付|支付|续约|签)|一次性(?:付|支付|预付|买断)|多付|加价|让步|分担|承担|签[^。!?;\\n]{0,4}?年)|续约[^。!?;\\n]{0,6}?(?:可以|也可以|愿意)提前`),
  // Something prepared and handed to the reader for their use: 结束后我整理一份给你们做台账 / 整理成文档给TA组后续复用.
  new RegExp(`(?:整理|汇总|做|出|准备)(?:一份|好|成[^。!?;\\n]{0,6}?)?给(?:${ZH_READER}|${ZH_UNIT}|[a-z]+\\s?组)[^。!?;\\n]{0,6}?(?:做|用|存|当|作|复用|参考|后续)`),
  new RegExp(`给(?:${ZH_READER}|${ZH_UNIT}|[a-z]+)[^。!?;\\n]{0,6}?(?:以后|后续|日后)[^。!?;\\n]{0,8}?(?:用|使用|复用|参考)`),
  // The reader spared a trip or a chore: 不用你们再跑一趟 / TA只需要改资源，不用自己再跑数据.
  new RegExp(`(?:不用|不必|无需|免得|省得)(?:${ZH_READER})(?:再|多)|(?:不用|不必|无需|无须|不需要)自己(?:再)?(?:跑|做|整理|准备|导|弄)`),
  // Credit given: 展板上注明「图片由…提供」 / credits里我们会把你们每位译者的名字都列上.
  /(?:注明|写明|列明|标明|署上|鸣谢)[^。!?;\n]{0,20}?(?:提供|协助|贡献|支持|出品)|(?:credits?|致谢|鸣谢|署名)[^。!?;\n]{0,20}?名字[^。!?;\n]{0,4}?(?:列上|写上|放上|加上|署上)/,
  // A future favour, a sponsorship, verification work offered: 以后贵公司…有任何需要，我们一定优先配合 / 想sponsor一下项目 / 可以配合跑debug build做验证.
  /(?:以后|今后|之后|下次|将来|回头)[^。!?;\n]{0,20}?(?:有|需要)[^。!?;\n]{0,8}?(?:需要|需求|帮忙)[^。!?;\n]{0,10}?(?:一定|尽管|随时|优先)(?:配合|支持|帮|开口|找)|(?:想|可以|愿意|会)(?:sponsor|赞助|捐助|资助)|(?:可以|愿意|会)配合[^。!?;\n]{0,6}?(?:跑|做|测|验证|复现|提供)/,
  // Costs and chores carried by the writer's side, named or not: 两位同事往返的交通由HR统一安排 / 这周你们的液氮罐我来灌 /
  // 场地使用费依贵馆收费标准支付 / 开幕式上专门介绍贵公司的保障工作 / 结果整理好share给平台 / Banner位是免费的.
  new RegExp(`(?:交通|差旅|住宿|食宿|餐|午饭|午餐|机票|酒店)[^。!?;\\n]{0,8}?由(?!${ZH_READER})[^。!?;\\n]{1,8}?(?:统一)?(?:安排|承担|负责|报销|支付)|(?:${ZH_READER})的[^。!?;\\n]{1,12}?(?:我|我们)来(?!问|催|要)|(?:费|费用)[^。!?;\\n]{0,12}?(?:依|按)[^。!?;\\n]{0,10}?(?:标准|规定)(?:支付|缴纳|结算)|(?:宣传|介绍|推介|报道|鸣谢|致谢)(?:${ZH_READER})`),
  new RegExp(`(?:会|可以|将|愿意)[^。!?;\\n]{0,30}?${ZH_VALUE}[^。!?;\\n]{0,10}?(?:share|分享|共享|开放|提供)\\s?给|是免费的|不收\\s?(?:取)?\\s?(?:任何)?\\s?(?:[a-z ]{0,12}fee|费用|费|钱)`),
  // A share of the gain: 这单的commission分你们一半 / 提成分给你们.
  new RegExp(`(?:commission|佣金|提成|分成|收益|利润|奖金)[^。!?;\\n]{0,10}?分(?:给)?(?:${ZH_READER})|分(?:${ZH_READER})一(?:半|份|部分|些|成)`),
  // Standing given: 我行可以将贵司列为优先合作供应商 / 同意贵司将本项目作为案例对外宣传.
  new RegExp(`(?:列为|列入|作为)[^。!?;\\n]{0,12}?(?:优先|首选|战略|长期)(?:合作)?(?:供应商|伙伴|合作方|厂商)|同意(?:${ZH_READER})[^。!?;\\n]{0,16}?(?:宣传|案例|logo|露出|署名)`),
  // The reader's side spared work: 你们组就不用再每周单独帮我们导数了.
  new RegExp(`(?:${ZH_READER}|${ZH_UNIT})[^。!?;\\n,]{0,4}?(?:就|也)?(?:不用|不必|无需|无须|不需要|省得|免得)再`),
  // Fees and free work: 稿费按千字八百元结算 / 不收取任何费用 / 将与资讯室共同具名陈报.
  /(?:稿费|酬劳|报酬|讲课费|劳务费|顾问费)[^。!?;\n]{0,6}?(?:按|以)[^。!?;\n]{0,10}?(?:结算|支付|计)|不收(?:取)?(?:任何)?(?:费|钱)|共同具名|联名/,
];
