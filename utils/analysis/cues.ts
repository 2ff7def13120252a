// The cue lexicon: how people phrase each move and each pitfall, in Chinese and English.
//
// Patterns run on *normalised* sentence text (see normalize.ts): simplified characters, half-width
// punctuation and digits, ASCII lower case. They are written from how requests are phrased in general
// (purpose clauses, first-person offers, reader-benefit clauses, deadlines…), not from any test set.
// Each kind is a single alternation so a sentence costs one regex pass per kind.

export type CueKind =
  | 'ask'
  | 'resource'
  | 'quantity'
  | 'deadline'
  | 'timeRef'
  | 'reason'
  | 'goalShared'
  | 'goalPurpose'
  | 'goalReader'
  | 'goalOrg'
  | 'offer'
  | 'inviteStrong'
  | 'inviteSoft'
  | 'commit'
  | 'schedule'
  | 'nextMarker'
  | 'requestAction'
  | 'thanks'
  | 'vague'
  | 'blame'
  | 'verbal'
  | 'written'
  | 'escalate'
  | 'flatteryStrong'
  | 'flatteryWeak'
  | 'greeting'
  | 'timedAction'
  | 'request'
  | 'role';

const re = (src: string) => new RegExp(src, 'g');
// A group, so that what stands around it (word boundaries W) applies to every alternative.
const alt = (...xs: string[]) => `(?:${xs.join('|')})`;

// ───────────────────────────── Chinese ─────────────────────────────

const ZNUM = '(?:[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万半]+)';
const ZDAYNUM = '[0-9一二三四五六七八九十]{1,3}';
const ZWEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天末]';
const ZPERSON = '(?:人|工程师|开发|研发|前端|后端|测试|qa|设计师?|产品经理|产品|运维|同事|同学|实习生|外包|分析师|标注员|专家|顾问|dba|sre|算法)';
const ZROLE = '(?:工程师|开发|研发|前端|后端|测试|qa|设计师?|产品经理|运维|实习生|外包|分析师|标注员|专家|顾问|dba|sre|算法|律师|法务|财务|hr|bp)';
const ZTIMEPOINT = alt(
  '今天', '今日', '今晚', '明天', '明日', '明早', '后天', '本周', '这周', '下下周', '下周', '本月', '下个?月', '月底', '月初', '月中',
  '年底', '年前', '节前', '季度末', '本季度', '会后', '春节', '国庆', '元旦', '中秋', '五一', '双十一', '月末', '当天', '今天内', '本周内', '周末前', '下班前', ZWEEKDAY, `${ZDAYNUM}月${ZDAYNUM}[日号]?`, `${ZDAYNUM}[日号]`,
  '[0-9]{1,2}[/.-][0-9]{1,2}', '上午', '下午', '中午', '晚上', '下班', 'eod', '(?:[0-9]{1,2}|[两三四五六七八九十]|十[一二])点', '(?:上午|下午|中午|凌晨|晚上|早上)一点', '一点(?=半|钟|前|之前|以前)', 'q[1-4]',
);

