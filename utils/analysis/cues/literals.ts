// Required literals of a cue pattern: a set of strings such that every match of the pattern contains
// at least one of them. A sentence that contains none of them cannot match, so the pattern need not
// run on it (scanner.ts). Derived from the pattern's source, so the lexicon stays the only place where
// phrasing is written down. Conservative: whatever it does not model makes the answer "unknown"
// (the pattern then always runs), never a wrong literal.

import { parse, type Node } from './regex-tree.ts';

/** Cap on the size of one literal set (cross products beyond it are cut into shorter runs). */
const MAX_SET = 256;
/** Literals are cut to this many code units: longer ones add little selectivity. */
export const MAX_LITERAL = 6;

/** Every string `node` can match, when that is a small finite set; otherwise null. */
function exact(node: Node): string[] | null {
  switch (node.t) {
    case 'empty':
      return [''];
    case 'chars':
      return node.set && node.set.map((c) => String.fromCharCode(c));
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const e = exact(a);
        if (!e) return null;
        for (const s of e) out.add(s);
      }
      return out.size <= MAX_SET ? [...out] : null;
    }
    case 'seq': {
      let acc: string[] = [''];
      for (const it of node.items) {
        const e = exact(it);
        if (!e) return null;
        acc = cross(acc, e);
        if (acc.length > MAX_SET) return null;
      }
      return acc;
    }
    case 'rep': {
      if (node.max > 1) return null;
      const e = exact(node.node);
      return e && (node.min === 0 ? [...new Set(['', ...e])] : e);
    }
  }
}

function cross(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Cut to MAX_LITERAL code units (a prefix of a required literal is required too). */
function cut(set: string[]): string[] {
  return [...new Set(set.map((s) => s.slice(0, MAX_LITERAL)))];
}

const minLen = (set: string[]) => set.reduce((m, s) => Math.min(m, s.length), Infinity);

/** Better: a longer shortest literal (fewer chance hits), then fewer literals. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || minLen(a) === 0) return b && minLen(b) > 0 ? b : null;
  if (!b || minLen(b) === 0) return a;
  const la = minLen(a);
  const lb = minLen(b);
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set of literals every match of `node` contains, or null if none is known. */
function required(node: Node): string[] | null {
  switch (node.t) {
    case 'empty':
      return null;
    case 'chars':
      return node.set && node.set.map((c) => String.fromCharCode(c));
    case 'rep':
      return node.min >= 1 ? required(node.node) : null;
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const r = required(a);
        if (!r || minLen(r) === 0) return null;
        for (const s of r) out.add(s);
      }
      return [...out];
    }
    case 'seq': {
      // Runs of consecutive items with small exact sets give their cross product as a candidate;
      // any other item breaks the run and offers its own required literals.
      let best: string[] | null = null;
      let run: string[] = [''];
      const close = () => {
        best = better(best, cut(run));
        run = [''];
      };
      for (const it of node.items) {
        const e = it.t === 'rep' && it.min >= 1 && it.max > 1 ? null : exact(it);
        if (e) {
          const next = cross(run, e);
          if (next.length > MAX_SET) {
            close();
            run = e;
          } else run = next;
          if (minLen(run) >= MAX_LITERAL) close();
          continue;
        }
        if (it.t === 'rep' && it.min >= 1) {
          // x+ : the run continues into one copy of x, and a new run starts after the last copy.
          const one = exact(it.node);
          if (one && cross(run, one).length <= MAX_SET) {
            run = cross(run, one);
            close();
            run = one;
            continue;
          }
        }
        close();
        best = better(best, required(it));
      }
      close();
      return best;
    }
  }
}

/**
 * An opening literal of a match. `wordStart`: a \b stands right before it in the pattern; when the
 * literal starts with a word character, the match can then only start after a non-word character.
 */
export interface Lead {
  lit: string;
  wordStart: boolean;
}

const lead = (lit: string, wordStart = false): Lead => ({ lit, wordStart });

function crossLeads(run: Lead[], e: string[]): Lead[] {
  const out = new Map<string, Lead>();
  for (const r of run) for (const x of e) out.set(`${r.wordStart ? 1 : 0}${r.lit + x}`, lead(r.lit + x, r.wordStart));
  return [...out.values()];
}

function joinLeads(run: Lead[], next: Lead[]): Lead[] {
  const out = new Map<string, Lead>();
  for (const r of run) {
    for (const x of next) {
      const l = lead(r.lit + x.lit, r.lit === '' ? r.wordStart || x.wordStart : r.wordStart);
      out.set(`${l.wordStart ? 1 : 0}${l.lit}`, l);
    }
  }
  return [...out.values()];
}

