// The lexicons compiled for the scanner (scan.ts): English phrases by their first word, with a trie
// over every word they use; Chinese phrases by their first character.
import { EN_POLAR_START, EN_SPECS } from './lexicon-en.ts';
import { ZH_EXCEPTIONS, ZH_SPECS } from './lexicon-zh.ts';
import { STRATEGIES, type Spec, type ToneStrategy, type Where } from './strategies.ts';

/** Every field always set, so that all patterns share one shape (V8 reads them fast). */
export interface Pattern {
  /** English: lower-case words (apostrophes as '); Chinese: one element, the exact characters. */
  words: string[];
  /** Chinese: the characters; English: the words joined by spaces. */
  phrase: string;
  /** Chinese: the code of the second character, or -1 for a one-character pattern (a quick reject). */
  second: number;
  strategy: ToneStrategy;
  /** Index of `strategy` in STRATEGIES. */
  index: number;
  where: Where;
  /** Chinese only: not when the preceding character is one of these (申请 is not 请); '' for none. */
  notAfter: string;
  /** Chinese only: not when the following character is one of these (请假 is not 请); '' for none. */
  notBefore: string;
  /** Chinese only: not when one of these occurs earlier in the same run of Han characters ('' for none):
   * 不是…吗 and 没…吗 are rhetorical, not open yes/no questions. */
  notInRun: string;
}


function buildTable<K>(specs: Spec[], zh: boolean, keyOf: (p: string) => K): Map<K, Pattern[]> {
  const table = new Map<K, Pattern[]>();
  for (const [strategy, where, alternatives] of specs) {
    for (const phrase of alternatives.split('|')) {
      const words = zh ? [phrase] : phrase.split(' ');
      const key = keyOf(zh ? phrase : (words[0] ?? ''));
      const exception = zh ? ZH_EXCEPTIONS[phrase] : undefined;
      const pattern: Pattern = {
        words,
        phrase,
        second: zh && phrase.length > 1 ? phrase.charCodeAt(1) : -1,
        strategy,
        index: STRATEGIES.indexOf(strategy),
        where,
        notAfter: exception?.notAfter ?? '',
        notBefore: exception?.notBefore ?? '',
        notInRun: exception?.notInRun ?? '',
      };
      let list = table.get(key);
      if (!list) table.set(key, (list = []));
      list.push(pattern);
    }
  }
  // Longest first (English in words, Chinese in characters); the sort is stable, so among equal
  // lengths the order of the specs decides (blame before why, etc.).
  const size = zh ? (p: Pattern) => (p.words[0] ?? '').length : (p: Pattern) => p.words.length;
  for (const list of table.values()) list.sort((a, b) => size(b) - size(a));
  return table;
}


export const EN_TABLE = buildTable(EN_SPECS, false, (w) => w);
const ZH_TABLE = buildTable(ZH_SPECS, true, (p) => p.charCodeAt(0));
/** Chinese candidates by first character: ZH_LISTS[ZH_FIRST[charCode]] (slot 0 is empty). */
export const ZH_LISTS: Pattern[][] = [[]];
export const ZH_FIRST = new Uint16Array(0x10000);
for (const [code, list] of ZH_TABLE) {
  ZH_FIRST[code] = ZH_LISTS.length;
  ZH_LISTS.push(list);
}

/**
 * Every English word any pattern uses, in a trie over a–z and the apostrophe, walked while the
 * scanner reads a word: a word is recognised (as the table's own lower-case string) without
 * allocating a string for it. Node k's children are TRIE_NEXT[k * 27 + letter]; 0 means none.
 */
export const TRIE_WORDS: (string | undefined)[] = [undefined];
export let TRIE_NEXT = new Int32Array(27 * 256);
for (const [, , alternatives] of [...EN_SPECS, ['polarQuestion', 'start', EN_POLAR_START] as Spec]) {
  for (const phrase of alternatives.split('|')) {
    for (const word of phrase.split(' ')) {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        const slot = node * 27 + (c === 39 ? 26 : c - 97);
        let next = TRIE_NEXT[slot] ?? 0;
        if (next === 0) {
          next = TRIE_WORDS.length;
          TRIE_WORDS.push(undefined);
          if ((next + 1) * 27 > TRIE_NEXT.length) {
            const grown = new Int32Array(TRIE_NEXT.length * 2);
            grown.set(TRIE_NEXT);
            TRIE_NEXT = grown;
          }
          TRIE_NEXT[slot] = next;
        }
        node = next;
      }
      TRIE_WORDS[node] = word;
    }
  }
}
