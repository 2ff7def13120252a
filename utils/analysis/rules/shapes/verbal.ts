// The shapes of leaning on a verbal deal (忽视正式确认): the writing is waived outright ("书面就不另外补了",
// "不用写ticket", "let's not bother writing it up"), or the ask rests on something said in passing (on
// the phone, over dinner, in the corridor, in standup, a voice message: "上次电话讲好的", "你leader在群里
// 发语音说没问题", "as we discussed over dinner", "Aisha said in standup it's fine"). Read beside the
// lexicon's set phrases. Run on normalised sentence text (normalize.ts, length-preserving).

import { firstShape } from './gated.ts';

const ZH_PAPER = '(?:书面|合同|合约|邮件|email|ticket|工单|流程|手续|签字|单子|申请单|文件|纸面|确认邮件|正式确认|确认|发函|发文|公文|函|审批|签核|会签|会办)';
const ZH_WAIVE = '(?:就)?(?:不用|不另外|不再另行|不再另|不另行|不另|就不|不必|免了|省了|没必要|不走|不提|不写|不发|不弄|不补|不改|唔使|(?:明天|之后|回头|事后|晚点)再补)';
const ZH_SPOKEN = '(?:电话|聚餐|团建|走廊|电梯|饭桌|会上|语音|call|口头|当面|聊天|吃饭|饭局|群里|微信上?|私下|饮茶|食饭)';
const ZH_AGREED = '(?:说好|讲好|谈好|答应|说可以|说没问题|说过|讲过|提过|点头|同意|说的|ok|okay)';

const SHAPES: RegExp[] = [
  new RegExp(`${ZH_PAPER}[^。!?;\\n]{0,8}?${ZH_WAIVE}|(?:不用|不必|无需|省得|免得|不另外|不再另行|不再另|不另行|就不|唔使)(?:再)?(?:写|发|提|走|签|补|出|另外写|列入)?[^。!?;\\n]{0,4}?(?:${ZH_PAPER}|纪录|记录)`),
  // The reader's superior's word taken as the go-ahead: 你老板Mike已经说OK了, 我已经跟你们刘总打过招呼了，他说…, 你们老大不是说了嘛, 佢話冇問題.
  new RegExp(`(?:你们?|你哋|贵|貴)(?:的|组|部门|那边)?(?:老板|老大|领导|经理|总监|主管|组长|处长|科长|leader|lead|vp|boss|(?!们)[\\u4e00-\\u9fff]总(?!是|结|体|共|算|之|的来说))[^。!?;\\n]{0,12}?(?:已经|都)?(?:说(?!法|明|一下|清楚)|讲|话|点头|同意|答应|打过招呼|ok|okay)(?:了|过|咗)?|(?:打过招呼|讲咗|说过了)[^。!?;\\n]{0,6}?(?:他|她|佢)(?:说|话|讲)`),
  new RegExp(`${ZH_SPOKEN}[^。!?;\\n]{0,14}?${ZH_AGREED}|(?:按|照)[^。!?;\\n]{0,8}?${ZH_SPOKEN}[^。!?;\\n]{0,4}?(?:说|讲|谈|定)的`),
  /\b(?:let's not bother|no need to (?:write|put|send|file|document|sign|email)|skip the (?:paperwork|ticket|form|email|write-?up)|without (?:the )?(?:paperwork|a ticket|a form|an email))\b/,
  /\b(?:as (?:we )?(?:discussed|agreed|said)|what we (?:said|agreed|discussed))\b[^.?!;\n]{0,40}?\b(?:over (?:dinner|lunch|coffee|drinks|the phone)|on the phone|in the (?:corridor|hallway|elevator|kitchen)|at (?:the )?(?:offsite|conference|party|dinner)|in (?:yesterday's |today's )?stand-?up|on (?:the |our |[\w']+'s )?(?:[\w-]+ )?call|verbally)\b/,
  /\b(?:over (?:dinner|lunch|coffee|drinks)|on the phone|in the (?:corridor|hallway)|at the (?:offsite|conference|party))\b[^.?!;\n]{0,30}?\b(?:agreed|said|discussed|promised|okayed)\b/,
  /\b(?:said|told (?:me|us)|agreed)\b[^.?!;\n]{0,30}?\b(?:in (?:yesterday's |today's |this morning's )?(?:stand-?up|the corridor|the hallway|passing|the kitchen)|over (?:dinner|lunch|coffee|drinks)|on the phone)\b/,
  /\b(?:he|she|they)(?:'s| is| are|'re) (?:fine|ok|okay|good|cool) with (?:us|you|me|it|this|that)\b|\b(?:he|she|they)(?:'s| is| are|'re) on board\b/,
  // Said in passing: "like we said at friday drinks", "following our chat at the conference dinner", "further to our telephone conversation",
  // "I think we both know what we agreed", "no need to run it through your planning process", "no need for a formal amendment".
  /\b(?:like|as) we (?:said|agreed|discussed) (?:at|over|on|in) (?:the )?(?:[\w-]+ )?(?:drinks|dinner|lunch|coffee|phone|party|bbq|barbecue|pub)\b|\b(?:following|further to|after) (?:our|the|my) (?:[\w-]+ ){0,2}?(?:chat|conversation|discussion|talk)\b[^.?!;\n]{0,30}?\b(?:at|over|in|on) (?:the )?(?:[\w-]+ )?(?:dinner|lunch|drinks|coffee|hallway|corridor|party|phone)\b|\b(?:following|further to|after) (?:our|the|my) (?:telephone|phone|hallway|corridor|dinner|lunch|coffee) (?:chat|conversation|call|discussion|talk)\b|\bwe both know what we agreed\b|\bno need to (?:run|put|take) (?:it|this|that) through\b|\bno need for (?:a |the |any )?(?:formal )?(?:amendment|contract|agreement|letter|memo|approval|process)\b/,
  // "Ramirez already said it's fine so you can just flip it on, no need for the form", "I won't bother with the formal request form".
  /\b(?:no need for|skip|skipping) (?:the |a |an |any )?(?:formal |usual |written )?(?:form|paperwork|ticket|request|submission|write-?up|email|sign-?off|request form|change (?:request|order)|requisition|purchase order|rfc)\b|\bwon't bother with (?:the |a )?(?:formal |usual )?(?:request )?(?:form|paperwork|ticket|write-?up)\b|\b(?:already )?said (?:it's|it is|that's) (?:fine|ok|okay)\b[^.?!;\n]{0,30}?\b(?:so|just)\b/,
];

/** The span of a verbal-deal shape in a normalised sentence (sentence-relative), or null. */
export const verbalShape = firstShape(SHAPES);
