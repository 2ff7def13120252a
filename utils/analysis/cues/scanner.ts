// Where cue patterns can match a sentence, found in one pass over it for all patterns at once.
//
// Each pattern has literals its matches start with (`leadingLiterals`), or failing that, literals its
// matches contain (`requiredLiterals`; see literals.ts). They go into a trie (a table by first code
// unit, then a hash table of longer prefixes keyed by a 32-bit hash), which the pass walks from each
// position of the sentence. For a pattern with leading literals it lists the positions
// where a match may start, so the pattern is tried there only (sticky); for the others it says
// whether the pattern can match at all. A hash clash can only add a needless try, never lose a match.
// Patterns with neither kind of literal always run.

import { leadingBranches, leadingLiterals, requiredLiterals } from './literals.ts';

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
  // Two tries: literals that may start anywhere, and literals that may only start at a word start
  // (\b before a word character), walked only where the previous character is not a word character.
  const anywhere: [string, number][] = [];
  const wordStart: [string, number][] = [];
  patterns.forEach((rx, k) => {
    const bit = 1 << k;
    const lead = leadingLiterals(rx);
    const lits = lead ?? requiredLiterals(rx)?.map((lit) => ({ lit, wordStart: false }));
    if (!lits) {
      always |= bit;
      return;
    }
    if (lead) leading |= bit;
    for (const { lit, wordStart: ws } of lits) (ws && isWord(lit.charCodeAt(0)) ? wordStart : anywhere).push([lit, bit]);
  });
  const any = trie(anywhere, 0x10000);
  const word = trie(wordStart, 0x80);

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
        let m = walk(any, s, i, n, c);
        if (!prevWord && c < 0x80) m |= walk(word, s, i, n, c);
        found |= m;
        for (let l = m & leading; l !== 0; l &= l - 1) push(31 - Math.clz32(l & -l), i);
        prevWord = isWord(c);
      }
      return found;
    },
  };
}

/**
 * A trie of literals. Its first level is indexed by code unit: `one[c]` the patterns with the literal
 * c, `more[c]` whether longer literals start with c. Deeper prefixes are a hash set (open addressing,
 * linear probing, load ≤ 1/4) of [prefix hash, patterns with a literal ending there] pairs.
 */
interface Trie {
  one: Int32Array;
  more: Uint8Array;
  /** Hash 0 marks an empty slot. */
  slots: Int32Array;
  mask: number;
}

