// English cues for the need: asks, resources, amounts, deadlines, times, reasons.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W, ENUM, EUNIT, EWEEKDAY, ETIMEPOINT } from './terms.ts';

export const EN_NEED: Cues<'ask' | 'resource' | 'quantity' | 'deadline' | 'timeRef' | 'reason'> = {
  ask: re(W + alt(
    // Not "I won't know if I need the day off until tonight": a need in an if/whether clause asks nothing.
    '(?<!\\b(?:if|whether) (?:i|we) )need', 'needs', 'needed', 'request(?:ing|ed)?', 'requests (?:the|a|an|that|approval|permission|funding|\\d|one|two|three|additional|temporary)', 'ask(?:ing)?', 'could you', 'can you', 'would you', 'will you', 'could we', 'can we', 'could i', 'can i',
    'would it be possible', 'is it possible', 'would you be able', 'are you able', "i'd like", "we'd like", 'i would like', 'we would like', 'looking for', 'please',
    'hoping (?:to|you|for)', 'would like to (?:book|reserve|borrow|request|use|rent|hire|swap|move|get|have|receive|obtain)', 'book (?:the|a|an)', 'require[sd]?', '(?:can|could|would|will) (?:someone|somebody|anyone|anybody)', '(?:does|is) (?:anyone|anybody|someone)', 'anyone (?:able|available|free|around)', 'would love', 'any chance', 'mind (?:sharing|sending|taking|lending|giving|reviewing|adding)', 'borrow', 'loan', 'approve',
    'approval', 'sign[- ]off', 'allocate', 'grant', 'access to', 'help (?:us|me)', 'lend', 'spare', 'free up', 'do you have',
    // Notices: "Nominations should be forwarded to… by Oct 30", "We invite all departments to submit…", "a call for
    // nominations", "Volunteers are needed", "Nominations … due April 6".
    'call for (?:nominations|volunteers|proposals|papers|submissions|participants|applications|entries|help|mentors|candidates)', '(?:volunteers?|help|mentors?|reviewers?|maintainers?|nominations?|submissions?|proposals?|applications?) (?:are |is )?(?:needed|wanted|required|due|welcome|invited)',
    '(?:should|must|need to|needs to|are to|is to) be (?:submitted|forwarded|sent|returned|received|filed|uploaded|emailed|delivered|completed|posted)', 'invite (?:all|you|your|each|every|departments|offices|teams|members|everyone|applications|nominations|submissions|proposals)',
    'would appreciate', "i'd appreciate", 'appreciate it if', 'is there (?:any )?way', "we're hoping", 'looking to (?:borrow|get|secure|book)', '(?:can|could|may) (?:i|we) (?:get|have|borrow|use|book|grab)', "we'd need", 'would need', 'want to (?:borrow|ask|request|book)', 'seeking', 'apply(?:ing)? for', 'propos(?:e|ing)', 'reserve', 'book',
    // Chat forms: "can u", "ok if I work from home tmrw?", "would be great to get it in before…".
    // "Could the grading deadline move from the 27th to the 1st?"
    '(?:could|can|may|would) (?:the|our|my|this|that) (?:[\\w-]+ ){1,5}?(?:move|be moved|shift|be extended|be pushed|be postponed|be rescheduled)',
    // Session 12: the reader's unit asked by name ("Could the inventory team add…", "can your team review…"), a thing asked to
    // be changed in the passive ("Could the limit for org 88121 be raised to…"), "we would be grateful if you could…".
    '(?:could|can|would|will) (?:your|the) (?:[\\w&-]+ ){0,3}?(?:team|group|department|dept|side|folks|office|desk|crew|squad|org|unit|lab|staff|committee|board)\\b(?! (?:is|are|was|were|has|have|had)\\b)',
    '(?:could|can|may|would) (?:the|our|my|this|that) (?:[\\w.-]+ ){1,6}?be (?:raised|increased|extended|bumped|lifted|added|granted|approved|merged|released|reviewed|reopened|updated|enabled|restored|fixed|backported|whitelisted|allow-?listed)',
    '(?:grateful|thankful) if you (?:could|would|can)', '(?:would|will) it be (?:ok|okay|possible)',
    '(?:can|could|would) (?:one|two|some|any) of (?:your|you)\\b', '(?:can|could|would|will) u', '(?:is it |would it be |would that be |are you )?(?:ok|okay|alright|fine|cool) (?:if|for) (?:i|we|me|us)', 'mind if (?:i|we)',
    "(?:it )?(?:would|'d) be (?:great|ideal|nice|good|helpful|amazing) (?:if|to)", "it'd be (?:great|ideal|nice|good|helpful) (?:if|to)",
  ) + W),
  resource: re(W + alt(
    'engineers?', 'developers?', 'designers?', 'analysts?', 'testers?', 'qa', 'sres?', 'admins?', 'reviewers?', 'scientists?', 'lawyers?', 'counsel', 'data(?:set)?s?', 'dashboards?',
    'reports?', 'logs?', 'numbers', 'figures', 'metrics', 'exports?', 'dumps?', 'permissions?', 'credentials', 'accounts?', 'licen[cs]es?', 'seats?', 'servers?', 'gpus?', 'compute', 'storage',
    'hardware', 'laptops?', 'rooms?', 'review', 'approval', 'sign-off', 'api keys?', 'tokens?', 'environment', 'sandbox', 'quota', 'slots?', 'pr', 'pull request', 'docs?', 'spec',
    'rubric', 'deck', 'contract', 'nda', 'invoice', 'form', 'ticket', 'budget', 'funding', 'access',
    // Things booked or borrowed, and time asked for, count as much as people and data.
    'projectors?', 'cameras?', 'pitch(?:es)?', 'courts?', 'gyms?', 'auditorium', 'studios?', 'booths?', 'forklifts?', 'cranes?', 'generators?', 'gates?', 'kits?', 'equipment', 'devices?', 'phones?', 'monitors?', 'vans?', 'venues?', 'halls?', 'theat(?:re|er)s?',
    'labs?', 'printers?', 'machines?', 'runners?', 'buckets?', 'databases?', 'snapshots?', 'releases?', 'patch(?:es)?', 'backports?',
    'shifts?', 'on-call', 'day off', 'time off', 'leave', 'extension', 'po', 'purchase order', 'take (?:[\\w,–-]+ ){0,4}off',
    'borrow(?:ing)?', 'lend(?:ing)?', 'loan', 'pto', 'vacation', 'holiday', 'wfh', 'work(?:ing)? (?:from home|remotely)', 'half[- ]day',
    // A meeting or a date moved: "move our 1:1 from Thursday to Friday", "push the review to Monday".
    '(?:move|moving|reschedule|rescheduling|push|pushing|shift|bump|swap|switch|postpone|delay|extend)\\b[^.?!;\\n]{0,60}?\\b(?:to|until|till|by)',
  ) + W),
  quantity: re(alt(
    `${W}${ENUM}[\\s-]+(?:(?:more |extra |of (?:your|the|our|their) )?(?:[a-z]+[\\s-]+)?)?${EUNIT}${W}`,
    String.raw`\b\d+(?:[.,]\d+)?\s*(?:k|m|gb|tb|mb|pb|%|x|h|hrs|d|w)\b`,
    String.raw`[$€£¥]\s?\d`,
    // "2 of you", "two of your stockroom staff": people counted from the reader's side.
    String.raw`\b(?:\d+|one|two|three|four|five|six|a couple)\s+of\s+(?:you|your\b)`,
    String.raw`\b(?:for|within|in|over|takes?|per|about|roughly|around|just|only)\s+(?:a|an|one)\s+(?:full\s+|half\s+|single\s+)?(?:day|week|month|sprint|hour|quarter|afternoon|morning)\b`,
    String.raw`\b(?:a|an|one)\s+(?:(?:senior|junior|full-time|part-time|dedicated|front-?end|back-?end|qa|data|ml|ux|devops|extra|additional|second)\s+){0,2}(?:engineer|developer|designer|analyst|tester|reviewer|contractor|fte|data scientist|pm)\b`,
    String.raw`\bhalf (?:a|an) (?:day|hour)\b`,
    String.raw`\b(?:headcount|budget|quota|allocation|capacity) of (?:about |around |roughly )?[$€£¥]?\d`,
  )),
  deadline: re(alt(
    String.raw`\b(?:by|before|no later than|until|till|due|deadline(?: is)?|ahead of|prior to|in time for|latest)\s+(?:the\s+)?${ETIMEPOINT}\b`,
    String.raw`\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|a|an|24|48)\s+(?:hours?|days?|weeks?|business days?|working days?)\b`,
    String.raw`\b(?:eod|eow|cob)\b`, String.raw`\bdeadline\b`, String.raw`\bdue (?:on|by|date)\b`, String.raw`\bcut-?off (?:date|time)\b`,
  )),
  timeRef: re(String.raw`\b${ETIMEPOINT}\b|\b(?:later today|first thing|this week|next week|in the morning|on ${EWEEKDAY}|in (?:an?|\d+|two|three|a couple of) (?:hours?|minutes?|mins?|days?)|(?:at|by|before|after|around|until) \d{1,2}:\d{2}|(?<![\d:])\d{1,2}:[0-5]\d(?![\d:])|after lunch|before (?:lunch|standup|stand-up)|(?:before|ahead of) (?:the|our|today's|tomorrow's|this week's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:meeting|call|review|session|sync|standup|stand-up|demo|workshop))\b`),
  reason: re(W + alt(
    // A ticket's why field: "Why: intern project on churn prediction", "**Reason:** …", "Rationale:".
    '(?:why|reason|rationale|justification|business case)(?=\\W{0,3}[:：])',
    'because', 'since', 'as (?:we|the|our|this|it)', 'so that', 'so we', 'so i', 'so the', 'in order to', "which (?:will|would|lets|allows|means|helps|is|'ll)",
    "(?:this|that|it) (?:will|would|'ll|should) (?:let|allow|help|enable|cut|save|reduce|shorten|speed|unblock|mean)", 'otherwise', '(?:,|\\bor) else\\b', 'without (?:it|this|them|that)',
    'to (?:unblock|finish|complete|ship|meet|avoid|reduce|cut|speed|validate|support|hit|deliver|launch|fix|close|prepare|run|test|get|cover|handle|make|keep|finalize|onboard|migrate)',
    'we expect', 'expected to', 'due to', 'given (?:that|the)', 'the reason', "it(?:'s| is) (?:needed|required|blocking)", 'blocking', 'blocked', 'for the (?!next|last|past|first|coming|remaining|whole|entire|rest|time being|moment)', 'needed for', 'required for',
    'that way', 'so (?:it|they|this|our|my)', 'to make sure', 'in time for', 'enables?', 'needed to', 'required to', "if we don't", 'without which', 'purpose',
    "short[- ](?:on|staffed|handed)", 'understaffed', 'not enough', "(?:don't|do not) have (?:enough|the|any)", 'ran out', 'running (?:out|low)', 'at risk', 'slip', 'delay(?:ed|s)?', 'behind', 'bottleneck', 'stuck',
    "can(?:'t|not) (?:\\w+ ){0,2}without", 'depends? on', 'dependent on', "for (?:our|this|next|tomorrow's|\\w+'s) ",
    "to(?<!\\b(?:like|need|needs|want|wants|wanted|have|has|had|able|going|glad|happy|used|trying|try|wish|hoping|hope|love|plan|planning|ought|due|order|way|supposed|about|got|reply|respond|back|forward|look|looking|welcome|free|prefer|asked|ask|asking|mind|willing|is|are|was|were|me|you|him|her|them|us|it|time|chance|how|what|where|when|whether)\\s+to) (?!be\\b|the\\b|you\\b|me\\b|us\\b|your\\b|our\\b|a\\b|an\\b|do\\b|get\\b|see\\b|know\\b|ask\\b|discuss\\b|talk\\b|chat\\b|hear\\b)[a-z]{3,}",
    'because of', 'as part of', 'ahead of', "which is (?:blocking|needed|required|holding)", ', so ', "(?:we're|we are|i'm|i am) (?:\\w+ )?(?:launching|migrating|presenting|running|preparing|shipping|onboarding|hosting|planning|rolling out|finalizing|closing)",
    '(?:customers?|clients?|users?|the auditors?|legal|finance) (?:are|is) (?:waiting|asking|blocked)',
    'fix(?:es)?', 'resolves?', 'addresses', 'unblocks?', 'affects?', 'impacts?', 'breaks?', 'broken', 'failing', 'fails', 'outage', 'incident', 'bug', 'regression', '(?:customers?|users?|clients?) (?:are|is|have|has|reported|report|keep)',
    'so (?:that )?[a-z]+(?: [a-z]+)? (?:can|could|will|won\'t|doesn\'t|don\'t|isn\'t|is|are|has|have|gets?|stays?)',
    String.raw`(?:starts?|begins?|kicks? off|goes out|go(?:es)? live|launch(?:es)?|ships?|is due|are due|opens?|closes?|arrives?|lands?)\b[^.?!]{0,20}?\b${ETIMEPOINT}`, '(?:hires?|contractors?|interns?|new joiners?|customers?|clients?|auditors?) (?:start|begin|join|arrive|onboard|visit)s?',
    // Personal reasons for leave, a swap or working from home.
    'dentist', 'dental', "doctor(?:'s)?", '(?:medical|doctor|hospital|dental|vet) appointment', 'surgery', 'hospital', 'sick', 'flu', 'fever', 'funeral', 'wedding', 'moving (?:house|apartment|flat|day)',
    'plumber', 'electrician', 'landlord', 'childcare', 'daycare', 'parent-teacher', "(?:my|our) (?:son|daughter|kids?|child|children|wife|husband|partner|mother|father|mom|dad|mum|parents)(?:'s)?", 'due date', 'visa', 'jury duty',
    'in preparation for', 'prepare for', "(?:our|the) (?:deadline|launch|release|go-live|audit|demo|review|cutover) is", '(?:the )?(?:client|customer|auditors?|regulator) (?:wants|needs|asked|requires|expects)', 
    // A third party who needs it (the lender, the inspector), or one's own kit gone ("ours died overnight").
    '(?:the |our )?(?:lender|bank|funder|insurer|inspector|board|donor|buyer|landlord|court|judge|terminal|carrier) (?:wants|needs|asked|requires|expects|is asking)', "\\b(?:ours|mine|our [\\w-]+(?: [\\w-]+)?) (?:died|broke|is broken|is down|went down|failed|crashed|is dead|gave out)\\b", 'requested by', 'per (?:the )?(?:client|customer|legal|compliance|audit|policy)', 'required by', 'mandated',
  ) + W),
};
