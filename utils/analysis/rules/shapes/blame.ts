// The shapes of blame (情绪化：抱怨或指责): counting the chasing ("催了三次", "第三次来信", "I've asked four
// times"), "I already told you", "still nothing", "又挂了…的人呢", "nobody on X seems to care", "stop
// ignoring", "never uses it", "for once". Read beside the lexicon's set phrases. Run on normalised
// sentence text (normalize.ts, length-preserving).

import { firstShape } from './gated.ts';

const NUM = '(?:[0-9]+|[一二两三四五六七八九十几]+|好几)';

const SHAPES: RegExp[] = [
  // Not the writer chased by a third party (上周还被财务追问了两次).
  new RegExp(`(?<!被[^。!?;\\n,]{0,6})(?:催|问|提|说|找|发|提醒)(?:了|过)${NUM}(?:次|遍|回)|来信${NUM}(?:次|遍|回)|第${NUM}次(?:来信|催|问|提醒|找|说|发)|这都第几次|(?:已经|早就|昨天就?|上次就?)(?:说过|讲过|提过|强调过)了`),
  /(?:到现在|至今|到今天)(?:都|还|仍)?(?:没|未|不)|又(?:挂|出错|晚|漏发?|拖|忘|坏|掉链子)了?|怎么回事|的人呢|(?:永远|从来)(?:不|没)(?:回|理|看|管)|都不(?:回|理|看|管)/,
  /\b(?:asked|chased|pinged|reminded|emailed|requested|followed up)\b[^.?!;\n]{0,40}?\b(?:\d+|two|three|four|five|several|multiple|many|countless) times\b|\bfor the (?:third|fourth|fifth|nth|\d+(?:st|nd|rd|th)) time\b/,
  /\bi (?:already|have already|'ve already) (?:told|said|explained|asked) (?:you|this)\b|\bstill (?:have nothing|nothing|no (?:reply|response|answer|update|word))\b|\bstop ignoring\b|\bfor once\b/,
  /\bnobody (?:on|from|in|at) [^.?!;\n]{0,30}?\b(?:seems|cares|bothers|responds|answers|replies|has)\b|\b(?:never|always) (?:uses?|reads?|answers?|responds?|replies|listens?|helps?|ignores?)\b|\bhas become untenable\b/,
  // Issue-tracker impatience: "you guys have yet to update", "you ppl are slacking", "c'mon guys", "it keeps
  // getting ignored, nobody replies", "X really needs to respond", "already more than half a year", "(!!!)".
  /\byou (?:guys|ppl|people|folks|lot)\b[^.?!;\n]{0,20}?\b(?:have yet to|are slacking|slacking|don't care|do not care|ignore|keep ignoring)\b|\bslacking\b|\bc'?mon\b|\bcome on,? (?:guys|guyz|people|folks|man)\b/,
  /\b(?:keeps|kept) (?:getting |being )?ignored\b|\bno(?:body| one) (?:ever )?(?:replies|responds|answers|reacts|bothers)\b|\breally (?:needs?|has) to (?:respond|reply|answer|act|look at this|fix)\b|\balready (?:more than |over |almost |nearly )?(?:half a year|a year|(?:two|three|four|five|six|several|many|\d+) (?:months|years))\b|\(!{2,}\)|\b(?:doesn't|didn't|hasn't|isn't|wasn't|never) (?:get |gets |been |even )?(?:fixed|resolved|answered|addressed|looked at)\b[^.?!;\n]{0,12}?\bafter (?:a year|years|months|\d+ (?:months|years)|over a)/,
];

/** The span of a blaming shape in a normalised sentence (sentence-relative), or null. */
export const blameShape = firstShape(SHAPES);
