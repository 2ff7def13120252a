// Incremental tone: the tone meter (index.ts) scores a whole draft; re-scoring a long draft on every
// keystroke would redo every sentence. Its score is additive over markers (BIAS + Σ weight, each
// strategy's k-th use weighted ½^k), and its markers are found within sentences, so for drafts past
// DIRECT_BELOW characters we score each sentence once (cached by its text), re-rank the markers of
// each strategy in text order over the whole draft, and sum. Whole-draft strategies (`terse`, a draft
// under ten words) cannot apply to drafts that long. Short drafts are scored directly.
import type { Sentence } from '../doc.ts';
import { BIAS, IMPOLITE_BELOW, scoreTone, sentenceToneMarkers, STRATEGIES, type SentenceMarker, type ToneLang } from './index.ts';
import type { ToneMarker, ToneResult } from '../types.ts';

export const DIRECT_BELOW = 600;

/** ½^k, as `0.5 ** k` computes it (no pow call per marker). */
const HALVES = Array.from({ length: 64 }, (_, k) => 0.5 ** k);
/** Uses so far of each strategy in the draft being scored. */
const SEEN = new Int32Array(STRATEGIES.length);

/** Dropped by making a new Map, never `clear()` (why: features.ts). */
let cache = new Map<string, SentenceMarker[]>();

export function clearToneCache(): void {
  cache = new Map();
}

const NONE: SentenceMarker[] = [];

/** What \s matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** !/\S/.test(text), by code unit (it stops at the first character of nearly every sentence). */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!SPACE.has(text.charCodeAt(i))) return false;
  return true;
}

function sentenceMarkers(text: string): SentenceMarker[] {
  let m = cache.get(text);
  if (!m) {
    // A blank sentence has no markers (scoreTone's early return); the whole-draft `terse` is not read per sentence.
    m = blank(text) ? NONE : sentenceToneMarkers(text, NONE);
    if (cache.size > 50_000) cache = new Map();
    cache.set(text, m);
  }
  return m;
}

export function toneOf(text: string, sentences: Sentence[], lang: ToneLang): ToneResult {
  if (text.length < DIRECT_BELOW) {
    const t = scoreTone(text, lang);
    return { score: t.score, label: t.label, markers: t.markers.map((m) => ({ start: m.start, end: m.end, text: m.text, weight: m.weight })) };
  }
  SEEN.fill(0);
  const markers: ToneMarker[] = [];
  let score = BIAS;
  for (const s of sentences) {
    const ms = sentenceMarkers(s.text);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      const k = SEEN[m.slot]!;
      SEEN[m.slot] = k + 1;
      const weight = k < 64 ? m.weight * HALVES[k]! : 0;
      score += weight;
      markers.push({ start: s.start + m.start, end: s.start + m.end, text: m.text, weight });
    }
  }
  score = Math.round(score * 1000) / 1000;
  const label = score > 0 ? 'polite' : score > IMPOLITE_BELOW ? 'neutral' : 'impolite';
  return { score, label, markers };
}
