// The shapes of a next step (确认并致谢: who does what by when), read from how a sentence is built rather
// than from lists of verbs (those are the `commit` / `schedule` cues in cues.ts): an actor on the
// writer's side or a named person or unit, then a time, then the action ("我明天上午把…", "下周三上午我带
// 团队…", "本课将于11月27日前…", "I'll rebase it on Wednesday", "Finance will hold a session on…"), or a
// short meeting proposal with a time ("got a sec at 4 today?"). The caller checks that the sentence
// carries a concrete time; these shapes only say who acts. Not the ask's own deadline ("我明天要用",
// "I'll need it by Friday").

import { shapeGate } from './gated.ts';

const ZH_TIME =
  '(?:今天|今晚|今日|明天|明早|明日|听日|后天|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下周|本周|这周|月底|月初|年底|[0-9]{1,2}\\s?月\\s?[0-9]{1,2}\\s?[日号]?|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]|[0-9]{1,2}/[0-9]{1,2}(?![0-9/])|[0-9]{1,2}[日号]|[0-9]{1,2}[:：点]|[一二两三四五六七八九十]{1,3}点|上午|下午|早上|早晨|傍晚|下昼|中午|晚上|放工|下班|稍后|晚点|一会儿?|会后)';
const ZH_WITHIN = '[0-9一二两三四五六七八九十]{1,3}\\s*个?(?:工作日|工作天|天|日|周|星期|个月)(?:内|之内|以内)';
/** The writer's side, or a unit speaking of itself in a notice (本课, 本会); named units act through 将于. */
const ZH_ACTOR = '(?:我们|我哋|我|咱们|(?<![原根基样成资日版课剧文账书标范脚])本(?!周|月|年|季|日|次|星期|届|期|账号|帐号|系统|案|合约|合同|活动|产品|服务|项目|计划|文|函)[\\u4e00-\\u9fff]{1,2})';
// Not the ask's deadline (我明天要用), a wish (我下周一想请假), a plan given as the reason (我晚上要跑脚本),
// what cannot be done (我们21号上不了线), nor a time that qualifies a noun (12月10日的联调节点).
const NOT_THE_NEED = '(?!\\s?的|[^。!?;\\n,]{0,4}(?:要用|需要|就要|得用|急用|要拿到|必须|想|要(?!把|给)|不|没|无法|有(?=寄|发|打|问|说|传|送|提|写|填|交)))';

const ZH_SHAPES: RegExp[] = [
  // 本会将于11月26日前递交… / 财务部将于12月1日公布… / 如获批准，本课拟于…
  // Not an event announced (本校开放日将于12月14日举行).
  // A span ahead promised (我司保证能在40天内完成, 公安机关在30个工作日内兑现) is a when too.
  new RegExp(`(?:将|(?<![委协学工商议理董大])会|拟|计划|预定|保证能|保证|承诺)(?:于|在)\\s*(?:(?:批准|核准|获批|同意|收到|签约|确认)后\\s*)?(?:每)?(?:${ZH_TIME}|${ZH_WITHIN})(?![^。!?;\\n]{0,14}(?:举行|开幕|进行|到期|届满|失效|生效|截止|投产|开通运营|正式运营|通车|播出))`),
  // 我明天上午把清单发你 / 合入的PR我本周四前提上来 / 我今日5点前喺系统度填好.
  // Not 我们 as the one helped or given to (帮我们看看明天的稿子, 给我们用到月底) or in a purpose (以便我们赶在…),
  // nor a time that ends a span of use (用到月底), nor a swap (我替您上周四那节).
  new RegExp(`(?<![帮给替让为跟和借请了便])${ZH_ACTOR}(?!希望|想|盼|期待|需要)(?:(?![替帮给])[^。!?;\\n,]){0,3}?(?<![到至])${ZH_TIME}${NOT_THE_NEED}`),
  // 下周三上午我带团队去贵司 / 周一早上10点我们拉个会.
  new RegExp(`${ZH_TIME}(?:前|之前|以前)?[^。!?;\\n,]{0,4}?(?:我们|我哋|我)(?:来|会|去|把|带|再|先|就|过去|过来|让|叫|派|安排)`),
  // A draft sent up for review by a date: 演练方案由行政部起草，5月10日前报您审阅 / 下周三前呈局长核定 (not the reader's
  // own deadline: 请于5月10日前报局长审批).
  new RegExp(`(?<!(?:请|务必|须|应)[^。!?;\\n]{0,12})${ZH_TIME}(?:前|之前|以前)?\\s?(?:报|呈|送|提交)(?:给)?(?:您|你|领导|局里|上级|[\\u4e00-\\u9fff]{1,2}长|贵[\\u4e00-\\u9fff])?(?:审阅|审批|审核|审定|批准|核定|备案|过目)`),
  // 明天下午三点有空吗 / 听日下昼三点得唔得闲.
  new RegExp(`${ZH_TIME}[^。!?;\\n]{0,8}?(?:有空|得闲|得唔得闲|有时间)`),
];

