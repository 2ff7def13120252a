// Incremental tone: the tone meter (index.ts) scores a whole draft; re-scoring a long draft on every
// keystroke would redo every sentence. Its score is additive over markers (BIAS + Σ weight, each
// strategy's k-th use weighted ½^k), and its markers are found within sentences, so for drafts past
// DIRECT_BELOW characters we score each sentence once (cached by its text), re-rank the markers of
// each strategy in text order over the whole draft, and sum. Whole-draft strategies (`terse`, a draft
// under ten words) cannot apply to drafts that long. Short drafts are scored directly.
import type { Sentence } from '../doc.ts';
import { BIAS, IMPOLITE_BELOW, scoreTone, WEIGHTS, type ToneLang } from './index.ts';
import type { ToneMarker, ToneResult } from '../types.ts';

export const DIRECT_BELOW = 600;

type Strategy = keyof typeof WEIGHTS;
interface RelMarker {
  start: number;
  end: number;
  text: string;
  strategy: Strategy;
  /** WEIGHTS[strategy] and a small index per strategy, looked up once when the sentence is scored. */
  weight: number;
  slot: number;
}

const SLOTS = new Map<Strategy, number>();
const slotOf = (s: Strategy): number => {
  let k = SLOTS.get(s);
  if (k === undefined) SLOTS.set(s, (k = SLOTS.size));
  return k;
};
/** ½^k, as `0.5 ** k` computes it (no pow call per marker). */
const HALVES = Array.from({ length: 64 }, (_, k) => 0.5 ** k);

const cache = new Map<string, RelMarker[]>();

export function clearToneCache(): void {
  cache.clear();
}

function sentenceMarkers(text: string, lang: ToneLang): RelMarker[] {
  let m = cache.get(text);
  if (!m) {
    m = scoreTone(text, lang)
      .markers.filter((x) => x.strategy !== 'terse')
      .map((x) => ({ start: x.start, end: x.end, text: x.text, strategy: x.strategy, weight: WEIGHTS[x.strategy], slot: slotOf(x.strategy) }));
    if (cache.size > 50_000) cache.clear();
    cache.set(text, m);
  }
  return m;
}

export function toneOf(text: string, sentences: Sentence[], lang: ToneLang): ToneResult {
  if (text.length < DIRECT_BELOW) {
    const t = scoreTone(text, lang);
    return { score: t.score, label: t.label, markers: t.markers.map((m) => ({ start: m.start, end: m.end, text: m.text, weight: m.weight })) };
  }
  const seen: number[] = [];
  const markers: ToneMarker[] = [];
  let score = BIAS;
  for (const s of sentences) {
    for (const m of sentenceMarkers(s.text, lang)) {
      const k = seen[m.slot] ?? 0;
      seen[m.slot] = k + 1;
      const weight = k < 64 ? m.weight * HALVES[k]! : 0;
      score += weight;
      markers.push({ start: s.start + m.start, end: s.start + m.end, text: m.text, weight });
    }
  }
  score = Math.round(score * 1000) / 1000;
  const label = score > 0 ? 'polite' : score > IMPOLITE_BELOW ? 'neutral' : 'impolite';
  return { score, label, markers };
}
