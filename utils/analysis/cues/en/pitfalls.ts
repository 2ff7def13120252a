// English cues for pitfalls: vague asks, blame, verbal agreements (and written records, which answer them), escalation, flattery.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { W } from './terms.ts';

export const EN_PITFALLS: Cues<'vague' | 'blame' | 'verbal' | 'written' | 'escalate' | 'flatteryStrong' | 'flatteryWeak'> = {
  vague: re(W + alt(
    // "help me test the files", "help us migrate the docs": the task is named.
    'help(?!(?: me| us| out)?(?: to)? (?:test|review|check|fix|find|locate|set up|migrate|write|debug|update|build|deploy|run|move|finish|finali[sz]e|prepare|draft|translate|verify|validate|investigate|clean|merge|release|publish|ship|design|plan|port|package|triage|document|reproduce|benchmark|profile)\\b)', 'support(?! (?:team|desk|tickets?|engineers?|staff|rotation|queue|agents?|contract|plan|portal|case|hours))', 'assistance', 'a hand', 'some (?:resources|people|time|data|help|bandwidth|budget|capacity|folks|hands)', 'resources', 'take a look', 'look into',
    'whatever you can', 'anything you can', 'capacity', 'bandwidth', 'budget', 'funding', 'sponsor(?:ship)?', 'headcount', 'people', 'some time', 'your time',
    '(?:some|any|a bit of|a little) (?:of your )?(?:help|support|time|assistance|bandwidth|capacity|resources)', 'pitch in', 'step in', 'sort (?:this|it) out', 'figure (?:this|it) out', 'lend a hand',
    'a few (?:people|folks|hands)', 'more (?:people|hands|folks|resources|capacity|bandwidth|support|help|time|budget)', 'extra (?:hands|help|capacity|resources)', 'check (?:this|it) out', 'jump in', 'chip in',
  ) + W),
  blame: re(W + alt(
    // "as I already said", "like I said before": not "like we said at lunch" (a reference to a talk).
    "(?:as|like) (?:i|we) (?:already |previously |have |had |'ve )+(?:said|mentioned|stated|explained|noted|asked|told you)",
    '(?:as|like) (?:i|we) (?:said|mentioned|stated|explained|noted|asked) in (?:my|our) (?:last|previous|earlier) (?:two |three |few |several )?(?:emails?|messages?|notes?)', '(?:is|was) the (?:third|fourth|fifth|sixth|\\d+th) (?:this|in a|time)', '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time (?:this|in a|today)', '(?:is|was) the (?:second|third|fourth|fifth|final) (?:reminder|notice|request|follow-up|chaser)', 'more than patient', 'patience (?:is|has) (?:run|running|worn) (?:out|thin)', "(?:as|like) (?:i|we)(?:'ve| have)? (?:said|mentioned|told you|asked) (?:twice|three times|several times|multiple times|repeatedly)", '(?:tired|sick) of (?:chasing|asking|waiting|following up|reminding)', '(?:as|like) (?:i|we) (?:said|mentioned|stated|explained|told you)(?: (?:before|earlier|last time|twice|repeatedly|multiple times|several times)|,? (?:the|this|it|we|you)\\b)', 'as previously (?:stated|mentioned|discussed)',
    'per my (?:last|previous|earlier) (?:email|message|note|mail)', "i(?:'ve| have) (?:already )?(?:asked|told you|reminded you|followed up|pinged you)\\b[^.?!]{0,20}?(?:multiple|several|many|three|two|\\d+|countless) times",
    'for the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)|umpteenth|last) time', "you (?:always|never|keep|constantly|still haven't|still have not|still didn't)", "your team (?:always|never|keeps|still)",
    "why (?:haven't|hasn't|isn't|aren't|didn't|don't|can't|won't|is this still|is it still|has nobody|has no one|do i have to|am i the only)", "(?<!\\b(?:legal|finance|procurement|they|he|she|it|the vendor|the client|the customer) )still (?:haven't|hasn't|not done|waiting|no (?:reply|response|update))",
    'once again', 'unacceptable', 'ridiculous', 'frustrat(?:ed|ing)', "i shouldn't have to", "what(?:'s| is) taking so long", 'dropped the ball', 'your fault', 'not my problem', 'how many times', 'incompetent', 'lazy', 'useless',
    'yet again', 'again and again', 'nobody (?:seems to )?cares?', "(?:it's|it is) not (?:that|rocket) (?:hard|science)", "(?:is|was) it (?:really )?that hard", "(?:this|that) is the (?:second|third|fourth) time", 'as i said', 'as mentioned (?:before|earlier|already)',
    "it's been (?:weeks|days|a month|months|ages|forever)", 'still nothing', 'no one (?:bothered|cared|responded|replied)', 'zero (?:response|progress|updates?)', 'unprofessional', 'sloppy', 'waste of (?:my|our) time', 'yet another', 'as usual', 'come on',
  ) + W),
  verbal: re(W + alt(
    'verbal(?:ly)? (?:agreed|agreement|ok|okay|approval|commitment|promise)', 'verbally', 'orally', 'handshake (?:deal|agreement)', 'informal(?:ly)? agreed',
    '(?:as|like) we (?:agreed|discussed|said|talked about) (?:on the phone|over the phone|in the hallway|over coffee|at lunch|in person|verbally|offline)',
    'no need to (?:put|write|document|send|email|file)(?: (?:it|this|anything|that))?(?: (?:down|in writing|in an? (?:e-?mail|doc|ticket)|on paper))?',
    "(?:don't|do not) (?:need to |have to )?(?:put|write) (?:this|it|anything|that) (?:down|in writing|in an? (?:e-?mail|doc|ticket))", 'off the record',
    // The record put off or waived: "we can sort out the paperwork later", "no need for a ticket".
    '(?:sort out|do|handle|deal with|figure out|finali[sz]e|tidy up) the (?:paperwork|contract|po|formalities|paper trail|sow) later',
    '(?:agreed|ok(?:ay)?ed|approved|signed off) (?:it )?(?:on|over) the (?:call|phone)', 'no formal (?:instruction|confirmation|agreement|paperwork|contract|po|variation)', 'no need for (?:a |an |any )?(?:ticket|paperwork|po|e-?mail|contract|written (?:\\w+))',
    'as (?:we )?(?:discussed|agreed) (?:at|over|on|during) (?:the |our |that )?(?:trade show|conference|dinner|lunch|coffee|drinks|offsite|phone|hallway|party|event)',
    'between (?:you and me|us)', 'keep (?:it|this) (?:off|out of) (?:email|the ticket|writing|jira|the record)',
    "(?:you|he|she|they) (?:promised|agreed|said (?:it was )?(?:ok|okay|fine))(?: me)? (?:on the phone|over the phone|in person|verbally|at lunch|in the hallway)",
    'per our (?:hallway|phone|coffee|lunch|verbal|quick) (?:chat|call|conversation|agreement)', 'no (?:ticket|paperwork) needed', 'skip the (?:ticket|paperwork|email)',
    'as we agreed', 'like we agreed', 'what we agreed (?:on|at|over)', '(?:on|over) the phone', 'at lunch', 'in the hallway', "(?:he|she|they)(?:'s| is| was| were| are| said (?:he|she|they) (?:was|were|is|are))? (?:fine|ok|okay|good) with (?:it|this|that)", 'gave (?:me|us) the (?:nod|green light|go-ahead) (?:on the phone|in person|verbally|at lunch|in the hallway)', 'no need (?:for|to) (?:a )?(?:write-?up|recap|email|paperwork|ticket)',
    "(?:you|he|she|they) (?:said|told me|promised|agreed)(?: it was)?(?: (?:fine|ok|okay))? (?:last week|yesterday|earlier|before|at the offsite|at the meeting|in the meeting|over lunch|on our call|in person)", 'shook hands', 'like you said', 'as you promised', 'you promised',
  ) + W),
  written: re(W + alt('in writing', 'e-?mail', 'written', 'recap', 'minutes', 'documented', 'ticket', 'jira', 'confirmation', 'summary', 'write[- ]up', 'doc', 'cc') + W),
  escalate: re(W + alt(
    'escalat(?:e|ing) (?:this|it|the matter|to)', "i (?:spoke|talked) (?:to|with) [a-z]+\\b[^.?!;\\n]{0,40}?\\b(?:she|he|they) (?:said|says)\\b[^.?!;\\n]{0,50}?\\b(?:is fine|was fine|is ok|is okay|approved|good to go|signed off)", "i (?:spoke|talked) (?:to|with) [a-z]+\\b[^.?!;\\n]{0,30}?\\b(?:she|he|they)(?:'s| is|'re| are) (?:fine|ok|okay|good) with", "(?:cc'?ing|copying|looping in|adding|tagging) @?[\\w.]+ \\((?:vp|svp|evp|director|head|chief|cto|ceo|cfo|coo|cio|md|gm)\\b[^)]{0,40}\\)[^.?!;\\n]{0,20}?\\b(?:since|because|as)\\b[^.?!;\\n]{0,40}?\\b(?:sitting|open|no response|waiting|stalled|stuck|ignored)", 'escalation to', 'go (?:over|above) (?:your|his|her|their) head',
    // Going past the contact: "so I'm coming to you directly", "going around Ellie".
    "(?:coming|going|reaching out|writing) (?:to you )?directly", 'coming straight to you', "go(?:ing)? (?:over|around|above) (?:her|his|their|[a-z]+'s) head", 'going around (?:her|him|them)',
    "(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor)(?: already| has| had)? (?:agreed|approved|said|signed off|wants|asked|is aware|knows|will hear|has been|will be)",
    "(?:loop(?:ing)?|cc(?:'ing|ing|'d)?|copy(?:ing)?|involve|bring(?:ing)?) (?:in )?(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor|leadership)",
    '(?:raise|take) (?:this|it) (?:up )?with (?:your|his|her|their|the) (?:manager|boss|director|vp|leadership|management|skip)',
    "(?:otherwise|or else|if not),? (?:i|we)(?:'ll| will)? (?:have to |need to )?(?:escalate|raise|take|report|go to|involve)", 'went to your (?:manager|boss)',
    'spoke (?:to|with) your (?:manager|boss|director|vp)',
    "(?:i|we)(?:'ve| have)? (?:already )?(?:talked|spoken|spoke) (?:to|with) (?:your|his|her|their) (?:manager|boss|director|vp|lead|skip)", "(?:i|we)(?:'ve| have)? (?:already )?(?:told|informed|pinged|messaged|emailed) (?:your|his|her|their) (?:manager|boss|director|vp|lead|skip)", "(?:adding|added|including) (?:your|his|her|their) (?:manager|boss|director|vp|cfo|ceo|cto|skip[- ]level)", '(?:cc|cc:) ?(?:your )?(?:vp|director|cfo|ceo|cto)',
    '(?:bring|brought|pull|pulled) (?:in )?(?:your|the) (?:vp|director|cfo|ceo|cto|leadership)', "(?:i|we)(?:'ll| will) (?:have to )?(?:go|take (?:this|it)) (?:to|above|over)",
    '(?:cc|cc\'d|cc\'ing|ccing|copying|copied|looping in|looped in|adding|added) [^.?!]{0,30}?\\b(?:your|their|his|her) (?:manager|boss|director|vp|lead|head|cfo|ceo|cto|skip)', '(?:spoke|spoken|talked|chatted|met) (?:to|with) [^.?!]{0,30}?\\b(?:your|their) (?:manager|boss|director|vp|lead|head)',
    "(?:your|his|her|their) (?:manager|boss|director|vp|lead|skip[- ]level|supervisor)\\)?,? (?:already |has |had )?(?:agreed|approved|said|signed off|is aware|knows|okayed|ok'd)",
    'raise (?:this|it) (?:in|at) (?:the )?(?:leadership|exec|staff|directors?|vp|management) (?:sync|meeting|review|call)', '(?:flagged|mentioned|raised) (?:this|it) (?:to|with) (?:your|their|his|her) (?:manager|boss|director|vp|lead|head|skip)', '(?:leadership|the vp|the ceo|the cto|execs?|the board) (?:is|are) (?:watching|asking about|tracking|breathing)',
  ) + W),
  flatteryStrong: re(W + alt(
    'only you can', 'nobody (?:else )?(?:can|could) do (?:this|it)', 'forever (?:grateful|indebted|in your debt)', 'eternally grateful', "i(?:'d| would) owe you (?:big|forever|my life)",
    'i worship', 'beg(?:ging)? you', 'pretty please', 'humbly (?:beg|ask)', '(?:best|smartest|greatest) (?:engineer|manager|team|person|analyst|designer) (?:ever|in the (?:company|world)|i know)',
    '(?:your )?biggest fan', '(?:best|smartest|greatest|strongest) (?:\\w+ )?(?:in the (?:whole |entire )?(?:company|world|industry|org|building))', 'no one (?:else )?(?:is|does it) (?:as good|better)', 'living legend',
  ) + W),
  flatteryWeak: re(W + alt(
    "you(?:'re| are) (?:the best|amazing|a genius|a legend|a rock ?star|a lifesaver|a superstar|a hero|incredible|the smartest|brilliant|awesome|my hero|a wizard)", 'legend(?:ary)?', 'genius',
    'superstar', 'so so so', 'rock ?star', 'wizard', 'guru', 'you rock',
    '(?:the )?best (?:in the business|there is|around)', 'absolute(?:ly)? (?:best|legend|star)', "(?:so|really|truly|incredibly) (?:talented|brilliant|amazing|gifted)", 'huge fan', 'in awe', 'big fan',
    'the only one who (?:can|could|knows)', "no one (?:knows|does) [^.?!]{0,30}?(?:better|like you)", "you(?:'re| are) (?:a|the) (?:star|pro|expert|master|god|goddess|king|queen|magician|saint|angel)", 'as always,? (?:amazing|brilliant|incredible)',
  ) + W),
};
