// The tone meter's one pass over a draft (see index.ts for the model): it finds every marker and
// counts each strategy's uses.
import { ANGRY_EMOJI, code, emojiLength, emoticonLength, isEnd, isHan, isLetter, isLow, isWordChar, POLITE_EMOJI } from './chars.ts';
import { STRATEGIES, TERSE_BELOW, type StrategyMarker, type ToneStrategy } from './strategies.ts';
import { EN_POLAR_START } from './lexicon-en.ts';
import { EN_TABLE, TRIE_NEXT, TRIE_WORDS, ZH_FIRST, ZH_LISTS, type Pattern } from './table.ts';
import { WEIGHTS } from './weights.ts';

/** Characters after which a Chinese clause starts. */
const ZH_CLAUSE_BREAK = '。！？!?；;，,：:\n、…~—“”"「」（）()';

// Per-call scratch state (the function is synchronous, so module scope is safe).
const lowerWords: string[] = [];
const wordStart: number[] = [];
const wordEnd: number[] = [];
const wordAtStart: boolean[] = [];
/** For a word that opens a sentence: whether that sentence ends in a question mark. */
const wordQuestion: boolean[] = [];

/**
 * A marker of one sentence of a longer draft, for tone/cache.ts: its strategy's weight before any
 * repeat discount (the draft's repeats are counted across sentences there) and the strategy's index.
 */
export interface SentenceMarker {
  start: number;
  end: number;
  text: string;
  weight: number;
  slot: number;
}

export interface Acc {
  counts: Float64Array;
  markers: StrategyMarker[] | null;
  /** Instead of `markers`, for a sentence of a longer draft: its markers are made as SentenceMarkers at once. */
  sentenceMarkers: SentenceMarker[] | null;
  text: string;
  /** One sentence of a longer draft (tone/cache.ts): the whole-draft `terse` strategy is not read. */
  sentence: boolean;
}

const WEIGHT_BY_INDEX = STRATEGIES.map((s) => WEIGHTS[s]);
/** ½^k for the k-th repeat of a strategy (0 from the 64th on). */
const HALVES = Array.from({ length: 64 }, (_, k) => 0.5 ** k);

function add(acc: Acc, index: number, start: number, end: number): void {
  const seen = acc.counts[index] ?? 0;
  acc.counts[index] = seen + 1;
  if (acc.markers) {
    const strategy = STRATEGIES[index] ?? 'positive';
    const weight = (WEIGHT_BY_INDEX[index] ?? 0) * (HALVES[seen] ?? 0);
    acc.markers.push({ start, end, text: acc.text.slice(start, end), weight, strategy });
  } else if (acc.sentenceMarkers) {
    acc.sentenceMarkers.push({ start, end, text: acc.text.slice(start, end), weight: WEIGHT_BY_INDEX[index] ?? 0, slot: index });
  }
}

const S = Object.fromEntries(STRATEGIES.map((s, i) => [s, i])) as Record<ToneStrategy, number>;
const EMPHASIS = S.emphasis;
const POLAR = S.polarQuestion;
const POLAR_START = new Set(EN_POLAR_START.split('|'));
/** Modals open a question or a request even without its question mark ("Could you send it by Friday."). */
const POLAR_MODAL = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'shall']);
const EXCLAIM = S.exclaim;
const EMOTICON = S.emoticon;
const TERSE = S.terse;

function matchEnglish(acc: Acc, n: number): void {
  let i = 0;
  while (i < n) {
    const word = lowerWords[i] ?? '';
    if (wordAtStart[i] && POLAR_START.has(word) && (wordQuestion[i] || POLAR_MODAL.has(word))) {
      add(acc, POLAR, wordStart[i] ?? 0, wordEnd[i] ?? 0);
    }
    const candidates = EN_TABLE.get(word);
    let consumed = 1;
    if (candidates) {
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c] as Pattern;
        if (p.where === 'start' && !wordAtStart[i]) continue;
        if (p.where === 'inner' && wordAtStart[i]) continue;
        const len = p.words.length;
        if (i + len > n) continue;
        let ok = true;
        for (let k = 1; k < len; k++) {
          // A phrase does not run across a sentence end.
          if (lowerWords[i + k] !== p.words[k] || wordAtStart[i + k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        add(acc, p.index, wordStart[i] ?? 0, wordEnd[i + len - 1] ?? 0);
        consumed = len;
        break;
      }
    }
    i += consumed;
  }
}

function isClauseStart(text: string, index: number): boolean {
  let j = index - 1;
  let c = code(text, j);
  while (c === 32 || c === 9 || c === 0x3000) c = code(text, --j);
  return j < 0 || ZH_CLAUSE_BREAK_CODES.has(c);
}

const ZH_CLAUSE_BREAK_CODES = new Set(Array.from(ZH_CLAUSE_BREAK, (c) => c.charCodeAt(0)));

/** Whether the character at `index` is one of `chars` (false outside the text). */
function charIn(chars: string, text: string, index: number): boolean {
  const c = code(text, index);
  // By code unit: a one-character string per test was most of the tone pass's garbage.
  for (let m = 0; m < chars.length; m++) if (chars.charCodeAt(m) === c) return true;
  return false;
}

/** Whether any character of text[from, to) is one of `chars`. */
function anyIn(chars: string, text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    for (let m = 0; m < chars.length; m++) if (chars.charCodeAt(m) === c) return true;
  }
  return false;
}

