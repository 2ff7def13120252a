/**
 * Tone meter: how polite a drafted request reads, in English, Chinese (simplified and traditional)
 * and the two mixed.
 *
 * Model. The politeness strategies of Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec & Potts,
 * "A computational approach to politeness with application to social factors" (ACL 2013): gratitude,
 * deference, greeting, positive / negative lexicon, apologizing, please, please at sentence start,
 * indirect (by the way), direct question, direct start, counterfactual and indicative modals, first
 * person (start, plural, other), second person (start, other), hedges, factuality, subjunctive. To
 * these we add `polarQuestion` (a yes/no question, "Is there…?", "Can you…", 是不是 / 有没有 / …吗:
 * conventional indirectness, the counterpart of the paper's direct wh-question; on the calibration
 * data it is the single strategy that buys most), the workplace pitfalls of the guidance
 * (情绪化或立场化: 抱怨或指责, so `blame`, `pressure`, `obligation`, `emphasis`), emoticons and emoji,
 * `flattery` (过度讨好: it does read polite, mildly; the engine's flattery rule, not this meter, warns
 * about it), and four plain cues that the calibration data confirmed: `negation`, `minimizer` (just,
 * simply), `insistence` (already, still, even, 至少, 究竟) and `terse` (a whole draft of fewer than
 * TERSE_BELOW words, a Han character counting as half a word). Each strategy is a set of patterns in
 * English and in Chinese (simplified and traditional forms side by side), and one weight shared by both
 * languages. The score is a logit: `BIAS + Σ weight × (1, ½, ¼, … for the 1st, 2nd, 3rd … use of the
 * same strategy)`, so repeating a marker has diminishing returns, and the markers' weights add up to
 * `score - BIAS` exactly (the UI can say which words moved it and by how much).
 *
 * Weights: fitted by `npm run tone` (tests/eval/tone.ts) as an L2-regularised logistic regression on
 * the top-vs-bottom quartile task of the Stack Exchange half of the Stanford Politeness Corpus, using
 * only the requests with an even id (the odd ids are held out), with each weight pulled towards a
 * prior that has the sign the paper reports for the strategy (a Gaussian prior, so the paper's
 * findings on Wikipedia requests are kept where Stack Exchange has little to say, and the narrowest
 * prior width that cross-validates within half a point of the best is taken); then rounded and
 * frozen in the generated weights.ts (`npm run tone -- --fit --write`). Strategies too rare in
 * that data (`pressure`, `flattery`) keep essentially their prior. Chinese patterns share their
 * strategy's weight. Tried and left out, because they bought nothing on the held-out half (details
 * in tests/eval/tone.ts): a generic sentiment lexicon (VADER, AFINN) in place of or beside the
 * positive / negative lists, first- or last-sentence copies of the strategies, imperative openings,
 * and a bag of words or bigrams learned from the tuning half.
 *
 * Cost: one hand-written pass over the text by character code (words through a trie, Han runs through
 * a first-character table, sentence ends, emoji), then table look-ups; linear in length, no string
 * allocated per word (tables: a 128 KB first-character index for Chinese, a small trie for English).
 * Pure TypeScript, no DOM, runnable by Node's type stripping.
 */


import { scan, type Acc, type SentenceMarker } from './scan.ts';
import { IMPOLITE_BELOW, STRATEGIES, type StrategyMarker, type StrategyResult, type ToneLang } from './strategies.ts';
import { BIAS } from './weights.ts';

export { IMPOLITE_BELOW, STRATEGIES, TERSE_BELOW, type StrategyMarker, type StrategyResult, type ToneLang, type ToneStrategy } from './strategies.ts';
export { BIAS, WEIGHTS } from './weights.ts';

/**
 * Per-strategy feature values of a text, f = Σ ½^(k-1) over the k uses of each strategy, in the
 * order of `STRATEGIES`. Used by the calibration script; `scoreTone` is `BIAS + Σ WEIGHTS × f`.
 */
export function toneFeatures(text: string): Float64Array {
  const acc: Acc = { counts: new Float64Array(STRATEGIES.length), markers: null, sentenceMarkers: null, text, sentence: false };
  scan(text, acc);
  const f = new Float64Array(STRATEGIES.length);
  for (let i = 0; i < f.length; i++) f[i] = 2 * (1 - 0.5 ** (acc.counts[i] ?? 0));
  return f;
}

const SCRATCH = new Float64Array(STRATEGIES.length);

/** Chinese and emoji markers come during the scan, English ones after it: sorted only when mixed. */
function inTextOrder<T extends { start: number }>(markers: T[]): T[] {
  for (let i = 1; i < markers.length; i++) {
    if (markers[i]!.start < markers[i - 1]!.start) return markers.sort((a, b) => a.start - b.start);
  }
  return markers;
}

/** The markers of a whole draft in text order (a sentence of a long draft: sentenceToneMarkers). */
export function toneMarkers(text: string): StrategyMarker[] {
  // One scratch array of counts for every call: allocating a typed array per sentence cost more than
  // scoring a short one.
  SCRATCH.fill(0);
  const acc: Acc = { counts: SCRATCH, markers: [], sentenceMarkers: null, text, sentence: false };
  scan(text, acc);
  return inTextOrder(acc.markers ?? []);
}

export type { SentenceMarker } from './scan.ts';

const SENTENCE_SCRATCH: SentenceMarker[] = [];
const SENTENCE_ACC: Acc = { counts: SCRATCH, markers: null, sentenceMarkers: SENTENCE_SCRATCH, text: '', sentence: true };

/**
 * The markers of one sentence of a long draft, whose whole-draft `terse` strategy is left out, in the form
 * tone/cache.ts keeps them (weight before repeats, strategy index), made at once, without StrategyMarkers
 * and a converted copy of each (about 8 KB less garbage per cold 1,000-character Chinese draft). A fresh
 * array of the exact length, or `none` when there are no markers.
 */
export function sentenceToneMarkers(text: string, none: SentenceMarker[]): SentenceMarker[] {
  SCRATCH.fill(0);
  SENTENCE_SCRATCH.length = 0;
  SENTENCE_ACC.text = text;
  scan(text, SENTENCE_ACC);
  SENTENCE_ACC.text = '';
  const markers = SENTENCE_SCRATCH;
  if (markers.length === 0) return none;
  const out = inTextOrder(markers).slice();
  markers.length = 0;
  return out;
}

/**
 * Score the tone of a draft. `score` is a logit: > 0 reads as polite, ≤ 0 as not polite (neutral down
 * to `IMPOLITE_BELOW`, impolite below it). `markers` are the words that moved it, in text order, with
 * spans into `text` and the amount each contributed (they sum to `score - BIAS`).
 */
export function scoreTone(text: string, lang: ToneLang): StrategyResult {
  void lang; // Patterns of both languages apply to every draft: mixed drafts are common.
  if (!/\S/.test(text)) return { score: 0, label: 'neutral', markers: [] };
  const markers = toneMarkers(text);
  let score = BIAS;
  for (const m of markers) score += m.weight;
  score = Math.round(score * 1000) / 1000;
  const label = score > 0 ? 'polite' : score > IMPOLITE_BELOW ? 'neutral' : 'impolite';
  return { score, label, markers };
}
