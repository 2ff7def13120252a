// English cues for the form of a message: greetings and headers, request forms, roles.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W } from './terms.ts';

export const EN_FORM: Cues<'greeting' | 'request' | 'role'> = {
  greeting: re(String.raw`^(?:subject|re|fwd?|title|to|cc|bcc|from|sent|date|attachments?)\s*:.*$|^(?:hope (?:you're|you are|all is|this finds you|your week)[^.?!\n]{0,40}[.!]?)$|^(?![^\n]*[\u3400-\u9fff]{5})(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hi all|hello all|hi team|hey team|team)\b[^.?!\n]{0,40}?[,!:]?\s*$|^[a-z]+,\s*$`),
  request: re(W + alt(
    'could you', 'can you', 'would you', 'will you', 'please', 'would it be possible', 'is it possible', 'any chance', 'do you have', 'could we', 'can we', 'can i', 'could i',
    'would you be able', "(?:i'm|i am|we're|we are) (?:asking|writing to ask|reaching out to ask|requesting)", '(?:my|our|the) ask', 'request(?:ing)?:?', 'would (?:really )?appreciate',
    "i'd like to (?:ask|request|borrow)", "we'd like to (?:ask|request|borrow)", 'is there (?:any )?way',
  ) + W),
  role: re(W + '(?:engineers?|developers?|devs?|designers?|analysts?|testers?|qa|sres?|admins?|dbas?|reviewers?|scientists?|lawyers?|counsel|pms?|product managers?|writers?|contractors?|interns?|specialists?|architects?|recruiters?)' + W),
  // "Hi Amy, 年审是我们两个team都要过的关" is a greeting and a sentence: with a run of five Han characters
  // the line carries content, so it is not set aside as a greeting.
};
