// First-character sets of the Chinese cue patterns, computed once from their sources, so a sentence
// only runs the patterns that could start somewhere in it (one pass over its characters, a bitmask per
// character). Conservative: any construct it does not model (negated classes, '.', back-references)
// makes the pattern "always run". English patterns start with letters and are not prefiltered.

type CharSet = Set<number> | 'any';

interface Result {
  first: CharSet;
  nullable: boolean;
}

const WS = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x3000, 0xfeff, 0x2028, 0x2029];

function union(a: CharSet, b: CharSet): CharSet {
  if (a === 'any' || b === 'any') return 'any';
  for (const c of b) a.add(c);
  return a;
}

class Parser {
  src: string;
  i = 0;
  constructor(src: string) {
    this.src = src;
  }

  alternation(): Result {
    let first: CharSet = new Set();
    let nullable = false;
    for (;;) {
      const r = this.sequence();
      first = union(first, r.first);
      nullable ||= r.nullable;
      if (this.src[this.i] === '|') {
        this.i++;
        continue;
      }
      return { first, nullable };
    }
  }

  sequence(): Result {
    let first: CharSet = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      const atomNullable = atom.nullable || q;
      if (nullable) first = union(first, atom.first);
      nullable &&= atomNullable;
    }
    return { first, nullable };
  }

  /** Reads a quantifier if any; returns true when it allows zero repetitions. */
  quantifier(): boolean {
    const c = this.src[this.i];
    let zero = false;
    if (c === '?' || c === '*') {
      zero = true;
      this.i++;
    } else if (c === '+') {
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d*)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return false;
      zero = (m[1] ?? '') === '' || Number(m[1]) === 0;
      this.i += m[0].length;
    } else {
      return false;
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return zero;
  }

  escape(): { chars: CharSet; zeroWidth: boolean } {
    const c = this.src[this.i + 1] ?? '';
    this.i += 2;
    if (c === 'b' || c === 'B') return { chars: new Set(), zeroWidth: true };
    if (c === 'd') return { chars: new Set(Array.from({ length: 10 }, (_, k) => 0x30 + k)), zeroWidth: false };
    if (c === 's') return { chars: new Set(WS), zeroWidth: false };
    if (c === 'w') {
      const s = new Set<number>([0x5f]);
      for (let k = 0x30; k <= 0x39; k++) s.add(k);
      for (let k = 0x41; k <= 0x5a; k++) s.add(k);
      for (let k = 0x61; k <= 0x7a; k++) s.add(k);
      return { chars: s, zeroWidth: false };
    }
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      this.i += 4;
      return { chars: new Set([parseInt(hex, 16)]), zeroWidth: false };
    }
    if (c === 'n') return { chars: new Set([0x0a]), zeroWidth: false };
    if (c === 't') return { chars: new Set([0x09]), zeroWidth: false };
    if (c === 'r') return { chars: new Set([0x0d]), zeroWidth: false };
    if (/[A-Za-z0-9]/.test(c)) return { chars: 'any', zeroWidth: false }; // \D, \S, \W, back-references…
    return { chars: new Set([c.charCodeAt(0)]), zeroWidth: false };
  }

  klass(): CharSet {
    this.i++; // [
    if (this.src[this.i] === '^') {
      // Negated: skip to the end, give up.
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return 'any';
    }
    const out = new Set<number>();
    let prev = -1;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let code: number;
      if (this.src[this.i] === '\\') {
        const e = this.escape();
        if (e.chars === 'any') {
          while (this.i < this.src.length && this.src[this.i] !== ']') this.i++;
          this.i++;
          return 'any';
        }
        if (e.chars.size !== 1) {
          for (const c of e.chars) out.add(c);
          prev = -1;
          continue;
        }
        code = [...e.chars][0]!;
      } else if (this.src[this.i] === '-' && prev >= 0 && this.src[this.i + 1] !== ']') {
        this.i++;
        let hi: number;
        if (this.src[this.i] === '\\') {
          const e = this.escape();
          if (e.chars === 'any' || e.chars.size !== 1) return 'any';
          hi = [...e.chars][0]!;
        } else {
          hi = this.src.charCodeAt(this.i++);
        }
        for (let k = prev; k <= hi; k++) out.add(k);
        prev = -1;
        continue;
      } else {
        code = this.src.charCodeAt(this.i++);
      }
      out.add(code);
      prev = code;
    }
    this.i++; // ]
    return out;
  }

  atom(): Result {
    const c = this.src[this.i];
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) {
        this.i += 3;
      } else if (this.src.startsWith('(?=', this.i) || this.src.startsWith('(?!', this.i)) {
        this.i += 3;
        this.alternation();
        this.i++;
        return { first: new Set(), nullable: true };
      } else if (this.src.startsWith('(?<=', this.i) || this.src.startsWith('(?<!', this.i)) {
        this.i += 4;
        this.alternation();
        this.i++;
        return { first: new Set(), nullable: true };
      } else if (this.src.startsWith('(?<', this.i)) {
        this.i = this.src.indexOf('>', this.i) + 1;
      } else {
        this.i += 1;
      }
      const r = this.alternation();
      this.i++; // )
      return r;
    }
    if (c === '[') return { first: this.klass(), nullable: false };
    if (c === '\\') {
      const e = this.escape();
      return e.zeroWidth ? { first: new Set(), nullable: true } : { first: e.chars, nullable: false };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { first: new Set(), nullable: true };
    }
    if (c === '.') {
      this.i++;
      return { first: 'any', nullable: false };
    }
    this.i++;
    return { first: new Set([c!.charCodeAt(0)]), nullable: false };
  }
}

/** The set of code units a match of `rx` can start with, or 'any' when unknown or possibly empty. */
export function firstChars(rx: RegExp): CharSet {
  try {
    const p = new Parser(rx.source);
    const r = p.alternation();
    if (p.i !== rx.source.length || r.nullable) return 'any';
    return r.first;
  } catch {
    return 'any';
  }
}

/**
 * A table mapping each UTF-16 code unit to the bitmask of patterns (by index) that can start with
 * it, plus the mask of patterns that must always run. At most 32 patterns.
 */
export function buildPrefilter(rxs: RegExp[]): { table: Uint32Array; always: number } {
  if (rxs.length > 32) throw new Error('prefilter supports at most 32 patterns');
  const table = new Uint32Array(65536);
  let always = 0;
  rxs.forEach((rx, k) => {
    const f = firstChars(rx);
    if (f === 'any') {
      always |= 1 << k;
      return;
    }
    for (const c of f) {
      table[c] = table[c]! | (1 << k);
      // Patterns run on normalised text; an ASCII letter may come from upper case or full width.
    }
  });
  return { table, always };
}
