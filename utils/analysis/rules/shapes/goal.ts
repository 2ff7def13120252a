// The shapes of a shared goal or the reader's interest (建立共识开场), read from how a sentence is built
// rather than from set phrases (those are the goal cues in cues.ts): two named sides that both want,
// carry or are measured on the same thing; the reader's own push or pain named by the writer; a target
// the organisation has committed to. Run on normalised sentence text (normalize.ts, length-preserving).

import { firstShape } from './gated.ts';

const SHAPES: RegExp[] = [
  // Both sides bound to one thing: "we've both committed to the Board's target", "Our teams are both in the Northern
  // bracket", "our two organisations both sit on the Board"; 资讯室与新陈代谢科都列在执行单位 / 由两单位共同报告; the reader's
  // own plan holding the item (你们下个版本的里程碑里也把它列为阻塞项了); a higher body's demand as the frame (国家局要求…).
  /\bwe(?:'ve| have) both (?:committed|signed|agreed|promised|pledged|been asked|got|been tasked)\b|\bour (?:two |three )?[\w-]+s? (?:are|were|have|'ve|both) both\b|\bour (?:two|three|both) [\w-]+s? both\b/,
  /(?:和|与|跟)[^。!?;\n,]{1,14}?都(?:列在|列为|列入|属于|归|是)[^。!?;\n,]{0,12}?(?:单位|成员|负责|责任|执行|考核)|两个?(?:单位|科室|院|所|校|处|科|家单位)(?!学校|小学|中学|大学|医院|幼儿园)[^。!?;\n,]{0,6}?(?:共同|一起|都)|(?:你们|您|贵)[^。!?;\n]{0,20}?(?:里程碑|路线图|roadmap|milestone|计划|排期)[^。!?;\n]{0,10}?(?:列为|列成|标为|标成|作为|当成)[^。!?;\n]{0,6}?(?:阻塞|重点|优先|必做|blocker|必须)/,
  /^\s*(?:国家局|省局|市局|总局|总部|上级|省里|国家)[^。!?;\n,]{0,6}?(?:要求|规定|部署)/,
  // Two named sides with one aim: "Both our plants are chasing the same delivery target", "both of our organizations
  // are trying to show the county…", 教研中心一直和市场部一样，希望续班率….
  /\bboth (?:of )?our (?:[\w-]+ ){0,2}(?:teams|organi[sz]ations|orgs|plants|departments|groups|companies|sides|units|offices|labs|sites|agencies|programs|programmes|firms|stores|hospitals|schools|clinics|divisions|businesses|warehouses|branches|crews|squads|desks|projects|shifts)\b/,
  /(?:和|与|跟)[^。!?;\n]{1,14}?一样[,，]?\s?(?:都|也)?(?:希望|想|在|要|盼|关心|需要|面临)/,
  // 财务和我们采购都被审计追着对账 / 你们finance和我们ops都有份 / 咱俩都得保证 / 我们两个单位今年都在推动…
  /(?:和|与|跟)[^。!?;\n,]{1,14}?(?:今年|这次|本季度|最近|现在)?(?:都|一起|共同)(?:在|要|想|希望|被|得|是|有份|背|负责|承担|关心|面临|盯|推|卡在|需要|指望)/,
  /(?:两个|俩|双方|两边|两家|两部门|两组|两个?团队|两个?部门)[^。!?;\n,]{0,10}?(?:都|一起|共同)(?:在|要|想|希望|被|得|是|有份|背|挂|算|负责|承担|关心|面临|盯|推|需要)/,
  /(?:一起背|共同背|一起扛|共同扛|共同承担|都有份|共同的(?:目标|指标|考核|kpi|okr|任务|客户)|(?:一起|共同)定(?:下)?的目标|(?:两个|三个|几个|各|双方|多个)(?:部门|组|团队|单位|据点)(?:共同|一起)(?:负责|承担|背|考核))/,
  // The reader's own metric, priority or pain: 你们组这季度GPU利用率考核… / 是贵部这个月的重点 / 你们roadmap里列成了第一优先级 / 你们HR都被问爆了吧.
  /(?:你们|您|贵)[^。!?;\n,]{0,12}?(?:考核|kpi|okr|第一优先级|优先级最高|列为重点|列成了?重点|都被|被问|问爆|被催|被投诉)|是(?:贵|你们|您)[\u4e00-\u9fff]{0,4}(?:这个月|今年|本季度|当前|最近)?的?(?:重点|目标|任务|kpi|考核|优先)/,
  // 是客服部和产品部共同对老板的承诺 / 我们和各位维护者的目标一致.
  /(?:和|与|跟)[^。!?;\n,]{1,14}?共同(?:的|对|承诺|目标|指标|承担)|(?:和|与|跟)[^。!?;\n,]{1,14}?的?(?:目标|方向|诉求)(?:一致|相同|一样)/,
  // 这也是信息部今年数字化考核里的一项 / 这也是贵部门的重点工作: the ask tied to the reader's own target.
  /(?:这|此)(?:也|同样)?是[^。!?;\n]{0,16}?(?:考核|目标|指标|重点|kpi|okr|任务|承诺)/,
  // 基础架构组这个季度在推预发稳定性 / 你们Q4在推… / 你们组的SDK正愁缺一个业务来验证.
  /(?:你们|您|你|贵|(?<!(?:我|本|咱)[\u4e00-\u9fff]{0,5})(?![我本咱])[\u4e00-\u9fff]{1,6}(?:部|处|组|科|中心|团队|事业部|部门|室))[^。!?;\n,]{0,10}?(?:在推|在抓|在推动|正愁|正在找|在物色|正为|正在为|正在推|在冲|要冲|在赶|要赶|也要赶|要扩编|要扩张|在压|要压|要拿下)/,
  // A 请示's frame: 为落实市局今年关于…的工作要求 / 为配合…部署; the reader's sake: 为了让贵司业务平滑过渡 / 为了解决你们…的问题;
  // a wish shared about the reader: 我们同样希望系统更贴合贵院的流程.
  /为(?:了)?(?:落实|贯彻|配合|响应|完成)[^。!?;\n]{0,60}?(?:要求|指导意见|部署|目标|精神|任务|规定|计划|规划|方案|战略|需要|验收|工作)|(?:按照|根据)[^。!?;\n,]{0,12}?(?:工作)?部署|为了(?:让|帮|使|解决|减少)?(?:贵|你们|您)|(?:我们|我)(?:同样|也一直|也)希望[^。!?;\n]{0,20}?(?:贵|你们|您)/,
  // 贵部门明年要上线的会员商城…: the reader's own coming milestone opens the message.
  /^(?:贵|你们|您)[\u4e00-\u9fff]{0,4}(?:明年|今年|下个?月|这个?季度|年底|下周|年前)?(?:要|准备|计划)(?:上线|推出|推|做|交付|完成|发布)的/,
  // 您团队今年也在推门店数字化 / 你们也一直想知道… / 我知道你们业务部也很想拿下…
  /(?:你们|您|你|贵)[^。!?;\n,]{0,14}?(?:(?:今年|最近|一直)(?:也|都)?|也(?:一直|在|很))+(?:很|都)?在?(?:推|做|抓|推动|关注|想|希望|找|头疼|苦于|被)/,
  // 你们产品组这季度最头疼的不就是退款率吗 / 你们不是一直愁问卷回收太少吗.
  /(?:你们|您|你|贵)[^。!?;\n,]{0,10}?(?:最头疼|最关心|最在意|最想|一直愁|正愁|愁的|最缺)/,
  /(?:我知道|听说|了解到|知道)(?:你们|您|你|贵)[^。!?;\n,]{0,8}?(?:也|一直|很|都)?(?:想|希望|要|需要|关心|在推|在抓|头疼|苦于|重点|目标|优先|正为|正愁|在物色|在找|缺)/,
  // 公司今年的 cost saving 目标 / 集团要求… as the frame of the ask.
  /(?:公司|集团|全公司|事业部|学校|学院|医院)(?:今年|本年度|明年|年度)?(?:的)?[^。!?;\n,]{0,12}?(?:目标|指标|考核|要求|okr|kpi|target|goal)/,
  // 为配合贵街道今年的创建工作 / 配合学院设备预算的编制工作 / 为给大家提供便利 / 上次您提到贵司明年要把成本压下来 /
  // 项目README里写的目标是….
  /配合(?:你们|您|贵|学院|学校|公司|集团|上级|全校|全院)[^。!?;\n]{0,14}?(?:工作|目标|创建|计划|要求|项目|考核|编制)|为(?:给|让|使)(?:大家|员工|师生|各位|同事|同学)|(?:您|你)(?:上次|之前|曾经?)?(?:提到|说过|提过|讲过)[^。!?;\n,]{0,16}?(?:要|想|希望|打算|计划)|(?:项目|你们|贵)[^。!?;\n,]{0,12}?(?:写的|定的|提的)?目标是/,
  // "Growth and Marketing both report WAU", "the objective Infra and Mobile share", "you and I both want".
  /\b[a-z]+(?: [a-z]+)? and (?:[a-z]+ ){1,3}both\b/,
  // "We all own the company's Q4 number", "our accreditation depends on every ward passing".
  /\bwe all (?:own|share|want|need|care|benefit|depend|carry|report)\b|\b(?:depends|relies|hinges) on (?:every|each|all|both)\b/,
  // The reader's stated interest or favour: "you said you wanted more event work", "works in your people's favour".
  /\byou (?:said|mentioned|told (?:me|us)) (?:you|your team)\b[^.?!;\n]{0,20}?\b(?:wanted|want|needed|need|were looking|hoped|were hoping)\b|\bin your (?:[\w']+ )?(?:favou?r|interest|best interest)\b/,
  // "both the API and SRE teams committed to…", "both Product and Customer Success are targeting…",
  // "help both your clinics and our product".
  /\bboth (?:the |our |your )?[\w-]+(?: [\w-]+)? and (?:the |our |your )?[\w-]+(?: [\w-]+)? (?:teams?|groups?|orgs?|departments?|sides?|are|want|need|have|care|share|report|committed|agreed|target|rely)\b/,
  /\bboth (?:your|our) [^.?!;\n]{1,30}? and (?:our|your) /,
  /\b(?:objective|goal|target|priority|okr|kpi|deadline|problem|pain)s? (?:that )?(?:[a-z]+ ){1,3}(?:both )?share\b/,
  /\b(?:you|your team|your group) and (?:i|we|us|my team|our team|mine|ours)\b[^.?!;\n]{0,20}?\b(?:both|all)\b/,
  // "we're all trying to get the release out", "we'll both get grilled if…", "our two teams share the goal".
  /\bwe(?:'re| are) all (?:trying|working|aiming|pushing|racing|chasing|on the hook)\b|(?<!\b(?:when|once|if|until|whenever) )\bwe(?:'ll| will| would|'d|'re| are)? both\b(?! (?:know|knew|saw|see|attended|went|were there|heard|remember|agree that|got|had|have (?:standup|stand-up|a meeting|meetings|a call|calls|class|lunch|time|a minute|a moment|a sec|a chance|some time))\b)|\bour (?:two |three )?(?:teams|groups|departments|orgs|sides) (?:both )?(?:share|want|need|have|are measured|are judged)\b/,
  // "…which your team's incident budget is also measured on", "your finance team avoids reopening the budget".
  /\byour (?:[\w-]+'s )?[\w' -]{0,25}?(?:is|are) (?:also )?(?:measured|judged|evaluated|assessed|scored|tracked)\b|\byour (?:[\w-]+ )?(?:team|side|group|org|department) (?:avoids|saves|gets to|won't have to|doesn't have to|no longer has to)\b/,
  // "Your foundation's goal of…", "share the target of…", "Like you, we want…", "every unit is measured on…", "none of us want…".
  /(?<!\b(?:complete|submit|fill in|fill out|write|send|update|enter|file|list) )\byour (?:[\w'-]+ ){0,3}(?:goal|target|mission|objective|okr|kpi)s?\b|\bshare (?:the|a|this|that)(?: same| common)? (?:target|goal|objective|aim|priority|deadline)\b|\blike you(?:r team)?,? we\b|\b(?:every|each) (?:unit|team|department|ward|group|office|site|region|subsystem|school|store|branch) (?:is|will be|gets) (?:measured|judged|assessed|scored|evaluated)\b|\b(?:every|each) (?:manager|team|department|lead|one of us)\b[^.?!;\n]{0,10}?\b(?:wants?|needs?)\b|\bnone of us wants?\b/,
  // "Your brokers have told us their clients want…", "your company told us it wants…", "hurting both our fill rates", "our two banks share…".
  /\byour (?:[\w-]+ ){0,2}(?:have |has )?(?:told|tells|asked|said to) (?:us|me)\b(?=[^.?!;\n]{0,60}?\b(?:headache|bottleneck|wants?|needs?|would like|are looking|asked for|hopes?|struggl|pain|complain|keeps? asking|frustrat))|\b(?:hurting|affecting|hitting|helps?|costing|slowing) both (?:of )?(?:us|our)\b|\bboth our [\w-]+(?: [\w-]+)? (?:rates?|numbers|targets|metrics|kpis|okrs|goals|scores)\b|\bour (?:two|three) [\w-]+s (?:both )?(?:share|want|need|have)\b/,
  // The reader's own push or pain: "Your support team has been asking for…", "I know IT wants…".
  /\byour (?:[\w-]+ ){0,2}[\w-]+\s+(?:has |have |had )?(?:been )?(?:asking|pushing|wanting|trying|hoping|looking|struggling|fighting|drowning|waiting|chasing|keen|eager)\b/,
  /\bi know (?:[\w-]+,? ){1,4}(?:wants?|wanted|(?:'ve|have) (?:long )?wanted|(?:'ve|have) been wanting|needs?|would like|'d like|cares? about|keeps? getting|keeps? hitting|keeps? slipping|keeps? breaking|keeps? failing|is tracking|are tracking|tracks|is trying|are trying|is keen|are keen|is under|are under|(?:has|have) been (?:asking|pushing|wanting|trying|hoping|looking|struggling|chasing|fighting))\b/,
  // "The company has committed to getting time-to-hire below 30 days…".
  /\bthe (?:company|org|organisation|organization|business|firm|group|board|leadership|university|school|hospital) (?:has |have )?(?:committed|promised|pledged|set (?:a|an|the) (?:goal|target|okr)|is aiming|is pushing|expects|wants)\b/,
  // The message opens on a common aim as its frame: "To ensure a smooth flow of resolutions…", "In an attempt to
  // improve cdimage availability…", "…and to assure that we get enough slots", "As the beta approaches, we need…",
  // "It is now 7 days until October 1, the deadline for…" (not "To help me finish my deck").
  /(?:^|, (?:and )?| and )(?:to|in order to|in an (?:attempt|effort) to|with the (?:goal|aim|objective) of|as part of (?:our|the) (?:effort|push|work|drive) to)\s+(?:\w+\s+){0,2}?(?:ensure|ensuring|improve|improving|better|streamline|reduce|reducing|increase|increasing|avoid|make sure|protect|strengthen|speed up|coordinate|assure|guarantee|minimi[sz]e|maximi[sz]e|prevent|simplify|facilitate|expedite|accelerate|achieve|enable|secure|meet|keep|maintain|sustain|preserve)\b|\bas a (?:team|group|community|project|department|company),? we\b|\bwe (?:all )?have (?:some |a lot of |much )?work ahead of us\b|^as (?:the |our )?[\w .-]{2,40}? (?:approaches|nears|draws near|is approaching|is coming up)\b|\b(?:is|are) (?:now |only )?(?:\w+ )?(?:days?|weeks?) (?:until|away from|left until|left before)\b|^(?:given|in light of|in view of) (?:the|our|some of the|recent|how|all the)\b|^with (?:the |our )?[\w .-]{2,40}? (?:(?:just |only )?(?:over|under|about|less than|more than) )?(?:\w+|a|an) (?:days?|weeks?|months?) away\b|\bwe(?:'re| are) (?:now )?(?:(?:just |only )?(?:over|under|about|less than) )?(?:\w+|a) (?:days?|weeks?|months?) (?:away )?from (?:the|our|a|an)\b/,
  // The common project's milestone or need as the frame: "It's time to push out a new release", "we need to get
  // moving on the planning for v1.4", "the platform team is preparing for the Nov 6 release", "matplotlib has a
  // dire need to improve its CI", "an opportunity for the GNOME project".
  /\bit(?:'s| is) (?:now )?time to (?!say\b|go\b|leave\b)|\bwe need to (?:get moving|start planning|begin planning|plan for|prepare for)\b|\b(?:is|are) (?:preparing|getting ready|gearing up) for (?:the|a|an|our|next|[a-z]+ \d)|\bhas a (?:dire|real|pressing|urgent|growing) need\b|\bfor the [a-z]+ (?:project|community|foundation|ecosystem)\b(?! (?:sprint|list|page|budget|account))/,
  // What the shared event or project depends on (离不开): "ConFusion could not happen without volunteers", "its
  // quality strongly depends on effort from these volunteers"; the project's common obstacle ("the most significant
  // barrier to progress in Nova is…"); its milestone ("When we graduate, we need…"); a civic common good ("to make our
  // neighbourhoods vibrant for all to enjoy", "communities… join together").
  /\b(?:could|can|would|will) not (?:happen|exist|run|succeed|work|go ahead) without\b|\b(?:strongly |heavily |entirely |largely )?depends? on (?:the )?(?:effort|efforts|help|support|volunteers|contributions|participation|people like you)\b|\b(?:barrier|obstacle|bottleneck|blocker) to (?:progress|growth|adoption|the release|releasing)\b|^when we (?:graduate|launch|release|ship|go live|relaunch)\b|\bjoin together\b|\bfor (?:all|everyone) to enjoy\b|\bmake our (?:neighbou?rhoods?|city|town|community|campus|school|streets)\b/,
  // The reader's costs cut ("we have focused on minimizing your fixed charges"), a shared date close ("Election Day is
  // only 9 days away"), the community's event or need at stake ("our annual Fall Carnival is in serious risk of being
  // cancelled", "our community has an ever-present need for food").
  /\b(?:minimi[sz]\w*|reduc\w*|lower\w*|cut\w*|sav\w*) (?:on )?your (?:fixed |monthly |annual )?(?:costs?|charges|fees|risk|exposure|workload|bills?)\b|\b(?:is|are) (?:now |only |just )?(?:\w+ )?(?:days?|weeks?|months?) away\b|\bour (?:annual |yearly |spring |fall |summer |winter )?[\w-]+(?: [\w-]+)? is (?:in (?:serious |real )?(?:risk|danger)|at (?:serious |real )?risk)\b|\bour community (?:has|is facing)\b/,
  // Help for the group's own work ("to help us develop a guideline for the incoming patches") and a countdown to a
  // shared date ("we have about 3 weeks until the start of our September meeting").
  /\bto help (?:us|the (?:team|project|community)) (?:develop|build|grow|improve|handle|keep|get|make|reach|meet|ship|deliver)\b|\b(?:\w+ )?(?:days?|weeks?|months?) (?:until|before) (?:the (?:start|beginning) of )?our\b/,
  // A purpose the team or project shares, framing what "we" need: "To support more devices, we need more
  // hardware", "To get there, we need volunteers…" (not "To help me finish my slides, could you…").
  /^(?:to|in order to) (?:support|help|grow|attract|encourage|develop|build|make|give|allow|get)\b(?! (?:me|my|him|her)\b)[^,.;]{1,60},?\s*(?:we|our|the (?:team|project|community))\b/,
  // The shared body's milestone, mission or health as the frame: 我们将迎来母校50周年华诞 / 學校即將踏入五十周年校慶 /
  // 本會以…為宗旨 / 社区的发展离不开志愿者 / 这样社区才会活跃 / 有捐赠才能健康的发展 / 让更多同学参与进来共同提高 /
  // 将防疫作为最重要的工作 / 为了展示委员们的成果.
  /(?:即将|将|就要)(?:迎来|踏入|迈入|迈向)[^。!?;\n]{0,14}(?:周年|华诞|校庆|大会|年会|庆典)|以[^。!?;\n]{2,60}为宗旨|(?:的发展|的成长|的建设)离不开|(?:社区|项目|开源)(?:才会|才能|会更)(?:活跃|发展|壮大|繁荣)|(?:共同|一起)(?:提高|提升|进步|成长|建设|推动)|最(?:重要|紧迫|关键|核心)的(?:工作|任务)|才能(?:健康|持续|长久|更好)(?:的|地)?(?:发展|运营|维护|成长)|(?<![因作认成以行称视更较最极尤广])为了?(?:从[^。!?;\n]{0,8})?(?:展示|展现|宣传|弘扬)/,
  // 为确保…顺利 / 为进一步提升… / 为保障…: a 请示's or a notice's common aim as its frame.
  // Anywhere in the opening: after a 根据…要求, a unit's name (本校为维护校园安宁…), an agency (函转交通部为推动…).
  /(?:(?<![因作认成以行称视更较最极尤广])为了?|以期|(?<![预日学时])期(?=降低|提升|提高|确保|促进|减少|达成|维护)|俾(?:利|能)?)(?:不断)?(?:全面|更好地|更好的|应对|切实|有效|充分|服务于|壮大|扩大|推广|确保|保障|保证|进一步|提升|提高|改善|加强|强化|推进|推动|促进|做好|规范|优化|加快|满足|避免|减少|降低|维护|维持|迎接|庆祝|纪念|彻底解决|解决|使各|让各|使全|让全|达成|实现|共同|使(?!用))/,
  // The reader's project as the frame: its health or the interest it draws ("This project is great, but in absence of
  // maintenance it gets messy", "as this library draws more and more interest", "the backlog could hinder the
  // project's progress"; not "I find the project useful"); the organisation's values ("display our core values").
  /\b(?:this|the|your) (?:project|repo|repository|library|package|software|tool|app|crate|module|plugin|overlay|piece of software)\b[^.?!;\n]{0,60}?\b(?:is great|growing|interest|popular|absence of maintenance|lack of maintenance|health|future|momentum|adoption|attention|alive|progress)\b|\b(?:core values|our (?:shared )?(?:mission|values))\b/,
  // A field both sides work in (我们也在研究端侧大模型), the community the ask serves (以便为开源社区作出贡献), the
  // trust the reader's project earns (可以增加大众对这个项目的信任).
  /(?:我们|我司|我们团队|我们实验室|我们组)(?:也|同样)(?:在|一直在|正在)(?:研究|做|推|关注|探索|开发)|(?:为|给|对)(?:开源)?社区(?:作出|做出|贡献|出一份力)|为开源[^。!?;\n]{0,6}(?:贡献|出力)|(?:增加|提升|提高)[^。!?;\n]{0,12}?对[^。!?;\n]{0,12}?的信任/,
  // The common body's situation, told by one of its own: "We've had quite a bit of activity in the issues", "Our club
  // is at a crossroads", "our most important event of the year", "the university is in the midst of resolving a funding
  // gap", "the end is in sight", "with the energy crisis at this time".
  /^\s*(?:with |as |given )?(?:we(?: |(?='))|our (?:\w+ ){0,2})(?:are in|(?:have|'ve) had (?:a lot|lots|quite a (?:bit|lot)|so much|a surge|a spike|record|more|many)|are all|is at|are at|is in|are facing|face)\b(?! (?:\d|an? (?:hour|day|week|minute)|(?:one|two|three|four|five|ten|a few|a couple of) (?:hours?|days?|weeks?|minutes?)))|\b(?:most important|biggest|largest) (?:\w+ ){0,3}(?:event|fundraiser|outreach)\b|\bthe (?:university|company|college|city|village|club|church|project|foundation|society|association|department|firm) is (?:in the midst of|facing|at a)\b|\bin the midst of\b|\bthe end is in sight\b|\b(?:with|given|during) the (?:\w+ ){0,2}crisis\b/,
  // The reader's pain or push as the writer knows it ("I know your team's been chasing ways to cut cost per drop", "I know
  // comms is short on good images", "last month your area reported 210 disputes"), two named sides sharing one number
  // ("growth and lifecycle share the activation number"), the common stake ("every team loses when…", "the
  // Infrastructure WG's goal for this year", "the roadmap you shared depends on…").
  /\bi know (?:[\w-]+,? ){0,3}[\w-]+(?:(?:'s| has| have|'ve) been (?:chasing|trying|pushing|looking|wanting|asking|hoping|struggling|fighting|under pressure)| is short (?:on|of)| are short (?:on|of))\b|\byour (?:[\w-]+ ){0,2}(?:reported|logged|flagged|recorded|raised) (?:about |over |nearly |almost |more than )?\d|\b[a-z]+ and [a-z]+ (?:both )?share (?:the|a|one|this)\b|\bevery (?:team|department|unit|group|site|store|ward|one of us) (?:loses|suffers|pays|wins|benefits|gains)\b|\bthe [\w -]{1,30}'s (?:goal|target|objective|mission|priority) for (?:this|the|next) (?:year|quarter|half|season)\b|\b(?:roadmap|plan) you (?:shared|published|announced)\b[^.?!;\n]{0,30}?\b(?:depends|relies|hinges) on\b/,
  // 供电公司和贵局都很关注的事 / 对申办方和贵院发表结果都很关键 / 已经开始拖慢各位公司的补丁合入 / 此亦列入本行年度资安考核 / 这也是大家共同的事.
  /(?:和|与|跟)[^。!?;\n,]{1,14}?都(?:很|非常|十分|特别)?(?:关注|关心|在意|重视)|对[^。!?;\n,]{0,12}?(?:和|与)?(?:贵|你们|您|各位)[^。!?;\n,]{0,24}?(?:都|也)(?:很|非常|十分)?(?:关键|重要|有利)|(?:拖慢|耽误|拖累|卡住|已经(?:开始)?影响到?)(?:了)?(?:各位|你们|您|贵|大家)|(?:这|此)(?:亦|也)?(?:列入|纳入|列为)[^。!?;\n]{0,16}?(?:考核|目标|指标|重点|kpi|okr)|(?:大家|双方|我们)共同的事/,
  // A commitment both sides have, the project's goal this ask is part of, the reader's top complaint, a concern they share
  // ("have a shared commitment under the programme", "part of this year's foundation goal", "the number-one complaint in
  // the last survey", "that's a concern for the foundation too", "this matters to the platform team as much as to ours",
  // "several of you mentioned in the last call").
  /\bhave a (?:shared|common|joint) (?:commitment|goal|target|objective|interest|aim)\b|\bpart of (?:this year's|the|our|your) [\w -]{0,24}?(?:goal|target|objective|initiative)\b|\b(?:number-one|top|biggest|main|most common) complaint\b|\ba (?:concern|problem|priority|risk) for (?:the|your) [\w -]{1,24}? too\b|\bmatters? to (?:you|your|the [\w' -]{1,30}?) as much as (?:to )?(?:us|ours)\b|\b(?:several|some|many|most) of you (?:mentioned|said|asked|told)\b/,
  // 估计大家回答得也挺累的 / 一个人review应该很吃力 / 大家心里都没底 / 大家在Slack上也被追着问 / 我哋今年一齐都想做到 /
  // 两边的排班更好对上，我们都希望… / 正好能补上 / 亦配合区公所推动之友善高龄社区政策 / 按照…考核要求.
  /(?:大家|你们|各位)[^。!?;\n]{0,8}?(?:也)?(?:挺|很|都)?(?:累(?!计|积)|(?<!麻)烦(?!请)|头疼|吃力)|(?:一个人|人手)[^。!?;\n]{0,10}?(?:很|挺|非常)?(?:吃力|辛苦|忙不过来)|(?:大家|我们|咱们)(?:心里)?都(?:没底|很紧张|着急|担心)|大家[^。!?;\n]{0,10}?(?:也)?被(?:追着|催|问)|(?:我哋|我们|咱们)[^。!?;\n]{0,6}?(?:一齐|一起)都?(?:想|希望|要)|(?:两边|双方|两个部门|两组)[^。!?;\n]{0,30}?(?:我们|大家)都(?:希望|想|要)|(?:恰好|正好|刚好)(?:能|可以)(?:补上|满足|解决|用上|派上用场)|配合[^。!?;\n]{0,6}?(?:推动|推行|提倡)之?[^。!?;\n]{0,20}?(?:政策|计划|目标|工作)|(?:按照|根据)[^。!?;\n]{0,40}?(?:考核|工作)要求/,
  /^\s*(?:[一二三四五六七八九十]+、)?依(?:据|照)?[^。!?;\n,，]{0,24}?(?:来函|计划|规划|指示|部署)/,
  // The project's season come round ("it's that time of year again: we should cut a release"), the reader's own wish to
  // hand over ("You wrote that you wanted to pass on maintainership").
  /\bit(?:'s| is) that time (?:of (?:the )?(?:year|month|cycle) )?(?:again|already)\b|\byou (?:wrote|said|mentioned|posted)\b[^.?!;\n]{0,60}?\b(?:wanted|want|would like|were looking|planned) to (?:pass on|hand over|hand off|step (?:back|down)|find a new|transfer)\b/,
  // Broader forms (session 10's sets): an organisation's own target or plan named ("Group's production target of…", "The
  // Museum's strategic plan commits us…", "your sustainability report put a target on…"); both sides hit together ("Both
  // services lose time…", "we both got dinged in the audit", "we and the instrument team have been waiting on"); everyone's
  // wish ("Every business on the parade wants…"); the metric the reader tracks; the tracker's most-wanted bugs; a memo's
  // purpose as a common aim ("Purpose: keep every unit at safe ratios"); a higher body's demand or a listed public project
  // (近期市卫健委通报，要求… / 下学期起，市教育局要求… / 列入十件民生实事 / 依社会局函示); both units assessed on it (给我们两家单位下的考核里，都有…);
  // the reader's complaints known (相信你都收到不少住户反映); the project's roadmap item (roadmap上一直挂着的一项).
  /\b(?:[\w-]+'s|your|our)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|strategic plan|mission|okrs?|kpis?)\s+(?:of|for|is|commits|depends|calls)\b|\bput a target on\b|\bset (?:a|an|the) (?:target|goal)\b/,
  /^\s*(?:[\w-]+,\s+)?(?:both (?:our |your |the )?(?:[\w-]+ )?(?:teams|services|departments|sides|units|offices|groups|crews|clubs|companies|agencies|schools|hospitals|clinics|stores|shops|labs|plants|warehouses|branches|desks|wards|sites)|we both got (?:dinged|hit|burned|flagged|caught|called out|blamed|grilled|written up|audited))\b|\bwe and (?:the |your )?[\w-]+(?: [\w-]+)? (?:team|group|folks|side|crew|office)s? (?:have|are|both|all)\b/,
  /\bevery (?:business|department|team|unit|store|school|member|club|shop|office|branch|ward|site)\b[^.?!;\n]{0,40}?\b(?:wants?|needs?|has told us|is asking|loses|benefits|gains)\b|\b(?:metrics?|numbers?|figures?|kpis?) (?:that |which )?(?:the |your )?[\w' -]{1,30}? (?:tracks|watches|reports on|is measured on)\b|\bmost[- ](?:upvoted|requested|reported|wanted|voted)\b|^\s*purpose\s*[:：]\s*(?:to )?(?:keep|ensure|maintain|protect|make sure|avoid|prevent)\b/,
  /^(?:[^。!?;\n,，]{0,8}[,，]\s?)?(?:近期|最近|日前|今年|明年|本年度|下学期起?)?(?:[省市区县镇][\u4e00-\u9fff]{0,4}(?:局|委|厅|政府|办)|卫健委|教育局|社会局|集团|总行|总部|上级|国家|中央)[^。!?;\n,，]{0,8}?(?:要求|通报|部署|下达|函示|下发|印发)|(?:列入|纳入|列为)[^。!?;\n]{0,10}?(?:民生实事|为民办实事|重点(?:工作|项目|任务))|^\s*(?:[一二三四五六七八九十]+、)?依[^。!?;\n,，]{0,12}?函示|(?:这|此)(?:也|同样)?是[^。!?;\n]{0,16}?实事/,
  /(?:两家|两个?单位|双方|两边)[^。!?;\n]{0,14}?都(?:有[^。!?;\n]{0,10}?(?:考核|指标|任务|目标|这一项)|要|被|得)|相信(?:你|您|你们|大家|各位)(?:都|也)?(?:已经)?(?:收到|听到|知道|注意到|了解|发现|感受到)|(?:roadmap|路线图|里程碑|milestone)[^。!?;\n]{0,8}?(?:上|里)[^。!?;\n]{0,8}?(?:一直|早就)?(?:挂着|列着|写着)/,
];

/** The span of the first goal shape in a normalised sentence, sentence-relative; null when none. */
export const goalShape = firstShape(SHAPES);