const minLead = (ls: Lead[]) => ls.reduce((m, l) => Math.min(m, l.lit.length), Infinity);

/** Literals one of which every match of `node` starts with, or null if none is known. */
function leading(node: Node): Lead[] | null {
  switch (node.t) {
    case 'empty':
      return [lead('', node.wordBoundary === true)];
    case 'chars':
      return node.set && node.set.map((c) => lead(String.fromCharCode(c)));
    case 'rep': {
      if (node.min >= 1) return leading(node.node);
      const e = exact(node);
      return e && e.map((x) => lead(x));
    }
    case 'alt': {
      const out: Lead[] = [];
      for (const a of node.alts) {
        const r = leading(a);
        if (!r) return null;
        out.push(...r);
      }
      return out;
    }
    case 'seq': {
      // The exact items at the start, then the openings of the first item that is not exact.
      let run: Lead[] = [lead('')];
      for (const it of node.items) {
        if (minLead(run) >= MAX_LITERAL) break;
        if (it.t === 'empty') {
          if (it.wordBoundary) run = run.map((r) => (r.lit === '' ? lead('', true) : r));
          continue;
        }
        const e = exact(it);
        const next = e && crossLeads(run, e);
        if (next && next.length <= MAX_SET) {
          run = next;
          continue;
        }
        const l = leading(it);
        // A single run (often the empty one) does not multiply the openings: no cap then.
        const more = l && joinLeads(run, l);
        if (more && (more.length <= MAX_SET || run.length === 1)) run = more;
        break;
      }
      return run.map((r) => lead(r.lit.slice(0, MAX_LITERAL), r.wordStart));
    }
  }
}

/**
 * Literals one of which every match of `rx` starts with (cut to MAX_LITERAL code units), so a match
 * can only start where one of them occurs; `undefined` when not known.
 */
export function leadingLiterals(rx: RegExp): Lead[] | undefined {
  const tree = parse(rx);
  const r = tree && leading(tree);
  if (!r || minLead(r) === 0) return undefined;
  const out = new Map<string, Lead>();
  for (const l of r) out.set(`${l.wordStart ? 1 : 0}${l.lit}`, l);
  return [...out.values()];
}

/**
 * Literals of which every match of `rx` contains one, cut to MAX_LITERAL code units; `undefined`
 * when none can be derived (flags other than g, a construct not modelled, or a possibly empty match).
 */
export function requiredLiterals(rx: RegExp): string[] | undefined {
  const tree = parse(rx);
  const r = tree && required(tree);
  return r && minLen(r) > 0 ? r : undefined;
}

/**
 * A way a match can start, for a gate finer than the pattern's leading literals: one per top-level
 * alternative. A match of the branch starts with one of `leads` and, when `req` is known, also holds
 * one of `req` at or after its start (required literals of what follows the branch's first item), so
 * a lead with none of them later in the text cannot start a match.
 */
export interface Branch {
  leads: Lead[];
  req: string[] | null;
}

/** The top-level alternatives of a tree (a group around the whole pattern opened). */
function topAlts(node: Node): Node[] {
  if (node.t === 'alt') return node.alts.flatMap(topAlts);
  if (node.t === 'seq' && node.items.length === 1) return topAlts(node.items[0]!);
  return [node];
}

/** Required literals of what follows the first item that consumes text, or null. */
function tailRequired(node: Node): string[] | null {
  if (node.t !== 'seq') return null;
  const j = node.items.findIndex((it) => it.t !== 'empty');
  if (j < 0 || j === node.items.length - 1) return null;
  const r = required({ t: 'seq', items: node.items.slice(j + 1) });
  return r && minLen(r) > 0 ? r : null;
}

/** The branches of `rx` (see Branch), or undefined when some branch has no known leading literal. */
export function leadingBranches(rx: RegExp): Branch[] | undefined {
  const tree = parse(rx);
  if (!tree) return undefined;
  const out: Branch[] = [];
  for (const a of topAlts(tree)) {
    const l = leading(a);
    if (!l || minLead(l) === 0) return undefined;
    const leads = new Map<string, Lead>();
    for (const x of l) leads.set(`${x.wordStart ? 1 : 0}${x.lit}`, lead(x.lit.slice(0, MAX_LITERAL), x.wordStart));
    out.push({ leads: [...leads.values()], req: tailRequired(a) });
  }
  return out;
}