/** `ids`: the values are literal ids (one per distinct literal), stored as they are rather than OR-ed. */
function trie(lits: [string, number][], units: number, ids = false): Trie {
  const one = new Int32Array(units);
  const more = new Uint8Array(units);
  const prefixes = new Map<number, number>();
  for (const [lit, bit] of lits) {
    const c = lit.charCodeAt(0);
    if (lit.length === 1) {
      one[c] = ids ? bit : one[c]! | bit;
      continue;
    }
    more[c] = 1;
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
  for (const [h, m] of prefixes) {
    let at = (h >>> 7) & mask;
    while (slots[at * 2] !== 0) at = (at + 1) & mask;
    slots[at * 2] = h;
    slots[at * 2 + 1] = m;
  }
  return { one, more, slots, mask };
}

/** The value stored for prefix hash `h` (0 for a prefix that only leads on), or -1 if `h` is no prefix of `t`. */
function probe(t: Trie, h: number): number {
  const { slots, mask } = t;
  let at = (h >>> 7) & mask;
  let k: number;
  while ((k = slots[at * 2]!) !== h) {
    if (k === 0) return -1;
    at = (at + 1) & mask;
  }
  return slots[at * 2 + 1]!;
}

/** The patterns with a literal of `t` starting at `s[i]` (= c): follows the prefixes as far as they go. */
function walk(t: Trie, s: string, i: number, n: number, c: number): number {
  let m = t.one[c]!;
  if (t.more[c] === 0) return m;
  let h = first(c);
  for (let j = i + 1; j < n; j++) {
    h = extend(h, s.charCodeAt(j));
    const v = probe(t, h);
    if (v < 0) return m;
    m |= v;
  }
  return m;
}

/**
 * Which of any number of patterns may match a text, and where: `scan(s)`, then `may(k)` for pattern
 * k; for a pattern whose matches can only start at its leading literals (`leads(k)`), `starts(k)`
 * lists those places (the first `count(k)` entries, ascending, distinct). `touched()` lists the
 * patterns that may match, ascending, so a caller need not visit the others.
 */
export interface Gate {
  scan(s: string): void;
  may(k: number): boolean;
  leads(k: number): boolean;
  starts(k: number): Int32Array;
  count(k: number): number;
  touched(): Int32Array;
}

/**
 * A gate over any number of patterns (cue alternatives, the rules' sentence shapes): one pass over
 * the text for all of them, built on first use. Each distinct literal gets an id; the tries hold ids
 * rather than bit masks (so there is no 32-pattern limit), and a literal found marks the patterns it
 * belongs to. A pattern the gate says cannot match has none of its literals in the text. The work of
 * a scan is in proportion to what it finds: only the patterns marked by the last scan are reset.
 *
 * A pattern with leading literals is gated per top-level alternative (literals.ts, Branch): a place
 * where a branch's lead occurs is listed only if one of the literals the rest of that branch requires
 * occurs at or after it. Most failed tries were leads alone (我, 明天, because) with nothing after
 * them that the branch needs.
 */
export function buildGate(patterns: readonly RegExp[]): Gate {
  const n = patterns.length;
  const may = new Uint8Array(n);
  const leads = new Uint8Array(n);
  const counts = new Int32Array(n);
  const pos: Int32Array[] = new Array<Int32Array>(n);
  const touchedList = new Int32Array(n);
  let touchedCount = 0;
  let sorted = true;
  interface Built {
    any: Trie;
    word: Trie;
    /** Literal id → patterns it marks without a place (patterns gated by required literals). */
    plain: Flat;
    /** Literal id → branches it opens. */
    lead: Flat;
    /** Literal id → branches that require it after their lead. */
    req: Flat;
    /** Branch → its pattern; whether it has required literals. */
    branchPattern: Int32Array;
    branchReq: Uint8Array;
    always: number[];
  }
  let built: Built | undefined;
  /** Per branch: the last place one of its required literals starts, valid when stamped with this scan. */
  let reqLast = new Int32Array(0);
  let reqStamp = new Int32Array(0);
  let stamp = 0;
  /** Lead places found by this scan, [branch, place] pairs, in text order. */
  let pending = new Int32Array(64);
  let pendingCount = 0;
  const build = (): Built => {
    const ids = new Map<string, number>();
    const plain: number[][] = [];
    const lead: number[][] = [];
    const req: number[][] = [];
    const always: number[] = [];
    const anywhere: [string, number][] = [];
    const wordStart: [string, number][] = [];
    const branchPattern: number[] = [];
    const branchReq: number[] = [];
    const idOf = (lit: string, word: boolean): number => {
      // Keyed by where the literal ends in its trie (its code unit, or its prefix hash), so two
      // literals whose hashes clash share one id and both are let through (never lost).
      let h = first(lit.charCodeAt(0));
      for (let i = 1; i < lit.length; i++) h = extend(h, lit.charCodeAt(i));
      const key = `${word ? 'w' : 'a'}${lit.length === 1 ? `c${lit.charCodeAt(0)}` : `h${h}`}`;
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = plain.length));
        plain.push([]);
        lead.push([]);
        req.push([]);
        (word ? wordStart : anywhere).push([lit, id + 1]);
      }
      return id;
    };
    const own = (list: number[], v: number) => {
      if (list[list.length - 1] !== v) list.push(v);
    };
    patterns.forEach((rx, k) => {
      const branches = leadingBranches(rx);
      if (branches) {
        leads[k] = 1;
        for (const b of branches) {
          const bi = branchPattern.length;
          branchPattern.push(k);
          branchReq.push(b.req ? 1 : 0);
          for (const { lit, wordStart: ws } of b.leads) own(lead[idOf(lit, ws && isWord(lit.charCodeAt(0)))]!, bi);
          for (const lit of b.req ?? []) own(req[idOf(lit, false)]!, bi);
        }
        return;
      }
      const lits = requiredLiterals(rx);
      if (!lits) {
        always.push(k);
        return;
      }
      for (const lit of lits) own(plain[idOf(lit, false)]!, k);
    });
    reqLast = new Int32Array(branchPattern.length);
    reqStamp = new Int32Array(branchPattern.length);
    return {
      any: trie(anywhere, 0x10000, true),
      word: trie(wordStart, 0x80, true),
      plain: flat(plain),
      lead: flat(lead),
      req: flat(req),
      branchPattern: Int32Array.from(branchPattern),
      branchReq: Uint8Array.from(branchReq),
      always,
    };
  };
  const mark = (k: number, i: number) => {
    if (may[k] === 0) {
      may[k] = 1;
      if (touchedCount > 0 && touchedList[touchedCount - 1]! > k) sorted = false;
      touchedList[touchedCount++] = k;
    }
    if (leads[k] === 0) return;
    const c = counts[k]!;
    let a = pos[k];
    if (c > 0 && a![c - 1] === i) return;
    if (!a || c === a.length) {
      const b = new Int32Array(Math.max(8, c * 2));
      if (a) b.set(a);
      pos[k] = a = b;
    }
    a[c] = i;
    counts[k] = c + 1;
  };
  const markId = (g: Built, id: number, i: number) => {
    const { plain, lead, req } = g;
    for (let j = plain.start[id]!, e = plain.start[id + 1]!; j < e; j++) mark(plain.owners[j]!, 0);
    for (let j = req.start[id]!, e = req.start[id + 1]!; j < e; j++) {
      const b = req.owners[j]!;
      reqLast[b] = i;
      reqStamp[b] = stamp;
    }
    for (let j = lead.start[id]!, e = lead.start[id + 1]!; j < e; j++) {
      if (pendingCount + 2 > pending.length) {
        const grown = new Int32Array(pending.length * 2);
        grown.set(pending);
        pending = grown;
      }
      pending[pendingCount++] = lead.owners[j]!;
      pending[pendingCount++] = i;
    }
  };
  const EMPTY = new Int32Array(0);
  return {
    scan(s) {
      const g = (built ??= build());
      for (let j = 0; j < touchedCount; j++) {
        const k = touchedList[j]!;
        may[k] = 0;
        counts[k] = 0;
      }
      touchedCount = 0;
      sorted = true;
      pendingCount = 0;
      stamp++;
      for (const k of g.always) mark(k, 0);
      const len = s.length;
      let prevWord = false;
      for (let i = 0; i < len; i++) {
        const c = s.charCodeAt(i);
        walkIds(g.any, s, i, len, c, g, markId);
        if (!prevWord && c < 0x80) walkIds(g.word, s, i, len, c, g, markId);
        prevWord = isWord(c);
      }
      // A lead counts only with one of its branch's required literals at or after it.
      for (let j = 0; j < pendingCount; j += 2) {
        const b = pending[j]!;
        const p = pending[j + 1]!;
        if (g.branchReq[b] === 0 || (reqStamp[b] === stamp && reqLast[b]! >= p)) mark(g.branchPattern[b]!, p);
      }
    },
    may: (k) => may[k] === 1,
    leads: (k) => leads[k] === 1,
    starts: (k) => pos[k] ?? EMPTY,
    count: (k) => counts[k]!,
    touched() {
      const t = touchedList.subarray(0, touchedCount);
      if (!sorted) {
        t.sort();
        sorted = true;
      }
      return t;
    },
  };
}

/** Lists per literal id, flattened: id's entries are owners[start[id] .. start[id + 1]). */
interface Flat {
  start: Int32Array;
  owners: Int32Array;
}

function flat(lists: number[][]): Flat {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((o, id) => (start[id + 1] = start[id]! + o.length));
  const owners = new Int32Array(start[lists.length]!);
  lists.forEach((o, id) => owners.set(o, start[id]!));
  return { start, owners };
}

/** Like walk, for a trie of literal ids (id + 1; 0 = none): calls `found` for each literal at `s[i]`. */
function walkIds<G>(t: Trie, s: string, i: number, n: number, c: number, g: G, found: (g: G, id: number, i: number) => void): void {
  const one = t.one[c]!;
  if (one !== 0) found(g, one - 1, i);
  if (t.more[c] === 0) return;
  let h = first(c);
  for (let j = i + 1; j < n; j++) {
    h = extend(h, s.charCodeAt(j));
    const id = probe(t, h);
    if (id < 0) return;
    if (id !== 0) found(g, id - 1, i);
  }
}
