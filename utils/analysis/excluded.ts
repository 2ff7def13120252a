// The parts of a draft that are not the writer's request: quoted replies, signatures, fenced code.
// Found on raw lines, once per analysis; their sentences keep exact spans but carry no cues (doc.ts).

import type { RawSentence } from './segment.ts';

// First characters of the markers excludedRanges looks for: ``` ~~~ - (-- / ---Original…), o/O (On …
// wrote:), 在 于 (…写道：), f/F (From:), > (quote), s/S (Sent from my …), 发 (发自我的…), and the
// first characters of SIGN_OFF. Its regexes are /i only over ASCII, so these cover every line they can match.
const MARKER_FIRST = new Set([...'`~-oO在于fF>sS发tTbBrRcCkKwWmMaAyY谢多感此敬顺祝盼'].map((c) => c.charCodeAt(0)));

/** A line that is only a sign-off: what follows it, if it looks like a signature, is not the request. */
const SIGN_OFF =
  /^(?:(?:many |a lot of )?thanks(?: again| in advance| so much| a lot)?|thank you(?: (?:again|in advance|so much))?|thx|tks|(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|cheers|sincerely(?: yours)?|yours(?: sincerely| truly)?|respectfully|all the best|talk soon|谢谢|多谢|感谢|此致|敬礼|顺祝[^\n]{0,4}|顺颂[^\n]{0,4}|祝好|盼复|謝謝|多謝|感謝|順祝[^\n]{0,4}|順頌[^\n]{0,4})[\s,.!，。！~～]*$/i;

/**
 * A line a signature can hold: a name, a title, a team or company, an address, a phone, a link, a
 * date; never a sentence that asks or promises (a pronoun, a modal, a question, a P.S.). A line in
 * Chinese must look like one of those, since a short sentence there has no spaces to count.
 */
function isSignatureLine(line: string): boolean {
  if (line.length > 60 || /[?？]\s*$/.test(line) || /^p\.?\s?s\b/i.test(line) || line.split(/\s+/).length > 8) return false;
  if (/\b(?:i|i'm|i'll|i've|i'd|we|we'll|we're|you|your|me|us|let's|please|will|can|could|would|should)\b/i.test(line)) return false;
  const han = line.replace(/[^\u4e00-\u9fff]/g, '');
  if (!han) return true;
  return (
    /^[\u4e00-\u9fff·]{2,4}$/.test(line) ||
    /^[0-9０-９〇○零一二三四五六七八九十]{4}\s*年[^，。！；,;]{1,12}日$/.test(line) ||
    /(?:电话|電話|手机|手機|邮箱|郵箱|地址|tel|email|@|https?:)/i.test(line) ||
    (!/[，。！；,;]/.test(line) &&
      /(?:部|局|处|處|科|室|组|組|中心|公司|集团|集團|委员会|委員會|办公室|辦公室|学院|學院|大学|大學|医院|醫院|银行|銀行|团队|團隊|厅|廳|院|所|站|馆|館|会|會|经理|經理|总监|總監|主管|主任|工程师|工程師|专员|專員|助理|负责人|負責人|敬礼|敬禮|老师|老師)[!！]?$/.test(line))
  );
}

/**
 * Where the signature after a sign-off line ends: the lines after it, up to the end or to a quoted
 * message's marker, when all of them (at most 12, at least one) could be a signature; -1 otherwise.
 */
function signatureEnd(text: string, from: number): number {
  let i = from;
  let lines = 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const line = text.slice(i, j).trim();
    if (line) {
      if (/^(?:-{2,}|>|on .{4,120} wrote:|(?:在|于).{2,80}写道|from:\s)/i.test(line)) return lines > 0 ? i : -1;
      if (!isSignatureLine(line) || ++lines > 12) return -1;
    }
    i = j + 1;
  }
  return lines > 0 ? text.length : -1;
}

/** Lines that head a memo or an email of one's own: MEMO, To:, Cc:, Date:, Subject:, Re:, From:. */
const HEADER_LINE = /^\s*(?:memo(?:randum)?\s*$|(?:to|cc|bcc|date|subject|re|from|attn|attention|主题|主題|收件人|抄送|发件人|寄件者|日期)\s*[:：])/i;

/**
 * Whether every non-blank line before `at` is a header line (the draft starts with its own header), allowing
 * one title line on top ("Instrument time request - Orbitrap", then From: / To:) unless a Sent: line follows (an
 * Outlook reply under a short "Sounds good").
 */
function onlyHeadersBefore(text: string, at: number, allowTitle: boolean): boolean {
  let first = allowTitle;
  for (const line of text.slice(0, at).split('\n')) {
    if (!line.trim() || HEADER_LINE.test(line)) continue;
    if (!first || !TITLE_LINE.test(line)) return false;
    first = false;
  }
  return true;
}

/** A `From:` line at `at`, followed (in `after`) by Sent: / Date: / To:, that heads a quoted message, not the draft's own. */
function isQuotedHeader(text: string, at: number, after: string): boolean {
  return /^\s*(?:sent|date|to):\s/im.test(after) && !onlyHeadersBefore(text, at, !/^\s*sent:\s/im.test(after));
}

/** A title: short, not a sentence (no closing stop), not a greeting. */
const TITLE_LINE = /^(?!\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b)[^\n]{3,100}(?<![.?!。？！:：,，])\s*$/i;

/**
 * Ranges of the draft that are not the writer's request: quoted replies ("> …", "On … wrote:",
 * "-----Original Message-----", "在…写道："), an email signature after "-- " or under a sign-off line
 * (Thanks, / Best regards / 此致 敬礼), "Sent from my …" lines, and
 * fenced code blocks (issue trackers). Their sentences are kept (spans stay exact) but carry no cues.
 * One pass over the lines; returns sorted, non-overlapping [start, end) ranges.
 */
export function excludedRanges(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  let fence = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    const line = text.slice(i, j).replace(/\r$/, '');
    const trimmed = line.trimStart();
    // Every pattern below needs one of these first characters; ordinary lines skip them all.
    if (!MARKER_FIRST.has(trimmed.charCodeAt(0))) {
      i = j + 1;
      continue;
    }
    if (fence >= 0) {
      if (/^(```|~~~)/.test(trimmed)) {
        out.push({ start: fence, end: j });
        fence = -1;
      }
    } else if (/^(```|~~~)/.test(trimmed)) {
      fence = i;
    } else if (
      /^-{2,}\s*(?:original message|forwarded message|原始邮件|转发的邮件|原始郵件)\s*-{2,}/i.test(trimmed) ||
      /^-{3,}\s*forwarded by\b/i.test(trimmed) ||
      /^on .{4,120} wrote:\s*$/i.test(trimmed) ||
      /^(?:在|于).{2,80}写道[:：]\s*$/.test(trimmed) ||
      // A quoted message's header, not a memo's own (MEMO / To: / From: / Date: at the top).
      (/^from:\s.+$/i.test(trimmed) && isQuotedHeader(text, i, text.slice(j + 1, j + 400))) ||
      /^--\s?$/.test(line)
    ) {
      out.push({ start: i, end: n });
      return out;
    } else if (/^>/.test(trimmed) || /^sent from my \w+/i.test(trimmed) || /^发自我的/.test(trimmed)) {
      out.push({ start: i, end: j });
    } else if (SIGN_OFF.test(trimmed.trimEnd())) {
      // The sign-off itself stays (it carries the thanks); the name, title and phone under it go.
      const end = signatureEnd(text, j + 1);
      if (end > j + 1) {
        out.push({ start: j + 1, end });
        i = end;
        continue;
      }
    }
    i = j + 1;
  }
  if (fence >= 0) out.push({ start: fence, end: n });
  return out;
}
