// Pitfall: asks for "help" or "support" with no concrete resource (准备不足：需求模糊).
import { GUIDE, type Rule, type RuleHit } from '../rule.ts';
import type { Doc, Sentence } from '../doc.ts';
import { askSentences, normOf } from './helpers.ts';

/**
 * Help the writer offers rather than asks for: "I can help", "we'd be happy to help", "What can I do to
 * help", "if you need any support", 我可以协助, 我也能協助, 如需协助. Read from the words just before the
 * cue only: the sentence may still ask for something else.
 */
const OFFERED = new RegExp(
  [
    "\\b(?:i|we)(?:'d|'ll|'m|'re| can| could| will| would| am| are| need to| have to| want to)(?: also| gladly| certainly| definitely| really)?(?: be)?(?: (?:happy|glad|willing|able|available|ready|more than happy|keen|pleased))?(?: to)?\\s*$",
    '\\bwhat (?:can|could) (?:i|we) do to\\s*$',
    '\\boffer(?:s|ed|ing)? to\\s*$',
    "\\b(?:i|we)(?:'d| would) (?:love|like) to\\s*$",
    '\\bhow (?:i|we) (?:can|could|might) be of\\s*$',
    '\\bin\\s+(?:a|the)\\s+position\\s+to\\s*$',
    // A benefit, not an ask: "it will greatly help us", "which would help me out" (not "could you help", "could your
    // team support us", "can the bureau support us").
    '(?<!\\b(?:you|u|anyone|someone|somebody|anybody|who|guys|team|folks|bureau|department|dept|office|group|side|lab|desk|staff|crew|unit) )\\b(?:will|would|could|might|should|can)(?: (?:greatly|really|also|certainly|definitely|surely|truly))?\\s*$',
    '\\bif (?:you|anyone|someone) (?:need|needs|want|wants|require|requires)\\b[^.?!;\\n]{0,24}$',
    '(?:我|我们|本人|咱们)(?:\\s?[a-z]+\\s?|这边|团队|组)?(?:也|都|还|会|可以|能|能够|愿意|乐意|可|来|很乐意|随时)+$',
    '(?:如|若|如果|要是)(?:有)?(?:需|需要)[^。!?;\\n]{0,12}$',
  ].join('|'),
);

/** Whether the vague cue at [start, end) of sentence `s` is help offered, not asked for. */
function offered(s: Sentence, start: number): boolean {
  const norm = normOf(s);
  const at = start - s.start;
  return OFFERED.test(norm.slice(Math.max(0, at - 48), at));
}

/**
 * A vague word used concretely: software support for a named thing (支持下deb, 支援廣東話, support for arm64, "added
 * support for one more board"), or a list of named people ("the following people").
 */
const ZH_FEATURE = /^下?(?![下一的和与及]|力度|工作|配合|我|你|您|他|她|大家|各位)[\u4e00-\u9fffa-z0-9]/;
const EN_FEATURE_AFTER = /^ (?:for|of)\b/;
const EN_FEATURE_BEFORE = /\b(?:add|added|adding|adds|driver|hardware|platform|language|native|official|better|full|browser|os)\s$/;
function concreteUse(s: Sentence, h: { start: number; end: number }): boolean {
  const norm = normOf(s);
  const a = h.start - s.start;
  const b = h.end - s.start;
  const word = norm.slice(a, b);
  // A bracketed tag of a title (【協助】繁體中文翻譯) labels the issue; the title says what is needed.
  if (/^[】\]]/.test(norm.slice(b, b + 1))) return true;
  if (word === '支持' || word === '支援') return ZH_FEATURE.test(norm.slice(b, b + 4));
  if (word === 'support') return EN_FEATURE_AFTER.test(norm.slice(b, b + 5)) || EN_FEATURE_BEFORE.test(norm.slice(Math.max(0, a - 12), a));
  // "people" alone names who, not what ("if people have concerns", "ask people to be on time"): vague only as an amount
  // asked for (some / more / a few people are their own cues).
  if (word === 'people') return true;
  // "take a look at the deal" names what to look at.
  if (word === 'take a look' || word === 'look into') return /^ (?:at )?(?:the|this|these|that|those|it|my|our|your|his|her|their|pr|issue|ticket|#)/.test(norm.slice(b, b + 12));
  // Help to do a named thing ("help moderate this list", "help maintain the app", 协助查勘改善, 协助添加镜像站): the
  // action is the concrete ask; "help us", "help with this", 帮忙支持一下 stay vague.
  if (word === 'help' || word === 'assist') return EN_HELP_TO.test(norm.slice(b, b + 24));
  if (word === '帮忙' || word === '帮助' || word === '协助' || word === '协调') return ZH_HELP_TO.test(norm.slice(b, b + 8));
  return false;
}
const EN_HELP_TO =
  /^\s*(?:(?:me|us|you|them|him|her)\s+)?(?:to\s+)?(?!(?:with|on|out|us|me|please|here|asap|soon|if|when|so|and|or|but|from|for|in|of|at|as|is|would|will|you|the|a|an|this|that|it|i|we|also|all|get|more|again|through|any|some|anything|wanted)\b)[a-z]{3,}/;
const ZH_HELP_TO =
  /^(?:一下|下)?(?:我们|我|你们)?(?:把|将)?[^。!?;\n,，]{0,6}?(?:看|改|测|查|修|处理|审|更新|添加|加|维修|查勘|勘查|解决|确认|整理|翻译|校对|协调|联系|安排|推广|宣传|引荐|评估|分析|改善|改进|优化|完善|提供)/;