const EN_NOT_NEED = "(?!need|be\\b(?! (?:(?!needing|requiring|waiting|wanting|expecting|missing|losing|hoping|looking for|taking\\b[^.?!;\\n]{0,40}\\b(?:off|leave|vacation|holidays?|pto)\\b)[a-z]+ing\\b|happy to|glad to|pleased to|in touch|back in touch|on the call|available to (?:walk|go|take|review|call)|in the office|on site|at (?:my|the) desk))|have to|require|want|wait|lose|miss|not\\b|never|still|tell|see|say|imagine|guess|only|afford)";
/** Verbs that make an intention the ask itself or a wish to learn, not a step the writer takes. */
const EN_NOT_ASK =
  '(?!request|ask|know|understand|learn|get\\b|receive|obtain|borrow|have\\b|see\\b|hear|thank|make sure|remind|point out|mention|propose|suggest|apply|invite|welcome|introduce|add\\b|clarify|express|share (?:my|our) |book|reserve|take\\b|push|move|postpone|delay|extend|use\\b|rent|hire|bring (?:[\\w-]+ ){0,2}forward|reschedule|change|cancel|shift)';
const EN_SHAPES: RegExp[] = [
  // "I'll rebase #4431 on Wednesday", "we can start Monday", "I'll check back Thursday morning".
  // Not in a subordinate clause ("whether we can submit in Q1", "so we can stop it next week").
  new RegExp(`(?<!\\b(?:whether|if|so|that|once|when|unless|before|after|until|because|as|how|why|where|than|chance|possible)\\s)\\b(?:i|we)(?:'ll| will| am going to|'m going to|'re going to| are going to| plan to| shall| can)\\s+(?:also\\s+|then\\s+|just\\s+)?${EN_NOT_NEED}[a-z]`),
  // An intention with its time: "I'd like to send it out early next week", "we hope to ship the fix on
  // Tuesday", "I want to hand them out at Monday's meeting". Not the ask itself ("I'd like to request two
  // testers by Friday", "we would like to get the data by noon") nor a wish to learn something.
  new RegExp(`(?<!\\b(?:whether|if|so|that|once|when|unless|because|how|why|where)\\s)\\b(?:i|we)(?:'d like to| would like to| want to| hope to| intend to| expect to| aim to)\\s+${EN_NOT_NEED}${EN_NOT_ASK}[a-z]`),
  // "My office will collect the files…", "our DBA will run it…" (the writer's side, named by role).
  new RegExp(`\\b(?:my|our) [\\w-]+(?: [\\w-]+)?(?:, [\\w. ]{2,25},)? (?:will|'ll|is going to|are going to)\\s+${EN_NOT_NEED}[a-z]`),
  // A contact promised: "lets chat about it tomorrow" (written without the apostrophe), "you'll be hearing from us
  // after Thanksgiving".
  /\blets (?:chat|talk|meet|sync|discuss|catch up|decide|review|connect)\b|\b(?:will|'ll) (?:be )?hear(?:ing)? from (?:us|me)\b/,
  // A meeting proposed or a joint step: "could we meet Thursday at 9", "let's sync on Monday", "let's decide on
  // Monday". (Not "See you Thursday": a sign-off more often than a step.)
  /\b(?:could|can|shall) we (?:meet|talk|sync|chat|catch up|grab|hop on|jump on|walk|go over|go through|run through|review|look at|do a)\b|\blet's (?!not\b|say\b|hope\b|see if\b|just\b)[a-z]+\b/,
  // A time proposed for a call or meeting: "To get the ball rolling I propose: May 26 at 14.30", "I suggest 9am
  // Boston time … next Monday would work for me".
  /\b(?:i|we) (?:propose|suggest)\b|\bwould work (?:well |best )?for (?:me|us)\b/,
  // A meeting already set or called by the writer: "I am meeting with Warren on Tuesday", "I am inviting everyone to
  // attend a meeting Tuesday at 3:00".
  /\b(?:i|we)(?:'m| am|'re| are) (?:meeting|sitting down|getting together) with\b|\b(?:i|we)(?:'m| am|'re| are) (?:inviting|asking) (?:you|everyone|all of you|the team|each of you)\b[^.?!;\n]{0,30}?\b(?:meeting|call|session|workshop)\b/,
  // A deliverable promised to arrive: "the weekly report will be in your inbox by Wednesday", "you'll have it by noon".
  /\b(?:will|'ll) be (?:in your inbox|with you|on your desk|in your hands)\b|\byou(?:'ll| will) have (?:it|them|the [\w-]+(?: [\w-]+)?) (?:by|on|before|first thing)\b/,
  // "got a sec at 4 today?", "are you free Thursday at 2?".
  /\b(?:got a (?:sec|second|minute|min)|(?:are|r) you (?:free|around|available)|free for a|have (?:a |some )?(?:time|minutes?) (?:at|on|for)|do you have (?:a )?(?:sec|minute|moment))\b/,
];

/** A named person, team or handle who will act: "Finance will hold…", "@mhernandez will post…". Original case. */
const EN_NAMED = new RegExp(`(?:^|[\\s(])(?:@[\\w.-]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,3})(?:'ll| will)\\s+${EN_NOT_NEED}[a-z]`);
/**
 * A minutes action: "RT to email the facility manager by Thursday", "Luis: send the export by Fri", "Action: L. Park to
 * send the contracts by Thursday", "Our side: Dana to send the floor plans by Friday". Original case.
 */
const EN_ACTION_ITEM = /^\s*(?:[-*•]\s*)?(?:(?:[Aa]ctions?(?: items?)?|AI|[Oo]wner|[Oo]ur side|[Tt]heir side|[Nn]ext|[Ff]ollow-?ups?|TODO|[Tt]o-?do)\s*[:：]\s*)?(?:(?:[A-Z]\.\s?)?[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,3}|[Ee]ach [\w-]+|[Aa]ll [\w-]+s)(?: (?:and|&) (?:(?:[A-Z]\.\s?)?[A-Z][a-z]+|[A-Z]{2,3}))?(?: to|:) (?:email|send|draft|book|confirm|check|reply|share|circulate|update|prepare|follow up|schedule|set up|review|call|write|file|submit|pull|clear)\b/;
const EN_NOT_AGENT = /^(?:It|This|That|There|What|Who|Which|They|He|She|You|Nothing|Everything|Something|Someone|Anyone|No one|The)\b/;

// Only the shapes whose required literals occur in the sentence are tried (gated.ts).
const zhMay = shapeGate(ZH_SHAPES);
const enMay = shapeGate(EN_SHAPES);

/** Whether a sentence shows who acts in a next step. `norm`: normalised text; `text`: the original. */
export function stepShape(norm: string, text: string): boolean {
  for (let k = 0; k < ZH_SHAPES.length; k++) if (zhMay(norm, k) && ZH_SHAPES[k]!.test(norm)) return true;
  for (let k = 0; k < EN_SHAPES.length; k++) if (enMay(norm, k) && EN_SHAPES[k]!.test(norm)) return true;
  if (EN_ACTION_ITEM.test(text)) return true;
  const m = EN_NAMED.exec(text);
  return m !== null && !EN_NOT_AGENT.test(m[0].trim());
}
