// The tone meter's vocabulary: its strategies, the markers it reports, and how a lexicon entry is
// written. The model itself is described in index.ts.
import type { ToneMarker, ToneResult } from '../types.ts';

export type ToneLang = 'zh' | 'en' | 'mixed';

export const STRATEGIES = [
  'gratitude',
  'deference',
  'greeting',
  'positive',
  'negative',
  'apology',
  'please',
  'pleaseStart',
  'indirect',
  'directQuestion',
  'polarQuestion',
  'why',
  'directStart',
  'counterfactual',
  'indicative',
  'firstPersonStart',
  'firstPersonPlural',
  'firstPerson',
  'secondPerson',
  'secondPersonStart',
  'hedge',
  'factuality',
  'subjunctive',
  'blame',
  'pressure',
  'obligation',
  'emphasis',
  'exclaim',
  'emoticon',
  'flattery',
  'negation',
  'minimizer',
  'terse',
  'insistence',
] as const;

export type ToneStrategy = (typeof STRATEGIES)[number];

/** A marker with the strategy behind it (the engine's ToneMarker says only what moved the score). */
export interface StrategyMarker extends ToneMarker {
  strategy: ToneStrategy;
}

export interface StrategyResult extends ToneResult {
  markers: StrategyMarker[];
}

/** Below this logit a draft that is not polite reads as impolite rather than neutral. */
export const IMPOLITE_BELOW = -1;

/** A request shorter than this many words (a Han character counts as half a word) reads curt. */
export const TERSE_BELOW = 10;

/** Where in its sentence (English) or clause (Chinese) a pattern must begin. */
export type Where = 'start' | 'inner' | 'any';

/** A strategy, where it must begin, and its `|`-separated phrases. */
export type Spec = [ToneStrategy, Where, string];
