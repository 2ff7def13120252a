// English cues for the form of a message: greetings and headers, request forms, roles.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W } from './terms.ts';

export const EN_FORM: Cues<'greeting' | 'request' | 'role'> = {
  greeting: re(String.raw`^(?:subject|re|fwd?|title|to|cc|bcc|from|sent|date|attachments?)\s*:.*$|^(?:hope (?:you're|you are|all is|this finds you|your week)[^.?!\n]{0,40}[.!]?)$|^(?![^\n]*[\u3400-\u9fff]{5})(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hi all|hello all|hi team|hey team|team)\b[^.?!\n]{0,40}?[,!:]?\s*$|^[a-z]+,\s*$`),
  request: re(W + alt(
    // "we could use some support", "we'd love to do a webinar", "Could IT provision…".
    '(?:we|i) could (?:really )?use (?:some|a little|a bit of|more|any|extra)', "(?:we|i)'d love to", '(?:could|can|would|will) (?!you\\b|we\\b|i\\b)[a-z]+ (?:provision|provide|send|share|lend|grant|approve|allocate|set up|create|add|give|review|extend|reserve|book|assign|spare)',
    'could you', 'can you', 'would you', 'will you', 'please', 'would it be possible', 'is it possible', 'any chance', 'do you have', 'could we', 'can we', 'can i', 'could i',
    'would you be able', "(?:i'm|i am|we're|we are) (?:asking|writing to ask|reaching out to ask|requesting)", '(?:my|our|the) ask', 'request(?:ing)?:?', 'would (?:really |greatly |very much |much )?appreciate',
    "i'd like to (?:ask|request|borrow)", "we'd like to (?:ask|request|borrow)", 'is there (?:any )?way',
  ) + W),
  role: re(W + '(?:engineers?|developers?|devs?|designers?|analysts?|testers?|qa|sres?|admins?|dbas?|reviewers?|scientists?|lawyers?|counsel|pms?|product managers?|writers?|contractors?|interns?|specialists?|architects?|recruiters?)' + W),
  // "Hi Amy, 年审是我们两个team都要过的关" is a greeting and a sentence: with a run of five Han characters
  // the line carries content, so it is not set aside as a greeting.
};
