// The gate's tables (gate.ts), built once from its patterns: an id per distinct literal, which
// patterns and branch groups each id marks, and the literals by trie for the walks.

import { leadingBranches, requiredLiterals } from './literals.ts';
import { endKey, isWord, type Trie } from './trie.ts';

export interface GateTables {
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

/** The tables of a gate over `patterns`; marks in `leads` the patterns with leading literals. */
export function gateTables(patterns: readonly RegExp[], leads: Uint8Array): GateTables {
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
    const key = `${word ? 'w' : 'a'}${endKey(lit)}`;
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
}

/** Lists per literal id, flattened: id's entries are owners[start[id] .. start[id + 1]). */
export interface Flat {
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
