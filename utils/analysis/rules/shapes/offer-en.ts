// The English shapes of an offer in return (see offer.ts for what counts), on normalised text.

export const EN_OFFER: RegExp[] = [
  // A favour back or a swap: "I'll do yours over Christmas", "do the same for yours", "cover your shift".
  /\b(?:i|we)(?:'ll| will| can| could| would|'d| am happy to| are happy to| 'm happy to| 're happy to)\s+(?:\w+\s+){0,3}?(?:do|cover|take|handle|return|review|pick up|run)\s+(?:(?:both|one|all|either) of )?(?:yours|the same for (?:you|yours|your)|your\s+(?!feedback|input|approval|answer|reply|ok|go-ahead|sign-off|call|decision)\w+)/,
  // "I can take his Friday rotation", "cover their on-call".
  /\b(?:i|we)(?:'ll| will| can| could| would|'d)\s+(?:also\s+)?(?:take|cover|handle|pick up)\s+(?:his|her|their)\s+(?!feedback|input|approval|answer|reply|call|decision|word|point)\w+/,
  // Giving or lending: "We can provide the rooms and catering", "we'd put your logo on our website".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d| are happy to| am happy to| 'd be happy to)\s+(?:also\s+|gladly\s+|happily\s+)?(?:provide|supply|donate|contribute|lend|loan|sponsor)\s+(?!(?:the |a |an |our |more |some |any )?(?:brief|details|requirements|spec|specs|list|agenda|context|info|information|update|updates|access|form|ticket|link|invite)\b)/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:also\s+|gladly\s+|happily\s+)?(?:put|feature|credit|mention|thank|acknowledge|showcase|highlight)\s+(?:your|you)\b/,
  // Our people do the work: "our super-users will handle the first-line questions", "I can have my folks build it".
  /\bour\s+(?:[\w-]+\s+){1,2}(?:will|can|'ll|would)\s+(?:also\s+)?(?:handle|take care of|cover|own|run|maintain|support|staff|host|pay)\b/,
  /\b(?:i|we)(?:'ll| will| can| could)\s+(?:have|get)\s+(?:my|our)\s+\w+\s+(?:to\s+)?(?:build|do|write|handle|take|set up|cover|own|fix|prepare|run)\b/,
  // A trade proposed: "Would you be open to trading: I help your team with…", "how about a swap".
  /\b(?:open to|how about|want to|up for|fancy)\s+(?:a\s+)?(?:trad|swap|exchang)\w*|\bi help your\b/,
  // The reader's load shrinks: "so your designers only have to do design", "you only need to review".
  /\bso (?:that )?your \w+ (?:only|just|won't|don't|do not|will not|can focus|can skip)\b|\b(?:you|your \w+|they)\s+(?:only|just)\s+(?:have|need)\s+to\b/,
  // Fees, credit and standing for the reader: "an honorarium of $500", "(we pay for the compute)", "will count toward the nominee's CPD".
  /\b(?:offer|pay|provide|cover|include)\w*\s+(?:an?\s+|the\s+|your\s+)?(?:honorarium|stipend|fee|compensation|per diem|expenses)\b|\bwe pay for\b|\b(?:will|would|can|could)\s+count (?:toward|towards|as)\b/,
  // Help from our side: "HR partners can sit with you and help draft…", "we would of course acknowledge you".
  /\b(?:will|can|could|'ll|'d)\s+(?:(?!you\b)[\w-]+\s+){0,5}?(?:help (?:you|your)|sit with you|do it for you|handle it for you|take it off your)\b/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:[\w-]+\s+){0,2}?(?:acknowledge|credit|thank|mention|feature|name)\s+(?:your|you)\b/,
  // The reader is spared: "so it doesn't become your problem", "so you have reproducible cases", "your reps would only need to send them".
  /\bso (?:that )?(?:it|this) (?:doesn't|won't|does not|will not|never) (?:become|be|land on|fall on|end up on) (?:your|you)\b|\bso (?:that )?you (?:have|get|can skip|can focus|won't|don't|no longer)\b|\b(?:you|your [\w-]+|they)\s+(?:would|will|should)\s+(?:only|just)\s+(?:have|need)\s+to\b/,
  // Costs: "Mobile will cover the runner cost", "we'll pay for the licences".
  /\b(?:will|'ll|can|could|would|'d|happy to|glad to|offer to)\s+(?:\w+\s+){0,1}?(?:cover|pay for|fund|foot|absorb|reimburse|split|pick up)\s+(?:the\s+|all\s+|any\s+|your\s+)?(?:[\w']+\s+){0,2}?(?:costs?|bill|fees?|expenses?|licen[cs]es?|travel|overtime|catering|lunch|tab|invoice|spend|contract|subscription|shipping|insurance|postage)\b/,
  // Work done on our side: "we'll backfill the tags ourselves", "so your team doesn't have to".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\b[^.?!;\n]{0,70}?\b(?:ourselves|myself|on our (?:side|end|dime)|so (?:that )?your (?:team|dashboard|folks|people|side|engineers|on-call|queue|group)|so (?:that )?you (?:don't|won't|do not|will not) (?:have|need))\b/,
  // Results shared back: "we'll share the findings with your team", "I'll send you the cleaned dataset".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?!rather\b)(?:\w+\s+){0,2}?(?:share|send|give|hand|pass|open up|publish)\s+(?:you|your team)\s+(?:the|our|all|a|every)?\s*(?:\w+\s+){0,2}?(?:results?|findings|data ?set|data|analysis|report|numbers|insights|recordings|dashboard|scripts?|tooling|playbook|learnings|write-?up)\b/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+){0,2}?(?:share|send|give|hand|pass|open up|publish)\s+(?:the|our|all|a|every)?\s*(?:\w+\s+){0,2}?(?:results?|findings|data ?set|data|analysis|report|numbers|insights|recordings|dashboard|scripts?|tooling|playbook|learnings|write-?up)\b[^.?!;\n]{0,30}?\b(?:with|to) (?:you|your)\b/,
];
