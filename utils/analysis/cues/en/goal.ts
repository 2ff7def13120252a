// English cues for a shared goal: common ground, purpose, the reader's interest, the organisation's goals.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W } from './terms.ts';

export const EN_GOAL: Cues<'goalShared' | 'goalPurpose' | 'goalReader' | 'goalOrg'> = {
  goalShared: re(W + alt(
    '(?:our|the) (?:shared|common|joint|mutual|collective) (?:goal|objective|aim|priority|interest|target|customers?(?! analytics| data| support| success| service| portal)|users?|mission|okr|kpi)',
    // "we both want…", not "we both know how crazy this week is" / "we both attended".
    "(?<!\\b(?:when|once|if|until|whenever) )we(?:'re| are)? both(?! (?:know|knew|saw|see|sat|attended|went|were there|heard|remember|agree that|clear|on the same page|got|had|have (?:standup|stand-up|a meeting|meetings|a call|calls|class|lunch|time|a minute|a moment|a sec|a chance|some time)))",
    // The same people served: "we're after the same customers", "the same audience".
    '(?:the )?same (?:customers|users|audience|buyers|shoppers|patients|students|segment|demographic|target|goal|kpi|okr|metric|number|deadline)',
    // Session 12: "both our regions are scored on the same holiday NPS target", "Marketing and Customer Care carry the same
    // retention KPI", "our two teams are measured together on…", "your lab and our plant share the same headache".
    "(?:carry|share|own|are (?:scored|measured|judged) on|have) the same (?:[\\w'-]+ ){1,3}?(?:targets?|goals?|kpis?|okrs?|metrics?|numbers?|deadlines?|headaches?|problems?|customers)",
    '(?:measured|scored|judged|assessed) (?:together|jointly) on', "(?:your|you) (?:[\\w'-]+ )?and (?:our|my) (?:[\\w'-]+ )?(?:share|have) (?:the same|a common|a shared)",
    'both (?:of )?our (?:desks|teams|groups|departments|units|orgs|sides|offices) (?:are|were|will be) (?:measured|judged|on the hook|accountable|chasing|aiming)',
    // "We share the Department's aim of a complete inventory".
    "we (?:fully )?share (?:the |your |their |a |an )?(?:[\\w']+ ){0,3}?(?:aim|goal|objective|commitment|priority|concern|interest|ambition|vision|focus)",
    '(?:are|were) both (?:scored|measured|judged|assessed|evaluated|rated|graded|on the hook)',
    'both (?:of )?(?:our )?teams', 'both (?:want|need|care about|benefit from|depend on|rely on|have a stake in)', 'win[- ]win', 'mutual(?:ly)? benefi\\w*', 'jointly', 'we all want', 'both sides', 'across (?:both|our) teams', 'for both (?:of us|teams)',
    "(?:we|both teams|our teams)(?:'re| are)? (?:both |all )?(?:measured|judged|on the hook|accountable|responsible|aiming|working towards|chasing (?:the same|our|a shared|one) )",
    'as part of (?:the|our) (?:\\w+ ){0,3}(?:push|initiative|effort|program|programme|okr|goal|plan|roadmap|migration|launch)', 'in support of(?! (?:you|your|my|me|him|her|them|this proposal|the (?:idea|proposal|motion)))', "(?:we're|we are) (?:all )?aligned", 'have a (?:shared )?stake', "(?:since|because|as) (?:both|we both|both of us)", 'our joint',
    'both (?:of )?(?:our |your and our )?(?:orgs|groups|departments|sides|companies|divisions)', 'all of us', 'we all (?:want|need|care|benefit)', 'everyone (?:benefits|wins)', 'the whole (?:company|org|team)',
    '(?:your team|you) and (?:mine|my team|ours|i|we|our team|us)', '(?:shared|common|joint|mutual) (?:goals?|objectives?|kpis?|okrs?|metrics?|targets?|deadlines?|customers?(?! analytics| data| support| success| service| portal)|priorit(?:y|ies)|interests?|problem|pain)', 'the same (?:thing|goal|outcome|side)', "everyone's (?:interest|benefit)",
    '(?:affects?|impacts?|matters to|concerns?|depends on|for|at stake for|important to|relevant to|involves|on) both (?:of us|our|teams|sides|[a-z]+ and [a-z]+)', 'at stake', '(?<!\\b(?:to|cc|copy|with|email|send|tell|ask|call|invite|from) )both of us',
    '(?:for|helps?|benefits?|improves?|strengthens?) (?:the )?(?:project|community|ecosystem|whole team)(?! (?:list|lists|page|pages|plan|file|files|folder|name|names|code|id|number|manager|budget|account|board|lead|leads|hall|halls|center|centre|garden|room|college|pool|library|church))',
  ) + W),
  goalPurpose: re(W + alt(
    String.raw`(?:to|so (?:that )?we can|in order to|helps? us|on track to|key to|critical (?:to|for)|essential (?:to|for)|important (?:to|for)|crucial (?:to|for)|vital (?:to|for)|goal is to|aim is to|trying to|working to)\s+(?:\w+\s+){0,3}?(?:hit|meet|reach|achieve|deliver|ship|launch|land|close|make(?!\s+(?:a|an|new)\b)|keep|stay on|protect|grow|improve|reduce|cut(?!\s+(?:a|an|the|another|new|minor|major|this|that)\b)|win|retain|hit)\b[^.?!]{0,50}?\b(?:targets?|goals?|okrs?|kpis?|deadline|launch|release|milestones?|date|numbers|quota|roadmap|commitments?|sla|churn|revenue|retention|conversion|customers?|users?|growth|schedule|plan)`,
    // A plan named as the topic of a talk ("talk about the Q3 roadmap") is no goal.
    String.raw`(?<!\b(?:about|discuss|discussing|review|reviewing|over|present|presenting|re:?)\s(?:the\s|our\s|your\s)?)(?:q[1-4]|quarterly|annual|yearly|company|team|org|department|launch|release|product|sales|revenue|growth|okr|kpi|h[12])(?:'s)?\s+(?:targets?|goals?|okrs?|kpis?|objectives?|priorit(?:y|ies)|milestones?|deadlines?|roadmap|commitments?)`,
    '(?:on track|on schedule|on time) for', 'ahead of (?:the )?(?:launch|release|deadline|go-live)',
    '(?:ahead of|before) (?:the|our) (?:\\w+ ){0,2}(?:launch|release|go-live|audit|migration|rollout|deadline)',
  ) + W),
  goalReader: re(W + alt(
    // What the reader's side has been after: "your team has been after a cleaner way to…".
    "your (?:team|group|org|side|folks|department|office|unit)(?:'s| has| have)? (?:been )?(?:after|wanting|asking for|looking for|trying to|hoping for|keen on|pushing for)",
    "(?:this|it|that)(?: will| would| could| should| can|'ll)? (?:also )?(?:help|benefit|save|spare|reduce|cut|unblock|free up|simplify|make (?:life|things|it) easier for|give) (?:you|your)",
    '(?:for|to) your (?:team|group|org|department|side|roadmap|goals?|okrs?|customers|users|launch|project)', "your (?:team|group|org|department)(?:'s)? (?:goals?|priorit(?:y|ies)|okrs?|kpis?|roadmap|launch|backlog|workload|on-call|pain|tickets|targets?)",
    "you(?:'ll| will|'d| would) (?:also )?(?:get|gain|benefit|see|save|have(?! (?:seen|heard|read|noticed|received|got)))", "what(?:'s| is) in it for you", "as you(?:'ve| have)? (?:mentioned|said|pointed out)",
    "you(?:'ve| have) been (?:pushing|asking|wanting|looking|trying)", "something you(?:'ve| have)? (?:cared|care|asked)", 'benefits? (?:you|your)', 'in your interest', 'off your plate',
    "i know (?:your team|you|your group|your org)(?:'re| are| has| have)? (?:\\w+ )?(?:want|wants|wanted|need|needs|care|cares|trying|working|looking|keen|pushing|been)",
    "(?:your team|you)(?:'re| are| have| has)? (?:been )?(?:wanting|trying|hoping|looking) (?:to|for)", 'help (?:you|your team|your group) (?:hit|meet|reach|ship|land|get|close|cut|reduce)',
    '(?<!\\b(?:that|which|what) )you (?:mentioned|said|told me|asked)', "your (?:team|group)(?:'s)? (?:request|ask|feature|initiative|migration|project)",
    'top of mind (?:for|on) (?:you|your)', "your (?:vp|director|leadership|manager) (?:sponsored|asked for|prioriti[sz]ed|cares about)", "(?:you|your team)(?:'ve| have)? (?:flagged|raised|requested)",
    "your (?:q[1-4] |quarterly |team's |group's |org's )?(?:goals?|targets?|okrs?|kpis?|numbers|metrics|roadmap|launch|release|audit|customers|users|backlog|priorit(?:y|ies)|deadline|initiative|migration|rollout)",
    '(?:matters|important|a priority|critical|top of mind|a big deal) (?:to|for) (?:you|your)', '(?:helps|helping|benefits|saves|unblocks|frees up|(?:will|would|could|can|should|also) (?:also )?(?:help|benefit|save|unblock|free up)) (?:you|your)', "your (?:team's|group's|org's) (?:\\w+ )?(?:goals?|targets?|okrs?|kpis?|numbers|metrics|roadmap|launch|release|deadline)",
    "(?:your team|your group|you)(?:'ve| have| has)? (?:been )?(?:asking|pushing|waiting|requesting|begging) (?:for|to)",
    // "Your group has said several times that the atlas needs more…".
    "your (?:team|group|department|office|lab|side|org) (?:has|have) (?:said|mentioned|told us|pointed out|noted)(?: [a-z]+){0,2}? (?:that|how)",
    "so (?:that )?(?:you|your)\\b(?!(?: will|'ll) have (?:seen|heard|read|noticed))", 'for your (?:sake|benefit|report|numbers|audit|board)',
  ) + W),
  goalOrg: re(W + alt(
    // A target every reader carries: "every region is carrying a post-holiday inventory target".
    '(?:every|each|all) (?:regions?|countr(?:y|ies)|teams?|stores?|departments?|sites?|branches?|plants?|units?|divisions?|schools?|hospitals?|clinics?)\\b[^.?!;\\n]{0,40}?\\b(?:targets?|goals?|quotas?|okrs?|kpis?)',
    // "Every country is measured on the new margin floor", "every region's Q2 number leans on…".
    "(?:every|each|all) (?:regions?|countr(?:y|ies)|teams?|stores?|departments?|sites?|branches?|plants?|units?|divisions?|schools?)(?:'s?)? (?:(?:is|are) (?:measured|judged|assessed|scored|on the hook|accountable)|(?:q[1-4] |annual |quarterly )?(?:numbers?|margins?|revenue|targets?) (?:leans?|depends?|relies?|rests?|hangs?) on)",
    "(?:our|the) (?:company|hospital|school|university|city|council|org|organi[sz]ation|firm|agency|district|trust)'s (?:goal|target|commitment|priority|objective)",
    '(?:top|key|critical|company|org|team)[- ](?:wide )?priorit(?:y|ies)', 'business[- ]critical', 'mission[- ]critical', 'strategic (?:goal|priority|initiative|project)',
    "(?:this|our|the) (?:quarter|half|year)(?:'s)? (?:goal|target|priority|okr)", "(?:the )?company(?:'s)? (?:goal|target|priority|mandate|okr)", '(?:leadership|management|the board|the exec team) (?:wants|asked|has asked|expects|set|committed)', "(?:commitment|committed|commitments) to the board|the board's (?:commitment|target|goal|priority)|'s own roadmap", "(?:deals|accounts|targets|numbers|renewals) you(?:'re| are) (?:tracking|chasing|on the hook for|responsible for)",
    'company[- ]wide',
    // An organisation's date, not a submission's own deadline ("The submission deadline is February 16").
    '(?:the|our) (?!submission |application |filing |tender |bid )(?:\\w+ ){0,2}(?:deadline|launch date|go-live|release date|cutover|cut-off|cutoff) (?:is|falls|lands)',
  ) + W),
};
