// The shapes of an offer in return (提出互惠方案), read from how a sentence is built rather than from set
// phrases (those are the `offer` cues in cues.ts): something of value goes to the reader (results, data,
// a favour back), the writer's side takes work off the reader, pays a cost, or swaps. Each shape needs
// the writer's side as the giver (a first-person actor, or a modal promise with the reader as the
// receiver), so the writer's own next steps ("我把清单发你", "I'll send the brief") are not offers.
//
// Run on normalised sentence text (normalize.ts: simplified characters, ASCII lower case, half-width
// punctuation; length-preserving), so a match index is an index into the sentence.

import { firstShape } from './gated.ts';
import { EN_OFFER } from './offer-en.ts';
import { ZH_OFFER } from './offer-zh.ts';

const SHAPES: RegExp[] = [...ZH_OFFER, ...EN_OFFER];

/** The span of the first offer shape in a normalised sentence, sentence-relative; null when none. */
export const offerShape = firstShape(SHAPES);
