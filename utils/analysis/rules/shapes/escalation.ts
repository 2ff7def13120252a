// The shapes of going over the contact's head (越过对接人): the writer has gone to, told or copied the
// reader's superior, or the reader's superior is cited as having approved or asked. The superior is a
// title held by the reader's side (你们/贵部门的/your/their + 总监, 处长, 李总, VP, CFO, manager…). Run on
// normalised sentence text (normalize.ts, length-preserving). Used by over-the-head.ts, and by
// next-steps.ts (a dated threat to escalate is not a next step).
import type { Sentence } from '../../doc.ts';
import type { Span } from '../../types.ts';
import { normOf, perSentence } from '../helpers.ts';
import { shapeGate } from './gated.ts';

// Titles, in normalised text (simplified characters, ASCII lower case). `X总` is a surname and 总 (李总),
// not 总是 / 总共 and not after an adverb (都总是).
const ZH_SURNAME_ZONG = '(?:(?![都也还又就老一不没再总])[\\u4e00-\\u9fff])总(?![是结体共计算之部量数额而的])';
const ZH_TITLE =
  '(?:分管(?:副总|领导|副总裁|vp)|副总裁|总裁|副总|总经理|总监|经理|主管|领导|老板|大老板|上级|上司|负责人|老大|处长|科长|部长|主任|协理|院长|所长|局长|厂长|组长|' +
  ZH_SURNAME_ZONG +
  '|manager|boss|director|vp|cto|ceo|cfo|coo|leader|lead|general counsel|head)';
// A unit and a surname or an English name may come between (你们林经理, 贵司的陈总监, 你们课题组王主任, 你们 head Michael).
const ZH_SUPERIOR = `(?:你们|你哋|你|您|贵)(?:[\\u4e00-\\u9fff]{0,3}?(?:部门|单位|部|组|团队|处|科|司|公司|那边|院|局|所|校|厅|馆|中心))?的?(?:[\\u4e00-\\u9fff]{1,5}的)?\\s*(?:[\\u4e00-\\u9fff]|[a-z]+\\s?)?${ZH_TITLE}`;
const EN_TITLE =
  "(?:manager|boss|director|vp|svp|evp|head|lead|skip[- ]level|supervisor|cto|ceo|cfo|coo|cio|cmo|md|managing director|general manager|gm|general counsel|leadership|management|execs?|executives?|higher[- ]ups?|chief|president|vice[- ]president|chair(?:man|woman|person)?|lieutenant|captain|commander|superintendent|dean)";
const EN_SUPERIOR = `(?:\\b(?:your|their)\\s+(?:(?:team|group|department|dept|org|division)(?:'s)?\\s+)?(?:(?:regional|area|line|plant|site|country|senior|deputy|executive)\\s+)?${EN_TITLE}\\b|@(?:cto|ceo|cfo|coo|vp\\w*|director\\w*|head\\w*)\\b)`;

/** The first two shapes: the one who goes up must be the writer, not "你先跟你们领导确认" (the reader). */
export const READER_BEFORE = /[你您][^。！？!?；;，,\n]{0,6}$/;

/** A lexicon hit that opens on the act of going up (告诉/找/跟…): subject to the same check. */
export const GOING_UP = /^(?:找|告诉|告訴|报告|報告|反映|上报|上報|汇报|匯報|抄送|通知|提醒|拉上|请示|請示|跟|和|向|给|給|同步|发给|發給|转给|轉給|知会|知會|拉|直接)/;