/** The sentence's resource words are all generic ones (budget, people, time) that overlap a vague cue. */
function onlyGeneric(doc: Doc, s: Sentence): boolean {
  const vague = doc.hitsIn(s, 'vague');
  return doc.hitsIn(s, 'resource').every((r) => vague.some((v) => r.start < v.end && v.start < r.end));
}

const rule: Rule = {
  meta: {
    id: 'vague-need',
    kind: 'pitfall',
    severity: 'warning',
    guidance: GUIDE.pitfallPrep,
    message: {
      zh: '只说了“帮忙/支持”，没说具体要什么资源。',
      en: 'Asks for “help” or “support” without naming a concrete resource.',
    },
    explanation: {
      zh: '模糊的请求容易被拒绝或搁置：写清是人、数据、预算、时间还是权限，以及多少。',
      en: 'Vague asks get declined or parked: say whether it is people, data, budget, time or access, and how much.',
    },
    fix: { templateId: 'need.quantified' },
  },
  check(doc) {
    // A concrete resource (a role, a dataset, a licence, a document), even without an amount, is not
    // vague: it fails the quantified need instead. Generic help, support, people, budget or time with
    // no amount and no named role or item is.
    // A need with an amount or a deadline settles it; one with only a day ("help us with staging
    // today?") still leaves the resource vague.
    const needs = doc.elements.quantifiedNeed.need.spans;
    if (doc.content.some((s) => needs.some((n) => n.start === s.start) && (doc.has(s, 'quantity') || doc.has(s, 'deadline')))) return [];
    const asks = askSentences(doc);
    // Concrete: a named role, an amount, or a concrete item asked for without a generic "help" word.
    if (asks.some((s) => doc.has(s, 'role') || doc.has(s, 'quantity'))) return [];
    if (asks.some((s) => doc.has(s, 'resource') && !onlyGeneric(doc, s) && !doc.has(s, 'vague'))) return [];
    const out: RuleHit[] = [];
    for (const s of asks) {
      const v = doc.hitsIn(s, 'vague').find((h) => !offered(s, h.start) && !concreteUse(s, h));
      if (v) out.push({ start: v.start, end: v.end });
    }
    return out.slice(0, 3);
  },
  examples: {
    good: [
      { text: '可唔可以幫手調去星期四上午？嗰日第三號法庭都得。' },
      { text: "I'm happy to help with the docs. Could you add me as a maintainer of the repo?" },
      { text: '要是作者忙不过来，我可以协助审核PR，能否给我加个权限？' },
      { text: '能否考虑支持国产数据库？我们在政务项目里要用。' },
      { text: '希望增加繁體中文支援，我可以幫忙校對。' },
      { text: 'Would you mind helping me test the current build before Friday?' },
      { text: '能否支援繁體中文？我可以幫忙翻譯。' },
      { text: '听说您和对方供应链的负责人比较熟，想请您帮忙引荐一下。' },
      { text: '数据组的同学，能帮忙拉一下上个月的销售数据吗？周五要用。' },
      { text: '这个PR能不能帮忙review一下？今天下班前合进去就行。' },
      { text: "Your support team has been great. Any chance you could look at ticket 4471 today?" },
      { text: '需要一名数据分析师支持三天。' },
      { text: 'Could you help us with two reviewers for this sprint?' },
      { text: '请把上周的日志发我。' },
      { text: 'Could you review the hiring rubric?' },
      { text: '恳请县里在我村口增设路灯，方便夜间通行。' },
      { text: '恳请帮忙把村口那段路铺上碎石，雨天也能通车。' },
      { text: '作者你好，能否支持下deb格式？我们内网只能装deb包。' },
      { text: '希望日後能夠支援粵語輸入，謝謝！' },
      { text: 'Could you add support for ARM64 builds? Our runners moved to Graviton.' },
      { text: 'Could you give me commit access to help maintain the Debian packaging?' },
      { text: '南坡的擋土牆倒了，請鄉公所協助查勘改善。' },
      { text: 'Please give the following people read access to the shared folder: Ana Ruiz, Tom Bell.' },
      { text: 'Please take a look at the revised rota and tell me if it works for your shift.' },
      { text: 'If people have questions about the new rota, please send them to me.' },
      { text: "I'd love to help with the translations. Could you add me to the project?" },
      { text: 'Please send the shift logs from the weekend, which would greatly help us.' },
      { text: 'Our volunteers are not in the position to help, so could you find someone to cover the desk?' },
      { text: '能不能加一个导出功能？之后相关的 issue 我们 team 也可以帮忙 triage。' },
      { text: '协助繁体中文翻译：现在的译文有不少错字，能否请你们开放翻译文件？' },
    ],
    bad: [
      // "Anyone who can help" asks (not a benefit), Cantonese help with no action named (session 9).
      { text: 'anyone around who can help with the payroll thing? bit stuck' },
      { text: '今晚成層都係會議，你哋房務部可唔可以幫吓手？' },
      // 星期六成層 is Saturday and a whole floor, not 六成 (60%): no amount settles it.
      { text: '星期六成層都係會議，你哋房務部可唔可以幫吓手？' },
      { text: '张经理，下周的会员中心上线需要你们那边支持一下，尽快安排个人吧。' },
      { text: '在吗在吗，美术组能不能支援一下我们，这周实在忙不过来了。' },
      { text: '在吗？帮个忙呗，急' },
      { text: '这个事情需要你们部门帮忙支持一下。' },
      { text: 'We need some help from your team.' },
      { text: 'Could you help us with this before the audit?' },
      { text: 'Can you take a look when you get a chance?' },
      { text: '麻煩協助一下。' },
      { text: 'We need budget for the offsite.' },
      { text: 'Any chance your team could support us with the launch?' },
    ],
  },
};

export default rule;
