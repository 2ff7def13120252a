// Learned readings of the two moves writers phrase in the most ways: the opening's shared goal and the
// offer in return. The rules read each move from its shapes (rules/shapes/); a new writer's phrasing
// that no shape foresaw is missed, and shapes drawn from one set of requests carried almost nothing to
// the next (LABELS.md, "Session 10"). A logistic regression over hashed n-grams (grams.ts), fitted on
// every labelled row (tests/eval/fit-learned.ts), backs the rules up: when the rules find no such move
// and the model is confident the message makes it, the move counts. It only ever adds a move, never
// removes one the rules found, and its threshold was chosen in a replay where each set was scored
// before anything was drawn from it.
//
// Pure TypeScript and cheap: a sentence's grams are computed once (perSentence) and a reading is a sum
// of int8 weights, run only when the rules have found nothing.

import type { Doc, Sentence } from '../doc.ts';
import { normOf, perSentence } from '../rules/helpers.ts';
import { gramIndex, sentenceGrams } from './grams.ts';
import { MODELS, type StoredModel } from './weights.ts';

export type LearnedMove = 'sharedGoal' | 'reciprocity';

/** Where a gram is read: the opening (first three content sentences), the first content sentence, the whole message. */
export const REGION = { opening: 0, first: 1, whole: 2 } as const;

/** How many content sentences the opening spans for the learned reading. */
export const OPENING_SENTENCES = 3;

export interface Model {
  bits: number;
  bias: number;
  /** Weight of an int8 step. */
  scale: number;
  /** The move counts when the probability exceeds this. */
  threshold: number;
  weights: Int8Array;
}

const gramsOf = perSentence((s: Sentence) => sentenceGrams(normOf(s)));

/** A sentence's weight indices per region, for the stored models' size (a keystroke re-reads only the edited sentence). */
const indicesIn = [0, 1, 2].map((region) =>
  perSentence((s: Sentence): Int32Array => {
    const grams = gramsOf(s);
    const out = new Int32Array(grams.length);
    for (let i = 0; i < grams.length; i++) out[i] = gramIndex(grams[i]!, region, storedBits);
    return out;
  }),
);

function decode(m: StoredModel): Model {
  const bin = atob(m.weights);
  const weights = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) weights[i] = (bin.charCodeAt(i) << 24) >> 24;
  return { bits: m.bits, bias: m.bias, scale: m.scale, threshold: m.threshold, weights };
}

let models: Partial<Record<LearnedMove, Model>> | undefined;
/** The stored models' size (both are fitted at one size); a model of another size (a fresh fit) indexes its grams itself. */
const storedBits = MODELS.sharedGoal?.bits ?? MODELS.reciprocity?.bits ?? 16;
let override: Partial<Record<LearnedMove, Model | null>> | undefined;

/** The model of a move (decoded on first use), or null when none is stored or it is switched off. */
function modelOf(move: LearnedMove): Model | null {
  if (override && move in override) return override[move] ?? null;
  models ??= {};
  const stored = MODELS[move];
  if (!stored) return null;
  return (models[move] ??= decode(stored));
}

/**
 * For the fitting and evaluation script only: replace the stored models (a fresh fit, or null to read with
 * the rules alone); `undefined` restores them.
 */
export function useModels(next: Partial<Record<LearnedMove, Model | null>> | undefined): void {
  override = next;
}

/** The (sentence, region) pairs a move is read from. */
function regionsOf(doc: Doc, move: LearnedMove): [Sentence, number][] {
  const c = doc.content;
  if (move === 'reciprocity') return c.map((s) => [s, REGION.whole]);
  const out: [Sentence, number][] = c.slice(0, OPENING_SENTENCES).map((s) => [s, REGION.opening]);
  if (c[0]) out.push([c[0], REGION.first]);
  return out;
}

/** The distinct weight indices of a move's grams in a document (what the model is fitted and read on). */
export function featureIndices(doc: Doc, move: LearnedMove, bits: number): Int32Array {
  const seen = new Set<number>();
  for (const [s, region] of regionsOf(doc, move)) for (const h of gramsOf(s)) seen.add(gramIndex(h, region, bits));
  return Int32Array.from(seen);
}

// Per model size: a stamp per weight, so a gram met twice counts once without a set per reading.
const stamps = new Map<number, Uint32Array>();
let stamp = 0;

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
  if (!m || doc.content.length === 0) return null;
  let seen = stamps.get(m.bits);
  if (!seen) stamps.set(m.bits, (seen = new Uint32Array(1 << m.bits)));
  if (++stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  const { weights, bits, scale } = m;
  let z = m.bias;
  let best: Sentence | undefined;
  let bestSum = -Infinity;
  for (const [s, region] of regionsOf(doc, move)) {
    let sum = 0;
    const cached = bits === storedBits;
    const ids = cached ? indicesIn[region]!(s) : gramsOf(s);
    for (let k = 0; k < ids.length; k++) {
      const i = cached ? ids[k]! : gramIndex(ids[k]!, region, bits);
      const w = weights[i]! * scale;
      sum += w;
      if (seen[i] !== stamp) {
        seen[i] = stamp;
        z += w;
      }
    }
    if (sum > bestSum) {
      bestSum = sum;
      best = s;
    }
  }
  const probability = 1 / (1 + Math.exp(-z));
  return { probability, present: probability > m.threshold, sentence: best };
}
