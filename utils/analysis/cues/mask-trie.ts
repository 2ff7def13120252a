// The scanner's tries (scanner.ts): per literal, bit masks by role (which patterns it opens, requires,
// or is contained by), and the gate literal id it carries when a gate rides on the scanner's pass.

import { endKey, trie, type Trie } from './trie.ts';

/** A value's entries (see buildScanner): the patterns a literal opens unconditionally (A), opens given a
 * required literal later (B), that require it after a lead (R), that merely contain it (P). */
export const A = 0;
export const B = 1;
export const R = 2;
export const P = 3;
/** Lanes a literal opens given a required literal of the lane later (LB), lanes that require it (LR). */
export const LB = 4;
export const LR = 5;
/** Not a mask: a combined trie's gate literal id + 1 (0: none; see buildScanner). */
export const GATE = 6;
export const ROLES = 7;

/**
 * A trie whose values index `vals`: ROLES entries (the masks A, B, R, P, LB, LR and a gate literal
 * id + 1) per distinct value with masks (index 0: none), and `gate`: the gate literal id + 1 of every
 * value. `gateLits`: a gate's literals with their ids + 1.
 */
export function maskTrie(lits: Map<string, number[]>, units: number, gateLits: readonly [string, number][] = []): Trie {
  // Keyed by where a literal ends in the trie (its code unit, or its prefix hash): literals whose
  // hashes clash share one value, their masks OR-ed (a clash can only add a needless try).
  const ends = new Map<string, number[]>();
  for (const [lit, v] of lits) {
    const key = endKey(lit);
    const e = ends.get(key);
    if (e) for (let r = 0; r < ROLES; r++) e[r]! |= v[r]!;
    else ends.set(key, [...v]);
  }
  // A gate keys its literal ids the same way (by where they end), so an end has at most one id.
  for (const [lit, id] of gateLits) {
    const key = endKey(lit);
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
      const v = ends.get(endKey(lit))!;
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
