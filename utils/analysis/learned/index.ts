// The learned reading of the move writers phrase in the most ways: the offer in return. The rules read it
// from its shapes (rules/shapes/); a new writer's phrasing that no shape foresaw is missed, and shapes drawn
// from one set of requests carried almost nothing to the next (LABELS.md, "Session 10"). A logistic
// regression over hashed n-grams (grams.ts), fitted on every labelled row (tests/eval/fit-learned.ts), backs
// the rules up: when they find no offer and the model is confident the message makes one, the offer counts
// (reciprocity.ts also asks that the sentence it weighs most could make one). It only ever adds the move,
// never removes one the rules found, and its threshold was chosen in a replay where each set was scored
// before anything was drawn from it. A reading of the opening's shared goal was tried in sessions 10–12 and
// removed: on ten groups of sets it had not been fitted on it lowered that move's F1 by about 0.008 on
// average, by 0.085 on the real sets unseen15–24 (LABELS.md, "Session 12").
//
// Pure TypeScript and cheap: a reading is the sum of per-sentence sums of int8 weights (one per gram
// met), each kept with its sentence (perSentence), so after a keystroke only the edited sentence is read
// again. It runs only when the rules have found nothing.

import type { Doc, Sentence } from '../doc.ts';
import { normOf, perSentence } from '../rules/helpers.ts';
import { gramIndex, sentenceGrams } from './grams.ts';
import { MODELS, type StoredModel } from './weights.ts';

export type LearnedMove = 'reciprocity';

/** The region a gram is read in, mixed into its hash (grams.ts): the whole message (2; 0 and 1 were the opening's). */
const WHOLE = 2;

export interface Model {
  bias: number;
  /** Weight of an int8 step. */
  scale: number;
  /** The move counts when the probability exceeds this. */
  threshold: number;
  weights: Int8Array;
}

/** The fewest content sentences a message needs before the learned reading is consulted. */
export const MIN_SENTENCES = 3;

/** The size of every model: 2^14 weights per move (2^15, 2^16 and 2^18 read no better in session 10's tests, and cost the content script more). */
export const BITS = 14;

const gramsOf = perSentence((s: Sentence) => sentenceGrams(normOf(s)));

/** A sentence's weight indices, one per gram met (a gram met twice counts twice). */
const indicesOf = perSentence((s: Sentence): Int32Array => {
  const grams = gramsOf(s);
  const out = new Int32Array(grams.length);
  for (let i = 0; i < grams.length; i++) out[i] = gramIndex(grams[i]!, WHOLE, BITS);
  return out;
});

function decode(m: StoredModel): Model {
  const bin = atob(m.weights);
  const weights = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) weights[i] = (bin.charCodeAt(i) << 24) >> 24;
  return { bias: m.bias, scale: m.scale, threshold: m.threshold, weights };
}

let models: Partial<Record<LearnedMove, Model>> | undefined;
let override: Partial<Record<LearnedMove, Model | null>> | undefined;

/** The model of a move (decoded on first use), or null when none is stored or it is switched off. */
function modelOf(move: LearnedMove): Model | null {
  if (override && move in override) return override[move] ?? null;
  models ??= {};
  const stored = MODELS[move];
  if (!stored || stored.bits !== BITS) return null;
  return (models[move] ??= decode(stored));
}

/**
 * For the fitting and evaluation script only: replace the stored models (a fresh fit, or null to read with
 * the rules alone); `undefined` restores them.
 */
export function useModels(next: Partial<Record<LearnedMove, Model | null>> | undefined): void {
  override = next;
}

const sumWith = (m: Model, ids: Int32Array) => {
  let sum = 0;
  for (let k = 0; k < ids.length; k++) sum += m.weights[ids[k]!]!;
  return sum * m.scale;
};

/**
 * A sentence's weight under the stored model, read straight from its grams (no index array made): kept per
 * sentence, so a keystroke adds up cached sums.
 */
const storedSum = perSentence((s: Sentence): number => {
  const { weights, scale } = modelOf('reciprocity')!;
  const grams = gramsOf(s);
  let sum = 0;
  for (let i = 0; i < grams.length; i++) sum += weights[gramIndex(grams[i]!, WHOLE, BITS)]!;
  return sum * scale;
});

/** The weight indices of the move's grams in a document, one per gram met: what the model is fitted and read on. */
export function featureIndices(doc: Doc): Int32Array {
  const parts = doc.content.map((s) => indicesOf(s));
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface LearnedReading {
  /** The model's probability that the message makes the move. */
  probability: number;
  /** Whether it is above the model's threshold. */
  present: boolean;
  /** The sentence whose grams weigh most for the move (where the UI points). */
  sentence: Sentence | undefined;
}

/** The learned reading of a move, or null when no model is stored (or it is switched off). */
export function learnedReading(doc: Doc, move: LearnedMove): LearnedReading | null {
  const m = modelOf(move);
  // One or two sentences are too few grams to read a move from (on four fresh blind sets such readings were right 2
  // times in 13): there the rules alone decide.
  if (!m || doc.content.length < MIN_SENTENCES) return null;
  const cached = !override || !(move in override);
  let z = m.bias;
  let best: Sentence | undefined;
  let bestSum = -Infinity;
  for (const s of doc.content) {
    const sum = cached ? storedSum(s) : sumWith(m, indicesOf(s));
    z += sum;
    if (sum > bestSum) {
      bestSum = sum;
      best = s;
    }
  }
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, present: probability > m.threshold, sentence: best };
}
