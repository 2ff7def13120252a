// Where a template goes in a draft: an opening after the greeting, a reason after the sentence it
// explains, an offer or next steps before the sign-off. Returns the exact range to replace and the
// text to put there (the template with the spacing its neighbours need).
import type { Placement } from './schema.ts';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** "Hi Dana," / "Dear team:" / "张经理，" / "各位好：" at the very start, with what follows it. */
const GREETING =
  /^[ \t]*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n,，:：!！]{0,40}[,，:：!！]?|[^\s\n,，:：!！。]{1,12}(?:经理|總|总|老师|老師|总监|總監|主管|同学|同學|哥|姐|好|们|們|各位|大家好|您好|你好)[,，:：!！]|(?:各位|大家好|您好|你好|hi all|hello all)[^\n]{0,10}?[,，:：!！])/i;

/** A sign-off at the end: "Thanks,\nMing" / "Best regards" / "谢谢！" / "此致\n敬礼". */
const SIGN_OFF =
  /\n[ \t]*(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|cheers|sincerely|br|谢谢|謝謝|感谢|感謝|多谢|多謝|此致|祝好|顺祝|順祝)[^\n]{0,30}(?:\n[^\n]{0,40}){0,2}\s*$/i;

const SENTENCE_END = /[.!?。！？；;]+["'”’」』)）]*|\n/g;

function hasHan(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

/** The separator between two pieces of a sentence flow: a space in English, nothing after Chinese. */
function gap(before: string, next: string): string {
  if (!before || /\s$/.test(before) || /^\s/.test(next)) return '';
  const last = before.slice(-1);
  return hasHan(last) || /[。！？，；：]/.test(last) || hasHan(next.charAt(0)) ? '' : ' ';
}

export function placeTemplate(
  draft: string,
  placement: Placement,
  body: string,
  span?: { start: number; end: number },
  caret?: number | null,
): Edit {
  const paragraphs = draft.includes('\n');
  const para = '\n\n';
  if (placement === 'replace-span' && span) return { start: span.start, end: span.end, text: body };
  if (placement === 'caret' && caret !== undefined && caret !== null && caret >= 0 && caret <= draft.length) {
    // A whole message at the caret: on lines of its own when there is text around it.
    const before = draft.slice(0, caret);
    const after = draft.slice(caret);
    const lead = !before.trim() ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : para;
    const tail = !after.trim() ? '' : after.startsWith('\n') ? '' : para;
    return { start: caret, end: caret, text: lead + body + tail };
  }

  if (placement === 'opening') {
    const m = GREETING.exec(draft);
    if (m && m[0].trim()) {
      let at = m[0].length;
      const rest = draft.slice(at);
      const newline = /^[ \t]*\n+/.exec(rest);
      if (newline) {
        // The greeting stands on its own line: the opening becomes the first paragraph after it.
        at += newline[0].length;
        return { start: at, end: at, text: body + (draft.slice(at).trim() ? para : '') };
      }
      const lead = rest.match(/^[ \t]*/)![0].length;
      return { start: at + lead, end: at + lead, text: gap(draft.slice(0, at + lead), body) + body + gap(body, rest.slice(lead)) };
    }
    const rest = draft.replace(/^\s+/, '');
    const at = draft.length - rest.length;
    return { start: at, end: at, text: body + (rest ? (paragraphs ? para : gap(body, rest)) : '') };
  }

  if (placement === 'after-span' && span) {
    SENTENCE_END.lastIndex = span.end;
    const m = SENTENCE_END.exec(draft);
    const at = m ? (m[0] === '\n' ? m.index : m.index + m[0].length) : draft.length;
    return { start: at, end: at, text: gap(draft.slice(0, at), body) + body };
  }

  // closing (and after-span without a span): before the sign-off, else at the end.
  const sign = SIGN_OFF.exec(draft);
  // Right after the last word before the sign-off (or the end): the original spacing stays after us.
  const end = (sign ? draft.slice(0, sign.index) : draft).replace(/\s+$/, '').length;
  const before = draft.slice(0, end);
  if (sign) return { start: end, end, text: (before.trim() ? para : '') + body };
  const sep = before.trim() ? (paragraphs ? para : gap(before, body)) : '';
  return { start: end, end, text: sep + body };
}