const ZH: Record<CueKind, RegExp> = {
  ask: re(alt(
    '需要', '需', '请(?!问|假|客)', '麻烦', '希望', '想(?:请|申请|借|要|找|跟|和|向)', '申请', '能否', '可否', '是否(?:可以|能|方便)',
    '能不能', '可不可以', '可以.{0,10}吗', '帮忙', '协助', '支援', '借调', '调用', '调配', '争取', '求助', '拜托', '劳驾',
    '烦请', '恳请', '敬请', '请示', '批准', '审批', '借用', '开通', '授权', '要一', '给我们', '给我',
    '借(?:调|用|一下|我们|给|个)', '急需', '求', '拟', '特(?:此)?申请', '妥否', '批示', '核示', '呈请', '帮(?:我|我们)', '要(?:两|一|几|个|[0-9])', '安排(?:一下|人|两|一|[0-9])',
  )),
  resource: re(alt(
    ZROLE, '数据', '数据集', '报表', '报告', '日志', '样本', '名单', '清单', '工时', '排期', '权限', '账号', '服务器', '机器', 'gpu', '显卡',
    '算力', '存储', '带宽', 'license', '许可', '席位', '名额', '会议室', '设备', '电脑', '笔记本', '接口', 'api', '文档', '资料', '额度', '配额',
    '环境', '素材', '评审', '签字', '合同', '发票', '审批单', '表单', 'pr', 'mr', '代码', '脚本', '测试机', '样机', '场地', '车', '经费', '预算',
  )),
  quantity: re(alt(
    // 一份/一条/一次… is the indefinite article ("a report"), not an amount; N日 and N月 name dates
    // (20日 = the 20th, 六月 = June): durations are N天 / N个月 / N个工作日; 2026年 is a year.
    `(?=[0-9零〇一二两三四五六七八九十百千万半])(?<![0-9])(?!一(?:份|条|次|张|套|轮|批|场|页|版|下|点|些))${ZNUM}\\s*(?:个月|个工作日|个小时|个星期|个季度|名|位|个(?=${ZPERSON}|账号|名额|席位|服务器|节点|实例|月|工作日|小时|星期|季度|百分点|迭代|sprint)|人天|人日|人月|人周|人(?![员们家])|天|周(?![一二三四五六日末年])|星期(?![一二三四五六日天])|工作日|小时|钟头|分钟|个月|季度|台|套|份|张|条|次|万|千|百万|亿|元|块钱?|美元|美金|rmb|gb|tb|mb|pb|g\\b|t\\b|核|卡|%|个百分点|k\\b|w\\b|轮|批|场|页|版|个迭代|个sprint|sprint)`,
    `(?=[0-9一二两三四五六七八九十半])(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十半]+)\\s*年(?![前底度])`,
    '[¥$€£]\\s*[0-9]', `${ZNUM}\\s*成`,
  )),
  deadline: re(alt(
    `(?:${ZTIMEPOINT})[^。!?;\\n]{0,6}?(?:前|之前|以前|内|之内|为止|截止|截至|到位|完成|上线|交付|给到|提供|回复)`,
    `${ZNUM}\\s*个?(?:天|日|周|星期|工作日|小时|个月|月)(?:内|之内|以内)`,
    '截止(?:日期|时间)?', '截至', 'deadline', 'ddl',
  )),
  timeRef: re(ZTIMEPOINT),
  reason: re(alt(
    '因为', '由于', '以便', '便于', '从而', '这样(?:可以|能|就|才|我们|一来)', '用于', '用来', '主要是', '为了', '否则', '不然',
    '如果(?:能|有|可以|没有)', '预计', '有助于', '可以帮助', '能够', '能(?:缩短|提升|减少|节省|提高|降低|避免|加快|保证|确保|支撑|覆盖)',
    '以免', '避免', '确保', '保证', '目的是', '原因是', '考虑到', '鉴于', '卡在', '阻塞', '依赖', '影响', '来不及', '赶不上',
    '才能', '才可以', '才好', '好让', '方便(?:我们|后续|大家|对方)?', '以供', '供(?:我们|大家|后续)?', '要用', '是为了', '目的', '原因', '赶(?:在|上)?', '满足', '支撑',
    '(?:客户|领导|审计|监管|甲方|老板)(?:那边)?(?:要求|需要|要|催)', '导致', '无法', '没法', '不够', '不足', '短缺', '紧张', '瓶颈', '卡住', '延期', '风险', '缺(?:少|人|口)?',
    '(?:上线|发布|验收|交付|评审|审计|大促|活动|演示|汇报|发版|复盘|结项|年会|路演)(?:前|之前|需要|要用|用)',
    '所以', '因此', '因而', '于是', '因(?!为)', '一旦', '怕', '要不然', '以防', '万一',
    '(?:跑|做|测|验证|评估|排查|定位|复现|演示|汇报|准备|出|写|赶|支撑|补)(?:一下|一次|一轮|个|一份|完)?(?:压测|测试|分析|报告|方案|演示|评审|复盘|对账|审计|验收|回归|实验|ab|demo|poc|预算|汇报|材料|数据|稿|版本|上线|交付)',
    '(?:下周|本周|月底|明天|周[一二三四五六日]|年底|这周|季度末|后天)(?:要|就要|得|需要|有)', '要(?:给|做|交|上|出|赶|准备|演示|汇报|跑|测|发|用|对|提交|上线|发布|验收|评审|审计)',
    '(?:客户|用户|领导|老板|审计|监管|合作方|对方|甲方)(?:那边)?(?:在|已经)?(?:等|催|投诉|反馈|要求|问)',
    '给[^。!?;\\n]{1,8}用', '只有(?:一|两|[0-9])', '(?:忙|排|跑|做|搞|弄|顾)不(?:过来|开|动|完|上)',
    `(?:${ZTIMEPOINT})[^。!?;\\n]{0,6}?(?:发布|上线|验收|审计|演示|评审|汇报|交付|路演|考试|大促|活动|发版|截止|开会|开始)`, '(?:发布|上线|验收|审计|演示|评审|汇报|交付|截止)(?:时间|日期)?(?:在|是|定在|就在)',
    `(?:${ZTIMEPOINT})[^。!?;\\n]{0,6}?(?:发布|上线|验收|审计|演示|评审|汇报|交付|路演|考试|大促|活动|发版|截止|开会|开始|入职|迁移|切换|割接|演练|培训|搬迁|投产|开工|开业|盘点|结算|对账|年审|巡检|到期|续约|签约|启动)`, `(?:发布|上线|验收|审计|演示|评审|汇报|交付|路演|考试|大促|活动|发版|截止|开会|开始|入职|迁移|切换|割接|演练|培训|搬迁|投产|开工|开业|盘点|结算|对账|年审|巡检|到期|续约|签约|启动)[^。!?;\\n]{0,8}?(?:定在|安排在|在|是)?(?:${ZTIMEPOINT})`,
    '应[^。!?;\\n]{1,8}?要求', '按(?:照)?[^。!?;\\n]{0,8}?(?:要求|规定|规划|计划|安排)', '根据[^。!?;\\n]{0,12}?(?:要求|规定|规划|计划|安排|需要)', '为[^。!?;\\n]{1,12}?做准备', '配合(?:客户|审计|检查|上线|发布|验收|监管)',
    '有了[^。!?;\\n]{0,10}?(?:就|才)(?:能|可以|好)', '(?:之后|以后|后)(?:才|就)(?:能|可以)', '(?:来|去)(?:做|跑|测|验证|支撑|完成|处理|分析|排查|训练|部署|演示|复现)', '拿来',
  )),
  goalShared: re(alt(
    '共同(?:的)?(?:目标|利益|关注|任务|努力|推进|项目|客户|用户|需求|考核|指标|kpi|okr)', '双方', '双赢', '共赢', '互利', '一起(?:推进|完成|达成|努力|把|做|冲)',
    '咱们', '咱俩', '我们(?:两个|两|双方)?(?:部门|团队|组)(?:都|共同|一起)', '(?:我们|大家|两边|两个部门|两个团队)都(?:在|要|想|希望|关心|关注|背|被考核|是)',
    '大家(?:都|共同|一直)(?:关心|关注|希望|在意|期待)', '都(?:要)?(?:背|考核)(?:的)?(?:指标|kpi|okr)',
    '(?:我们|咱们)?(?:两个|两|双方)(?:部门|团队|组|边|家)(?:都|共同|一起|的)', '(?:你们|贵部门|你们组)和(?:我们|我们组|我们部门)(?:都|一起|共同)',
  )),
  goalPurpose: re(
    `(?:为了|为确保|为保证|为推进|为实现|为配合|为达成|为支持|(?=为)(?<![因作认成称行更较最以视])为(?!什么|何|止|主|准|此|难|例)|以确保|以保证|冲刺)[^。!?;\\n]{0,24}?(?:${alt(
      '目标', '指标', 'kpi', 'okr', '上线', '交付', '发布', '客户', '用户', '顺利', '按时', '按期', '如期', '达标', '增长', '营收',
      '收入', '业绩', '成功', '落地', '质量', '稳定', '安全', '合规', '季度', '年度', '里程碑', '节点', '大促', '双十一', '618',
      '验收', '投产', '交期', '进度', '体验', '满意度', '留存', '转化',
    )})`,
  ),
  goalReader: re(alt(
    '对(?:贵|你们|您|你|你方|贵方)(?:的)?(?:部门|团队|组|工作|业务|项目|同事)?(?:来说)?(?:也|同样)?(?:会)?(?:很|大|非常|同样)?(?:有|是)?(?:帮助|好处|价值|益处|意义|利|积极)',
    '(?:也|同样|还)(?:能|可以|会|将)(?:帮|帮助|减少|降低|提升|节省|减轻|解决|提高|加快|优化|改善|缓解|支持|省)(?:到)?(?:贵|你们|您|你)',
    '(?:贵|你们|您|你)(?:的)?(?:部门|团队|组)?(?:的)?(?:目标|指标|需求|重点|痛点|关注|kpi|okr|工作量|负担|压力|规划|路线图|考核)',
    '(?:您|你|你们|贵)(?:的)?(?:部门|团队|组)?(?:不是)?(?:一直|也|之前|最近|正在|都)(?:想|希望|在推|在做|关注|关心|推动|提到|提过|头疼|苦恼|需要|要|缺)',
    '正是(?:您|你|贵)',
    '(?=确保|保证)(?<!请|麻烦|务必|一定要)(?:确保|保证)[^。!?;\\n]{0,15}?(?:按时|如期|顺利|上线|交付|达成|完成)',
    '(?:您|你)(?:也)?知道', '正如(?:您|你)', '(?:您|你)(?:上次|之前|前几天|前阵子)(?:提到|说过|提过|问过|关心)', '(?:也|同样)是(?:你们|您|贵)', '(?:对|于)(?:双方|两个部门|两边|大家)(?:都)?(?:有|是|很)',
    '(?:能|可以|会|正好能)(?:帮|帮助|让)[^，。,!?;\\n]{1,6}(?:部|组|团队|部门)(?:把|减少|降低|提升|节省|缩短|少)', '(?:您|你|你们|贵)(?:的)?(?:部门|团队|组)?(?:上次|之前|前阵子|前几天|一直)(?:提到|提过|说过|问过|想要|想|希望|在找)',
    '(?:这样|以便|好让|方便)(?:你们|您|你|贵部门)(?:就|也)?(?:能|可以|不用|不必|少|更)',
  )),
  goalOrg: re(alt(
    '(?:核心|关键|重点|季度|年度|战略|公司|集团|部门|本季度|今年|下季度|q[1-4])(?:的)?(?:级)?(?:指标|目标|okr|kpi|项目|任务|优先级|重点|考核)',
    '至关重要', '关系到', '直接影响', '头等大事', '一号工程', '(?:集团|公司|总部|管理层|领导层|董事会)(?:今年|本季度|已经|明确)?(?:要求|规定|下达|提出|定了)',
    '(?:为|为了)(?:落实|响应|配合|完成)(?:集团|公司|总部|领导|上级)', '(?:集团|公司|总部)(?:今年|本季度|下半年|年度)?(?:的)?(?:重点|战略|部署|统一安排)',
    '(?:截止日期|上线时间|上线日期|交付日期|发布时间|验收时间)(?:是|定在|为|就在)',
    '(?:头号|首要|第一|核心|重点)(?:任务|目标|工程|大事)',
  )),
  offer: re(alt(
    '作为(?:回报|交换)', '回馈', '回报', '互惠', '礼尚往来', '投桃报李', '还(?:你|您)(?:个|一个)?人情',
    '(?:我们|我)(?:这边|方|组|团队|部门)?(?:也)?(?:可以|能|愿意|乐意|会|将|来|负责|一定)(?:先|主动|全力)?(?:把[^。!?;\\n]{0,12}?)?(?:帮|协助|支援|提供|分享|共享|承担|分担|投入|派|补|承接|出人|安排|贡献|开放|负责|包|配合|支持|写|做|整理|准备|出)[^。!?;\\n]{0,20}?(?:您|你|贵|对方|咱)',
    '(?:结论|结果|成果|报告|数据|模型|经验|方案|工具|脚本|用例|洞察|分析|看板|代码|文档|复盘)[^。!?;\\n]{0,10}?(?:同步|分享|共享|开放|提供|反馈|输出|开源)给(?:您|你|贵|你们|对方|各位)',
    '(?:给|为|帮)(?:您|你|贵|你们)(?:的)?(?:团队|部门|组)?(?:提供|分担|减轻|节省|解决|省)',
    '(?:公开|在.{0,12}(?:会|周报|汇报|邮件|公告|发布))(?:上|中|里)?(?:感谢|致谢|鸣谢|提及|说明|署名)', '署名', '记功', '共同汇报', '联合署名',
    '(?:回头|以后|今后|之后|下次)(?:你们|您|你)?(?:组|团队|部门|那边)?(?:要是|如果)?(?:有)(?:啥|什么|任何)?(?:需要|需求)[^。!?;\\n]{0,14}?(?:尽管|随时|一定|开口|找我|支持|配合)',
    '需要我们(?:配合|支持|帮忙|做)的', '(?:减轻|分担|减少)(?:您|你|贵|你们|对方)[^。!?;\\n]{0,8}?(?:负担|工作量|压力|人力|工作)',
    '(?:费用|成本|差旅|加班费|路费|开销)[^。!?;\\n]{0,6}?(?:由我们|我们来|我方|我们部门|我们这边)(?:承担|负担|报销|支付|出)', '(?:由我们|我们来|我方)(?:承担|负担|报销|支付)',
    '(?:你们|您|你)(?:只需要?|只要|仅需)(?:review|评审|确认|审核|看一下|过一下|签字|批准)', '(?:我们|我)(?:组|这边)?(?:包了|全包)', '先行完成',
    '(?:借给|开放给|让给|分给|留给|提供给|转给)(?:您|你|贵|你们)', '优先(?:支持|安排|处理|响应)(?:您|你|贵|你们)', '(?:我们|我)(?:组|这边|团队)?来(?:写|做|搞|承担|跑|出|开发|对接|兜底|值班)',
    '(?:我们|我)(?:这边|组|部门)?(?:出|承担|负担|报销|支付|付)[^。!?;\\n]{0,6}?(?:费用|钱|成本|人|差旅|加班费|机时)', '(?:发布说明|周报|月报|汇报|公告|简报|邮件|年终|总结)[^。!?;\\n]{0,10}?(?:感谢|致谢|提及|写上|注明|署名|点名)',
    '(?:帮|替)(?:您|你|你们)(?:值班|顶班|代班|分担|做|写|跑|测|看)', '(?:培训|分享会|讲一次|做一次)[^。!?;\\n]{0,8}?(?:给|为)(?:您|你|贵|你们)',
    '(?:分析|测试|调研|评估|研究)?(?:结论|结果|成果|洞察|经验|模型|工具|脚本|用例|看板|复盘|分析报告|调研报告|评估报告|测试报告)[^。!?;\\n]{0,12}?(?:发|同步|分享|共享|开放|提供|反馈|输出|开源|抄送)(?:一份)?(?:给)?(?:您|你|贵|你们|对方|各位)',
    '(?:我们|我方|我们部门|我们这边|我们组)(?:可以|愿意|会|来|负责)?(?:承担|分摊|负担|报销|支付|出)[^。!?;\\n]{0,8}?(?:费用|成本|差旅|加班费|一半|部分|全部|钱)', '(?:会|将|一定|可以)[^。!?;\\n]{0,12}?(?:感谢|致谢|表扬|鸣谢|署名|提名)(?:您|你|贵|你们)', '功劳',
    '(?:你们|您|贵部门)(?:以后|之后|今后|下次)?(?:有|如果有|需要)[^。!?;\\n]{0,12}?(?:我们|我)(?:也)?(?:一定|肯定|随时|全力|尽力)(?:支持|配合|帮|帮忙)',
    '优先(?:排|安排|处理|支持|满足|响应|做|帮)', '(?:给|为|帮|替)(?:您|你|贵|你们)(?:的)?(?:团队|部门|组)?(?:开放|开通|共享|分享|留|预留|让出|腾出)', '(?:共享|开放|开源)给(?:您|你|贵|你们|对方|各位)',
    '(?:会|将|一定|可以)[^。!?;\\n]{0,12}?(?:提到|提及|写上|标注|注明|署上)(?:您|你|贵|你们)', '(?:费用|成本|差旅|开销|钱)[^。!?;\\n]{0,4}?我们(?:来)?(?:出|承担|付|报销)',
    '(?:我们|我方|我们这边|我们组|我们部门)(?:可以|愿意|会|来)?出(?:一个|两个|[0-9一二两三]+个)?(?:人|人力|资源|预算|设备|机器)', '(?:我们|我)(?:组|这边|团队)?来(?:负责|维护|处理|搞定)',
    '(?:给|借)(?:你们|您|你|贵部门)(?:先)?用', '(?:我们|我)(?:这边|组|团队)?(?:也)?帮(?:你们|您|你)', '作为补偿', '(?:写进|列入|加进|加到)[^。!?;\\n]{0,10}?(?:致谢|名单|周报|报告|发布说明)',
    '(?:你们|您|你)(?:那边)?(?:只需要?|只要|仅需|只用)', '(?:我们|我)(?:这边|组|团队)?(?:也)?(?:可以|会|来|能|愿意)\\s*(?:share|cover|support|help|sync|review|take over|handle|own|provide|offer|pair)',
    '(?:你们|您|贵部门)(?:的)?[^。!?;\\n]{1,10}?(?:我们|我)(?:组|这边)?(?:来|可以|会|也)?(?:支持|负责|包|配合|帮|出人|兜底)', '(?:你们|您|你)(?:以后|之后|今后)?(?:要|想|需要)?(?:用|借)我们的',
    '(?:我们|我)\\s*(?:team|组|这边|团队|side)?\\s*(?:也)?\\s*(?:can|could|will|would|会|可以|能|来|愿意)\\s*(?:help|support|cover|share|take|handle|own|review|sync|provide|offer|pair|帮|支持|分担)', 'as a return', 'in exchange', 'in return', '(?:帮|替)(?:你们|您|你)\\s*(?:cover|review|test|debug|fix|handle|support|oncall|on-call)',
    '(?:我们|我方|我们这边|我们组|我们部门)(?:可以|能|会|愿意|将)(?:免费|无偿)?(?:提供|贡献|投入|派出?|抽调)[^。!?;\\n]{0,10}?(?:支持|培训|数据|资源|人手|人力|帮助|工具|服务|设备|测试|账号|算力)', '由(?:我们|我方|我)(?:这边)?(?:来)?(?:负责|承担|维护|处理|出|买单)', '(?:成果|结果|数据|资源)(?:双方)?共享',
    '(?:省得|免得|省去)(?:你们|您|你)', '(?:你们|您|你)(?:就)?(?:不用|不必|无需)再',
    '作为(?:答谢|感谢|补偿|谢礼)', '(?:给|为)(?:您|你|贵|你们)(?:的)?(?:团队|部门|组)?(?:做|开|办|讲)(?:个|一次|一场)?(?:分享|培训|讲座|介绍|演示)',
  )),
  inviteStrong: re(alt(
    '(?:有|存在|遇到|会有)?(?:什么|任何|哪些)(?:顾虑|担心|担忧|困难|挑战|疑虑|顾忌|阻力|难处|不便|限制|风险|想法)', '(?:如有|若有|如果有|如果|若)(?:任何)?(?:顾虑|担心|担忧|困难|挑战|疑虑|顾忌|阻力|难处|不便|为难)', '顾虑', '疑虑', '为难的话',
    '您看(?:怎么样|如何|可以吗|行吗|是否|看|下|这样)?', '您觉得', '你觉得', '你看(?:怎么样|如何|可以吗|行吗)', '意下如何',
    '是否可行', '可行吗', '行不行', '是否合适', '合适吗', '欢迎(?:提出|指正|随时|反馈)', '从您的角度', '您那边(?:是否|有没有|方便)',
  )),
  inviteSoft: re(alt(
    '(?:如有|若有|如果有|有)(?:任何)?(?:问题|疑问|意见|建议)', '随时(?:联系|沟通|找我)', '有问题',
  )),
  commit: re(alt(
    `(?:我|我们|我这边|我们这边|我方|那我|那我们)(?:会|将|就|先|再|稍后|随后|马上|立即|这就|${ZTIMEPOINT})[^。!?;\\n]{0,24}?(?:发(?!现|生|票|烧|愁)|提交|整理|同步|安排|约|准备|跟进|对接|确认|联系|发起|更新|抄送|汇报|反馈|提供|拉|建|组织|补充|回复|落实|推进|给|过来|召开|开|去|过去|当面|打电话|找|告诉|告知|通知|答复|回你|说)`,
    `(?:会|将)(?:在|于)?(?:${ZTIMEPOINT})[^。!?;\\n]{0,14}?(?:发(?!现|生|票|烧|愁)|提交|整理|同步|安排|约|准备|跟进|对接|确认|联系|发起|更新|抄送|汇报|反馈|提供|拉|召开|开|上线|部署)`,
  )),
  schedule: re(alt(
    '约(?:个|一下|一个)?(?:会|时间|电话|会议)', '(?:开|拉|约)(?:个|一个)?(?:短)?会', '碰(?:一下|个头|一碰)', '对(?:齐|一下)',
    '拉(?:个|一个)?群', '会议邀请', '日程', `${ZNUM}分钟(?:的)?(?:会|电话|沟通|时间)`,
  )),
  nextMarker: re(alt('下一步', '接下来', '后续(?:步骤|安排|计划)', '行动项', '待办', '对接人', '负责人', '联系人', '由.{1,6}(?:负责|跟进|对接)')),
  requestAction: re(
    '(?:请|麻烦|烦请|辛苦|能否|是否可以|可否|希望|劳烦)[^。!?;\\n]{0,20}?(?:回复|确认|答复|告知|回个话|拍板|给个准话|批示|核示)',
  ),
  thanks: re(alt('谢谢', '感谢', '多谢', '辛苦(?:了|您|你)', '劳烦', '有劳', '感激', '致谢', '谢啦', '谢了', '3q', 'thx', 'thanks')),
  vague: re(alt(
    '帮(?:个|一下|下)?忙', '帮帮', '帮助', '支持(?:一下)?', '协助(?:一下)?', '配合(?:一下)?', '弄一下', '搞一下', '资源', '人手', '人力',
    '协调(?:解决|一下)?', '预算', '经费', '赞助', '精力', '找(?:个|几个)?人', '来(?:个|几个)人', '多(?:点|些|一些)(?:人|资源|支持|预算)', '加(?:点|些)?人', '搭把手', '救(?:个)?急', '出(?:个|点)?力',
  )),
  blame: re(alt(
    '(?:总是|老是|每次都|一直都?|从来都?)(?:不|没|拖|晚|推|这样)', '为什么(?:还|又|总|一直)?(?:没|不|还没)', '到底(?:什么时候|还要|要|有没有|能不能|怎么)',
    '怎么(?:还|又|老|总)(?:没|不|是)', '(?:早就|已经|之前|上次)(?:说|讲|提|强调)(?:过|了)(?:很多次|多次|好几次|无数次)', '我(?:都|已经|早就|之前)?(?:说|讲|提|催|问)(?:了|过)(?:很多|好几|无数|多|n)次',
    '多次(?:催|提醒|强调)', '一再', '再三', '屡次', '三番五次', '拖延', '推诿', '踢皮球', '不配合', '不负责', '不作为', '效率(?:太|很|极|真)?(?:低|差)',
    '(?:太|真|很)(?:慢|离谱|过分|不专业)了?', '搞什么', '有没有搞错', '难道', '就不能', '上点心', '耽误(?:了)?(?:我们|项目|进度)', '都是(?:你们|因为你们)',
    '你们的问题', '你们的责任', '责任在(?:你|贵)', '又一次', '还要等多久', '等了(?:很久|好久|一周|两周|半天)',
    '又是(?:你们|你)', '责任(?:完全)?不在(?:我们|我方)', '(?:没人|没有人)(?:管|在意|关心)', '有(?:这么|那么)难(?:吗|么)', '说了(?:多少|几)遍', '你们(?:到底|究竟)',
    '为什么(?:每次|总是|又|老是)', '靠谱(?:一)?点', '拖了(?:这么久|好久|一周|半个月|一个月|[0-9一二两三四五六七八九十]+天)', '一点都不', '根本(?:没|不)', '敷衍', '太差了', '完全不(?:负责|上心|配合|当回事)', '(?:这|已经)是第[二三四五0-9n]次', '无语', '服了', '不当回事', '能不能上心',
  )),
  verbal: re(alt(
    '口头(?:上)?(?:说|答应|约定|同意|确认|承诺)?', '电话(?:里|中|上)(?:说|聊|答应|确认|同意)(?:好|过|了)?', '(?:之前|上次|当时|那天)(?:已经)?(?:说好|讲好|谈好|答应|约好)(?:的|了)',
    '你(?:已经)?答应(?:过|了)', '私下(?:说|聊|答应|约定|沟通)', '不用(?:写|发)(?:邮件|文档|纪要|书面)', '不(?:走|发|写)(?:流程|邮件|纪要)', '不需要(?:邮件|书面|纪要|走流程)',
    '(?:说|聊)(?:一声|一下)就行', '心照不宣', '走廊(?:里)?(?:聊|说)',
    '(?:吃饭|喝酒|饭桌|聚餐|开会|路上|走廊)(?:的)?时(?:候)?(?:你|您|他|她)?(?:说|答应|同意|提)(?:的|过|了)?', '不用(?:再)?(?:发|写|走)(?:邮件|文档|纪要|书面|流程)(?:确认)?', '不另行(?:书面)?(?:确认|通知)', '(?:他|她|你们领导|你们老板|你们经理)(?:说|表示)(?:了)?(?:没问题|可以|行|同意)', '(?:口头|电话)(?:确认|同意|约定)过',
    '说好(?:的|了)', '讲好(?:的|了)', '谈好(?:的|了)', '(?:你|您)(?:不是|之前|上次|那天)(?:说过|答应过|同意过|拍过胸脯)', '拍(?:过)?胸脯', '当面(?:说|聊|答应|同意)(?:的|过|好)', '(?:开会|会上|见面|面谈)(?:的时候|时)?(?:说|讲|答应|同意)(?:的|过|好)',
  )),
  written: re(alt('邮件', '书面', '纪要', '会议记录', '抄送', '确认函', '工单', '审批单', 'oa', '签字', '盖章', '协议', '备忘', '记录下来', '文档里')),
  escalate: re(alt(
    '(?:找|告诉|报告|反映给|上报给?|汇报给|抄送给?|通知|提醒|拉上|请示)(?:你们|您的|你的|贵部门的?|你们部门的?)(?:领导|老板|经理|总监|主管|上级|vp|负责人|leader|老大|大老板)',
    '(?:你们|您的|你的)(?:领导|老板|经理|总监|主管|上级|老大|vp)(?:已经|都|也)?(?:同意|答应|批准|点头|知道|说了|说过|要求)', '越级',
    '(?:否则|不然|要不然)(?:我|我们)?(?:只能|就|将)(?:上报|升级|找|投诉|反映|汇报|抄送)', '直接(?:找|联系|去找)(?:你们|您的|你的)?(?:领导|老板|经理|总监|负责人|上级|老大)',
    '(?:跟|和|向|给)(?:你们|您的|你的|贵部门的?)(?:领导|老板|经理|总监|主管|上级|vp|负责人|老大|大老板)(?:说|打过招呼|反映|汇报|提)(?:了|过)?', '(?:副总裁|总裁|副总|vp|cfo|ceo|cto|老板|大领导|集团领导)(?:已|已经)?(?:批示|指示|发话)', '(?:抄送|cc)(?:给)?(?:了)?(?:你们|您的|你的)(?:领导|老板|总监|vp|上级)',
    '(?:同步给|发给|转给|知会|拉|cc给?)(?:你们|您的|你的|贵部门的?)(?:领导|老板|经理|总监|主管|上级|vp|负责人|老大)', '(?:你们|你|您|贵部门)(?:部门|组|团队)?的?[\\u4e00-\\u9fff]{1,2}(?:总|总监|经理|vp|老板)(?:已经|都|也)?(?:同意|说|批|打过招呼|知道|点头|拍板)',
    '(?:上升|升级)到[^。!?;\\n]{0,8}?(?:层面|领导|老板|总监|管理层)', '已(?:经)?上报', '领导(?:已|已经)(?:批示|指示|发话|要求)', '(?:你们|贵部门)(?:的)?(?:领导|老板|负责人)(?:出面|来找|表态)', '反馈给(?:你们|您的|你的|贵部门的?)(?:领导|老板|经理|总监|主管|上级|负责人)',
  )),
  flatteryStrong: re(alt('跪求', '跪谢', '求求(?:您|你)', '感激涕零', '感恩戴德', '没有(?:您|你)(?:就|我们就)?(?:不行|做不成|完不成|办不到)', '只有(?:您|你)(?:能|才能|可以)', '非您莫属', '五体投地', '全网最', '全公司最', '泰斗', '没有之一', '(?:头号|最大的?)粉丝', '公认的?(?:大神|专家|权威|第一)', '(?:业界|行业|全公司|全集团|全组)(?:第一|最强|最牛|最厉害|顶尖)')),
  flatteryWeak: re(alt(
    '(?:您|你)(?:是|真是|简直是)(?:最|我见过最|业内最|我们的)?(?:厉害|专业|棒|牛|强|优秀|聪明|神|大神|救星|偶像|榜样|天花板)', '大神', '大佬', '救星', '偶像',
    '拜托拜托', '万分感谢', '感激不尽', '不胜感激', '仰慕', '崇拜', '(?:太|超|超级)(?:厉害|牛|强)了', '最最',
    '(?:太|超|特别|非常|十分)(?:佩服|崇拜|敬佩)', '学习的榜样', '业界(?:大牛|翘楚|标杆)', '(?:最|超)(?:靠谱|专业|厉害)的', '神一样', '膜拜', '牛人',
    '全靠(?:您|你)', '只能靠(?:您|你)', '(?:您|你)最懂', '(?:您|你)(?:这么|那么)(?:厉害|专业|强)', '(?:您|你)一出手',
  )),
  timedAction: re(alt(
    `(?:${ZTIMEPOINT})[^。!?;\\n]{0,20}?(?:发(?!现|生|票|烧|愁)|提交|同步|安排|约|开会|碰|对齐|过一下|联系|确认|回复|上线|开始|到岗|过去|过来|交付|给到|给你|发你|给您|发您|见面|聊|开会|启动|召开|到位)`,
    `(?:${ZTIMEPOINT})[^。!?;\\n]{0,8}?(?:(?:我|我们|我这边|我们这边|他|她)(?:会|将|就|再|来|先|去|把|要|可以)|[^\\s,，。]{1,3}(?:会|将))`,
  )),
  request: re(alt(
    '请(?!问|假|客|教)', '麻烦', '能否', '可否', '能不能', '可不可以', '是否(?:可以|能|方便)', '希望(?:您|你|贵|各位|大家)', '想请', '想(?:申请|借|要)', '申请', '拜托', '烦请', '恳请', '敬请', '特此', '求助', '劳驾',
    '可以.{0,10}吗', '妥否', '当否', '批示', '核示',
  )),
  role: re(ZROLE),
  greeting: re('^(?:关于[^。!?\\n]{1,40}的(?:请示|申请|报告|函|通知)|(?:主题|收件人|抄送|发件人|日期|时间|附件)[:：][^\\n]*|[^,。!?\\n]{1,16}[:：]|[^,。!?\\n]{0,12}?(?:您好|你好|大家好|早上好|下午好|晚上好|hi|hello)|(?:尊敬的|亲爱的)?[^,。!?\\n]{1,8}(?:经理|总|老师|主任|部长|总监|老板|同学|姐|哥|工|领导|各位|团队|同事们)[,:]?)[,!。:]?\\s*$'),
};

