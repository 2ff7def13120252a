// Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so an index
// into the normalised string is an index into the input. That is what lets the cue patterns be written
// once (simplified Chinese, ASCII lower case, half-width) and still report spans of the user's text.
//
//   - traditional Chinese (and Taiwan / Hong Kong variants) → simplified, by OpenCC's character table
//     (t2s-table.ts, about 3,000 pairs; a character without an entry is left as it is, which is right for
//     the many characters the two scripts share);
//   - full-width ASCII (ＡＢＣ１２３？！，) → half-width, the ideographic space → a space;
//   - ASCII A–Z → a–z (only ASCII: `toLowerCase` may change the length of some non-ASCII letters).

import { T2S_PAIRS } from './t2s-table.ts';

const TABLE = buildTable();

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) t[i] = i;
  // Pairs "traditional simplified", one UTF-16 unit each (OpenCC's table, generated: t2s-table.ts).
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const from = T2S_PAIRS.charCodeAt(i);
    const to = T2S_PAIRS.charCodeAt(i + 1);
    t[from] = to;
  }
  // Full-width ASCII → ASCII; ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  // ASCII upper → lower (after the full-width mapping: Ａ → A → a is done in `normalize`).
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Curly apostrophes and quotes are folded into ASCII so English patterns can use `'`.
  t[0x2019] = 0x27;
  t[0x2018] = 0x27;
  return t;
}

/** Maps one code unit. */
export function normUnit(c: number): number {
  const m = TABLE[c]!;
  return m >= 0x41 && m <= 0x5a ? m + 0x20 : m;
}

/** Length-preserving normalisation (see the top of this file). */
export function normalize(s: string): string {
  // Unchanged runs are copied as slices: most code units (Han, lower case) map to themselves.
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = normUnit(c);
    if (m !== c) {
      out += s.slice(last, i) + String.fromCharCode(m);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** True for code units in the CJK unified ideograph blocks (basic + extension A + compatibility). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Grapheme safety without Intl.Segmenter: moves `i` forward past anything that must not start a span
 * or be separated from what precedes it (a low surrogate, a ZWJ and what it joins, variation
 * selectors, combining marks of any script, emoji skin-tone modifiers, tag characters, keycap, and
 * the second regional indicator of a flag).
 */
export function snapForward(s: string, i: number): number {
  while (i > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    const prev = s.charCodeAt(i - 1);
    if (
      (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) ||
      c === 0x200d ||
      prev === 0x200d ||
      (c >= 0xfe00 && c <= 0xfe0f) ||
      c === 0x20e3 ||
      (c >= 0x0300 && (isMark(c) || (c >= 0x1160 && c <= 0x11ff)))
    ) {
      i++;
      continue;
    }
    if (c === 0xd83c && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      // Emoji modifiers (U+1F3FB–1F3FF) attach to what precedes them.
      if (lo >= 0xdffb && lo <= 0xdfff) {
        i += 2;
        continue;
      }
      // Regional indicators pair up into flags: never cut after an odd count of them.
      if (lo >= 0xdde6 && lo <= 0xddff) {
        let k = i;
        let count = 0;
        while (k >= 2 && s.charCodeAt(k - 2) === 0xd83c && s.charCodeAt(k - 1) >= 0xdde6 && s.charCodeAt(k - 1) <= 0xddff) {
          count++;
          k -= 2;
        }
        if (count % 2 === 1) {
          i += 2;
          continue;
        }
      }
    }
    // Tags (U+E0020–E007F) and variation selectors supplement (U+E0100–E01EF).
    if (c === 0xdb40) {
      i += 2;
      continue;
    }
    break;
  }
  return Math.min(i, s.length);
}

const MARK = /\p{M}/u;
/** Per code unit: 0 not looked up yet, 1 not a mark, 2 a mark (a regex test per boundary was most of a short span's cost). */
const MARKS = new Uint8Array(0x10000);

function isMark(c: number): boolean {
  let v = MARKS[c]!;
  if (v === 0) MARKS[c] = v = MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

/** A span that starts and ends on grapheme boundaries (both ends snapped forward). */
export function safeSpan(s: string, start: number, end: number): { start: number; end: number } {
  const a = snapForward(s, Math.max(0, Math.min(start, s.length)));
  const b = snapForward(s, Math.max(a, Math.min(end, s.length)));
  return { start: a, end: b };
}
