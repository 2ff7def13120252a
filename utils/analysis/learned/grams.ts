// The features of the learned readings (learned/index.ts): hashed n-grams of one normalised sentence.
// Han characters give 1-, 2- and 3-grams over each run of Han text (a digit inside a run folds to 0, so
// 2人 and 3人 share a gram); Latin text gives word 1- and 2-grams (a number folds to one token). Hashes
// are 32-bit and carry no region: the region a gram is read in is mixed in when it is scored (gramIndex;
// only the whole message's is read now, the opening's went with the shared-goal reading in session 12).
//
// Code units only, no strings made: this runs on every new sentence that a reading needs.

import { isHan } from '../normalize.ts';

const MUL = 0x9e3779b1;
const mix = (h: number, c: number) => {
  const x = Math.imul(h ^ c, MUL);
  return x ^ (x >>> 15);
};

const HAN1 = 0x1b873593;
const HAN2 = 0x2c1b3c6d;
const HAN3 = 0x3ac5a7e5;
const WORD = 0x4cf5ad43;
const PAIR = 0x5bd1e995;
const START = 0x6a09e667;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;

let buf = new Int32Array(256);
let n = 0;
const put = (h: number) => {
  if (n === buf.length) {
    const b = new Int32Array(n * 2);
    b.set(buf);
    buf = b;
  }
  buf[n++] = h;
};

/** The grams of a normalised sentence (normalize.ts: simplified characters, lower-case ASCII). */
export function sentenceGrams(norm: string): Int32Array {
  n = 0;
  // The last two units of the current Han run (0 when none), and the previous word's hash.
  let p1 = 0;
  let p2 = 0;
  let prevWord = START;
  let word = 0;
  let inWord = false;
  let inNumber = false;
  const endWord = () => {
    if (!inWord && !inNumber) return;
    const w = inNumber ? mix(WORD, 0x30) : word;
    put(mix(WORD, w));
    put(mix(mix(PAIR, prevWord), w));
    prevWord = w;
    inWord = inNumber = false;
  };
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const han = isHan(c);
    const unit = han ? c : isDigit(c) && p1 !== 0 ? 0x30 : -1;
    if (unit >= 0) {
      endWord();
      put(mix(HAN1, unit));
      if (p1 !== 0) put(mix(mix(HAN2, p1), unit));
      if (p2 !== 0) put(mix(mix(mix(HAN3, p2), p1), unit));
      p2 = p1;
      p1 = unit;
      continue;
    }
    p1 = p2 = 0;
    if (isLower(c) || (inWord && c === 0x27)) {
      if (inNumber) endWord();
      if (!inWord) {
        inWord = true;
        word = WORD;
      }
      word = mix(word, c);
    } else if (isDigit(c)) {
      if (inWord) endWord();
      inNumber = true;
    } else {
      endWord();
    }
  }
  endWord();
  return buf.slice(0, n);
}

/** A gram's index in a model of 2^bits weights, read in `region` (a small integer per region). */
export const gramIndex = (h: number, region: number, bits: number) => mix(h, region + 1) >>> (32 - bits);
