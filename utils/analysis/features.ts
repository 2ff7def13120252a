// Per-sentence features: which cues a sentence carries and where. Computed once per distinct sentence
// text and cached, so re-analysing a draft after a keystroke only recomputes the edited sentence.

import { CUES, CUE_KINDS, type CueKind } from './cues.ts';
import { buildScanner, type Scanner } from './cues/scanner.ts';
import { isHan, isLatinLetter, normalize } from './normalize.ts';
import type { Script } from './types.ts';

export interface SentenceFeatures {
  script: Script;
  han: number;
  words: number;
  /** Lower-case Latin words of two or more letters (English in the grammar, not names or acronyms). */
  lowerWords: number;
  question: boolean;
  /** The sentence normalised (normalize.ts; same length as the text), for the rules' shapes. */
  norm: string;
  /** Cue hits, relative to the sentence start: [start, end, ...] pairs flattened. */
  hits: Partial<Record<CueKind, number[]>>;
}

const cache = new Map<string, SentenceFeatures>();

// A pattern runs only where the scanner (cues/scanner.ts) says it may match: tried at the positions
// where one of its leading literals occurs, or run over the sentence if it contains one of its
// required literals. Each language's scanner is built on its first sentence, so an English-only page
// never builds the Chinese one.
let zhScanner: Scanner | undefined;
let enScanner: Scanner | undefined;
let sticky: { zh: RegExp[]; en: RegExp[] } | undefined;

/** Hits of cue `k` in `norm` for one language: the pattern as written, or guided by the scanner. */
function cueHits(lang: 'zh' | 'en', k: number, norm: string, sc: Scanner | undefined, arr: number[] | undefined): number[] | undefined {
  if (!sc) return collect(CUES[lang][CUE_KINDS[k]!], norm, arr);
  if (sc.leading & (1 << k)) {
    sticky ??= { zh: CUE_KINDS.map((kind) => new RegExp(CUES.zh[kind].source, 'y')), en: CUE_KINDS.map((kind) => new RegExp(CUES.en[kind].source, 'y')) };
    return collectAt(sticky[lang][k]!, norm, sc.starts(k), sc.count(k), arr);
  }
  return collect(CUES[lang][CUE_KINDS[k]!], norm, arr);
}

const CACHE_LIMIT = 50_000;
let hits = 0;
let misses = 0;

export function clearFeatureCache(): void {
  cache.clear();
  hits = 0;
  misses = 0;
}

export function featureCacheStats(): { size: number; hits: number; misses: number } {
  return { size: cache.size, hits, misses };
}

