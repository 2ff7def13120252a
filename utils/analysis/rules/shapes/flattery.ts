// The shape of flattery (讨好): praise of the reader pushed to a superlative — "you're hands down the best
// SRE in this building", "your team is the most talented group in the company", "您是集团里最懂供应链的
// 人", "您可是咱们公司的技术天花板" — read from how the sentence is built, beside the lexicon's set
// phrases. A plain "you're the best" in a thank-you is left alone (the rule decides that); here the
// praise must carry a superlative with a scope or an intensifier, or a word that is praise by itself.
// Run on normalised sentence text (normalize.ts, length-preserving).

import { firstShape } from './gated.ts';

const EN_READER = "(?:\\byou(?:'re| are)?|\\byour [\\w-]+(?: [\\w-]+)?(?:'s)?)";
const EN_SUPER =
  "(?:the (?:single )?(?:best|greatest|smartest|brightest|kindest|most [\\w-]+)\\b[^.?!;\\n]{0,40}?\\b(?:in (?:this|the|our) (?:building|company|whole|world|industry|field|org)|(?:i've|i have) ever|ever (?:seen|met|worked)|of all|today|anywhere|alive)|hands down|without exaggeration|nobody (?:else )?comes close|no one (?:else )?comes close|(?:an? )?(?:legends?|genius|rock ?stars?|wizard)\\b|extraordinary|world[- ](?:changing|class)|truly brilliant|genuinely brilliant|absolute privilege|the single most)";
const ZH_READER = '(?:您|你|贵)';
const ZH_SUPER =
  '(?:最懂|最敬重|最钦佩|最景仰|最佩服|最厉害|最牛|最专业|第一高手|第一人|天花板|福星|公认的|数一数二|没人比得上|无人能比|无人能及|榜样|偶像|大神|莫大的(?:福气|荣幸)|受益匪浅|五体投地|远见卓识|最会)';

const SHAPES: RegExp[] = [
  new RegExp(`${EN_READER}[^.?!;\\n]{0,50}?${EN_SUPER}`),
  new RegExp(`${ZH_READER}[^。!?;\\n]{0,20}?${ZH_SUPER}`),
];

/** The span of flattering praise in a normalised sentence (sentence-relative), or null. */
export const flatteryShape = firstShape(SHAPES);