function matchChinese(acc: Acc, text: string, runStart: number, runEnd: number): void {
  let i = runStart;
  while (i < runEnd) {
    const slot = ZH_FIRST[code(text, i)] ?? 0;
    let consumed = 1;
    if (slot !== 0) {
      const candidates = ZH_LISTS[slot] ?? [];
      const next = i + 1 < runEnd ? text.charCodeAt(i + 1) : -2;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c] as Pattern;
        if (p.second !== -1 && p.second !== next) continue;
        const phrase = p.phrase;
        const n = phrase.length;
        if (i + n > runEnd) continue;
        let k = 2; // the first character is the table's key, the second was compared above
        while (k < n && code(text, i + k) === phrase.charCodeAt(k)) k++;
        if (k < n) continue;
        if (p.where !== 'any') {
          const atStart = i === runStart && isClauseStart(text, i);
          if ((p.where === 'start') !== atStart) continue;
        }
        if (p.notAfter !== '' && charIn(p.notAfter, text, i - 1)) continue;
        if (p.notBefore !== '' && charIn(p.notBefore, text, i + n)) continue;
        if (p.notInRun !== '' && anyIn(p.notInRun, text, runStart, i)) continue;
        add(acc, p.index, i, i + n);
        consumed = n;
        break;
      }
    }
    i += consumed;
  }
}

/**
 * One linear pass over the text, by character code (a hand-written scanner: a global regex `exec`
 * loop costs ~30 µs per 1,000 characters here, this ~3 µs). It reads Latin words (with apostrophes),
 * runs of Han characters (matched against the Chinese table at once), runs of sentence-ending
 * punctuation, @mentions (transparent at a sentence start), emoji sequences (whole surrogate pairs,
 * so a span never splits one) and ASCII emoticons; then the English words against the English table.
 */
export function scan(text: string, acc: Acc): void {
  let n = 0;
  let han = 0;
  let atStart = true;
  let sentenceFirst = -1; // index of the word that opened the current sentence, if any
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = code(text, i);
    if (isLetter(c)) {
      let j = i;
      let node = 0; // trie node of the word so far; -1 once it is no word of ours
      for (;;) {
        const d = code(text, j);
        let slot: number;
        if (isLetter(d)) slot = (d | 32) - 97;
        else if ((d === 39 || d === 0x2019) && isLetter(code(text, j + 1))) slot = 26;
        else break;
        j++;
        if (node >= 0) node = TRIE_NEXT[node * 27 + slot] || -1;
      }
      // A word glued to digits or underscores ("utf8", "x_1") is an identifier, not a word.
      if (!isWordChar(code(text, j)) && !isWordChar(code(text, i - 1))) {
        lowerWords[n] = node > 0 ? (TRIE_WORDS[node] ?? '') : '';
        wordStart[n] = i;
        wordEnd[n] = j;
        wordAtStart[n] = atStart;
        wordQuestion[n] = false;
        if (atStart) sentenceFirst = n;
        n++;
      }
      atStart = false;
      i = j;
    } else if (isHan(c)) {
      let j = i + 1;
      while (isHan(code(text, j))) j++;
      han += j - i;
      matchChinese(acc, text, i, j);
      atStart = false;
      i = j;
    } else if (isEnd(c)) {
      let j = i + 1;
      while (isEnd(code(text, j))) j++;
      // "math.h", "1.5", "e.g" do not end a sentence: a '.' must be followed by a space or the end.
      const next = code(text, j);
      const dotsOnly = c === 46 && code(text, j - 1) === 46;
      if (!dotsOnly || j >= len || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0) {
        atStart = true;
      }
      let marks = 0;
      let bang = false;
      let doubleQuery = false;
      let query = false;
      for (let k = i; k < j; k++) {
        const d = code(text, k);
        if (d === 33 || d === 0xff01) {
          marks++;
          bang = true;
        } else if (d === 63 || d === 0xff1f) {
          const p = code(text, k - 1);
          if (k > i && (p === 63 || p === 0xff1f)) doubleQuery = true;
          query = true;
          marks++;
        }
      }
      if (query && sentenceFirst >= 0) wordQuestion[sentenceFirst] = true;
      if (atStart) sentenceFirst = -1;
      if (marks >= 2 && (bang || doubleQuery)) add(acc, EMPHASIS, i, j);
      else if (bang) add(acc, EXCLAIM, i, j);
      i = j;
    } else if (c === 64 && isWordChar(code(text, i + 1))) {
      // An @mention leaves the sentence-start state as it is.
      let j = i + 1;
      for (let d = code(text, j); isWordChar(d) || d === 46 || d === 45; d = code(text, ++j));
      i = j;
    } else if (c < 0x2600 && c !== 58 && c !== 59 && c !== 61 && c !== 94) {
      i++; // spaces, digits, other punctuation: nothing to read
    } else {
      const e = emojiLength(text, i);
      if (e > 0) {
        const base = String.fromCodePoint(text.codePointAt(i) ?? 0);
        if (POLITE_EMOJI.has(base)) add(acc, EMOTICON, i, i + e);
        else if (ANGRY_EMOJI.has(base)) add(acc, EMPHASIS, i, i + e);
        i += e;
        continue;
      }
      const m = emoticonLength(text, i);
      if (m > 0) {
        add(acc, EMOTICON, i, i + m);
        i += m;
        continue;
      }
      // Any other surrogate pair is stepped over whole.
      i += c >= 0xd800 && c <= 0xdbff && isLow(code(text, i + 1)) ? 2 : 1;
    }
  }
  matchEnglish(acc, n);
  if (n > 4096) {
    // Do not keep a huge draft's scratch arrays alive.
    lowerWords.length = wordStart.length = wordEnd.length = wordAtStart.length = wordQuestion.length = 0;
  }
  if (!acc.sentence && n + han / 2 < TERSE_BELOW) {
    // The whole draft is the marker, without its outer white space.
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) add(acc, TERSE, start, end);
  }
}
