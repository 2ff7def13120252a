// Where cue patterns can match a sentence, found in one pass over it for all patterns at once.
//
// Each pattern has literals its matches start with (`leadingLiterals`), or failing that, literals its
// matches contain (`requiredLiterals`; see literals.ts). They go into a trie (a table by first code
// unit, then a hash table of longer prefixes keyed by a 32-bit hash), which the pass walks from each
// position of the sentence. For a pattern with leading literals it lists the positions
// where a match may start, so the pattern is tried there only (sticky); for the others it says
// whether the pattern can match at all. A hash clash can only add a needless try, never lose a match.
// Patterns with neither kind of literal always run.

import { isHan } from '../normalize.ts';
import { leadingBranches, leadingLiterals, MAX_LITERAL, requiredLiterals, type Branch } from './literals.ts';

export interface Scanner {
  /**
   * Scans `s`; returns the bitmask (bit k = pattern k) of the patterns that may match it. With
   * `withGate`, the same pass is the scan of `s` by the gate the scanner was built with (see
   * buildScanner): its answers are read from the gate afterwards, as after `gate.scan(s)`.
   */
  scan(s: string, withGate?: boolean): number;
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

/**
 * A scanner over at most 32 patterns, run on the same (normalised) text as the patterns.
 *
 * A leading pattern's top-level alternatives (literals.ts, Branch) that need more than their lead are
 * conditional: their leads count only where one of the literals such alternatives of the pattern
 * require occurs at or after them (the scan runs backwards to know). A lead alone (明天 with nothing
 * to send or confirm after it) was the commonest failed try; lanes (assignLanes) make the condition
 * finer than the pattern. `conditional: false` keeps every lead: the
 * English patterns' tails require common letter runs, whose tracking cost more scanning than it saved.
 */
export function buildScanner(patterns: readonly RegExp[], conditional = true, gate?: Gate, hanFree = false): Scanner {
  if (patterns.length > 32) throw new Error('a scanner covers at most 32 patterns');
  let always = 0;
  let leading = 0;
  // Per literal, four masks: patterns it opens unconditionally (A), opens given a required literal
  // later (B), that require it after a lead (R), and that merely contain it (P, patterns without
  // leading literals). Two tries: literals that may start anywhere, and literals that may only start
  // at a word start (\b before a word character), walked only where the previous character is not a
  // word character.
  const anywhere = new Map<string, number[]>();
  const wordStart = new Map<string, number[]>();
  const add = (into: Map<string, number[]>, lit: string, role: number, bit: number) => {
    let v = into.get(lit);
    if (!v) into.set(lit, (v = new Array<number>(ROLES).fill(0)));
    v[role]! |= bit;
  };
  const all = patterns.map((rx) => leadingBranches(rx));
  const lanes = conditional ? assignLanes(all) : undefined;
  const laneBit = new Int32Array(32);
  patterns.forEach((rx, k) => {
    const bit = 1 << k;
    const branches = all[k];
    if (branches) {
      leading |= bit;
      for (const b of branches) {
        const req = conditional ? b.req : null;
        const lane = req ? lanes?.get(b) : undefined;
        if (lane !== undefined) laneBit[lane] = bit;
        const [role, reqRole, mask] = lane === undefined ? [req ? B : A, R, bit] : [LB, LR, 1 << lane];
        for (const { lit, wordStart: ws } of b.leads) add(ws && isWord(lit.charCodeAt(0)) ? wordStart : anywhere, lit, role, mask);
        for (const lit of req ?? []) add(anywhere, lit, reqRole, mask);
      }
      return;
    }
    const lits = requiredLiterals(rx);
    if (!lits) {
      always |= bit;
      return;
    }
    for (const lit of lits) add(anywhere, lit, P, bit);
  });
  // With a gate, its literals join the same two tries (a value's GATE slot holds the gate's literal id
  // + 1), so one walk over a sentence serves both: the gate's own walk repeated the head look-ups and
  // hash probes of this one over the same characters.
  // `hanFree`: the scanner rides the gate only on text without Han characters (normalize.ts isHan), where
  // no literal holding one can occur: those stay out of its tries.
  const gl = gate?.literals();
  const keep = (lits: [string, number][] | undefined) => (hanFree ? lits?.filter(([lit]) => ![...lit].some((ch) => isHan(ch.charCodeAt(0)))) : lits);
  const any = maskTrie(anywhere, 0x10000, keep(gl?.anywhere));
  const word = maskTrie(wordStart, 0x80, keep(gl?.wordStart));
  /** The gate's literal ids found at one place: at most one per length in each trie. */
  const here = new Int32Array(2 * MAX_LITERAL);

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
  const anyVals = any.vals;
  const wordVals = word.vals;
  const anyGate = any.gate;
  const wordGate = word.gate;
  const anyMasked = any.masked;
  const wordMasked = word.masked;
  const anyHead = any.head;
  const wordHead = word.head;
  return {
    leading,
    starts: (k) => starts[k]!,
    count: (k) => counts[k]!,
    scan(s, withGate = false) {
      counts.fill(0);
      const g = withGate ? gate : undefined;
      g?.begin();
      let found = always;
      /** Patterns with a required literal at or after i. */
      let seen = 0;
      /** The same for lanes (see assignLanes). */
      let seenLanes = 0;
      for (let i = s.length - 1; i >= 0; i--) {
        const c = s.charCodeAt(i);
        // The value indexes of the literals starting here (at most one per length in each trie).
        let a = 0;
        let b = 0;
        let lanesHere = 0;
        let ids = 0;
        // Each trie is walked from its head entry (the literal of one character, and whether longer ones
        // start with it) along the following characters; every entry met adds its literal's masks.
        const e = anyHead[c]!;
        let v = e >> 1;
        let more = (e & 1) !== 0;
        let h = more ? first(c) : 0;
        for (let j = i + 1; ; j++) {
          // 0: no literal ends here; below 0: no literal starts with these characters (the walk ends).
          if (v > 0) {
            if (v < anyMasked) {
              a |= anyVals[v * ROLES + A]!;
              b |= anyVals[v * ROLES + B]!;
              seen |= anyVals[v * ROLES + R]!;
              found |= anyVals[v * ROLES + P]!;
              lanesHere |= anyVals[v * ROLES + LB]!;
              seenLanes |= anyVals[v * ROLES + LR]!;
            }
            const id = anyGate[v]!;
            if (id !== 0) here[ids++] = id - 1;
          }
          if (!more || j >= s.length) break;
          h = extend(h, s.charCodeAt(j));
          v = probe(any, h);
          more = v >= 0;
        }
        if (c < 0x80 && (i === 0 || !isWord(s.charCodeAt(i - 1)))) {
          const w = wordHead[c]!;
          v = w >> 1;
          more = (w & 1) !== 0;
          h = more ? first(c) : 0;
          for (let j = i + 1; ; j++) {
            if (v > 0) {
              if (v < wordMasked) {
                a |= wordVals[v * ROLES + A]!;
                b |= wordVals[v * ROLES + B]!;
                lanesHere |= wordVals[v * ROLES + LB]!;
              }
              const id = wordGate[v]!;
              if (id !== 0) here[ids++] = id - 1;
            }
            if (!more || j >= s.length) break;
            h = extend(h, s.charCodeAt(j));
            v = probe(word, h);
            more = v >= 0;
          }
        }
        if (ids !== 0 && g) g.at(i, here, ids);
        let at = a | (b & seen);
        for (let l = lanesHere & seenLanes; l !== 0; l &= l - 1) at |= laneBit[31 - Math.clz32(l & -l)]!;
        if (at === 0) continue;
        found |= at;
        for (let l = at; l !== 0; l &= l - 1) push(31 - Math.clz32(l & -l), i);
      }
      // Places were listed last to first.
      for (let l = found & leading; l !== 0; l &= l - 1) {
        const k = 31 - Math.clz32(l & -l);
        reverse(starts[k]!, counts[k]!);
      }
      g?.end();
      return found;
    },
  };
}

/** Reverses the first n entries of `a` in place (a subarray view cost more than the scan of a short sentence). */
function reverse(a: Int32Array, n: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

const A = 0;
const B = 1;
const R = 2;
const P = 3;
/** Lanes a literal opens given a required literal of the lane later (LB), lanes that require it (LR). */
const LB = 4;
const LR = 5;
/** Not a mask: a combined trie's gate literal id + 1 (0: none; see buildScanner). */
const GATE = 6;
const ROLES = 7;

/**
 * Lanes: the 32 bits of a second mask, each owned by one pattern and holding some of its conditional
 * alternatives, so that a lead counts only where a literal required by an alternative of its own lane
 * follows. With one bit per pattern, a literal required by any alternative let the leads of all the
 * others count (the reason cue has over a hundred). Patterns with two or more distinct
 * required-literal sets share the lanes in proportion to their number of sets; alternatives with the
 * same set share a lane. Any assignment is sound: a lane only ever holds alternatives of its owner.
 */
function assignLanes(all: readonly (Branch[] | undefined)[]): Map<Branch, number> {
  const keyOf = (b: Branch) => [...new Set(b.req)].sort().join('\u0000');
  const groups = all.map((bs) => [...new Set((bs ?? []).filter((b) => b.req).map(keyOf))]);
  const total = groups.reduce((n, g) => n + (g.length >= 2 ? g.length : 0), 0);
  const out = new Map<Branch, number>();
  let base = 0;
  all.forEach((bs, k) => {
    const g = groups[k]!;
    const n = g.length >= 2 ? Math.min(g.length, Math.floor((32 * g.length) / total)) : 0;
    if (n === 0 || base + n > 32) return;
    for (const b of bs ?? []) if (b.req) out.set(b, base + (g.indexOf(keyOf(b)) % n));
    base += n;
  });
  return out;
}

const NO_VALS = new Int32Array(0);

/**
 * A trie whose values index `vals`: ROLES entries (the masks A, B, R, P, LB, LR and a gate literal
 * id + 1) per distinct value with masks (index 0: none), and `gate`: the gate literal id + 1 of every
 * value. `gateLits`: a gate's literals with their ids + 1.
 */
function maskTrie(lits: Map<string, number[]>, units: number, gateLits: readonly [string, number][] = []): Trie {
  // Keyed by where a literal ends in the trie (its code unit, or its prefix hash): literals whose
  // hashes clash share one value, their masks OR-ed (a clash can only add a needless try).
  const ends = new Map<string, number[]>();
  const keyOf = (lit: string) => {
    let h = first(lit.charCodeAt(0));
    for (let i = 1; i < lit.length; i++) h = extend(h, lit.charCodeAt(i));
    return lit.length === 1 ? `c${lit.charCodeAt(0)}` : `h${h}`;
  };
  for (const [lit, v] of lits) {
    const key = keyOf(lit);
    const e = ends.get(key);
    if (e) for (let r = 0; r < ROLES; r++) e[r]! |= v[r]!;
    else ends.set(key, [...v]);
  }
  // A gate keys its literal ids the same way (by where they end), so an end has at most one id.
  for (const [lit, id] of gateLits) {
    const key = keyOf(lit);
    let e = ends.get(key);
    if (!e) ends.set(key, (e = new Array<number>(ROLES).fill(0)));
    e[GATE] = id;
  }
  // Values with masks first (indexes below `masked`), then those that only carry a gate id: a walk
  // reads the masks of the first kind only, and every value's gate id from one dense array (a gate
  // literal found touched a row of seven entries, most often all zero but the id).
  const index = new Map<string, number>();
  const vals: number[] = new Array<number>(ROLES).fill(0);
  const gate: number[] = [0];
  const entries: [string, number][] = [];
  const all = [...lits.keys(), ...gateLits.map(([lit]) => lit)];
  const hasMasks = (v: number[]) => v.some((x, r) => r !== GATE && x !== 0);
  for (const pass of [true, false]) {
    for (const lit of all) {
      const v = ends.get(keyOf(lit))!;
      if (hasMasks(v) !== pass) continue;
      const key = v.join(',');
      let vi = index.get(key);
      if (vi === undefined) {
        index.set(key, (vi = gate.length));
        gate.push(v[GATE]!);
        if (pass) vals.push(...v);
      }
      entries.push([lit, vi]);
    }
  }
  return trie(entries, units, true, Int32Array.from(vals), Int32Array.from(gate), vals.length / ROLES);
}


/**
 * A trie of literals. Its first level is indexed by code unit: `head[c] >> 1` the value of the literal
 * c, `head[c] & 1` whether longer literals start with c (one table, so the walk's first look-up at each
 * place touches one cache line, not two). Deeper prefixes are a hash set (open addressing,
 * linear probing, load ≤ 1/4) of [prefix hash, patterns with a literal ending there] pairs.
 */
interface Trie {
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

/** `ids`: the values are literal ids (one per distinct literal), stored as they are rather than OR-ed. */
function trie(lits: [string, number][], units: number, ids = false, vals = NO_VALS, gate = NO_VALS, masked = 0): Trie {
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
function probe(t: Trie, h: number): number {
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
  /** touched() without making a view (a typed-array view per sentence scanned): its first `touchedCount()` entries. */
  touchedIds(): Int32Array;
  touchedCount(): number;
  /** Its literals with their ids + 1, for a scanner that walks them in its own pass (buildScanner). */
  literals(): { anywhere: [string, number][]; wordStart: [string, number][] };
  /** A scan in parts, for such a pass: `begin()`, `at(i, ids, n)` for each place from the last to the first where literals occur, `end()`. */
  begin(): void;
  at(i: number, ids: Int32Array, n: number): void;
  end(): void;
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
    anywhere: [string, number][];
    wordStart: [string, number][];
    /** The gate's own tries, built on its first scan of its own: most sentences are walked by a cue scanner that holds its literals (buildScanner). */
    tries?: { any: Trie; word: Trie };
    /** Literal id → patterns it marks without a place (patterns gated by required literals). */
    plain: Flat;
    /** Literal id → groups it opens. A group: a pattern's branches with the same required literals. */
    lead: Flat;
    /** Literal id → groups that require it after their lead. */
    req: Flat;
    /** Group → its pattern; whether it has required literals. */
    groupPattern: Int32Array;
    groupReq: Uint8Array;
    always: number[];
  }
  let built: Built | undefined;
  /** Per group: stamped with this scan once one of its required literals is seen (the scan runs backwards, so at or after the place). */
  let reqStamp = new Int32Array(0);
  let stamp = 0;
  /** The literal ids found at one place: at most one per length in each of the two tries. */
  const here = new Int32Array(2 * MAX_LITERAL);
  const build = (): Built => {
    const ids = new Map<string, number>();
    const plain: number[][] = [];
    const lead: number[][] = [];
    const req: number[][] = [];
    const always: number[] = [];
    const anywhere: [string, number][] = [];
    const wordStart: [string, number][] = [];
    const groups = new Map<string, number>();
    const groupPattern: number[] = [];
    const groupReq: number[] = [];
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
      if (!list.includes(v)) list.push(v);
    };
    patterns.forEach((rx, k) => {
      const branches = leadingBranches(rx);
      if (branches) {
        leads[k] = 1;
        for (const b of branches) {
          const reqs = b.req ? [...new Set(b.req)].sort() : [];
          const key = `${k}\u0000${reqs.join('\u0000')}`;
          let gi = groups.get(key);
          if (gi === undefined) {
            groups.set(key, (gi = groupPattern.length));
            groupPattern.push(k);
            groupReq.push(b.req ? 1 : 0);
            for (const lit of reqs) own(req[idOf(lit, false)]!, gi);
          }
          for (const { lit, wordStart: ws } of b.leads) own(lead[idOf(lit, ws && isWord(lit.charCodeAt(0)))]!, gi);
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
    reqStamp = new Int32Array(groupPattern.length);
    return {
      anywhere,
      wordStart,
      plain: flat(plain),
      lead: flat(lead),
      req: flat(req),
      groupPattern: Int32Array.from(groupPattern),
      groupReq: Uint8Array.from(groupReq),
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
  /** Sorts the touched patterns ascending (they are distinct and few: an insertion sort, no view). */
  const sortTouched = () => {
    if (sorted) return;
    for (let j = 1; j < touchedCount; j++) {
      const v = touchedList[j]!;
      let i = j - 1;
      while (i >= 0 && touchedList[i]! > v) {
        touchedList[i + 1] = touchedList[i]!;
        i--;
      }
      touchedList[i + 1] = v;
    }
    sorted = true;
  };
  const EMPTY = new Int32Array(0);
  const begin = () => {
    built ??= build();
    for (let j = 0; j < touchedCount; j++) {
      const k = touchedList[j]!;
      may[k] = 0;
      counts[k] = 0;
    }
    touchedCount = 0;
    sorted = true;
    // A stamp is never reused (0 would match a group never stamped): start over before it wraps.
    if (++stamp === 0x7fffffff) {
      reqStamp.fill(0);
      stamp = 1;
    }
  };
  /** The literals `ids[0 .. found)` occur at i (places visited backwards, so a lead is judged knowing every required literal at or after it). */
  const at = (i: number, ids: Int32Array, found: number) => {
    const { plain, lead, req, groupPattern, groupReq } = built!;
    for (let f = 0; f < found; f++) {
      const id = ids[f]!;
      for (let j = plain.start[id]!, e = plain.start[id + 1]!; j < e; j++) mark(plain.owners[j]!, 0);
      for (let j = req.start[id]!, e = req.start[id + 1]!; j < e; j++) reqStamp[req.owners[j]!] = stamp;
    }
    for (let f = 0; f < found; f++) {
      const id = ids[f]!;
      for (let j = lead.start[id]!, e = lead.start[id + 1]!; j < e; j++) {
        const gi = lead.owners[j]!;
        if (groupReq[gi] === 0 || reqStamp[gi] === stamp) mark(groupPattern[gi]!, i);
      }
    }
  };
  const end = () => {
    for (const k of built!.always) mark(k, 0);
    // Places were listed last to first.
    for (let j = 0; j < touchedCount; j++) {
      const k = touchedList[j]!;
      if (leads[k] === 1) reverse(pos[k]!, counts[k]!);
    }
  };
  return {
    scan(s) {
      begin();
      const g = built!;
      const t = (g.tries ??= { any: trie(g.anywhere, 0x10000, true), word: trie(g.wordStart, 0x80, true) });
      for (let i = s.length - 1; i >= 0; i--) {
        const c = s.charCodeAt(i);
        let found = walkIds(t.any, s, i, c, here, 0);
        if (c < 0x80 && (i === 0 || !isWord(s.charCodeAt(i - 1)))) found = walkIds(t.word, s, i, c, here, found);
        if (found !== 0) at(i, here, found);
      }
      end();
    },
    literals() {
      const g = (built ??= build());
      return { anywhere: g.anywhere, wordStart: g.wordStart };
    },
    begin,
    at,
    end,
    may: (k) => may[k] === 1,
    leads: (k) => leads[k] === 1,
    starts: (k) => pos[k] ?? EMPTY,
    count: (k) => counts[k]!,
    touched() {
      sortTouched();
      return touchedList.subarray(0, touchedCount);
    },
    touchedIds() {
      sortTouched();
      return touchedList;
    },
    touchedCount: () => touchedCount,
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

/** For a trie of literal ids (id + 1; 0 = none): writes the ids of the literals at `s[i]` (= c) into `out` from `at`; returns the new end. */
function walkIds(t: Trie, s: string, i: number, c: number, out: Int32Array, at: number): number {
  const e = t.head[c]!;
  const one = e >> 1;
  if (one !== 0) out[at++] = one - 1;
  if ((e & 1) === 0) return at;
  const n = s.length;
  let h = first(c);
  for (let j = i + 1; j < n; j++) {
    h = extend(h, s.charCodeAt(j));
    const id = probe(t, h);
    if (id < 0) return at;
    if (id !== 0) out[at++] = id - 1;
  }
  return at;
}
