// Character classes and the emoji and emoticon readers of the tone scanner, by UTF-16 code unit.

/** The UTF-16 code unit at `i`, or 0 outside the text (an out-of-bounds read would deoptimise V8). */
export const code = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
export const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
export const isEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
export const isHigh = (c: number) => c >= 0xd83c && c <= 0xd83e;
export const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
export const isSymbol = (c: number) => c >= 0x2600 && c <= 0x27bf;

/** Polite and angry emoji (base code point). */
export const POLITE_EMOJI = new Set(['🙂', '😊', '😀', '😃', '😄', '😁', '🙏', '👍', '❤', '☺', '🤝', '💪', '🌹', '😉', '🥰', '😘']);
export const ANGRY_EMOJI = new Set(['😡', '😠', '🤬', '💢', '🙄', '😤', '👎', '😒']);

/** Length of the emoji sequence at `i` (0 if none): base, then variation selectors, skin tones, ZWJ joins. */
export function emojiLength(text: string, i: number): number {
  const c = code(text, i);
  let j: number;
  if (isHigh(c) && isLow(code(text, i + 1))) j = i + 2;
  else if (isSymbol(c)) j = i + 1;
  else return 0;
  for (;;) {
    const d = code(text, j);
    if (d === 0xfe0f) j++;
    else if (d === 0xd83c && code(text, j + 1) >= 0xdffb && code(text, j + 1) <= 0xdfff) j += 2;
    else if (d === 0x200d) {
      const e = code(text, j + 1);
      if (isHigh(e) && isLow(code(text, j + 2))) j += 3;
      else if (isSymbol(e)) j += 2;
      else break;
    } else break;
  }
  return j - i;
}

/** Length of the ASCII emoticon at `i` (":)", ":-)", ";)", ":D", "=)", "^_^", "^^"), or 0. */
export function emoticonLength(text: string, i: number): number {
  const c = code(text, i);
  let j = i + 1;
  if (c === 58 || c === 59 || c === 61) {
    if (code(text, j) === 45) j++;
    const d = code(text, j);
    if (d !== 41 && d !== 68) return 0;
    j++;
  } else if (c === 94) {
    while (code(text, j) === 95) j++;
    if (code(text, j) !== 94) return 0;
    j++;
  } else return 0;
  // Not inside code or a word: "a:)", "f(x:)", ":Done".
  const before = code(text, i - 1);
  const after = code(text, j);
  if (isWordChar(before) || before === 40 || before === 41 || isWordChar(after) || after === 40) return 0;
  return j - i;
}
