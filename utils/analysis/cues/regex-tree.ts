// A regex source as a tree, for literals.ts: a recursive-descent parser for the subset of JS regex
// syntax the lexicon uses. Whatever it does not model makes parse() return undefined, so callers
// treat the pattern as unknown rather than guess.

export type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  /** One code unit from a small known set; `null`: a large or unknown set (., \w, [^…], …). */
  | { t: 'chars'; set: number[] | null }
  /** Zero-width: ^ $ \b \B and look-arounds. They constrain a match but consume nothing. */
  | { t: 'empty'; wordBoundary?: true }
  | { t: 'rep'; node: Node; min: number; max: number };

/** Character classes larger than this are not expanded into literals (\s, 25 units, still is). */
const MAX_CLASS = 25;

/** What \s matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const WORD = [0x5f, ...range(0x30, 0x39), ...range(0x41, 0x5a), ...range(0x61, 0x7a)];

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let c = a; c <= b; c++) out.push(c);
  return out;
}

class Unsupported extends Error {}

/** A recursive-descent parser for the subset of JS regex syntax the lexicon uses. */
class Parser {
  i = 0;
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Node {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return n;
  }

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node; // a literal '{'
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same language
    if (node.t === 'empty') return node;
    return { t: 'rep', node, min, max };
  }

  atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      let zeroWidth = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) [this.i, zeroWidth] = [this.i + 3, true];
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) [this.i, zeroWidth] = [this.i + 4, true];
      else if (src.startsWith('(?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else if (src.startsWith('(?', this.i)) throw new Unsupported('group modifier');
      else this.i++;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      return zeroWidth ? { t: 'empty' } : inner;
    }
    if (c === '[') return { t: 'chars', set: this.klass() };
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'empty' };
    }
    if (c === '.') {
      this.i++;
      return { t: 'chars', set: null };
    }
    if (c === ')' || c === '*' || c === '+' || c === '?') throw new Unsupported(`unexpected ${c}`);
    this.i++;
    return { t: 'chars', set: [c.charCodeAt(0)] };
  }

  /** An escape at `this.i` ('\'); inside a class, \b is a backspace. */
  escape(inClass: boolean): Node {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    if (!inClass && c === 'b') return { t: 'empty', wordBoundary: true };
    if (!inClass && c === 'B') return { t: 'empty' };
    if (c === 's') return { t: 'chars', set: SPACE };
    if (c === 'd') return { t: 'chars', set: range(0x30, 0x39) };
    if (c === 'w') return { t: 'chars', set: WORD };
    if (c === 'n') return { t: 'chars', set: [0x0a] };
    if (c === 't') return { t: 'chars', set: [0x09] };
    if (c === 'r') return { t: 'chars', set: [0x0d] };
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported('\\u form');
      this.i += 4;
      return { t: 'chars', set: [parseInt(hex, 16)] };
    }
    // \s \D \S \W, back-references, \p{…}, \x…, \c…: not modelled.
    if (/[A-Za-z0-9]/.test(c)) return { t: 'chars', set: null };
    return { t: 'chars', set: [c.charCodeAt(0)] };
  }

  klass(): number[] | null {
    const src = this.src;
    this.i++; // [
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const out = new Set<number>();
    let unknown = false;
    let prev = -1;
    while (this.i < src.length && src[this.i] !== ']') {
      let set: number[] | null;
      if (src[this.i] === '\\') {
        const n = this.escape(true);
        set = n.t === 'chars' ? n.set : null;
      } else if (src[this.i] === '-' && prev >= 0 && src[this.i + 1] !== ']') {
        this.i++;
        let hi: number;
        if (src[this.i] === '\\') {
          const n = this.escape(true);
          if (n.t !== 'chars' || n.set === null || n.set.length !== 1) throw new Unsupported('class range');
          hi = n.set[0]!;
        } else hi = src.charCodeAt(this.i++);
        // A wide range ([\u4e00-\u9fff]) makes the class too large anyway: do not list it.
        if (hi - prev >= MAX_CLASS) unknown = true;
        else for (let k = prev; k <= hi; k++) out.add(k);
        prev = -1;
        continue;
      } else set = [src.charCodeAt(this.i++)];
      if (set === null) unknown = true;
      else for (const k of set) out.add(k);
      prev = set !== null && set.length === 1 ? set[0]! : -1;
    }
    if (src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated || unknown || out.size > MAX_CLASS) return null;
    return [...out];
  }
}

/** The tree of `rx`, or undefined for flags other than g or a construct the parser does not model. */
export function parse(rx: RegExp): Node | undefined {
  if (rx.flags.replace('g', '') !== '') return undefined;
  try {
    return new Parser(rx.source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
