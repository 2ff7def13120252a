// English cues for the close: commitments, meetings, next-step markers, asks to confirm, thanks, timed actions.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W, EWEEKDAY } from './terms.ts';

export const EN_CLOSE: Cues<'commit' | 'schedule' | 'nextMarker' | 'requestAction' | 'thanks' | 'timedAction'> = {
  commit: re(W + alt(
    "(?:i|we)(?:'ll| will| am going to|'m going to|'re going to| are going to| plan to| can then| shall|'d aim to| would aim to| aim to|'m aiming to| am aiming to|'d plan to| would plan to)\\s+(?:\\w+\\s+){0,2}?(?:send|share|circulate|set up|schedule|book|follow up|reach out|ping|draft|prepare|put together|write up|file|open|create|loop|update|confirm|get back|kick off|start|hand|deliver|drop|post|submit|come back|check in|sync|forward|email|message|add|invite|raise|have|run|hold|call|bring|begin|merge|deploy|get|come by|stop by|drop by|walk|text|review|finish|ship|wrap up|book|be in touch|touch base|circle back|get in touch|let you know|report back|keep you posted|send out|announce|notify|publish|collect)",
    'let me (?:send|set up|schedule|book|follow up|draft|put together|loop)', 'i can (?:send|set up|schedule|book)',
    "(?!it\\b|this\\b|that\\b|which\\b|there\\b|what\\b|who\\b|you\\b)[a-z]+(?:'ll| will)\\s+(?:\\w+\\s+)?(?:send|share|circulate|set up|schedule|book|follow up|reach out|draft|prepare|file|open|confirm|kick off|start|hold|run|deliver|submit|join|present)",
  ) + W),
  schedule: re(W + alt(
    String.raw`(?:set up|schedule|book|grab|find|put|hop on|jump on|have|do)\s+(?:a\s+|some\s+)?(?:\d+[- ]min(?:ute)?s?\s+|quick\s+|short\s+|brief\s+)?(?:call|meeting|sync|chat|time|slot|session|huddle|1:1|catch-up|check-in)`,
    'calendar invite', 'invite', String.raw`(?<!\(|\b(?:in|after|within|every|last|about|around|only|alive for|kept for|wait(?:ed|ing)? for|takes?|took|lasts?|down for|offline for) )\d+[- ]min(?:ute)?s?`, String.raw`(?:would|does|is|how about|what about) (?:\w+ )?\d{1,2}(?::\d{2})?\s*(?:am|pm)? (?:work|suit|be (?:a )?(?:good|ok|okay|fine|convenient))`, 'sync (?:up|on)',
    "let's (?:meet|talk|sync|chat|connect|catch up|hop on|jump on|review|discuss|go through|walk through)", '(?:meet|call|chat|sync|talk) (?:on|at|tomorrow|today|this|next)', 'join (?:us|me|the (?:call|meeting|session|lunch|roundtable|briefing|workshop))',
  ) + W),
  // Ends on a lookahead, not \b: a marker ending in a colon ('next:', 'action:') is followed by a space. The next
  // meeting of minutes is a marker with its day ('Next sync: 19 June'), not when it is still to be set ('Next meeting: TBD').
  nextMarker: re(W + alt('next steps?', 'next:', 'actions?:', 'next (?:sync|meeting|call|check-?in|review|catch-?up|huddle)\\s*:(?=\\s*(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|today)[a-z]*\\b))', 'next up', 'todo:', 'to-?dos?:', 'action items?', 'to recap', 'to summari[sz]e', 'going forward', 'point of contact', 'poc', 'owner') + '(?![a-z0-9_])'),
  requestAction: re(W + alt(
    '(?:could|can|would|will) you (?:please )?(?:\\w+\\s+)?(?:confirm|reply|respond|let me know|get back|ack|decide|sign off|okay this|approve)',
    'please (?:confirm|reply|respond|let me know|get back|advise|ack|sign off|approve)', 'let me know (?:by|before|if|whether)', 'reply (?:by|before)', 'confirm (?:by|before)',
  ) + W),
  thanks: re(W + alt('thanks', 'thank you', 'thx', 'ty', 'appreciated?', 'grateful', 'cheers', 'much obliged', 'kudos') + W),
  timedAction: re(W + alt(
    // Not a purpose ("by the 20th, so we can submit it") nor a state ("Thursday, and I'll be at the hospital").
    String.raw`(?:on|by|at|before|this|next|tomorrow|today|${EWEEKDAY})\b[^.?!]{0,30}?(?<!\bso (?:that )?)\b(?:i|we)(?:'ll| will| can)\b(?! be\b| (?:not|never)\b)`,
    String.raw`(?:kick ?off|kickoff) (?:is |will be )?(?:on|at|next|this|tomorrow)`,
  ) + W),
};