// ───────────────────────────── English ─────────────────────────────

const W = String.raw`\b`;
const ENUM = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a couple of|a pair of|half an?|a half)`;
const EUNIT = String.raw`(?:(?:full[- ]time |part[- ]time |senior |junior |dedicated |extra |additional |more |front[- ]?end |back[- ]?end |qa |data |ml |ux |ui |devops |sre |mobile |ios |android |platform |security |test |support )*(?:engineers?|developers?|devs?|designers?|analysts?|testers?|qa|people|persons?|folks|headcount|hc|ftes?|contractors?|reviewers?|interns?|members?|scientists?|writers?|pms?|specialists?|reps?)|hours?|hrs?|days?|business days?|working days?|weeks?|wks?|months?|sprints?|quarters?|person[- ]days?|man[- ]days?|engineer[- ](?:days?|weeks?)|story points?|points?|gb|tb|mb|pb|gpus?|cpus?|vcpus?|cores?|nodes?|servers?|instances?|vms?|licen[cs]es?|seats?|accounts?|slots?|tickets?|rows?|records?|samples?|users?|dollars?|usd|eur|rmb|calls?|minutes?|mins?|pages?|slides?|units?|copies|laptops?|machines?|rooms?|interviews?|sessions?|participants?)`;
const EWEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)';
const EMONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ETIMEPOINT = String.raw`(?:today|tonight|tomorrow|eod|eow|cob|noon|${EWEEKDAY}|next (?:week|month|quarter|sprint|year|time|meeting|standup|stand-up|sync|${EWEEKDAY})|this (?:week|month|quarter|sprint|morning|afternoon|evening|${EWEEKDAY})|(?:the )?end of (?:the |next |this )?(?:day|week|month|quarter|sprint|year|${EWEEKDAY}|${EMONTH})|(?:the )?(?:holidays?|christmas|thanksgiving|new year|lunar new year|chinese new year|year[- ]end|month[- ]end|quarter[- ]end|eoq|eoy)|${EMONTH}\.? \d{1,2}(?:st|nd|rd|th)?|(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of ${EMONTH})?|\d{1,2}/\d{1,2}|\d{1,2}(?::\d{2})?\s*(?:am|pm)|q[1-4]|(?:the )?(?:launch|release|deadline|kickoff|review|demo|offsite|cutoff|code freeze|freeze|go-live|board meeting|all-hands))`;

const EN: Record<CueKind, RegExp> = {
  ask: re(W + alt(
    'need', 'needs', 'needed', 'request(?:ing|ed)?', 'ask(?:ing)?', 'could you', 'can you', 'would you', 'will you', 'could we', 'can we', 'could i', 'can i',
    'would it be possible', 'is it possible', 'would you be able', 'are you able', "i'd like", "we'd like", 'i would like', 'we would like', 'looking for', 'please',
    'hoping (?:to|you|for)', 'require[sd]?', '(?:can|could|would|will) (?:someone|somebody|anyone|anybody)', '(?:does|is) (?:anyone|anybody|someone)', 'anyone (?:able|available|free|around)', 'would love', 'any chance', 'mind (?:sharing|sending|taking|lending|giving|reviewing|adding)', 'borrow', 'loan', 'approve',
    'approval', 'sign[- ]off', 'allocate', 'grant', 'access to', 'help (?:us|me)', 'lend', 'spare', 'free up', 'do you have',
    'would appreciate', "i'd appreciate", 'appreciate it if', 'is there (?:any )?way', "we're hoping", 'looking to (?:borrow|get|secure|book)', '(?:can|could|may) (?:i|we) (?:get|have|borrow|use|book|grab)', "we'd need", 'would need', 'want to (?:borrow|ask|request|book)', 'seeking', 'apply(?:ing)? for', 'propos(?:e|ing)', 'reserve', 'book',
  ) + W),
  resource: re(W + alt(
    'engineers?', 'developers?', 'designers?', 'analysts?', 'testers?', 'qa', 'sres?', 'admins?', 'reviewers?', 'scientists?', 'lawyers?', 'counsel', 'data(?:set)?s?', 'dashboards?',
    'reports?', 'logs?', 'numbers', 'figures', 'metrics', 'exports?', 'dumps?', 'permissions?', 'credentials', 'accounts?', 'licen[cs]es?', 'seats?', 'servers?', 'gpus?', 'compute', 'storage',
    'hardware', 'laptops?', 'rooms?', 'review', 'approval', 'sign-off', 'api keys?', 'tokens?', 'environment', 'sandbox', 'quota', 'slots?', 'pr', 'pull request', 'docs?', 'spec',
    'rubric', 'deck', 'contract', 'nda', 'invoice', 'form', 'ticket', 'budget', 'funding', 'access',
  ) + W),
  quantity: re(alt(
    `${W}${ENUM}[\\s-]+(?:(?:more |extra |of (?:your|the|our|their) )?(?:[a-z]+[\\s-]+)?)?${EUNIT}${W}`,
    String.raw`\b\d+(?:[.,]\d+)?\s*(?:k|m|gb|tb|mb|pb|%|x|h|hrs|d|w)\b`,
    String.raw`[$€£¥]\s?\d`,
    String.raw`\b(?:for|within|in|over|takes?|per|about|roughly|around|just|only)\s+(?:a|an|one)\s+(?:full\s+|half\s+|single\s+)?(?:day|week|month|sprint|hour|quarter|afternoon|morning)\b`,
    String.raw`\b(?:a|an|one)\s+(?:(?:senior|junior|full-time|part-time|dedicated|front-?end|back-?end|qa|data|ml|ux|devops|extra|additional|second)\s+){0,2}(?:engineer|developer|designer|analyst|tester|reviewer|contractor|fte|data scientist|pm)\b`,
    String.raw`\bhalf (?:a|an) (?:day|hour)\b`,
    String.raw`\b(?:headcount|budget|quota|allocation|capacity) of (?:about |around |roughly )?[$€£¥]?\d`,
  )),
  deadline: re(alt(
    String.raw`\b(?:by|before|no later than|until|till|due|deadline(?: is)?|ahead of|prior to|in time for|latest)\s+(?:the\s+)?${ETIMEPOINT}\b`,
    String.raw`\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|a|an|24|48)\s+(?:hours?|days?|weeks?|business days?|working days?)\b`,
    String.raw`\b(?:eod|eow|cob)\b`, String.raw`\bdeadline\b`, String.raw`\bdue (?:on|by|date)\b`,
  )),
  timeRef: re(String.raw`\b${ETIMEPOINT}\b|\b(?:later today|first thing|this week|next week|in the morning|on ${EWEEKDAY}|in (?:an?|\d+|two|three|a couple of) (?:hours?|minutes?|mins?|days?)|after lunch|before (?:lunch|the meeting|standup|stand-up))\b`),
  reason: re(W + alt(
    'because', 'since', 'as (?:we|the|our|this|it)', 'so that', 'so we', 'so i', 'so the', 'in order to', "which (?:will|would|lets|allows|means|helps|is|'ll)",
    "(?:this|that|it) (?:will|would|'ll|should) (?:let|allow|help|enable|cut|save|reduce|shorten|speed|unblock|mean)", 'otherwise', 'without (?:it|this|them|that)',
    'to (?:unblock|finish|complete|ship|meet|avoid|reduce|cut|speed|validate|support|hit|deliver|launch|fix|close|prepare|run|test|get|cover|handle|make|keep|finalize|onboard|migrate)',
    'we expect', 'expected to', 'due to', 'given (?:that|the)', 'the reason', "it(?:'s| is) (?:needed|required|blocking)", 'blocking', 'blocked', 'for the (?!next|last|past|first|coming|remaining|whole|entire|rest|time being|moment)', 'needed for', 'required for',
    'that way', 'so (?:it|they|this|our|my)', 'to make sure', 'in time for', 'enables?', 'needed to', 'required to', "if we don't", 'without which', 'purpose',
    "short[- ](?:on|staffed|handed)", 'understaffed', 'not enough', "(?:don't|do not) have (?:enough|the|any)", 'ran out', 'running (?:out|low)', 'at risk', 'slip', 'delay(?:ed|s)?', 'behind', 'bottleneck', 'stuck',
    "can(?:'t|not) (?:\\w+ ){0,2}without", 'depends? on', 'dependent on', "for (?:our|this|next|tomorrow's|\\w+'s) ",
    "to(?<!\\b(?:like|need|needs|want|wants|wanted|have|has|had|able|going|glad|happy|used|trying|try|wish|hoping|hope|love|plan|planning|ought|due|order|way|supposed|about|got|reply|respond|back|forward|look|looking|welcome|free|prefer|asked|ask|asking|mind|willing|is|are|was|were|me|you|him|her|them|us|it|time|chance|how|what|where|when|whether)\\s+to) (?!be\\b|the\\b|you\\b|me\\b|us\\b|your\\b|our\\b|a\\b|an\\b|do\\b|get\\b|see\\b|know\\b|ask\\b|discuss\\b|talk\\b|chat\\b|hear\\b)[a-z]{3,}",
    'because of', 'as part of', 'ahead of', "which is (?:blocking|needed|required|holding)", ', so ', "(?:we're|we are|i'm|i am) (?:\\w+ )?(?:launching|migrating|presenting|running|preparing|shipping|onboarding|hosting|planning|rolling out|finalizing|closing)",
    '(?:customers?|clients?|users?|the auditors?|legal|finance) (?:are|is) (?:waiting|asking|blocked)',
    'fix(?:es)?', 'resolves?', 'addresses', 'unblocks?', 'affects?', 'impacts?', 'breaks?', 'broken', 'failing', 'fails', 'outage', 'incident', 'bug', 'regression', '(?:customers?|users?|clients?) (?:are|is|have|has|reported|report|keep)',
    'so (?:that )?[a-z]+(?: [a-z]+)? (?:can|could|will|won\'t|doesn\'t|don\'t|isn\'t|is|are|has|have|gets?|stays?)',
    String.raw`(?:starts?|begins?|kicks? off|goes out|go(?:es)? live|launch(?:es)?|ships?|is due|are due|opens?|closes?|arrives?|lands?)\b[^.?!]{0,20}?\b${ETIMEPOINT}`, '(?:hires?|contractors?|interns?|new joiners?|customers?|clients?|auditors?) (?:start|begin|join|arrive|onboard|visit)s?',
    'in preparation for', 'prepare for', "(?:our|the) (?:deadline|launch|release|go-live|audit|demo|review|cutover) is", '(?:the )?(?:client|customer|auditors?|regulator) (?:wants|needs|asked|requires|expects)', 'requested by', 'per (?:the )?(?:client|customer|legal|compliance|audit|policy)', 'required by', 'mandated',
  ) + W),
  goalShared: re(W + alt(
    '(?:our|the) (?:shared|common|joint|mutual|collective) (?:goal|objective|aim|priority|interest|target|customers?|users?|mission|okr|kpi)', "we(?:'re| are)? both",
    'both (?:of )?(?:our )?teams', 'win[- ]win', 'mutual(?:ly)? benefi\\w*', 'jointly', 'we all want', 'both sides', 'across (?:both|our) teams', 'for both (?:of us|teams)',
    "(?:we|both teams|our teams)(?:'re| are)? (?:both |all )?(?:measured|judged|on the hook|accountable|responsible|aiming|working towards|chasing)",
    'as part of (?:the|our) (?:\\w+ ){0,3}(?:push|initiative|effort|program|programme|okr|goal|plan|roadmap|migration|launch)', 'in support of', "(?:we're|we are) (?:all )?aligned", 'have a (?:shared )?stake', "(?:since|because|as) (?:both|we both|both of us)", 'our joint',
    'both (?:of )?(?:our |your and our )?(?:orgs|groups|departments|sides|companies|divisions)', 'all of us', 'we all (?:want|need|care|benefit)', 'everyone (?:benefits|wins)', 'the whole (?:company|org|team)',
    '(?:your team|you) and (?:mine|my team|ours|i|we|our team|us)', '(?:shared|common|joint|mutual) (?:goals?|objectives?|kpis?|okrs?|metrics?|targets?|deadlines?|customers?|priorit(?:y|ies)|interests?|problem|pain)', 'the same (?:thing|goal|outcome|page|side)', "everyone's (?:interest|benefit)",
    '(?:affects?|impacts?|matters to|concerns?|depends on|for|at stake for|important to|relevant to|involves|on) both (?:of us|our|teams|sides|[a-z]+ and [a-z]+)', 'at stake', 'both of us',
    '(?:for|helps?|benefits?|improves?|strengthens?) (?:the )?(?:project|community|ecosystem|whole team)',
  ) + W),
  goalPurpose: re(W + alt(
    String.raw`(?:to|so (?:that )?we can|in order to|helps? us|on track to|key to|critical (?:to|for)|essential (?:to|for)|important (?:to|for)|crucial (?:to|for)|vital (?:to|for)|goal is to|aim is to|trying to|working to)\s+(?:\w+\s+){0,3}?(?:hit|meet|reach|achieve|deliver|ship|launch|land|close|make|keep|stay on|protect|grow|improve|reduce|cut|win|retain|hit)\b[^.?!]{0,50}?\b(?:targets?|goals?|okrs?|kpis?|deadline|launch|release|milestones?|date|numbers|quota|roadmap|commitments?|sla|churn|revenue|retention|conversion|customers?|users?|growth|schedule|plan)`,
    String.raw`(?:q[1-4]|quarterly|annual|yearly|company|team|org|department|launch|release|product|sales|revenue|growth|okr|kpi|h[12])(?:'s)?\s+(?:targets?|goals?|okrs?|kpis?|objectives?|priorit(?:y|ies)|milestones?|deadlines?|roadmap|commitments?)`,
    '(?:on track|on schedule|on time) for', 'ahead of (?:the )?(?:launch|release|deadline|go-live)',
    '(?:ahead of|before) (?:the|our) (?:\\w+ ){0,2}(?:launch|release|go-live|audit|migration|rollout|deadline)',
  ) + W),
  goalReader: re(W + alt(
    "(?:this|it|that)(?: will| would| could| should| can|'ll)? (?:also )?(?:help|benefit|save|spare|reduce|cut|unblock|free up|simplify|make (?:life|things|it) easier for|give) (?:you|your)",
    '(?:for|to) your (?:team|group|org|department|side|roadmap|goals?|okrs?|customers|users|launch|project)', "your (?:team|group|org|department)(?:'s)? (?:goals?|priorit(?:y|ies)|okrs?|kpis?|roadmap|launch|backlog|workload|on-call|pain|tickets|targets?)",
    "you(?:'ll| will|'d| would) (?:also )?(?:get|gain|benefit|see|save|have)", "what(?:'s| is) in it for you", "as you(?:'ve| have)? (?:mentioned|said|pointed out)",
    "you(?:'ve| have) been (?:pushing|asking|wanting|looking|trying)", "something you(?:'ve| have)? (?:cared|care|asked)", 'benefits? (?:you|your)', 'in your interest',
    "i know (?:your team|you|your group|your org)(?:'re| are| has| have)? (?:\\w+ )?(?:want|wants|wanted|need|needs|care|cares|trying|working|looking|keen|pushing|been)",
    "(?:your team|you)(?:'re| are| have| has)? (?:been )?(?:wanting|trying|hoping|looking) (?:to|for)", 'help (?:you|your team|your group) (?:hit|meet|reach|ship|land|get|close|cut|reduce)',
    'you (?:mentioned|said|told me|asked)', "your (?:team|group)(?:'s)? (?:request|ask|feature|initiative|migration|project)",
    'top of mind (?:for|on) (?:you|your)', "your (?:vp|director|leadership|manager) (?:sponsored|asked for|prioriti[sz]ed|cares about)", "(?:you|your team)(?:'ve| have)? (?:flagged|raised|requested)",
    "your (?:q[1-4] |quarterly |team's |group's |org's )?(?:goals?|targets?|okrs?|kpis?|numbers|metrics|roadmap|launch|release|audit|customers|users|backlog|priorit(?:y|ies)|deadline|initiative|migration|rollout)",
    '(?:matters|important|a priority|critical|top of mind|a big deal) (?:to|for) (?:you|your)', '(?:helps|helping|benefits|saves|unblocks|frees up|(?:will|would|could|can|should|also) (?:also )?(?:help|benefit|save|unblock|free up)) (?:you|your)', "your (?:team's|group's|org's) (?:\\w+ )?(?:goals?|targets?|okrs?|kpis?|numbers|metrics|roadmap|launch|release|deadline)",
    "(?:your team|your group|you)(?:'ve| have| has)? (?:been )?(?:asking|pushing|waiting|requesting|begging) (?:for|to)",
    'so (?:that )?(?:you|your)\\b', 'for your (?:sake|benefit|report|review|numbers|audit|board)',
  ) + W),
  goalOrg: re(W + alt(
    '(?:top|key|critical|company|org|team)[- ](?:wide )?priorit(?:y|ies)', 'business[- ]critical', 'mission[- ]critical', 'strategic (?:goal|priority|initiative|project)',
    "(?:this|our|the) (?:quarter|half|year)(?:'s)? (?:goal|target|priority|okr)", "(?:the )?company(?:'s)? (?:goal|target|priority|mandate|okr)", '(?:leadership|management|the board|the exec team) (?:wants|asked|has asked|expects|set|committed)',
    'company[- ]wide',
    '(?:the|our) (?:\\w+ ){0,2}(?:deadline|launch date|go-live|release date|cutover|cut-off|cutoff) (?:is|falls|lands)',
  ) + W),
  offer: re(W + alt(
    'in return', 'in exchange', 'return the favou?r', 'quid pro quo', 'reciprocate', 'trade you',
    '(?:happy|glad|willing|more than happy|keen) to (?:help|share|return|cover|take|pair|support|contribute|lend|pitch in|offer|handle|give|provide|trade|swap|own|absorb|pay|fund|credit|acknowledge|co-present|open|submit|send (?:a|the) (?:pr|patch|fix)|write|implement|build|test|do|maintain|document|draft|prepare|put together|work on)',
    "(?:we|i)(?:'ll| will| can| could| would|'d)(?: also| gladly| happily| in turn| then)? (?:take on|take over|take care of|cover|handle|pick up|absorb|free up|lend|loan|pair with|help (?:your|you|with your)|support (?:your|you)|credit|acknowledge|give (?:you|your)|provide (?:you|your)|contribute|do the (?:heavy|prep|groundwork|legwork|first pass|bulk)|own the|trade|swap|pay for|foot the|fund|reimburse|split the|write the|build the|do all the|co-present|present (?:it )?(?:jointly|together)|mention your|list your)",
    "(?:share|send|pass|hand|give|open|feed|publish|circulate)\\b[^.?!]{0,30}?\\b(?:results?|findings|insights|analysis|dashboards?|models?|scripts?|tooling|learnings|playbook|runbook|templates?|test cases|code|data(?:set)?|numbers|benchmarks?|recordings?|write-?up)\\b[^.?!]{0,30}?\\b(?:with|to|back to|for) (?:you|your)",
    "(?:share|send|give)\\b (?:you|your team) (?:our|the|all|a copy)\\b[^.?!]{0,20}?\\b(?:results?|findings|insights|analysis|dashboards?|models?|scripts?|tooling|learnings|data(?:set)?|numbers|write-?up)",
    "if (?:there's|there is) anything (?:we|i) can (?:do|help)", 'let (?:me|us) know (?:if|how) (?:we|i) can (?:help|support|return)', 'anything (?:we|i) can do (?:to|for)', 'shout-?out',
    '(?:credit|acknowledge|recogni[sz]e|thank) (?:your team|you) (?:in|at|on|during) (?:the|our) (?:launch|release|review|all-hands|demo|notes|announcement|newsletter|post)',
    "(?:we|i)(?:'ll| will| can) (?:make sure|ensure) (?:your|you)", "you(?:'d| would)? (?:only|just) (?:need|have) to (?:review|approve|sign|look)", 'on (?:us|our (?:budget|dime|cost center))',
    "(?:we|i)(?:'ll| will|'d| would| can) (?:take|cover) your", 'whenever you need',
    'off your plate', 'lend you', 'you can (?:use|borrow|have) (?:our|my)', 'give (?:you|your team) (?:access|priority|first)', 'prioriti[sz]e your', 'share back', 'co-?author', 'joint (?:credit|presentation|authorship)',
    "(?:send|share|give) you (?:the|our|a copy of (?:the|our)) (?:results|findings|analysis|report|data|numbers|write-?up|insights|dashboard)",
    "(?:we|i|our team|my team)(?:'ll| will| can| could|'d| would)(?: also| happily| gladly| gladly)? (?:\\w+ )?(?:write|build|run|do|handle|own|prepare|set up|migrate|test|draft|cover|pay|absorb|host|staff|provide|lend|donate|train)\\b[^.?!]{0,40}?\\b(?:so (?:you|your)|for you\\b|for your|on your behalf|so that you|instead of you|you (?:only|just|won't|don't|wouldn't))",
    "(?:our team|my team) (?:will|can|could|would) (?:take|cover|handle|own|absorb)",
    '(?:you|your team) (?:can|could|will be able to|are welcome to) (?:reuse|use|keep|access|have)', 'early access', 'first access', '(?:free|no cost|no charge) (?:for|to) (?:you|your)', 'train your', "(?:what|anything) (?:you|your team) (?:need|needs|might need) from (?:us|our side|me|my team)", "(?:we|i)(?:'ll| will| can)(?: also| happily)? (?:share|send|provide|give|circulate|publish)\\b[^.?!]{0,40}?\\b(?:results|findings|insights|learnings|write-?up)\\b",
    "(?:you|your team)(?:'ll| will| would|'d)? (?:also )?(?:get|receive|have) (?:early|first|free|priority|full|a copy|access to our|our|the (?:results|findings|report|dashboard|data))",
    "(?:we|i)(?:'ll| will| can| could| would|'d)(?: also| gladly| happily)? (?:offer|give|provide|contribute|lend|donate|share|open up|dedicate|allocate|assign|loan|spare|send over)\\b[^.?!]{0,40}?\\b(?:you|your)\\b",
    '(?:our|my) (?:team|group|org) (?:can|could|will|would)(?: happily| gladly| also)? (?:\\w+ )?(?:help|support|cover|take|handle|own|share|provide|lend|give)',
    "you (?:won't|will not|don't|do not|wouldn't) (?:have|need) to (?:do|write|build|handle|touch|lift|worry)", '(?:out of|from|on) (?:our|my) (?:budget|pocket|cost cent(?:er|re)|dime)', 'as a thank[- ]you',
    '(?:fix|resolve|close|address|take care of) (?:the )?(?:\\w+ ){0,3}(?:your team|you) (?:reported|raised|filed|flagged|asked for)',
    '(?:absorb|take on|cover|handle|pick up|do)\\b[^.?!]{0,40}?\\b(?:on our side|ourselves|on our end|in-house)', "so (?:that )?(?:you|your team)(?:'s)? (?:\\w+ )?(?:don't|won't|isn't|aren't|doesn't|wouldn't|never|is not|are not|will not)",
    '(?:present|demo|showcase|co-present)\\b[^.?!]{0,30}?\\b(?:jointly|together) with you',
    '(?:spend|dedicate|set aside|block)\\b[^.?!]{0,30}?\\bhelping (?:you|your)', "(?:our|my) [a-z]+s? (?:can|could|will|would)(?: also| happily| gladly)? (?:\\w+ )?(?:help|support|cover|take|handle|own|share|provide|lend|give|run|build|do)\\b[^.?!]{0,30}?\\bfor (?:you|your)", 'co-?owners?', '(?:take over|take on|pick up|absorb)\\b[^.?!]{0,30}?\\bfrom (?:you|your)',
    "(?:we|i|my team|our team)(?:'ll| will| can| could|'d be happy to| would)[^.?!]{0,30}?\\b(?:review|test|debug|proofread|check|fix|help with|support) your", "you(?:'ll| will| would|'d) (?:also )?(?:get|have) (?:a dedicated|direct access|a seat|a say|priority)",
  ) + W),
  inviteStrong: re(W + alt(
    '(?:any|your|if you have|you have|there are) (?:\\w+ )?(?:concerns?|reservations?|constraints?|objections?|pushback|hesitations?|blockers?|worries|issues with)', 'concerns\\?', 'what do you think', 'how does (?:that|this) sound',
    '(?:does|would|will) (?:that|this|it) (?:work|sound|seem|be (?:ok|okay|feasible|possible|doable|reasonable))', 'open to (?:other|alternatives|suggestions|ideas|your|adjusting)',
    'what would (?:make|help|it take)', "if (?:that|this)(?:'s| is) (?:a problem|tough|difficult|not feasible|too much)", '(?:is|would) (?:that|this) (?:feasible|doable|possible|okay|ok|reasonable)',
    'works? for you', 'happy to adjust', 'flexible', "what(?:'s| is) (?:feasible|realistic|possible) (?:for|on) your (?:side|end)", 'from your (?:side|end|perspective)',
    'push back', 'if (?:that|this|it) (?:doesn\'t|does not|won\'t) work', 'open to alternatives', 'your thoughts', 'thoughts\\?', 'any (?:other )?ideas',
  ) + W),
  inviteSoft: re(W + alt('let me know if you have (?:any )?questions', 'any questions', 'questions,? (?:let me know|feel free|just ask)', 'feel free to (?:reach out|ping|ask)') + W),
  commit: re(W + alt(
    "(?:i|we)(?:'ll| will| am going to|'m going to|'re going to| are going to| plan to| can then| shall)\\s+(?:\\w+\\s+){0,2}?(?:send|share|circulate|set up|schedule|book|follow up|reach out|ping|draft|prepare|put together|write up|file|open|create|loop|update|confirm|get back|kick off|start|hand|deliver|drop|post|submit|come back|check in|sync|forward|email|message|add|invite|raise|have|run|hold|call|bring|begin|merge|deploy|get|come by|stop by|drop by|walk|text|review|finish|ship|wrap up|book)",
    'let me (?:send|set up|schedule|book|follow up|draft|put together|loop)', 'i can (?:send|set up|schedule|book)',
    "(?!it\\b|this\\b|that\\b|which\\b|there\\b|what\\b|who\\b|you\\b)[a-z]+(?:'ll| will)\\s+(?:\\w+\\s+)?(?:send|share|circulate|set up|schedule|book|follow up|reach out|draft|prepare|file|open|confirm|kick off|start|hold|run|deliver|submit|join|present)",
  ) + W),
  schedule: re(W + alt(
    String.raw`(?:set up|schedule|book|grab|find|put|hop on|jump on|have)\s+(?:a\s+|some\s+)?(?:\d+[- ]min(?:ute)?s?\s+|quick\s+|short\s+|brief\s+)?(?:call|meeting|sync|chat|time|slot|session|huddle|1:1|catch-up|check-in)`,
    'calendar invite', 'invite', String.raw`\d+[- ]min(?:ute)?s?`, 'sync (?:up|on)',
    "let's (?:meet|talk|sync|chat|connect|catch up|hop on|jump on|review|discuss|go through|walk through)", '(?:meet|call|chat|sync|talk) (?:on|at|tomorrow|today|this|next)',
  ) + W),
  nextMarker: re(W + alt('next steps?', 'next:', 'next up', 'todo:', 'to-?dos?:', 'action items?', 'to recap', 'to summari[sz]e', 'going forward', 'point of contact', 'poc', 'owner', 'timeline') + W),
  requestAction: re(W + alt(
    '(?:could|can|would|will) you (?:please )?(?:\\w+\\s+)?(?:confirm|reply|respond|let me know|get back|ack|decide|sign off|okay this|approve)',
    'please (?:confirm|reply|respond|let me know|get back|advise|ack|sign off|approve)', 'let me know (?:by|before|if|whether)', 'reply (?:by|before)', 'confirm (?:by|before)',
  ) + W),
  thanks: re(W + alt('thanks', 'thank you', 'thx', 'ty', 'appreciated?', 'grateful', 'cheers', 'much obliged', 'kudos') + W),
  vague: re(W + alt(
    'help', 'support', 'assistance', 'a hand', 'some (?:resources|people|time|data|help|bandwidth|budget|capacity|folks|hands)', 'resources', 'take a look', 'look into',
    'whatever you can', 'anything you can', 'capacity', 'bandwidth', 'budget', 'funding', 'sponsor(?:ship)?', 'headcount', 'people', 'some time', 'your time',
    '(?:some|any|a bit of|a little) (?:of your )?(?:help|support|time|assistance|bandwidth|capacity|resources)', 'pitch in', 'step in', 'sort (?:this|it) out', 'figure (?:this|it) out', 'lend a hand',
    'a few (?:people|folks|hands)', 'more (?:people|hands|folks|resources|capacity|bandwidth|support|help|time|budget)', 'extra (?:hands|help|capacity|resources)', 'check (?:this|it) out', 'jump in', 'chip in',
  ) + W),
  blame: re(W + alt(
    '(?:as|like) (?:i|we) (?:already |previously |have |had )*(?:said|mentioned|stated|explained|noted|asked|told you)', 'as previously (?:stated|mentioned|discussed)',
    'per my (?:last|previous|earlier) (?:email|message|note|mail)', "i(?:'ve| have) (?:already )?(?:asked|told you|reminded you|followed up|pinged you)\\b[^.?!]{0,20}?(?:multiple|several|many|three|two|\\d+|countless) times",
    'for the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)|umpteenth|last) time', "you (?:always|never|keep|constantly|still haven't|still have not|still didn't)", "your team (?:always|never|keeps|still)",
    "why (?:haven't|hasn't|isn't|aren't|didn't|don't|can't|won't|is this still|is it still|has nobody|has no one|do i have to|am i the only)", "still (?:haven't|hasn't|not done|waiting|no (?:reply|response|update))",
    'once again', 'unacceptable', 'ridiculous', 'frustrat(?:ed|ing)', "i shouldn't have to", "what(?:'s| is) taking so long", 'dropped the ball', 'your fault', 'not my problem', 'how many times', 'incompetent', 'lazy', 'useless',
    'yet again', 'again and again', 'nobody (?:seems to )?cares?', "(?:it's|it is) not (?:that|rocket) (?:hard|science)", "(?:is|was) it (?:really )?that hard", "(?:this|that) is the (?:second|third|fourth) time", 'as i said', 'as mentioned (?:before|earlier|already)',
    "it's been (?:weeks|days|a month|months|ages|forever)", 'still nothing', 'no one (?:bothered|cared|responded|replied)', 'zero (?:response|progress|updates?)', 'unprofessional', 'sloppy', 'waste of (?:my|our) time', 'yet another', 'as usual', 'come on',
  ) + W),
  verbal: re(W + alt(
    'verbal(?:ly)? (?:agreed|agreement|ok|okay|approval|commitment|promise)', 'verbally', 'orally', 'handshake (?:deal|agreement)', 'informal(?:ly)? agreed',
    '(?:as|like) we (?:agreed|discussed|said|talked about) (?:on the phone|over the phone|in the hallway|over coffee|at lunch|in person|verbally|offline)',
    'no need to (?:put|write|document|send|email|file)(?: (?:it|this|anything|that))?(?: (?:down|in writing|in an? (?:e-?mail|doc|ticket)|on paper))?',
    "(?:don't|do not) (?:need to |have to )?(?:put|write) (?:this|it|anything|that) (?:down|in writing|in an? (?:e-?mail|doc|ticket))", 'off the record',
    'between (?:you and me|us)', 'keep (?:it|this) (?:off|out of) (?:email|the ticket|writing|jira|the record)',
    "(?:you|he|she|they) (?:promised|agreed|said (?:it was )?(?:ok|okay|fine))(?: me)? (?:on the phone|over the phone|in person|verbally|at lunch|in the hallway)",
    'per our (?:hallway|phone|coffee|lunch|verbal|quick) (?:chat|call|conversation|agreement)', 'no (?:ticket|paperwork) needed', 'skip the (?:ticket|paperwork|email)',
    'as we agreed', 'like we agreed', 'what we agreed (?:on|at|over)', '(?:on|over) the phone', 'at lunch', 'in the hallway', "(?:he|she|they)(?:'s| is| was| were| are| said (?:he|she|they) (?:was|were|is|are))? (?:fine|ok|okay|good) with (?:it|this|that)", 'gave (?:me|us) the (?:nod|green light|go-ahead) (?:on the phone|in person|verbally|at lunch|in the hallway)', 'no need (?:for|to) (?:a )?(?:write-?up|recap|email|paperwork|ticket)',
    "(?:you|he|she|they) (?:said|told me|promised|agreed)(?: it was)?(?: (?:fine|ok|okay))? (?:last week|yesterday|earlier|before|at the offsite|at the meeting|in the meeting|over lunch|on our call|in person)", 'shook hands', 'like you said', 'as you promised', 'you promised',
  ) + W),
  written: re(W + alt('in writing', 'e-?mail', 'written', 'recap', 'minutes', 'documented', 'ticket', 'jira', 'confirmation', 'summary', 'write[- ]up', 'doc', 'cc') + W),
  escalate: re(W + alt(
    'escalat(?:e|ing) (?:this|it|the matter|to)', 'escalation to', 'go (?:over|above) (?:your|his|her|their) head',
    "(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor)(?: already| has| had)? (?:agreed|approved|said|signed off|wants|asked|is aware|knows|will hear|has been|will be)",
    "(?:loop(?:ing)?|cc(?:'ing|ing|'d)?|copy(?:ing)?|involve|bring(?:ing)?) (?:in )?(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor|leadership)",
    '(?:raise|take) (?:this|it) (?:up )?with (?:your|his|her|their|the) (?:manager|boss|director|vp|leadership|management|skip)',
    "(?:otherwise|or else|if not),? (?:i|we)(?:'ll| will)? (?:have to |need to )?(?:escalate|raise|take|report|go to|involve)", 'went to your (?:manager|boss)',
    'spoke (?:to|with) your (?:manager|boss|director|vp)',
    "(?:i|we)(?:'ve| have)? (?:already )?(?:talked|spoken|spoke) (?:to|with) (?:your|his|her|their) (?:manager|boss|director|vp|lead|skip)", "(?:i|we)(?:'ve| have)? (?:already )?(?:told|informed|pinged|messaged|emailed) (?:your|his|her|their) (?:manager|boss|director|vp|lead|skip)", "(?:adding|added|including) (?:your|his|her|their) (?:manager|boss|director|vp|cfo|ceo|cto|skip[- ]level)", '(?:cc|cc:) ?(?:your )?(?:vp|director|cfo|ceo|cto)',
    '(?:bring|brought|pull|pulled) (?:in )?(?:your|the) (?:vp|director|cfo|ceo|cto|leadership)', "(?:i|we)(?:'ll| will) (?:have to )?(?:go|take (?:this|it)) (?:to|above|over)",
    '(?:cc|cc\'d|cc\'ing|ccing|copying|copied|looping in|looped in|adding|added) [^.?!]{0,30}?\\b(?:your|their|his|her) (?:manager|boss|director|vp|lead|head|cfo|ceo|cto|skip)', '(?:spoke|spoken|talked|chatted|met) (?:to|with) [^.?!]{0,30}?\\b(?:your|their) (?:manager|boss|director|vp|lead|head)',
    "(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor)\\)?,? (?:already |has |had )?(?:agreed|approved|said|signed off|is aware|knows|okayed|ok'd)",
    'raise (?:this|it) (?:in|at) (?:the )?(?:leadership|exec|staff|directors?|vp|management) (?:sync|meeting|review|call)', '(?:flagged|mentioned|raised) (?:this|it) (?:to|with) (?:your|their|his|her) (?:manager|boss|director|vp|lead|head|skip)', '(?:leadership|the vp|the ceo|the cto|execs?|the board) (?:is|are) (?:watching|asking about|tracking|breathing)',
  ) + W),
  flatteryStrong: re(W + alt(
    'only you can', 'nobody (?:else )?(?:can|could) do (?:this|it)', 'forever (?:grateful|indebted|in your debt)', 'eternally grateful', "i(?:'d| would) owe you (?:big|forever|my life)",
    'i worship', 'beg(?:ging)? you', 'pretty please', 'humbly (?:beg|ask)', '(?:best|smartest|greatest) (?:engineer|manager|team|person|analyst|designer) (?:ever|in the (?:company|world)|i know)',
    '(?:your )?biggest fan', '(?:best|smartest|greatest|strongest) (?:\\w+ )?(?:in the (?:whole |entire )?(?:company|world|industry|org|building))', 'no one (?:else )?(?:is|does it) (?:as good|better)', 'living legend',
  ) + W),
  flatteryWeak: re(W + alt(
    "you(?:'re| are) (?:the best|amazing|a genius|a legend|a rock ?star|a lifesaver|a superstar|a hero|incredible|the smartest|brilliant|awesome|my hero|a wizard)", 'legend(?:ary)?', 'genius',
    'superstar', 'so so so', 'rock ?star', 'wizard', 'guru', 'you rock',
    '(?:the )?best (?:in the business|there is|around)', 'absolute(?:ly)? (?:best|legend|star)', "(?:so|really|truly|incredibly) (?:talented|brilliant|amazing|gifted)", 'huge fan', 'in awe', 'big fan',
    'the only one who (?:can|could|knows)', "no one (?:knows|does) [^.?!]{0,30}?(?:better|like you)", "you(?:'re| are) (?:a|the) (?:star|pro|expert|master|god|goddess|king|queen|magician|saint|angel)", 'as always,? (?:amazing|brilliant|incredible)',
  ) + W),
  timedAction: re(W + alt(
    String.raw`(?:on|by|at|before|this|next|tomorrow|today|${EWEEKDAY})\b[^.?!]{0,30}?\b(?:i|we)(?:'ll| will| can)\b`,
    String.raw`(?:kick ?off|kickoff) (?:is |will be )?(?:on|at|next|this|tomorrow)`,
  ) + W),
  request: re(W + alt(
    'could you', 'can you', 'would you', 'will you', 'please', 'would it be possible', 'is it possible', 'any chance', 'do you have', 'could we', 'can we', 'can i', 'could i',
    'would you be able', "(?:i'm|i am|we're|we are) (?:asking|writing to ask|reaching out to ask|requesting)", '(?:my|our|the) ask', 'request(?:ing)?:?', 'would (?:really )?appreciate',
    "i'd like to (?:ask|request|borrow)", "we'd like to (?:ask|request|borrow)", 'is there (?:any )?way',
  ) + W),
  role: re(W + '(?:engineers?|developers?|devs?|designers?|analysts?|testers?|qa|sres?|admins?|dbas?|reviewers?|scientists?|lawyers?|counsel|pms?|product managers?|writers?|contractors?|interns?|specialists?|architects?|recruiters?)' + W),
  // "Hi Amy, 年审是我们两个team都要过的关" is a greeting and a sentence: with a run of five Han characters
  // the line carries content, so it is not set aside as a greeting.
  greeting: re(String.raw`^(?:subject|re|fwd?|title|to|cc|bcc|from|sent|date|attachments?)\s*:.*$|^(?:hope (?:you're|you are|all is|this finds you|your week)[^.?!\n]{0,40}[.!]?)$|^(?![^\n]*[\u3400-\u9fff]{5})(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hi all|hello all|hi team|hey team|team)\b[^.?!\n]{0,40}?[,!:]?\s*$|^[a-z]+,\s*$`),
};

export const CUES: { zh: Record<CueKind, RegExp>; en: Record<CueKind, RegExp> } = { zh: ZH, en: EN };
export const CUE_KINDS = Object.keys(ZH) as CueKind[];
