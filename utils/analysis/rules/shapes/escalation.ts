// The shapes of going over the contact's head (越过对接人): the writer has gone to, told or copied the
// reader's superior, or the reader's superior is cited as having approved or asked. The superior is a
// title held by the reader's side (你们/贵部门的/your/their + 总监, 处长, 李总, VP, CFO, manager…). Run on
// normalised sentence text (normalize.ts, length-preserving). Used by over-the-head.ts, and by
// next-steps.ts (a dated threat to escalate is not a next step).
import { shapeGate } from './gated.ts';
import type { Span } from '../../types.ts';

// Titles, in normalised text (simplified characters, ASCII lower case). `X总` is a surname and 总 (李总),
// not 总是 / 总共 and not after an adverb (都总是).
const ZH_TITLE =
  '(?:分管(?:副总|领导|副总裁|vp)|副总裁|总裁|副总|总经理|总监|经理|主管|领导|老板|大老板|上级|上司|负责人|老大|处长|科长|部长|主任|协理|院长|所长|局长|厂长|组长|' +
  '(?:(?![都也还又就老一不没再总])[\\u4e00-\\u9fff])总(?![是结体共计算之部量数额而的])|manager|boss|director|vp|cto|ceo|cfo|coo|leader|lead|general counsel|head)';
// A surname or an English name may come between (你们林经理, 贵司的陈总监, 你们 head Michael).
const ZH_SUPERIOR = `(?:你们|你|您|贵)(?:部门|组|团队|处|科|司|公司|那边|院|局|所|校|厅|馆|中心)?的?\\s*(?:[\\u4e00-\\u9fff]|[a-z]+\\s?)?${ZH_TITLE}`;
const EN_TITLE =
  "(?:manager|boss|director|vp|svp|evp|head|lead|skip[- ]level|supervisor|cto|ceo|cfo|coo|cio|cmo|md|managing director|general manager|gm|general counsel|leadership|management|execs?|executives?|higher[- ]ups?|chief)";
const EN_SUPERIOR = `(?:\\b(?:your|their)\\s+(?:(?:team|group|department|dept|org|division)(?:'s)?\\s+)?${EN_TITLE}\\b|@(?:cto|ceo|cfo|coo|vp\\w*|director\\w*|head\\w*)\\b)`;

/** The first two shapes: the one who goes up must be the writer, not "你先跟你们领导确认" (the reader). */
export const READER_BEFORE = /[你您][^。！？!?；;，,\n]{0,6}$/;

/** A lexicon hit that opens on the act of going up (告诉/找/跟…): subject to the same check. */
export const GOING_UP = /^(?:找|告诉|告訴|报告|報告|反映|上报|上報|汇报|匯報|抄送|通知|提醒|拉上|请示|請示|跟|和|向|给|給|同步|发给|發給|转给|轉給|知会|知會|拉|直接)/;

const SHAPES: RegExp[] = [
  // 反映给/抄送/告诉 + 你们分管副总: the act of going up is in the verb.
  new RegExp(`(?:反映给|汇报给|上报给|报告给|投诉到|投诉给|抄送给?了?|cc给?了?|cc了|告诉|通知|知会|去找|找|碰到|遇到|见到|问过|问了|请示过|请示了)\\s*${ZH_SUPERIOR}`, 'g'),
  // 跟/向 + 你们处长 + … + 讲过 / 报备过 / 提了一嘴.
  new RegExp(`(?:跟|和|向|给)\\s*${ZH_SUPERIOR}[^。！？!?；;\\n]{0,10}?(?:说|讲|提|报备|反映|汇报|打过招呼|打了招呼|打招呼|沟通|聊过|聊了|确认过|申请过|同步过|对过|sync|align)`, 'g'),
  // 你们老大 Kevin 那边我已经打过招呼.
  new RegExp(`${ZH_SUPERIOR}[^。！？!?；;\\n]{0,12}?(?:那边|那里)[^。！？!?；;\\n]{0,8}?(?:打过招呼|打了招呼|说过|讲过|沟通过|确认过)`, 'g'),
  // 你们总监已经同意了 / 李总说没问题.
  new RegExp(`${ZH_SUPERIOR}[^。！？!?；;\\n]{0,12}?(?:同意|答应|批了|批准|批过|点头|拍板|发话|要求|交代|说了|说过|说没问题|表示|ok了|没意见)`, 'g'),
  // I've raised this with / escalated it to / mentioned it to / cc'd … your CFO.
  new RegExp(`\\b(?:i|we)\\b(?:'ve|'d|'ll| have| had| will| already| also| just| then)*\\s+(?:escalated|raised|flagged|mentioned|told|let|informed|notified|alerted|asked|contacted|reached out to|wrote to|called|spoke|spoken|talked|emailed|messaged|pinged|cc'?d|copied|looped in|added|briefed|reported|complained|went|gone|brought)\\b[^.?!;\\n]{0,40}?${EN_SUPERIOR}`, 'g'),
  // "Tagging @cto since…", "cc'ing your director".
  new RegExp(`(?:^|[,:;(]\\s*|\\b(?:fyi|also|and)\\s+)(?:tagging|cc'?ing|copying|looping in|adding)\\s+[^.?!;\\n]{0,40}?${EN_SUPERIOR}`, 'g'),
  // "Your VP already approved it", "their director said…", "your CEO is expecting…".
  new RegExp(`${EN_SUPERIOR}[^.?!;\\n]{0,25}?\\b(?:agreed|approved|said|signed off|okayed|ok'd|is aware|knows|is expecting|expects|wants this|asked (?:me|us)|has asked|backed)\\b`, 'g'),
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
