// A literal gate over any number of patterns (the rules' sentence shapes): one backward pass over a
// sentence says which patterns may match it, and where, from the literals they need (literals.ts).

import { gateTables, type GateTables } from './gate-tables.ts';
import { MAX_LITERAL } from './literals.ts';
import * as tries from './trie.ts';
import type { Trie } from './trie.ts';

// Module consts, not imports, for the hot walks (why: scanner.ts).
const { extend, first, isWord, probe, reverse, trie } = tries;

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
  let built: GateTables | undefined;
  /** Per group: stamped with this scan once one of its required literals is seen (the scan runs backwards, so at or after the place). */
  let reqStamp = new Int32Array(0);
  let stamp = 0;
  /** The literal ids found at one place: at most one per length in each of the two tries. */
  const here = new Int32Array(2 * MAX_LITERAL);
  const build = (): GateTables => {
    const t = gateTables(patterns, leads);
    reqStamp = new Int32Array(t.groupPattern.length);
    return t;
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
