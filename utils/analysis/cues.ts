// The cue lexicon: how people phrase each move and each pitfall, in Chinese and English.
//
// Patterns run on *normalised* sentence text (see normalize.ts): simplified characters, half-width
// punctuation and digits, ASCII lower case. They are written from how requests are phrased in general
// (purpose clauses, first-person offers, reader-benefit clauses, deadlines…), not from any test set.
// Each kind is one pattern; cues/scanner.ts finds where in a sentence each can match, from literals
// derived from the patterns themselves (cues/literals.ts), so the lexicon is the only word list.
//
// The patterns live in cues/zh/ and cues/en/, a file per meaning (the need, the shared goal,
// reciprocity, the close, pitfalls, the form of a message), with shared fragments in terms.ts.

import { CUE_KINDS, type CueKind } from './cues/kinds.ts';
import { ZH_NEED } from './cues/zh/need.ts';
import { ZH_GOAL } from './cues/zh/goal.ts';
import { ZH_RECIPROCITY } from './cues/zh/reciprocity.ts';
import { ZH_CLOSE } from './cues/zh/close.ts';
import { ZH_PITFALLS } from './cues/zh/pitfalls.ts';
import { ZH_FORM } from './cues/zh/form.ts';
import { EN_NEED } from './cues/en/need.ts';
import { EN_GOAL } from './cues/en/goal.ts';
import { EN_RECIPROCITY } from './cues/en/reciprocity.ts';
import { EN_CLOSE } from './cues/en/close.ts';
import { EN_PITFALLS } from './cues/en/pitfalls.ts';
import { EN_FORM } from './cues/en/form.ts';

export { CUE_KINDS, type CueKind };

const ZH: Record<CueKind, RegExp> = { ...ZH_NEED, ...ZH_GOAL, ...ZH_RECIPROCITY, ...ZH_CLOSE, ...ZH_PITFALLS, ...ZH_FORM };
const EN: Record<CueKind, RegExp> = { ...EN_NEED, ...EN_GOAL, ...EN_RECIPROCITY, ...EN_CLOSE, ...EN_PITFALLS, ...EN_FORM };

export const CUES: { zh: Record<CueKind, RegExp>; en: Record<CueKind, RegExp> } = { zh: ZH, en: EN };
