// The shape of flattery (讨好): praise of the reader pushed to a superlative — "you're hands down the best
// SRE in this building", "your team is the most talented group in the company", "您是集团里最懂供应链的
// 人", "您可是咱们公司的技术天花板" — read from how the sentence is built, beside the lexicon's set
// phrases. A plain "you're the best" in a thank-you is left alone (the rule decides that); here the
// praise must carry a superlative with a scope or an intensifier, or a word that is praise by itself.
// Run on normalised sentence text (normalize.ts, length-preserving).

import { firstShape } from './gated.ts';

const EN_READER = "(?:\\byou(?:'re| are)?|\\byour [\\w-]+(?: [\\w-]+)?(?:'s)?)";
// A superlative with a scope: "the finest master in the fleet", "the most respected jurist in this county", "the best data engineer in all
// of APAC", "the most generous philanthropist this city has ever known", "the most respected voice in our profession, bar none".
const EN_SCOPE =
  "(?:in (?:all of |the whole |the entire )?(?:this|the|our|all|[a-z]+'s)? ?(?:[\\w-]+ )?(?:building|company|whole|world|industry|field|org|organi[sz]ation|county|city|country|state|region|fleet|europe|asia|apac|emea|profession|business|district|program(?:me)?|department|sector|market|history|decade|town)|(?:i've|i have|has|have) (?:ever|had the privilege)|ever (?:seen|met|worked|known|had)|of all|today|anywhere|alive|bar none|on [\\w-]+(?: [\\w-]+)? in (?:asia|europe|the world|the country|the region))";
const EN_SUPER =
  "(?:the (?:single )?(?:best|greatest|finest|sharpest|smartest|brightest|kindest|leading|most [\\w-]+(?: and [\\w-]+)?)\\b[^.?!;\\n]{0,40}?\\b" + EN_SCOPE + "|quite simply,? the\\b|without (?:a )?doubt,? the (?:best|finest|greatest|leading|most)\\b|(?:more|better) [^.?!;\\n]{0,40}?than any (?:[\\w-]+ )?(?:[\\w-]+ )?(?:in (?:its|their|his|her) history|ever|before)|hands down|without exaggeration|nobody (?:else )?comes close|no one (?:else )?comes close|(?:an? )?(?:legends?|genius|rock ?stars?|wizard)\\b|extraordinary|world[- ](?:changing|class)|truly brilliant|genuinely brilliant|absolute privilege|the single most)";
const ZH_READER = '(?:您|你|贵)';
const ZH_SUPER =
  '(?:全(?:台|国|省|市|公司|集团|行业|球|港)最[\\u4e00-\\u9fff]{1,2}|享誉(?:全国|业界|海内外|国内外)|当之无愧|顶尖|引路人|钦佩不已|敬仰|(?:真正的|行业的|学习的|业界的)标杆|久仰|最照顾|最信得过|没人比(?:您|你)更|最懂|最敬重|最钦佩|最景仰|最佩服|最厉害|最牛|最专业|第一高手|第一人|天花板|福星|公认的|数一数二|没人比得上|无人能比|无人能及|榜样|偶像|大神|莫大的(?:福气|荣幸)|受益匪浅|五体投地|远见卓识|最会)';

const SHAPES: RegExp[] = [
  new RegExp(`${EN_READER}[^.?!;\\n]{0,50}?${EN_SUPER}`),
  new RegExp(`${ZH_READER}[^。!?;\\n]{0,20}?${ZH_SUPER}`),
  // The reader after the praise (成间公司我最信得过就系你), or an organisation praised as one of the most (As one of the most admired
  // companies in the region, Halden Group…).
  new RegExp(`(?:最信得过|没人比)[^。!?;\\n]{0,10}?(?:您|你)|\\bas one of the most [\\w-]+(?: and [\\w-]+)? (?:[\\w-]+ )?(?:companies|firms|organi[sz]ations|institutions|labs|groups|teams|employers|brands|leaders)\\b`),
];

/** The span of flattering praise in a normalised sentence (sentence-relative), or null. */
export const flatteryShape = firstShape(SHAPES);
