// The tries the cue scanner and the gate walk (scanner.ts, gate.ts): a table by first code unit, then a
// hash set of longer prefixes keyed by a 32-bit hash, with a bloom filter in front; and the helpers
// both walks share. A hash clash can only add a needless try, never lose a match.

const MUL = 0x9e3779b1;
// A prefix's hash, extended one code unit at a time; never 0 (0 marks an empty slot).
export const first = (c: number) => Math.imul(c + 1, MUL) | 1;
export const extend = (h: number, c: number) => (Math.imul(h ^ c, MUL) + c) | 1;

/** A word character, as `\b` sees one: a literal that needs a word start is walked only after a non-word one. */
export const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0x41 && c <= 0x5a);

/** Where a literal ends in a trie, as a key: its code unit, or its prefix hash (literals whose hashes clash share it). */
export function endKey(lit: string): string {
  let h = first(lit.charCodeAt(0));
  for (let i = 1; i < lit.length; i++) h = extend(h, lit.charCodeAt(i));
  return lit.length === 1 ? `c${lit.charCodeAt(0)}` : `h${h}`;
}

/**
 * A trie of literals. Its first level is indexed by code unit: `head[c] >> 1` the value of the literal
 * c, `head[c] & 1` whether longer literals start with c (one table, so the walk's first look-up at each
 * place touches one cache line, not two). Deeper prefixes are a hash set (open addressing,
 * linear probing, load ≤ 1/4) of [prefix hash, patterns with a literal ending there] pairs.
 */
export interface Trie {
  head: Int32Array;
  /** Hash 0 marks an empty slot. */
  slots: Int32Array;
  mask: number;
  /**
   * One bit per value of a hash's top bits, set for the prefixes present: most probes are for a
   * prefix that is absent, and this small table (8 KB for a gate's word trie, 64 KB for the Chinese
   * scanner's, cache-resident) answers them without touching the slots (a miss into them was the
   * scan's largest cost).
   */
  bloom: Int32Array;
  /** A hash's bloom bit is its top 32 − bloomShift bits (about eight bits per prefix). */
  bloomShift: number;
  /** For a scanner's trie: the masks its values index (see maskTrie); empty otherwise. Every trie has the same shape, so the walks stay monomorphic. */
  vals: Int32Array;
  /** For a scanner's trie: each value's gate literal id + 1 (0: none), and how many values (from index 0) have masks in `vals`. */
  gate: Int32Array;
  masked: number;
}

const NO_VALS = new Int32Array(0);

/** `ids`: the values are literal ids (one per distinct literal), stored as they are rather than OR-ed. */
export function trie(lits: [string, number][], units: number, ids = false, vals = NO_VALS, gate = NO_VALS, masked = 0): Trie {
  const head = new Int32Array(units);
  const prefixes = new Map<number, number>();
  for (const [lit, bit] of lits) {
    const c = lit.charCodeAt(0);
    if (lit.length === 1) {
      head[c] = ((ids ? bit : (head[c]! >> 1) | bit) << 1) | (head[c]! & 1);
      continue;
    }
    head[c]! |= 1;
    let h = first(c);
    for (let i = 1; i < lit.length; i++) {
      h = extend(h, lit.charCodeAt(i));
      const end = i === lit.length - 1;
      const was = prefixes.get(h) ?? 0;
      prefixes.set(h, ids ? (end ? bit : was) : was | (end ? bit : 0));
    }
  }
  let size = 256;
  while (size < prefixes.size * 4) size *= 2;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  // About eight bits per prefix (at least 64 Ki): the scanner's tries hold tens of thousands of
  // prefixes, and a filter a third full let through a third of the probes for absent ones.
  let bloomBits = 16;
  while (bloomBits < 22 && 1 << bloomBits < prefixes.size * 8) bloomBits++;
  const bloomShift = 32 - bloomBits;
  const bloom = new Int32Array(1 << (bloomBits - 5));
  for (const [h, m] of prefixes) {
    const b = h >>> bloomShift;
    bloom[b >>> 5]! |= 1 << (b & 31);
    let at = (h >>> 7) & mask;
    while (slots[at * 2] !== 0) at = (at + 1) & mask;
    slots[at * 2] = h;
    slots[at * 2 + 1] = m;
  }
  return { head, slots, mask, bloom, bloomShift, vals, gate, masked };
}

/** The value stored for prefix hash `h` (0 for a prefix that only leads on), or -1 if `h` is no prefix of `t`. */
export function probe(t: Trie, h: number): number {
  const b = h >>> t.bloomShift;
  if ((t.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
  const { slots, mask } = t;
  let at = (h >>> 7) & mask;
  let k: number;
  while ((k = slots[at * 2]!) !== h) {
    if (k === 0) return -1;
    at = (at + 1) & mask;
  }
  return slots[at * 2 + 1]!;
}

/** Reverses the first n entries of `a` in place (a subarray view cost more than the scan of a short sentence). */
export function reverse(a: Int32Array, n: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
