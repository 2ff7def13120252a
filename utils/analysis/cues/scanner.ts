// Where cue patterns can match a sentence, found in one pass over it for all patterns at once.
//
// Each pattern has literals its matches start with (`leadingLiterals`), or failing that, literals its
// matches contain (`requiredLiterals`; see literals.ts). They go into a trie (trie.ts, mask-trie.ts: a
// table by first code unit, then a hash table of longer prefixes keyed by a 32-bit hash), which the
// pass walks from each position of the sentence. For a pattern with leading literals it lists the positions
// where a match may start, so the pattern is tried there only (sticky); for the others it says
// whether the pattern can match at all. A hash clash can only add a needless try, never lose a match.
// Patterns with neither kind of literal always run.

import { isHan } from '../normalize.ts';
import type { Gate } from './gate.ts';
import { assignLanes } from './lanes.ts';
import { leadingBranches, MAX_LITERAL, requiredLiterals } from './literals.ts';
import * as masks from './mask-trie.ts';
import * as tries from './trie.ts';

// The scan loop's helpers and constants as this module's own consts: used as imports, each use in the
// loop read the exporting module's binding (the scan took about 4% longer on Chinese sentences).
const { extend, first, isWord, probe, reverse } = tries;
const { A, B, LB, LR, maskTrie, P, R, ROLES } = masks;

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
        // The word-start walk repeats the one above rather than share it: one loop over both tries (the
        // word trie's R, P and LR masks are 0) made the scan 3–4% slower on Chinese text, 7–13% on English.
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