const SHAPES: RegExp[] = [
  // 反映给/抄送/告诉 + 你们分管副总: the act of going up is in the verb.
  new RegExp(`(?:反映给|汇报给|上报给|报告给|投诉到|投诉给|抄送给?了?|cc给?了?|cc了|同步给|同步了|转给|告诉|通知|知会|去找|找|揾|碰到|遇到|见到|问过|问了|请示过|请示了|loop\\s?in|looped in|拉了|拉上|@\\s?了?)\\s*${ZH_SUPERIOR}`, 'g'),
  // 跟/向 + 你们处长 + … + 讲过 / 报备过 / 提了一嘴.
  new RegExp(`(?:跟|和|向|给|同)\\s*${ZH_SUPERIOR}[^。！？!?；;\\n]{0,10}?(?:说|讲|提|报备|反映|汇报|讲咗|倾过|倾咗|打过招呼|打了招呼|打招呼|沟通|聊过|聊了|确认过|申请过|同步过|对过|敲定|定好|定了|谈好|sync|align)`, 'g'),
  // 你们老大 Kevin 那边我已经打过招呼.
  new RegExp(`${ZH_SUPERIOR}[^。！？!?；;\\n]{0,12}?(?:那边|那里)[^。！？!?；;\\n]{0,8}?(?:打过招呼|打了招呼|说过|讲过|沟通过|确认过)`, 'g'),
  // 你们总监已经同意了 / 李总说没问题.
  new RegExp(`${ZH_SUPERIOR}[^。！？!?；;\\n]{0,12}?(?:同意|答应|批了|批准|批过|点头|拍板|发话|要求|交代|说了|说过|说没问题|表示|ok\\s?了|没意见)|${ZH_SUPERIOR}\\s?[a-z]*[^。！？!?；;\\n]{0,24}?已经?\\s?(?:approve|同意|批准|批了|点头|拍板)`, 'g'),
  // I've raised this with / escalated it to / mentioned it to / cc'd … your CFO.
  new RegExp(`\\b(?:i|we)\\b(?:'ve|'d|'ll| have| had| will| already| also| just| then)*\\s+(?:escalated|raised|flagged|mentioned|told|let|informed|notified|alerted|asked|contacted|reached out to|wrote to|called|spoke|spoken|talked|emailed|messaged|pinged|cc'?d|copied|looped in|added|briefed|reported|complained|went|gone|brought)\\b[^.?!;\\n]{0,40}?${EN_SUPERIOR}`, 'g'),
  // "Tagging @cto since…", "cc'ing your director".
  new RegExp(`(?:^|[,:;(]\\s*|\\b(?:fyi|also|and)\\s+)(?:tagging|cc'?ing|cc|copying|looping in|adding)\\s+[^.?!;\\n]{0,40}?(?:${EN_SUPERIOR}|\\bthe (?:[a-z-]+ )?(?:chair|director|vp|cto|ceo|cfo|coo)\\b)`, 'g'),
  // "Your VP already approved it", "their director said…", "your CEO is expecting…".
  new RegExp(`${EN_SUPERIOR}[^.?!;\\n]{0,25}?\\b(?:agreed|approved|said|signed off|okayed|ok'd|is aware|knows|is expecting|expects|wants this|asked (?:me|us)|has asked|backed|told (?:me|us))\\b`, 'g'),
  // The company's own senior copied to press the reader (此邮件已同时抄送分管副总裁刘总，刘总已明确要求各部门全力配合).
  new RegExp(`(?:抄送|cc|副本)(?:了|给)?[^。！？!?；;\\n]{0,6}?(?:分管)?(?:副总裁|总裁|副总|总经理|厂长|局长|院长|董事长|总监|${ZH_SURNAME_ZONG})[^。！？!?；;\\n]{0,24}?(?:要求|全力配合|务必|盯着|过问|请[^。！？!?；;\\n]{0,8}?(?:处理|办理|重视|关心|协调|回复))`, 'g'),
  // A senior's written instruction invoked to press the reader (此事集团分管副总裁已专门作出批示，请贵部门高度重视).
  new RegExp(`(?:分管)?(?:副总裁|总裁|副总|总经理|董事长|局长|厅长|市长|区长|院长|书记|主要领导)[^。！？!?；;\\n]{0,6}?(?:已|已经)?(?:专门|亲自|明确)?(?:作出|做出|作了|做了)?(?:批示|指示)[^。！？!?；;\\n]{0,16}?请(?:贵|你们|您)[^。！？!?；;\\n]{0,8}?(?:高度重视|重视|全力配合|按时办结|尽快办理)`, 'g'),
  // Someone's OK cited to skip the reader ("Kevin said it's fine so just grant it", "she said your team can spare Priya").
  /\b[a-z]+ (?:said|says|told me|confirmed|agreed) (?:that )?(?:it's|it is|that's|this is|we're|we are) (?:fine|ok|okay|good|cool|approved)\b[^.?!;\n]{0,40}?\b(?:so (?:just|please|you can)|just (?:grant|give|add|approve|do|push|merge|open|send|go ahead))\b|\b(?:he|she|they) (?:said|says|told me|agreed) (?:that )?your (?:team|group|folks|people|side|department|dept) (?:can|could|will|would|is able to)\b/g,
  // Going up as a threat or as pressure: "I'm going straight to Raj (your VP)", "ask Dave to sort it out with your
  // director", "I've copied Linda (CFO) here so she's aware of where this is stuck".
  new RegExp(`\\bgo(?:ing)? (?:straight |directly )?(?:to|over to) [a-z]+ \\((?:your )?${EN_TITLE}\\b|\\b(?:sort (?:it|this) out|take (?:it|this) up|raise (?:it|this)|deal with (?:it|this)) with ${EN_SUPERIOR}|\\b(?:copied|cc'?d|cc'?ed|looped in|added|copying|cc'?ing|looping in) (?:[a-z]+ \\((?:${EN_TITLE})\\b[^)]{0,30}\\)|(?:the |our )?(?:ciso|cio|cto|ceo|cfo|coo|vp|svp|evp)\\b)[^.?!;\\n]{0,40}?\\b(?:so|since|because|as)\\b`, 'g'),
  // A name with the reader's title after it (我已经找 Kevin(你们 lead)口头 OK 了).
  new RegExp(`(?:找|跟|和|问)(?:过|了)?\\s?[a-z\\u4e00-\\u9fff]{1,10}\\s?[(（](?:你们|您的|你的|贵)[\\u4e00-\\u9fff]{0,3}\\s?${ZH_TITLE}[)）]`, 'g'),
  // Gone up on the writer's behalf or settled above the reader ("Sgt. Harlow already spoke to your lieutenant", "everything
  // was settled on the call with your MD"), told to or copied in the reader's senior (已经把情况向贵公司的区域总经理报告,
  // 我已经把贵司黄副总也抄上了), a letter that goes to the senior directly (这边想直接跟您反映一下).
  new RegExp(`\\b(?:spoke|spoken|talked) (?:to|with) ${EN_SUPERIOR}|\\b(?:settled|agreed|cleared|sorted|signed off)\\b[^.?!;\\n]{0,30}?\\bwith ${EN_SUPERIOR}`, 'g'),
  // Session 11: the reader's superior named in passing ("Derek (your manager)", "run it past Helen, your CFO", "taking it up with Frank, your
  // boss"), going up threatened without the reader's title ("I'll have to raise it with the COO directly"), a senior's directive invoked
  // ("The EVP of Operations has directed that…"), a copy sent to the reader's superior (本信副本已同時寄給貴單位吳處長), the superior asked
  // to step in past the contact (只好麻烦您亲自协调一下).
  new RegExp(`\\b[a-z]+ \\((?:your|their) (?:[a-z]+ )?${EN_TITLE}\\)|\\b(?:taking|take|raise|raising|run|ran|running|escalate|escalating|checked|spoke|talked|went|going|go)\\b[^.?!;\\n]{0,30}?\\b[a-z]+, (?:your|their) (?:[a-z]+ )?${EN_TITLE}\\b|\\b(?:raise|take|escalate) (?:it|this|that)(?: up)? with (?:the |our )?(?:coo|ceo|cfo|cto|cio|vp|svp|evp|gm|md)\\b|\\bthe (?:evp|svp|vp|ceo|coo|cfo|cto|president|chair)\\b[^.?!;\\n]{0,30}?\\b(?:has directed|directed|has instructed|has mandated|has asked that|has made it clear|expects (?:finance|you|your [a-z]+|[a-z]+) to)\\b`, 'g'),
  // Session 12: a copy sent up in the passive ("This memo has been copied to your General Manager"), the matter taken up with a
  // senior ("we will take the matter up directly with the Deputy Mayor"), a senior's OK cited ("I spoke with Andrew (CEO) … he is
  // fine with it, so please release…").
  new RegExp(`\\b(?:adding|added|looping in|looped in|cc'?ing|tagging|tagged) @[a-z][\\w.-]*\\s?\\((?:the )?(?:(?:head|director|vp|svp|evp|chief) of [a-z]+|vp|svp|evp|cto|ceo|cfo|coo|cio|director|head)\\b|\\b(?:has been|have been|is being|was|were|is|are) (?:also )?(?:copied|cc'?d|cc'?ed|forwarded|sent) to ${EN_SUPERIOR}|\\b(?:take|taking|raise|raising|escalate|escalating) (?:the matter|this matter|the issue|this issue|it|this|that)(?: up)? (?:directly |personally )?with (?:the |our |your )?(?:deputy |vice |assistant )?(?:coo|ceo|cfo|cto|cio|svp|evp|gm|md|mayor|minister|president|chair(?:man|woman|person)?|commissioner|superintendent|board)\\b|\\b(?:spoke|spoken|talked|checked) (?:to|with) [a-z]+ \\((?:the |our )?(?:ceo|coo|cfo|cto|cio|svp|evp|gm|md|president|chair(?:man|woman)?)\\b[^)]{0,20}\\)[^.?!;\\n]{0,60}?\\b(?:fine|ok|okay|agreed|approved|signed off|on board|happy)\\b`, 'g'),
  new RegExp(`(?:副本|抄本)[^。！？!?；;\\n]{0,8}?(?:寄给|发给|送给|抄送|送交|给)\\s*${ZH_SUPERIOR}|(?:只好|只能|不得不)[^。！？!?；;\\n]{0,6}?(?:麻烦|请)您(?:亲自)?(?:协调|出面|过问|督促)`, 'g'),
  // The senior asked to push the team (麻烦李总督促一下团队), a senior's instruction invoked (依市长指示…各局处应全力配合).
  new RegExp(`(?:麻烦|请|烦请|劳烦)[^。！？!?；;\\n]{0,6}?(?:督促|催促|催一下|盯一下)(?:一下)?(?:团队|下面|手下|他们|相关同事|同事|同仁)|(?:依|奉|按照?|根据)?(?:市长|县长|区长|局长|院长|总经理|董事长|副总裁|总裁|部长)(?:室)?[^。！？!?；;\\n]{0,6}?指示[^。！？!?；;\\n]{0,30}?(?:全力配合|务必|应予配合|积极配合)`, 'g'),
  new RegExp(`向(?:贵|你们)[^。！？!?；;,，\\n]{0,10}?${ZH_TITLE}[^。！？!?；;\\n]{0,12}?(?:报告|反映|汇报|投诉)|把(?:贵|你们)[^。！？!?；;,，\\n]{0,8}?${ZH_TITLE}[^。！？!?；;\\n]{0,3}?(?:也)?(?:抄上|抄送|拉进来|拉上|加上)|(?:想|这边想)直接(?:跟|向)您反映`, 'g'),
];

// Only the shapes whose required literals occur in the sentence are tried (gated.ts).
const may = shapeGate(SHAPES);

/** Where a normalised sentence shows the shape of going over the contact's head (sentence-relative). */
export function escalationShapes(t: string): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < SHAPES.length; k++) {
    if (!may(t, k)) continue;
    const rx = SHAPES[k]!;
    rx.lastIndex = 0;
    const m = rx.exec(t);
    if (m && (rx === SHAPES[0] || rx === SHAPES[1]) && READER_BEFORE.test(t.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (m) {
      // Leading separators of the "tagging" shape are not part of the mark.
      const lead = /^[\s,:;(]*/.exec(m[0])?.[0].length ?? 0;
      out.push({ start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * escalationShapes of a sentence's normalised text, once per distinct sentence text: over-the-head.ts
 * reads it on every sentence, and quantified-need.ts and next-steps.ts on some of the same ones (each
 * kept its own memo, so a sentence ran the shapes up to three times). The spans are shared: read only.
 */
export const escalationsIn = perSentence((s: Sentence): Span[] => escalationShapes(normOf(s)));
