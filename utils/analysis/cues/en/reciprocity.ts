// English cues for reciprocity: offers in return, invitations to raise concerns.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W } from './terms.ts';

export const EN_RECIPROCITY: Cues<'offer' | 'inviteStrong' | 'inviteSoft'> = {
  offer: re(W + alt(
    'in return', 'in exchange', 'return the favou?r', 'quid pro quo', 'reciprocate', 'trade you',
    '(?<!\\b(?:you|they|he|she|it|who)(?:\'d| would|\'re| are| is|\'s| were| was)? (?:be )?|\\bbeing |(?<!\\b(?:our|my) [\\w-]+ )\\b(?:is|was) )(?:happy|glad|willing|more than happy|keen) to (?:help|share|return|cover|take(?! (?:it|this|that) (?:there|elsewhere|offline|to))|pair|support|contribute|lend|pitch in|offer|handle|give|provide|trade|swap|own|absorb|pay|fund|credit|acknowledge|co-present|open|submit|send (?:a|the) (?:pr|patch|fix)|write|implement|build|test|do|maintain|document|draft|prepare|put together|work on)',
    "(?:we|i)(?:'ll| will| can| could| would|'d)(?: also| gladly| happily| in turn| then)? (?:take on|take over|take care of|cover|handle|pick up|absorb|free up|lend|loan|pair with|help (?:your|you|with your)|support (?:your|you)|credit|acknowledge|give (?:you|your)|provide (?:you|your)|contribute|do the (?:heavy|prep|groundwork|legwork|first pass|bulk)|own the|trade|swap|pay for|foot the|fund|reimburse|split the|write the|build the|do all the|co-present|present (?:it )?(?:jointly|together)|mention your|list your)",
    "(?:share|send|pass|hand|give|open|feed|publish|circulate)\\b[^.?!]{0,30}?\\b(?:results?|findings|insights|analysis|dashboards?|models?|scripts?|tooling|learnings|playbook|runbook|templates?|test cases|code|data(?:set)?|numbers|benchmarks?|recordings?|write-?up)\\b[^.?!]{0,30}?\\b(?:with|to|back to|for) (?:you|your)",
    "(?:share|send|give)\\b (?:you|your team) (?:our|the|all|a copy)\\b[^.?!]{0,20}?\\b(?:results?|findings|insights|analysis|dashboards?|models?|scripts?|tooling|learnings|data(?:set)?|numbers|write-?up)",
    "if (?:there's|there is) anything (?:we|i) can (?:do|help)", 'let (?:me|us) know (?:if|how) (?:we|i) can (?:help|support|return)', 'anything (?:we|i) can do (?:to|for)', 'shout-?out',
    '(?:credit|acknowledge|recogni[sz]e|thank) (?:your team|you) (?:in|at|on|during) (?:the|our) (?:launch|release|review|all-hands|demo|notes|announcement|newsletter|post)',
    "(?:we|i)(?:'ll| will| can) (?:make sure|ensure) (?:your|you)", "you(?:'d| would)? (?:only|just) (?:need|have) to (?:review|approve|sign|look)", 'on (?:us|our (?:budget|dime|cost center))',
    "(?:we|i)(?:'ll| will|'d| would| can) (?:take|cover) your", 'whenever you need',
    // Session 11: costs met after another verb ("will train them and cover their travel"), paid up front, not billed, the pager carried.
    "\\band (?:also )?(?:cover|pay for)\\s+(?:the|their|all|your)\\s+(?:[\\w']+\\s+){0,2}?(?:costs?|travel|expenses?|overtime|fees?)", "(?:we|i)(?:'ll| will| can| could|'d| would) pre-?pay",
    "(?:we|i) (?:will not|won't|wouldn't|will never) (?:bill|charge|invoice)", "(?:carry|take|hold) the (?:pager|on-?call)",
    // Compensation named and the reader's load taken: "to make up for it", "take two files off your desk", "we'll throw in
    // field passes", "we'll give up our Tuesday slots so you can reuse them".
    'to make up for (?:it|that|this|the)', 'make it up to you', '(?:take|taking|lift|lifting)\\b[^.?!]{0,40}?\\boff (?:your|their) (?:desk|queue|backlog)',
    "(?:we|i)(?:'ll| will| can| could|'d| would)(?: also| happily| gladly)? (?:throw in|give up (?:our|my)|release (?:our|my))",
    'off your plate', 'lend you', 'you can (?:use|borrow|have) (?:our|my)', 'give (?:you|your team) (?:access|priority|first)', 'prioriti[sz]e your', 'share back', 'co-?author', 'joint (?:credit|presentation|authorship)',
    "(?:send|share|give) you (?:the|our|a copy of (?:the|our)) (?:results|findings|analysis|report|data|numbers|write-?up|insights|dashboard)",
    "(?:we|i|our team|my team)(?:'ll| will| can| could|'d| would)(?: also| happily| gladly| gladly)? (?:\\w+ )?(?:write|build|run|do|handle|own|prepare|set up|migrate|test|draft|cover|pay|absorb|host|staff|provide|lend|donate|train)\\b[^.?!]{0,40}?\\b(?:so (?:you|your)|for you\\b|for your|on your behalf|so that you|instead of you|you (?:only|just|won't|don't|wouldn't))",
    "(?:our team|my team) (?:will|can|could|would) (?:take|cover|handle|own|absorb)",
    '(?:you|your team) (?:can|could|will be able to|are welcome to) (?:reuse|use|keep|access|have)', 'early access', 'first access', '(?:free|no cost|no charge) (?:for|to) (?:you|your)', 'train your', "(?:what|anything) (?:you|your team) (?:need|needs|might need) from (?:us|our side|me|my team)", "(?:we|i)(?:'ll| will| can)(?: also| happily)? (?:share|send|provide|give|circulate|publish)\\b[^.?!]{0,40}?\\b(?:results|findings|insights|learnings|write-?up)\\b",
    "(?:you|your team)(?:'ll| will| would|'d)? (?:also )?(?:get|receive|have) (?:early|first|free|priority|full|a copy|access to our|our|the (?:results|findings|report|dashboard|data))",
    "(?:we|i)(?:'ll| will| can| could| would|'d)(?: also| gladly| happily)? (?:offer|give|provide|contribute|lend|donate|share|open up|dedicate|allocate|assign|loan|spare|send over)\\b[^.?!]{0,40}?\\b(?:you|your)\\b",
    '(?:our|my) (?:team|group|org) (?:can|could|will|would)(?: happily| gladly| also)? (?:\\w+ )?(?:help|support|cover|take|handle|own|share|provide|lend|give)',
    "you (?:won't|will not|don't|do not|wouldn't) (?:have|need) to (?:do|write|build|handle|touch|lift|worry)", '(?:out of|from|on) (?:our|my) (?:budget|pocket|cost cent(?:er|re)|dime)', 'as a thank[- ]you',
    '(?:fix|resolve|close|address|take care of) (?:the )?(?:\\w+ ){0,3}(?:your team|you) (?:reported|raised|filed|flagged|asked for)',
    '(?:absorb|take on|cover|handle|pick up|do)\\b[^.?!]{0,40}?\\b(?:on our side|ourselves|on our end|in-house)', "so (?:that )?(?:you|your team)(?:'s)? (?:\\w+ )?(?:don't|won't|isn't|aren't|doesn't|wouldn't|never|is not|are not|will not)",
    '(?:present|demo|showcase|co-present)\\b[^.?!]{0,30}?\\b(?:jointly|together) with you',
    '(?:spend|dedicate|set aside|block)\\b[^.?!]{0,30}?\\bhelping (?:you|your)', "(?:our|my) [a-z]+s? (?:can|could|will|would)(?: also| happily| gladly)? (?:\\w+ )?(?:help|support|cover|take|handle|own|share|provide|lend|give|run|build|do)\\b[^.?!]{0,30}?\\bfor (?:you|your)", 'co-?owners?', '(?:take over|take on|pick up|absorb)\\b[^.?!]{0,30}?\\bfrom (?:you|your)',
    "(?:we|i|my team|our team)(?:'ll| will| can| could|'d be happy to| would)[^.?!]{0,30}?\\b(?:review|test|debug|proofread|check|fix|help with|support) your", "you(?:'ll| will| would|'d) (?:also )?(?:get|have) (?:a dedicated|direct access|a seat|a say|priority)",
  ) + W),
  inviteStrong: re(W + alt(
    '(?:any|your|if you have|you have|there are) (?:\\w+ )?(?:concerns?|reservations?|constraints?|objections?|pushback|hesitations?|blockers?|worries|issues with)', 'concerns\\?', 'what do you think', 'how does (?:that|this) sound',
    '(?:does|would|will) (?:that|this|it) (?:work|sound|seem|be (?:ok|okay|feasible|possible|doable|reasonable))', 'open to (?:other|alternatives|suggestions|ideas|your|adjusting)',
    'what would (?:make|help|it take)', "if (?:that|this)(?:'s| is) (?:a problem|tough|difficult|not feasible|too much)", '(?:is|would) (?:that|this) (?:feasible|doable|possible|okay|ok|reasonable)',
    'works? for you', 'happy to adjust', 'flexible', "what(?:'s| is) (?:feasible|realistic|possible) (?:for|on) your (?:side|end)", 'from your (?:side|end|perspective)',
    'push back', 'if (?:that|this|it) (?:doesn\'t|does not|won\'t) work', 'open to alternatives', 'your thoughts', 'thoughts\\?', 'any (?:other )?ideas',
  ) + W),
  inviteSoft: re(W + alt('let me know if you have (?:any )?questions', 'any questions', 'questions,? (?:let me know|feel free|just ask)', 'feel free to (?:reach out|ping|ask)') + W),
};