export function sentenceFeatures(text: string): SentenceFeatures {
  const cached = cache.get(text);
  if (cached) {
    hits++;
    return cached;
  }
  misses++;
  const f = computeFeatures(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}

/** Features of one sentence; `prefilter: false` runs every pattern as written (tests check both agree). */
export function computeFeatures(text: string, prefilter = true): SentenceFeatures {
  const norm = normalize(text);
  let han = 0;
  let words = 0;
  /** Words that contain a Latin letter (digits alone, as in 第33阶段, do not make a sentence English). */
  let latin = 0;
  let inWord = false;
  let wordHasLetter = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (isHan(c)) {
      han++;
      inWord = false;
      wordHasLetter = false;
    } else if (isLatinLetter(c) || (inWord && (c === 0x27 || c === 0x2d))) {
      if (!inWord) words++;
      if (!wordHasLetter && isLatinLetter(c)) {
        latin++;
        wordHasLetter = true;
      }
      inWord = true;
    } else if (c >= 0x30 && c <= 0x39) {
      if (!inWord) {
        words++;
        wordHasLetter = false;
      }
      inWord = true;
    } else {
      inWord = false;
      wordHasLetter = false;
    }
  }
  let lowerWords = 0;
  if (words > 0) {
    lowerWords = countLowerWords(text);
  }
  const script: Script = han > 0 && latin >= 3 && latin * 1.6 >= han ? 'mixed' : han > 0 ? 'zh' : words > 0 ? 'en' : 'none';
  const runZh = han > 0;
  const runEn = latin > 0 && (han === 0 || latin >= 2);
  const out: Partial<Record<CueKind, number[]>> = { ...NO_HITS };
  // Chinese hits first, then English, per kind (a mixed sentence runs both).
  let zh = 0;
  let en = 0;
  if (runZh) zh = prefilter ? (zhScanner ??= buildScanner(CUE_KINDS.map((k) => CUES.zh[k]))).scan(norm) : -1;
  if (runEn) en = prefilter ? (enScanner ??= buildScanner(CUE_KINDS.map((k) => CUES.en[k]))).scan(norm) : -1;
  for (let k = 0; k < CUE_KINDS.length; k++) {
    let arr: number[] | undefined;
    if (zh & (1 << k)) arr = cueHits('zh', k, norm, prefilter ? zhScanner : undefined, arr);
    if (en & (1 << k)) arr = cueHits('en', k, norm, prefilter ? enScanner : undefined, arr);
    if (arr) out[CUE_KINDS[k]!] = arr;
  }
  // The last character before trailing spaces, quotes and closing brackets.
  let e = norm.length - 1;
  while (e >= 0 && TRAILING.has(norm.charCodeAt(e))) e--;
  const last = e >= 0 ? norm.charCodeAt(e) : -1;
  // A question: '?' / '？', or a Chinese sentence ending in 吗/呢/么, or asking 能否/可否/是否/妥否 without
  // a question mark (formal Chinese requests and 请示 often end in '。').
  const question =
    norm.includes('?') ||
    (han > 0 && (last === 0x5417 /*吗*/ || last === 0x5462 /*呢*/ || last === 0x4e48 /*么*/ || /能否|可否|是否|妥否|当否|能不能|可不可以/.test(norm)));
  return { script, han, words, lowerWords, question, norm, hits: out };
}

/**
 * Every kind, unset: each sentence's hits start as a copy, so all share one object shape and the rules'
 * look-ups by kind stay fast (objects that gained different keys in different orders did not).
 */
export const NO_HITS: Readonly<Partial<Record<CueKind, number[]>>> = Object.fromEntries(CUE_KINDS.map((k) => [k, undefined]));

const isW = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const inLowerWord = (c: number) => isLower(c) || c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * Matches of /(?<![A-Za-z0-9_])[a-z][a-z'’-]*[a-z](?![A-Za-z0-9_])/g in `text`, counted by hand (a
 * regex test loop cost ~1 µs per English sentence): at a lower-case letter not after a word
 * character, the longest run of letters, apostrophes and hyphens, cut back to its last letter that is
 * not followed by a word character. Tests check it against the pattern on random text.
 */
export function countLowerWords(text: string): number {
  let n = 0;
  const len = text.length;
  let p = 0;
  while (p < len) {
    const c = text.charCodeAt(p);
    if (!isLower(c) || (p > 0 && isW(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    let r = p + 1;
    while (r < len && inLowerWord(text.charCodeAt(r))) r++;
    let e = r - 1;
    while (e > p && !(isLower(text.charCodeAt(e)) && (e + 1 >= len || !isW(text.charCodeAt(e + 1))))) e--;
    if (e > p) {
      n++;
      p = e + 1;
    } else p++;
  }
  return n;
}

const TRAILING = new Set([0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x22, 0x27, 0x201d, 0x2019, 0x29, 0xff09, 0x300d, 0x300f, 0x3011, 0x300b, 0x5d]);

function collect(rx: RegExp, s: string, arr: number[] | undefined): number[] | undefined {
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(s)) !== null) {
    if (m[0].length === 0) {
      rx.lastIndex++;
      continue;
    }
    (arr ??= []).push(m.index, m.index + m[0].length);
  }
  return arr;
}

/** Like `collect` for a sticky pattern tried only at the first `count` of `starts` (ascending): the same hits. */
function collectAt(rx: RegExp, s: string, starts: Int32Array, count: number, arr: number[] | undefined): number[] | undefined {
  let next = 0;
  for (let j = 0; j < count; j++) {
    const p = starts[j]!;
    if (p < next) continue;
    // test(), not exec(): a sticky match ends at lastIndex, and no match array is made.
    rx.lastIndex = p;
    if (rx.test(s) && rx.lastIndex > p) {
      next = rx.lastIndex;
      (arr ??= []).push(p, next);
    }
  }
  return arr;
}
