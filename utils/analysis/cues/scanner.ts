// Where cue patterns can match a sentence, found in one pass over it for all patterns at once.
//
// Each pattern has literals its matches start with (`leadingLiterals`), or failing that, literals its
// matches contain (`requiredLiterals`; see literals.ts). They go into a trie, stored as a hash table
// of the prefixes of the literals (keyed by a 32-bit hash of the prefix), which the pass walks from
// each position of the sentence. For a pattern with leading literals it lists the positions
// where a match may start, so the pattern is tried there only (sticky); for the others it says
// whether the pattern can match at all. A hash clash can only add a needless try, never lose a match.
// Patterns with neither kind of literal always run.

import { leadingLiterals, requiredLiterals } from './literals.ts';

export interface Scanner {
  /** Scans `s`; returns the bitmask (bit k = pattern k) of the patterns that may match it. */
  scan(s: string): number;
  /** Patterns whose matches can only start at the positions `starts` lists. */
  readonly leading: number;
  /** After `scan(s)`: for a leading pattern k, the first `count(k)` entries are where a match may start, ascending. */
  starts(k: number): Int32Array;
  count(k: number): number;
}

const MUL = 0x9e3779b1;
// A prefix's hash, extended one code unit at a time; never 0 (0 marks an empty slot).
const first = (c: number) => Math.imul(c + 1, MUL) | 1;
const extend = (h: number, c: number) => (Math.imul(h ^ c, MUL) + c) | 1;

const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0x41 && c <= 0x5a);

/** A scanner over at most 32 patterns, run on the same (normalised) text as the patterns. */
export function buildScanner(patterns: readonly RegExp[]): Scanner {
  if (patterns.length > 32) throw new Error('a scanner covers at most 32 patterns');
  let always = 0;
  let leading = 0;
  // Two tries, as sets of prefix hashes: literals that may start anywhere, and literals that may only
  // start at a word start (\b before a word character), walked only where the previous character is
  // not a word character. Each prefix maps to the patterns with a literal ending there.
  const anywhere = new Map<number, number>();
  const wordStart = new Map<number, number>();
  patterns.forEach((rx, k) => {
    const bit = 1 << k;
    const lead = leadingLiterals(rx);
    const lits = lead ?? requiredLiterals(rx)?.map((lit) => ({ lit, wordStart: false }));
    if (!lits) {
      always |= bit;
      return;
    }
    if (lead) leading |= bit;
    for (const lit of lits) {
      const trie = lit.wordStart && isWord(lit.lit.charCodeAt(0)) ? wordStart : anywhere;
      let h = first(lit.lit.charCodeAt(0));
      for (let i = 1; i < lit.lit.length; i++) {
        if (!trie.has(h)) trie.set(h, 0);
        h = extend(h, lit.lit.charCodeAt(i));
      }
      trie.set(h, (trie.get(h) ?? 0) | bit);
    }
  });
  const any = table(anywhere);
  const word = table(wordStart);

  const starts = patterns.map(() => new Int32Array(64));
  const counts = new Int32Array(patterns.length);
  const push = (k: number, i: number) => {
    let a = starts[k]!;
    const n = counts[k]!;
    if (n === a.length) {
      const b = new Int32Array(n * 2);
      b.set(a);
      starts[k] = a = b;
    }
    a[n] = i;
    counts[k] = n + 1;
  };
  return {
    leading,
    starts: (k) => starts[k]!,
    count: (k) => counts[k]!,
    scan(s) {
      counts.fill(0);
      let found = always;
      const n = s.length;
      let prevWord = false;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let m = walk(any, s, i, n);
        if (!prevWord) m |= walk(word, s, i, n);
        found |= m;
        for (let l = m & leading; l !== 0; l &= l - 1) push(31 - Math.clz32(l & -l), i);
        prevWord = isWord(c);
      }
      return found;
    },
  };
}

/** A set of prefix hashes with a pattern mask each: open addressing, linear probing, load ≤ 1/4. */
interface Table {
  /** [hash, mask] pairs; hash 0 marks an empty slot. */
  slots: Int32Array;
  mask: number;
}

function table(prefixes: Map<number, number>): Table {
  let size = 256;
  while (size < prefixes.size * 4) size *= 2;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  for (const [h, m] of prefixes) {
    let at = (h >>> 7) & mask;
    while (slots[at * 2] !== 0) at = (at + 1) & mask;
    slots[at * 2] = h;
    slots[at * 2 + 1] = m;
  }
  return { slots, mask };
}

/** The patterns with a literal of `t` starting at `s[i]`: follows the prefixes as far as they go. */
function walk(t: Table, s: string, i: number, n: number): number {
  const { slots, mask } = t;
  let m = 0;
  let h = first(s.charCodeAt(i));
  for (let j = i + 1; ; j++) {
    let at = (h >>> 7) & mask;
    let k: number;
    while ((k = slots[at * 2]!) !== h) {
      if (k === 0) return m;
      at = (at + 1) & mask;
    }
    m |= slots[at * 2 + 1]!;
    if (j >= n) return m;
    h = extend(h, s.charCodeAt(j));
  }
}
