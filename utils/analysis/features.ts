// Per-sentence features: which cues a sentence carries and where. Computed once per distinct sentence
// text and cached, so re-analysing a draft after a keystroke only recomputes the edited sentence.

import type { CueKind } from './cues.ts';
import { cueHits, EN, NO_HITS, ZH } from './cues/hits.ts';
import { isHan, isLatinLetter, normalize } from './normalize.ts';
import type { Script } from './types.ts';

export { NO_HITS };

export interface SentenceFeatures {
  script: Script;
  han: number;
  words: number;
  /** Lower-case Latin words of two or more letters (English in the grammar, not names or acronyms). */
  lowerWords: number;
  question: boolean;
  /** The sentence normalised (normalize.ts; same length as the text), for the rules' shapes. */
  norm: string;
  /** Cue hits, relative to the sentence start: [start, end, ...] pairs flattened (the first only, for PRESENCE_ONLY kinds). */
  hits: Partial<Record<CueKind, number[]>>;
}

/**
 * Dropped by making a new Map, never `clear()`: a cleared Map's old table keeps a link to its new one,
 * so once a table had lived long enough to be promoted to the old generation, every later table and its
 * entries (the features of every analysis since) survived young-generation GCs and were promoted too,
 * until a mark-compact. The same holds for the tone, shape and date caches.
 *
 * A text's features, or while its batch is computed, its index in the batch's `todo` (featuresOf).
 */
let cache = new Map<string, SentenceFeatures | number>();

const CACHE_LIMIT = 50_000;
let hits = 0;
let misses = 0;

export function clearFeatureCache(): void {
  cache = new Map();
  hits = 0;
  misses = 0;
}

export function featureCacheStats(): { size: number; hits: number; misses: number } {
  return { size: cache.size, hits, misses };
}

/**
 * Features of each sentence text: cached ones looked up, the others computed together (cues/hits.ts).
 * A new text enters the cache at once with its index in the batch's `todo` (its features replace it
 * below), so a repeat later in the batch finds it there: a second Map for that was built per analysis.
 */
export function featuresOf(texts: readonly string[]): SentenceFeatures[] {
  const out: SentenceFeatures[] = new Array(texts.length);
  let todo: string[] | undefined;
  /** Where in `out` each text of `todo` first occurs. */
  let at: number[] | undefined;
  /** Repeats in the batch of a new text: [index in out, index in todo] pairs. */
  let repeats: number[] | undefined;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const cached = cache.get(t);
    if (typeof cached === 'object') {
      hits++;
      out[i] = cached;
    } else if (cached !== undefined) {
      hits++;
      (repeats ??= []).push(i, cached);
    } else {
      misses++;
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      cache.set(t, (todo ??= []).length);
      todo.push(t);
      (at ??= []).push(i);
    }
  }
  if (!todo || !at) return out;
  const computed = compute(todo, true);
  for (let j = 0; j < todo.length; j++) {
    out[at[j]!] = computed[j]!;
    cache.set(todo[j]!, computed[j]!);
  }
  // A sentence repeated in the batch shares its first occurrence's features.
  if (repeats) for (let r = 0; r < repeats.length; r += 2) out[repeats[r]!] = computed[repeats[r + 1]!]!;
  return out;
}

/** Features of one sentence; `prefilter: false` runs every pattern as written (tests check both agree). */
export function computeFeatures(text: string, prefilter = true): SentenceFeatures {
  return compute([text], prefilter)[0]!;
}

/** Sentences whose cue hits are computed together (cues/hits.ts): bounds its scratch memory on long drafts. */
const BATCH = 64;

function compute(texts: readonly string[], prefilter: boolean): SentenceFeatures[] {
  const langs: number[] = new Array(texts.length);
  const out = texts.map((t, i) => counted(t, langs, i));
  for (let b = 0; b < out.length; b += BATCH) {
    const part = out.slice(b, b + BATCH);
    const hits = cueHits(part.map((f) => f.norm), langs.slice(b, b + BATCH), prefilter);
    for (let i = 0; i < part.length; i++) part[i]!.hits = hits[i]!;
  }
  return out;
}

/** A sentence's counts, script and question; its hits are left for `compute`, `langs[i]` says whose patterns run. */
function counted(text: string, langs: number[], i: number): SentenceFeatures {
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
  // A lower-case ASCII letter of the text is one of its normalised text too (normalize.ts maps a–z to
  // themselves), so without a Latin letter there is no lower-case word to count: most Chinese sentences
  // have words (digits) but no letter.
  const lowerWords = latin > 0 ? countLowerWords(text) : 0;
  const script: Script = han > 0 && latin >= 3 && latin * 1.6 >= han ? 'mixed' : han > 0 ? 'zh' : words > 0 ? 'en' : 'none';
  langs[i] = (han > 0 ? ZH : 0) | (latin > 0 && (han === 0 || latin >= 2) ? EN : 0);
  // The last character before trailing spaces, quotes and closing brackets.
  let e = norm.length - 1;
  while (e >= 0 && TRAILING.has(norm.charCodeAt(e))) e--;
  const last = e >= 0 ? norm.charCodeAt(e) : -1;
  // A question: '?' / '？', or a Chinese sentence ending in 吗/呢/么, or asking 能否/可否/是否/妥否 without
  // a question mark (formal Chinese requests and 请示 often end in '。').
  const question =
    norm.includes('?') ||
    (han > 0 && (last === 0x5417 /*吗*/ || last === 0x5462 /*呢*/ || last === 0x4e48 /*么*/ || ASKS_WHETHER.test(norm)));
  return { script, han, words, lowerWords, question, norm, hits: NO_HITS };
}

/** Asking whether without a question mark (a regex literal in `counted` would be a new RegExp per call). */
const ASKS_WHETHER = /能否|可否|是否|妥否|当否|能不能|可不可以/;

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
