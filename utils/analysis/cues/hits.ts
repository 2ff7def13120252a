// Cue hits of a batch of sentences (features.ts computes a draft's new sentences together).
//
// Each pattern runs only where the scanner (scanner.ts) says it may match: tried (sticky) at the places
// where one of its leading literals occurs, or run over the sentence if it contains one of its
// required literals. The tries run pattern by pattern over the batch rather than sentence by sentence:
// a pattern's compiled code is large, and the next sentence's tries with the same pattern find it still
// in the CPU's caches (the tries of a cold 1,000-character Chinese draft took about a quarter less
// time). Kinds the rules only test for keep their first hit and are not tried further.

import { CUES, CUE_KINDS, type CueKind } from '../cues.ts';
import type { Gate } from './gate.ts';
import { buildScanner, type Scanner } from './scanner.ts';

export type Hits = Partial<Record<CueKind, number[]>>;

/**
 * Every kind, unset: each sentence's hits start as a copy, so all share one object shape and the rules'
 * look-ups by kind stay fast (objects that gained different keys in different orders did not).
 */
export const NO_HITS: Readonly<Hits> = Object.fromEntries(CUE_KINDS.map((k) => [k, undefined]));

/**
 * Kinds the rules only test for (doc.has): for these a sentence keeps its first hit alone, and the
 * pattern stops being tried there (doc.hits / hitsIn refuse them).
 */
export const PRESENCE_ONLY: ReadonlySet<CueKind> = new Set<CueKind>([
  'ask', 'request', 'requestAction', 'reason', 'goalPurpose', 'commit', 'schedule', 'nextMarker', 'timedAction', 'greeting', 'role',
]);
const FIRST = CUE_KINDS.reduce((m, k, i) => (PRESENCE_ONLY.has(k) ? m | (1 << i) : m), 0);

/** Which languages' patterns run on a sentence: bits of these. */
export const ZH = 1;
export const EN = 2;
const LANGS = ['zh', 'en'] as const;

// Each language's scanner is built on its first sentence, so an English-only page never builds the
// Chinese one.
const scanners: (Scanner | undefined)[] = [undefined, undefined];
let sticky: RegExp[][] | undefined;

/**
 * A gate that reads the same normalised sentences (the rules' sentence shapes, rules/shapes/gated.ts):
 * its literals join the scanners' tries, so one pass over a sentence serves both, and `seen(norm)`
 * is told after each such pass (it reads the gate's answers for `norm`).
 */
export interface Companion {
  gate(): Gate;
  seen(norm: string): void;
}
let companion: Companion | undefined;

/** Sets the companion gate (or drops it); the scanners are built again with it on next use. */
export function setCompanion(c: Companion | undefined): void {
  companion = c;
  scanners[0] = scanners[1] = undefined;
}

// The scan of each sentence, kept until its tries run: for sentence i, language l and a leading kind k,
// slot (i * 2 + l) * 32 + k holds where its places start in `places` and how many there are.
let places = new Int32Array(1024);
let from = new Int32Array(64 * 64);
let count = new Int32Array(64 * 64);
let found = new Int32Array(128);

/** The hits of every cue kind in each normalised sentence; `prefilter: false` runs every pattern as written. */
export function cueHits(norms: readonly string[], langs: readonly number[], prefilter: boolean): Hits[] {
  const n = norms.length;
  if (found.length < n * 2) {
    found = new Int32Array(n * 4);
    from = new Int32Array(n * 128);
    count = new Int32Array(n * 128);
  }
  let used = 0;
  /** Kinds that may match some sentence of the batch: the others are not visited below. */
  let any = 0;
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < 2; l++) {
      const slot = i * 2 + l;
      found[slot] = 0;
      if ((langs[i]! & (1 << l)) === 0) continue;
      if (!prefilter) {
        found[slot] = -1;
        any = -1;
        continue;
      }
      // The companion gate rides on the first language's pass over the sentence: the English one only
      // where there is no Chinese (no Han character), so its scanner leaves out the gate's Han literals.
      const sc = (scanners[l] ??= buildScanner(CUE_KINDS.map((k) => CUES[LANGS[l]!][k]), LANGS[l] === 'zh', companion?.gate(), l === 1));
      const withGate = companion !== undefined && (l === 0 || (langs[i]! & ZH) === 0);
      const m = sc.scan(norms[i]!, withGate);
      if (withGate) companion!.seen(norms[i]!);
      found[slot] = m;
      any |= m;
      for (let b = m & sc.leading; b !== 0; b &= b - 1) {
        const k = 31 - Math.clz32(b & -b);
        const c = sc.count(k);
        const st = sc.starts(k);
        if (used + c > places.length) {
          const grown = new Int32Array(Math.max(places.length * 2, used + c));
          grown.set(places);
          places = grown;
        }
        for (let j = 0; j < c; j++) places[used + j] = st[j]!;
        from[slot * 32 + k] = used;
        count[slot * 32 + k] = c;
        used += c;
      }
    }
  }
  sticky ??= LANGS.map((lang) => CUE_KINDS.map((kind) => new RegExp(CUES[lang][kind].source, 'y')));
  const out: Hits[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { ...NO_HITS };
  // Kind by kind over the batch; Chinese hits first, then English, per kind (a mixed sentence runs both).
  for (let k = 0; k < CUE_KINDS.length; k++) {
    const bit = 1 << k;
    if ((any & bit) === 0) continue;
    const first = (FIRST & bit) !== 0;
    for (let i = 0; i < n; i++) {
      let arr: number[] | undefined;
      for (let l = 0; l < 2; l++) {
        const slot = i * 2 + l;
        if ((found[slot]! & bit) === 0 || (first && arr)) continue;
        const sc = prefilter ? scanners[l]! : undefined;
        if (!sc || (sc.leading & bit) === 0) {
          arr = collect(CUES[LANGS[l]!][CUE_KINDS[k]!], norms[i]!, arr, first);
          continue;
        }
        arr = collectAt(sticky[l]![k]!, norms[i]!, from[slot * 32 + k]!, count[slot * 32 + k]!, arr, first);
      }
      if (arr) out[i]![CUE_KINDS[k]!] = arr;
    }
  }
  return out;
}

/** Every hit of a global pattern in `s` (empty matches skipped), or only the first if `first`. */
function collect(rx: RegExp, s: string, arr: number[] | undefined, first: boolean): number[] | undefined {
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(s)) !== null) {
    if (m[0].length === 0) {
      rx.lastIndex++;
      continue;
    }
    // A first pair as a literal: an array that `push` creates is made room for seventeen entries.
    if (arr) arr.push(m.index, m.index + m[0].length);
    else arr = [m.index, m.index + m[0].length];
    if (first) break;
  }
  return arr;
}

/** Like `collect` for a sticky pattern tried only at `places[at .. at + n)` (ascending): the same hits. */
function collectAt(rx: RegExp, s: string, at: number, n: number, arr: number[] | undefined, first: boolean): number[] | undefined {
  let next = 0;
  for (let j = at; j < at + n; j++) {
    const p = places[j]!;
    if (p < next) continue;
    // test(), not exec(): a sticky match ends at lastIndex, and no match array is made.
    rx.lastIndex = p;
    if (rx.test(s) && rx.lastIndex > p) {
      next = rx.lastIndex;
      if (arr) arr.push(p, next);
      else arr = [p, next];
      if (first) break;
    }
  }
  return arr;
}
