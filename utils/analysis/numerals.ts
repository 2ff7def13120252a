// Numbers as people write them in requests: 2, 2.5, 1,200, full-width １２ (already folded by
// normalize), Chinese numerals (两, 十五, 一百二十, 三千五, 十万, 1.5万, 半) and English number words.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Parses a Chinese numeral (一百二十, 两, 十五, 三千五, 十万) or a mixed form (1.5万, 3千). NaN if not one. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  if (s === '半') return 0.5;
  const mixed = /^([0-9]+(?:\.[0-9]+)?)([十百千万萬亿億]*)$/.exec(s);
  if (mixed) {
    let v = Number(mixed[1]);
    for (const u of mixed[2] ?? '') v *= SMALL_UNITS[u] ?? BIG_UNITS[u] ?? 1;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastSmall = 0;
  let zero = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      if (digit === 0) zero = true;
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch]!;
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastSmall = u;
      zero = false;
    } else if (ch in BIG_UNITS) {
      const u = BIG_UNITS[ch]!;
      if (digit >= 0) section += digit;
      total += (section || 1) * u;
      section = 0;
      digit = -1;
      lastSmall = 0;
    } else {
      return NaN;
    }
  }
  // 三千五 = 3500: a trailing digit after a unit counts one order below it.
  // 一百零五 = 105: after a 零 the trailing digit is units again.
  if (digit >= 0) section += lastSmall >= 10 && !zero ? digit * (lastSmall / 10) : digit;
  return total + section;
}

const EN_WORDS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  hundred: 100, half: 0.5, couple: 2,
};

/**
 * The number at the start of a quantity text (normalised: lower case, half-width), or undefined.
 * Handles 1,200 / 2.5 / 20k / 5万 / ¥5万 / 两名 / two weeks.
 */
export function leadingNumber(text: string): number | undefined {
  // A currency sign leads only some quantities: the replace (a regex run and a new string) only then.
  const c0 = text.charCodeAt(0);
  const t = c0 === 0xa5 || c0 === 0x24 || c0 === 0x20ac || c0 === 0xa3 ? text.replace(/^[¥$€£]\s*/, '') : text;
  const ar = /^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(k|m|w|万|千|百万|亿)?/.exec(t);
  if (ar) {
    const digits = ar[1]!;
    let v = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    const mul = ar[2];
    if (mul === 'k' || mul === '千') v *= 1e3;
    else if (mul === 'm' || mul === '百万') v *= 1e6;
    else if (mul === 'w' || mul === '万') v *= 1e4;
    else if (mul === '亿') v *= 1e8;
    return Number.isFinite(v) ? v : undefined;
  }
  const zh = /^[零〇一二两兩三四五六七八九十百千万萬亿億半]+/.exec(t);
  if (zh) {
    const v = parseChineseNumber(zh[0]);
    return Number.isFinite(v) ? v : undefined;
  }
  const en = /^(?:a couple of|[a-z]+)/.exec(t);
  if (en) {
    const w = en[0] === 'a couple of' ? 'couple' : en[0];
    return EN_WORDS[w];
  }
  return undefined;
}
