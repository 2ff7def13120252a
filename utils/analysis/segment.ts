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

// Titles, months before a day (Nov. 28), reference numbers (Ref. No.), dotted acronyms (I.T., U.S.).
const ABBREV = new Set([
  'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'etc', 'approx', 'no', 'nos', 'ref', 'fig', 'inc', 'ltd', 'corp', 'dept', 'ext', 'tel',
  'jr', 'sr', 'st', 'a.m', 'p.m', 'i.t', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
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
  run(text, 0, out, undefined);
  return out;
}

/**
 * Where the splitter starts afresh: at each restart its whole state is "a sentence starts here", so a
 * run resumed there goes on exactly as the full run did.
 */
interface Restarts {
  at: number[];
  /** Sentences found before each restart. */
  before: number[];
  /** How far the splitter had read when it chose each restart (a long run is cut back at a comma). */
  seen: number[];
  /** Asked at each restart; true stops the run there. */
  stop?: (at: number) => boolean;
}

/** The splitter from `from` (a restart) on; returns the restart where `r.stop` stopped it, or -1. */
function run(text: string, from: number, out: RawSentence[], r: Restarts | undefined): number {
  const n = text.length;
  let start = from;
  let lastSoft = -1;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  /** Records a restart; true when the caller wants to stop there. */
  const restart = (at: number, seen: number) => {
    if (!r) return false;
    if (r.stop?.(at)) return true;
    r.at.push(at);
    r.before.push(out.length);
    r.seen.push(seen);
    return false;
  };
  let i = from;
  /** How far the last line-break decision read (the next line's first character). */
  let wrapSeen = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = KIND[c]!;
    let cut = -1;
    if (kind === LINE) {
      const read = wrapRead(text, i);
      if (read < 0) {
        i++;
        continue;
      }
      cut = i;
      wrapSeen = read;
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
      if (restart(start, k)) return start;
      continue;
    } else if (kind === SOFT) {
      if (i - start >= SOFT_MAX) {
        push(start, i + 1);
        start = i + 1;
        lastSoft = -1;
        i++;
        if (restart(start, i)) return start;
        continue;
      }
      lastSoft = i;
    }
    if (cut >= 0) {
      push(start, cut);
      start = cut + 1;
      lastSoft = -1;
      i++;
      if (restart(start, Math.max(i, wrapSeen))) return start;
      continue;
    } else if (i - start >= MAX_SENTENCE) {
      const at = snapForward(text, lastSoft > start ? lastSoft + 1 : i);
      const seen = Math.max(i, at);
      push(start, at);
      start = at;
      lastSoft = -1;
      i = at;
      if (restart(start, seen)) return start;
      continue;
    }
    i++;
  }
  push(start, n);
  return -1;
}

/** Words a sentence cannot end on: a line ending on one was wrapped by the mail client, not ended. */
const OPEN_WORD = /(?:^|[^a-z])(?:a|an|the|to|of|and|or|for|with|in|on|at|by|from|that|as|is|are|be|we|our|your|my|their|his|its|i|this|these|which|will|would|can|could|should|shall|must|has|was|were|been|if|when|than|into|onto|per|via|contact|inform)$/i;
/** Spaces or tabs a wrapped line may end with (old mail clients leave one). */
const WRAP_TRAIL = 2;

/**
 * A line break inside an English paragraph hard-wrapped at a fixed width (old corporate mail, mailing
 * lists: "…to become a \nparticipant in the survey…") is a space, not a sentence end: the line ends on
 * a lower-case letter or a digit and the next starts with one, or the line ends on a word no sentence
 * ends on and the next starts with a letter. Returns -1 for such a wrap, else how far it read (the
 * position after the next line's first character), for segmentEdited's restarts. Only a few code
 * units are read back (LOOK_BACK covers them), so the decision is the same in a resumed run.
 */
