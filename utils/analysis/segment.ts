// Cheap sentence segmentation: one pass over the UTF-16 code units, no Intl.Segmenter. A sentence ends
// at 。！？!?；; … or a line break, or at a '.' followed by a space, a line break, a Han character or
// the end (not after a lone letter or a common abbreviation). Closing quotes and brackets stay with
// the sentence they close. Runs without punctuation are split after MAX_SENTENCE code units at a comma
// or space (or hard, on a grapheme boundary), so no single sentence makes a costly step expensive.

import { isHan, snapForward } from './normalize.ts';

export interface RawSentence {
  start: number;
  end: number;
}

const SOFT_MAX = 400;
const MAX_SENTENCE = 1000;

const ABBREV = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'approx', 'no', 'fig', 'inc', 'ltd', 'jr', 'sr', 'st', 'a.m', 'p.m']);
const MAX_ABBREV = Math.max(...[...ABBREV].map((w) => w.length));

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

function isCloser(c: number): boolean {
  // ” ’ " ' ) ） 」 』 】 》 ] and repeated terminators
  return c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0xff09 || c === 0x300d || c === 0x300f || c === 0x3011 || c === 0x300b || c === 0x5d;
}

function isTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x2026 || c === 0xff61;
}

function periodEnds(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next !== -1 && !isSpace(next) && !isHan(next) && !isCloser(next)) return false;
  // The word before the period (ASCII letters and dots), compared by code unit: no regex or string
  // per character on this per-period path.
  let j = i - 1;
  for (;;) {
    const c = j >= 0 ? text.charCodeAt(j) : -1;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e) j--;
    else break;
  }
  const len = i - j - 1;
  if (len === 1 && text.charCodeAt(j + 1) !== 0x2e) return false; // initials: "J. Smith"
  if (len >= 2 && len <= MAX_ABBREV && ABBREV.has(text.slice(j + 1, i).toLowerCase())) return false;
  // Decimal numbers are excluded by the `next` check above (a digit follows).
  return true;
}

// What each code unit means to the splitter, looked up once per character (most are ordinary): a
// line break, a terminator, a period (ends a sentence only in context), a soft break (comma, space).
const LINE = 1;
const TERMINATOR = 2;
const PERIOD = 3;
const SOFT = 4;
const KIND = new Uint8Array(65536);
for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) KIND[c] = LINE;
for (let c = 0; c < 65536; c++) if (isTerminator(c)) KIND[c] = TERMINATOR;
KIND[0x2e] = PERIOD;
for (const c of [0x2c, 0xff0c, 0x3001, 0x20]) KIND[c] = SOFT;

/** Splits `text` into trimmed sentence spans covering all non-space content. */
export function segment(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  const n = text.length;
  let start = 0;
  let lastSoft = -1;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = KIND[c]!;
    let cut = -1;
    if (kind === LINE) {
      cut = i;
    } else if (kind === TERMINATOR || (kind === PERIOD && periodEnds(text, i))) {
      let k = i + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (isTerminator(d) || isCloser(d) || d === 0x2e) k++;
        else break;
      }
      k = snapForward(text, k);
      push(start, k);
      start = k;
      lastSoft = -1;
      i = k;
      continue;
    } else if (kind === SOFT) {
      if (i - start >= SOFT_MAX) {
        push(start, i + 1);
        start = i + 1;
        lastSoft = -1;
        i++;
        continue;
      }
      lastSoft = i;
    }
    if (cut >= 0) {
      push(start, cut);
      start = cut + 1;
      lastSoft = -1;
    } else if (i - start >= MAX_SENTENCE) {
      const at = snapForward(text, lastSoft > start ? lastSoft + 1 : i);
      push(start, at);
      start = at;
      lastSoft = -1;
      i = at;
      continue;
    }
    i++;
  }
  push(start, n);
  return out;
}

// First characters of the markers excludedRanges looks for: ``` ~~~ - (-- / ---Original…), o/O (On …
// wrote:), 在 于 (…写道：), f/F (From:), > (quote), s/S (Sent from my …), 发 (发自我的…). Its regexes
// are /i only over ASCII, so these cover every line they can match.
const MARKER_FIRST = new Set([...'`~-oO在于fF>sS发'].map((c) => c.charCodeAt(0)));

/**
 * Ranges of the draft that are not the writer's request: quoted replies ("> …", "On … wrote:",
 * "-----Original Message-----", "在…写道："), an email signature after "-- ", "Sent from my …" lines, and
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
      /^from:\s.+$/i.test(trimmed) && /^\s*(?:sent|date|to):\s/im.test(text.slice(j + 1, j + 400)) ||
      /^--\s?$/.test(line)
    ) {
      out.push({ start: i, end: n });
      return out;
    } else if (/^>/.test(trimmed) || /^sent from my \w+/i.test(trimmed) || /^发自我的/.test(trimmed)) {
      out.push({ start: i, end: j });
    }
    i = j + 1;
  }
  if (fence >= 0) out.push({ start: fence, end: n });
  return out;
}