function wrapRead(text: string, i: number): number {
  const n = text.length;
  // A CR LF pair is decided once, the same way at either unit.
  let end = i;
  if (text.charCodeAt(i) === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d) end = i - 1;
  let next = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  if (text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) return i + 1;
  while (next < n && next - end <= 9 && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++;
  const read = Math.min(n, next + 1);
  const d = next < n ? text.charCodeAt(next) : -1;
  const lowerNext = (d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39);
  const letterNext = lowerNext || (d >= 0x41 && d <= 0x5a);
  if (!letterNext) return read;
  let b = end - 1;
  for (let t = 0; t < WRAP_TRAIL && b >= 0 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09); t++) b--;
  const c = b >= 0 ? text.charCodeAt(b) : -1;
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return read;
  if (lowerNext && !(c >= 0x41 && c <= 0x5a)) return -1;
  return OPEN_WORD.test(text.slice(Math.max(0, b - 6), b + 1)) ? -1 : read;
}

// The last segmentation, for `segmentEdited`.
let last: { text: string; sentences: RawSentence[]; restarts: Restarts } | undefined;

/** Forgets the last segmentation (cold-analysis benchmarks, tests). */
export function clearSegmentCache(): void {
  last = undefined;
}

/** How far back of a restart the splitter may look (the word before a period: MAX_ABBREV, and one; a wrapped line's last word and trailing spaces). */
const LOOK_BACK = Math.max(MAX_ABBREV + 2, WRAP_TRAIL + 9);

/**
 * `segment(text)`, reusing the last call's work when `text` is an edit of its text: the sentences
 * before the edit are kept, the splitter resumes at the last restart before it and stops at the
 * first restart after it where it is back in step with the old run (same text from a little before
 * it on); the old sentences from there on are shifted. Flags (regional-indicator pairs, which the
 * grapheme check counts backwards without bound) make it segment in full.
 */
export function segmentEdited(text: string): RawSentence[] {
  const prev = last;
  if (prev && prev.text === text) return prev.sentences;
  const restarts: Restarts = { at: [0], before: [0], seen: [0] };
  const out: RawSentence[] = [];
  if (!prev || text.includes('\ud83c') || prev.text.includes('\ud83c')) {
    run(text, 0, out, restarts);
    last = { text, sentences: out, restarts };
    return out;
  }
  const old = prev.text;
  const n0 = old.length;
  const n1 = text.length;
  let p = 0;
  const maxP = Math.min(n0, n1);
  while (p < maxP && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q < maxP - p && old.charCodeAt(n0 - 1 - q) === text.charCodeAt(n1 - 1 - q)) q++;
  const delta = n1 - n0;
  // Resume at the last old restart chosen from text before the edit (up to one unit past what was read).
  const R = prev.restarts;
  let k = 0;
  while (k + 1 < R.at.length && R.seen[k + 1]! + 2 <= p) k++;
  for (let j = 0; j < R.before[k]!; j++) out.push(prev.sentences[j]!);
  restarts.at = R.at.slice(0, k + 1);
  restarts.before = R.before.slice(0, k + 1);
  restarts.seen = R.seen.slice(0, k + 1);
  // Back in step at a restart past the edit whose look-back lies in the unchanged tail and that was
  // a restart of the old run too.
  let j = k;
  restarts.stop = (at) => {
    if (at - LOOK_BACK < n1 - q) return false;
    while (j < R.at.length && R.at[j]! < at - delta) j++;
    return j < R.at.length && R.at[j] === at - delta;
  };
  const stopped = run(text, R.at[k]!, out, restarts);
  restarts.stop = undefined;
  if (stopped >= 0) {
    const base = out.length;
    for (let m = R.before[j]!; m < prev.sentences.length; m++) {
      const s = prev.sentences[m]!;
      out.push({ start: s.start + delta, end: s.end + delta });
    }
    for (let m = j; m < R.at.length; m++) {
      restarts.at.push(R.at[m]! + delta);
      restarts.before.push(base + R.before[m]! - R.before[j]!);
      restarts.seen.push(R.seen[m]! + delta);
    }
  }
  last = { text, sentences: out, restarts };
  return out;
}
