// The English shapes of an offer in return (see offer.ts for what counts), on normalised text.

export const EN_OFFER: RegExp[] = [
  // A favour back or a swap: "I'll do yours over Christmas", "do the same for yours", "cover your shift".
  /\b(?:i|we)(?:'ll| will| can| could| would|'d| am happy to| are happy to| 'm happy to| 're happy to)\s+(?:\w+\s+){0,3}?(?:do|cover|take|handle|return|review|pick up|run)\s+(?:(?:both|one|all|either) of )?(?:yours|the same for (?:you|yours|your)|your\s+(?!feedback|input|approval|answer|reply|ok|go-ahead|sign-off|call|decision)\w+)/,
  // "I can take his Friday rotation", "cover their on-call".
  /\b(?:i|we)(?:'ll| will| can| could| would|'d)\s+(?:also\s+)?(?:take|cover|handle|pick up)\s+(?:his|her|their)\s+(?!feedback|input|approval|answer|reply|call|decision|word|point)\w+/,
  // Giving or lending: "We can provide the rooms and catering", "we'd put your logo on our website".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d| are happy to| am happy to| 'd be happy to)\s+(?:also\s+|gladly\s+|happily\s+)?(?:provide|supply|donate|contribute|lend|loan|sponsor)\s+(?!(?:the |a |an |our |more |some |any |this |that |these |those |my |further |additional |any further )?(?:brief|details|(?:\d+\s?h(?:ours?)?\s)?(?:advance |pre-?)?notices?|heads-up|requirements|spec|specs|list|agenda|context|info|information|update|updates|access|form|ticket|link|invite|proof|evidence|justification|documentation|examples|copies|a copy|screenshots|logs)\b)/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:also\s+|gladly\s+|happily\s+)?(?:put|feature|credit|mention|thank|acknowledge|showcase|highlight)\s+(?:your|you)\b/,
  // Our people do the work: "our super-users will handle the first-line questions", "I can have my folks build it".
  /\b(?:our\s+(?:[\w-]+\s+){1,2}|my\s+(?:guys|team|folks|crew|people|staff|engineers|techs)\s+)(?:will|can|'ll|would)\s+(?:also\s+)?(?:handle|take care of|cover|own|run|maintain|support|staff|host|pay)\b/,
  /\b(?:i|we)(?:'ll| will| can| could)\s+(?:have|get)\s+(?:my|our)\s+\w+\s+(?:to\s+)?(?:build|do|write|handle|take|set up|cover|own|fix|prepare|run)\b/,
  // A trade proposed: "Would you be open to trading: I help your team with…", "how about a swap".
  /\b(?:open to|how about|want to|up for|fancy)\s+(?:a\s+)?(?:trad|swap|exchang)\w*|\bi help your\b/,
  // The reader's load shrinks: "so your designers only have to do design", "you only need to review".
  /\bso (?:that )?your \w+ (?:only|just|won't|don't|do not|will not|can focus|can skip|can start from)\b|\b(?:you|your \w+|they)\s+(?:only|just)\s+(?:have|has|need|needs)\s+to\b/,
  // Fees, credit and standing for the reader: "an honorarium of $500", "(we pay for the compute)", "will count toward the nominee's CPD".
  /\b(?:offer|pay|provide|cover|include)\w*\s+(?:an?\s+|the\s+|your\s+)?(?:honorarium|stipend|fee|compensation|per diem|expenses)\b|\bwe pay for\b|\b(?:will|would|can|could)\s+count (?:toward|towards|as)\b/,
  // Help from our side: "HR partners can sit with you and help draft…", "we would of course acknowledge you".
  /\b(?:will|can|could|'ll|'d)\s+(?:(?!you\b)[\w-]+\s+){0,5}?(?:help (?:you|your)|sit with you|do it for you|handle it for you|take it off your)\b/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:(?!like\b|love\b|want\b|wish\b)[\w-]+\s+){0,2}?(?:acknowledge|credit|thank|mention|feature|name)\s+(?:your|you)\b/,
  // The reader is spared: "so it doesn't become your problem", "so you have reproducible cases", "your reps would only need to send them".
  /\bso (?:that )?(?:it|this) (?:doesn't|won't|does not|will not|never) (?:become|be|land on|fall on|end up on) (?:your|you)\b|\bso (?:that )?you (?:have(?! had| been)|get|can skip|can focus|won't|don't|no longer)\b|\b(?:you|your [\w-]+|they)\s+(?:would|will|should)\s+(?:only|just)\s+(?:have|need)\s+to\b/,
  // Costs: "Mobile will cover the runner cost", "we'll pay for the licences", "we would of course cover all packing, courier and insurance costs".
  /\b(?:will|'ll|can|could|would|'d|happy to|glad to|offer to)\s+(?:(?!not\b|never\b|only\b|just\b|barely\b)\w+\s+){0,2}?(?:cover|pay for|fund|foot|absorb|reimburse|split|pick up)\s+(?:the\s+|all\s+|any\s+|your\s+)?(?:[\w']+,?\s+(?:and\s+|or\s+)?){0,4}?(?:costs?|bill|fees?|expenses?|licen[cs]es?|travel|overtime|catering|lunch|tab|invoice|spend|contract|subscription|shipping|insurance|postage)\b/,
  // Work done on our side: "we'll backfill the tags ourselves", "so your team doesn't have to".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\b[^.?!;\n]{0,70}?\b(?:ourselves|myself|on our (?:side|end|dime)|so (?:that )?your (?:team|dashboard|folks|people|side|engineers|on-call|queue|group)|so (?:that )?you (?:don't|won't|do not|will not) (?:have|need))\b/,
  // Results shared back: "we'll share the findings with your team", "I'll send you the cleaned dataset".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?!rather\b)(?:\w+\s+){0,2}?(?:share|send|give|hand|pass|open up|publish)\s+(?:you|your team)\s+(?:the|our|all|a|every)?\s*(?:\w+\s+){0,2}?(?:results?|findings|data ?set|data|analysis|report|numbers|insights|recordings|dashboard|scripts?|tooling|playbook|learnings|write-?up)\b/,
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+){0,2}?(?:share|send|give|hand|pass|open up|publish)\s+(?:the|our|all|a|every)?\s*(?:\w+\s+){0,2}?(?:results?|findings|data ?set|data|analysis|report|numbers|insights|recordings|dashboard|scripts?|tooling|playbook|learnings|write-?up)\b[^.?!;\n]{0,30}?\b(?:with|to) (?:you|your)\b/,
  // English: an offer made conditional on being useful ("Happy to smoke-test an RC if that helps", "…if that makes it easier").
  /\b(?:happy|glad|willing|more than happy|keen|can|could|i'll|we'll)\b(?![^.?!;\n]{0,40}?\b(?:walk|call|meet|chat|sync|explain|hop on|jump on|talk|pair)\b)[^.?!;\n]{0,60}?\bif (?:that|it|this) (?:helps|would help|makes (?:it|things|life|review|your life) easier|saves (?:you|your))\b/,
  // Not changes to one's own submission ("happy to make changes if needed", "happy to rebase"): routine.
  /(?<!\b(?:you|they|he|she|it|who)(?:'d| would|'re| are| is|'s| were| was)? (?:be )?|\bbeing |(?<!\b(?:our|my) [\w-]+ )\b(?:is|was) )\b(?:happy|glad|willing|more than happy|keen) to (?!get\b|discuss|chat|talk|answer|explain|jump|hop|meet|clarify|provide more|share more|walk you|go over|hear|see|report|announce|say|inform|know|learn|read|welcome|help out if|be|buy|grab|get you|pair|find|take it|take this|go through|follow|move (?:it|this)|file|open (?:a|an) (?:new )?(?:issue|ticket|pr)|make (?:any |the |further |more )?(?:changes|adjustments|edits|tweaks)|rebase|adjust|amend|tweak|update (?:the|my|this) (?:pr|patch|branch|code))[\w-]+/,
  // Knowledge shared back: "I'd come back with a written summary and run a lunch-and-learn for the team".
  /\b(?:i|we)(?:'d|'ll| will| would| can| could)\s+(?:[\w-]+\s+){0,8}?(?:run|host|give|lead|hold|do|teach)\s+(?:a |an |two |some )?(?:lunch-and-learn|lunch and learn|brown[- ]bag|workshop|training|talk|knowledge[- ]share|teach-in)s?\s+for\s+(?:the|your|both)\b/,
  // A favour on call: "next time you're stuck before a release, our automation folks are yours".
  /\b(?:are|is) (?:all )?yours\b|\bat your disposal\b|\bnext time (?:you(?:'re| are)|your (?:\w+ )?(?:team|folks|side) (?:is|are)) (?:stuck|short|swamped|in a (?:pinch|bind|crunch)|slammed|underwater)\b/,
  // "If your side ever needs a hand with X, I'm your person" (not a handover: "if you need anything after
  // Thursday, please contact Dana"); "let me know how I can be of assistance"; "if it's easier for you, I
  // can set up the account myself".
  /\bif (?:you|your (?:\w+ )?(?:team|side|group|folks))(?: ever)? (?:needs?|want) (?:a hand|help|anything(?! (?:further|else))|support|a favou?r)\b(?![^.?!;\n]*\b(?:contact|reach out to|call|e-?mail|ask|talk to|get in touch with|go to) (?!me\b|us\b|my\b|our\b))|\bhow (?:i|we) (?:can|could|might) (?:be of )?(?:assistance|help|support|service)\b|\bif it(?:'s| is| would be) (?:easier|simpler|faster|more convenient) for (?:you|your \w+)\b[^.?!;\n]{0,30}?\b(?:i|we)(?:'ll| will| can| could| would|'d)\b/,
  // Only a review left: "it should only need a review", "you just approve the final text".
  /\b(?:should|would|will) only need (?:a |your |one )?(?:review|approval|sign-off|merge|look|click)|\bonly needs? (?:a |your |one )(?:review|approval|sign-off|merge|look)|\b(?:you|they) (?:just |only )?approve the (?:final|last)\b/,
  // Price, terms or credit given: "I can hold this year's price", "at no charge", "under your squad's name as well as ours".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:hold|lock in|keep|match|waive|discount|extend|honou?r)\s+(?:the |this |your |our |this year's |last year's )?(?:[\w']+\s+)?(?:price|pricing|rate|fee|fees|discount|terms|warranty|support)\b|\b(?:at no (?:extra )?(?:charge|cost)|free of charge|no cost to you)\b|\b(?:we|i|our)\b[^.?!;\n]{0,40}?\bfor free\b|\bunder your (?:[\w']+ )?name\b|\b(?:joint|shared|co-)credit\b/,
  // Something of ours sent over, or built for them: "I'll send you two of our spare monitors", "we'll build whatever report you need".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?(?:send|give|lend|loan|donate)\s+(?:you|your team)\s+(?:\w+\s+){0,4}?(?:spare|extra|our)\b|\b(?:we|i)(?:'ll| will| can)\s+(?:\w+\s+)?(?:build|make|create|set up|write|prepare)\s+(?:whatever|any)\s+[\w -]{0,30}?(?:you|your team) (?:need|want)s?\b/,
  // Costs met and credit shared: "we would bring our data and cover the costs of the first workshop", "with your team as co-authors".
  // Not what was paid before ("we provided $5,000 to cover speakers' travel").
  /\b(?:we|i)\b(?:(?!\b(?:provided|paid|gave|spent|had|did|was|were|used|covered|not|never|cannot)\b|n't\b)[^.?!;\n]){0,50}?\b(?:cover|pay for|pay|fund|foot|absorb|reimburse)\s+(?:the\s+|all\s+|any\s+|your\s+)?(?:[\w']+\s+){0,2}?(?:costs?|bill|fees?|expenses?|travel|overtime|catering|shipping|insurance)\b|\bco-?authors?\b|\bas co-?(?:owners?|presenters?)\b/,
  // "we'll waive the late-delivery penalty".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?waive\b/,
  // Perks and credit: "reviewers get a free pass", "we'd list Acme as an LTS partner", a "What the committee gets" heading.
  /\b(?:you(?:'ll)?|reviewers?|volunteers?|participants?|speakers?|mentors?|helpers?|contributors?) (?:get|receive|will get|'ll get) (?:a |an )?(?:free|complimentary)\b|\b(?:list|name|credit|feature|acknowledge) [\w&.-]+(?: [\w&.-]+)? as (?:a |an |our )?(?:[\w-]+ )?(?:partner|contributor|sponsor|co-?author|collaborator)s?\b/,
  /^\s*what (?:you|the [\w -]{1,30}|your [\w -]{1,30}) gets?\s*[:：]?\s*$/,
  // a "What Returns offers:" heading.
  /\bif (?:it|that|this) (?:helps|makes it easier for|saves) (?:you|your)\b[^.?!;\n]{0,20}?\b(?:we|i|our [\w-]+(?: [\w-]+)?)(?:'ll| will| can)\b|\b(?:will|'ll) (?:hold|run|host|offer) (?:\w+ ){0,2}?(?:drop-in|office hours|help sessions?|clinics?|workshops?|training sessions?)\b[^.?!;\n]{0,60}?\bto help (?:you|your|departments?|teams?|managers?|them)\b|\b(?:send|lend|loan) (?:one|two|three|four|five|six|\d+|a couple|some|a few) of (?:mine|ours|my|our)\b|\bwho (?:submits?|signs? up|replies?|responds?|registers?) (?:on time|early|by [\w ]{1,20}) (?:will|gets?|receives?)\b/,
  /^[\s*#>]*what [\w -]{1,30} (?:offers?|gives?|brings?|provides?|will do|will provide|commits? to)\b(?:[^:：\n]{0,60}[:：]|[\s*]*$)/,
  // The move named ("on our side we can consolidate the POs"), and the reader's part made small ("Finance only checks the totals").
  /\bon our (?:side|end)\b[^.?!;\n]{0,20}?\b(?:we|i)(?:'ll| will| can| could| would|'d)\b|\bonly (?:checks?|reviews?|approves?|signs? off on|eyeballs?|does (?:the )?(?:final )?(?:review|sign-?off|check|approval)|needs? to (?:review|check|approve|sign off))\b/,
  // Something returned and credit given: "we will return the updated boundaries to your office", "credit your office".
  /\b(?:we|i)(?:'ll| will| can| would|'d)\s+(?:\w+\s+){0,2}?(?:return|send back|give back|share back|hand back)\b[^.?!;\n]{0,60}?\bto (?:you|your)\b|\bcredit (?:you|your)\b/,
  // Results walked through: "happy to walk you through whatever we find".
  /\b(?:happy|glad|willing|more than happy) to (?:walk you through|share|show you|present|go over)\b[^.?!;\n]{0,30}?\b(?:whatever we find|what we find|our findings|the results|the findings|the outcome)\b/,
  // Costs carried by the writer's side, named in the third person ("The Library will cover the reviewer's overtime").
  /(?<!\byou |\byour team |\bthey )\b(?:will|'ll|can|would)\s+(?:also\s+)?(?:cover|pay for|fund|absorb|reimburse)\s+(?:the\s+|all\s+|any\s+|your\s+|their\s+)?(?:[\w']+\s+){0,2}?(?:costs?|overtime|travel|expenses?|fees?)\b/,
  // Help or time volunteered for the reader's project: "what can I do to help the release?", "is there
  // anything I can help with", "I have some time this week to merge the approved PRs", "I have the bandwidth to address PRs".
  /\b(?:what|anything|is there (?:anything|something)|how) (?:else )?(?:can|could) (?:i|we) (?:do )?(?:to )?help\b|\b(?:anything|something) (?:else )?(?:i|we) (?:can|could) (?:do )?(?:to )?help\b|\b(?:i|we) (?:have|'ve got|now have) (?:(?:some|the|enough|spare|more|free) ){0,2}(?:time|bandwidth|capacity|cycles)\b[^.?!;\n]{0,20}?\bto (?:help|review|merge|triage|maintain|address|fix|test|work on|take|handle|look after|implement|contribute)\b/,
  // Paying or sponsoring: "can we sponsor it", "become a sponsor", "is there paid support", "a bounty" (not "can you sponsor…"),
  // "is it possible to sponsor specific features?", "we could also finance…", and money offered without a subject
  // ("– would like to sponsor this repo", "any plan to open sponsorship?", "ways to fund development").
  /\b(?:we|i)(?:'d| would| could| can| will|'ll| are| am)?(?: (?:be )?(?:happy|glad|willing|able|like|love|want|wish|prefer|offer|plan|ready) to)*(?: be able to)? (?:sponsor|fund|pay for|put up a bounty|chip in)\b|\bbecome (?:a )?sponsors?\b|\bpaid (?:support|work|contract|engagement|gig|consulting|development)\b|\bbount(?:y|ies)\b|\bsponsored (?:development|features?|work)\b|\bhave (?:\w+ )?features? sponsored\b|\bto sponsor (?:specific |particular |certain |new |the |some )?(?:features?|bug ?fixes|fixes|work|development)\b|\b(?:we|i) (?:could|can|will|would) (?:also )?finance\b|\bwould (?:like|love) to sponsor\b|\bopen (?:up )?sponsorships?\b|\bways? to (?:fund|sponsor|donate to|financially support) (?:the )?(?:development|project|this|maintainers?)\b/,
  // A seat given, or a team joined to help: "I can add you as a collaborator", "joining the triage team to help".
  /\b(?:i|we)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?(?:add|invite|keep) you (?:on )?as (?:a |an )?(?:collaborator|maintainer|co-?maintainer|owner|admin|member|reviewer)\b|\bjoin(?:ing)? the [\w -]{0,20}?(?:team|maintainers)\b[^.?!;\n]{0,40}?\bto help\b/,
  // Credit and volunteering: "Proper credit will be given", "we will cite your paper", "I volunteer to act as a
  // maintainer", "I offer doing releases", "I'm trying to cut down on the work the maintainers will have to do".
  /\b(?:proper |full |due |appropriate )?credit will be given\b|\bcit(?:e|ing) (?:your|the) (?:work|paper|dataset|data|repo|repository|project|article|code)\b|\bi (?:volunteer|offer) (?:to|doing|my|myself)\b|\b(?:cut down on|reduce|lighten|save)\b[^.?!;\n]{0,30}?\b(?:work|load|workload|effort|time)\b[^.?!;\n]{0,40}?\b(?:you|your|folks|maintainers|others|the team)\b|\b(?:i|we|me|us)\b[^.?!;\n]{0,60}?\btake (?:some of )?(?:the |your )?(?:[\w-]+ )?(?:load|burden|work|pressure) off\b/,
  // Credit promised on the reader's terms ("if there are citation requirements, I will be sure to comply with them") and
  // shared authorship ("published in collaboration with the people who collected the data", "co-author").
  /\b(?:citation|cite|acknowledg(?:e)?ments?|attribution)\b[^.?!;\n]{0,80}?\b(?:i|we)(?:'ll| will)(?: be sure to| gladly| happily| of course)? (?:comply|follow|include|add|honou?r|respect|credit|cite)\b|\bco-?author(?:ship|ed|s)?\b|\bpublish\w*\b[^.?!;\n]{0,60}?\bin collaboration with\b/,
  // Work volunteered for the reader's project: "I'd like to help with basic issue triage", "I want to contribute
  // to it", "I can help test the release candidate" (not "I'd like to help you understand…").
  // Also "I'd personally like to provide some code", "I would like to maintain this project", "we could help with a
  // release again".
  /(?:\b(?:i|we)(?:'d| would)|\band would)(?: personally| really)? (?:like|love) to (?:help (?:out|with|maintain|review|triage|test|translate|fix)|contribute|volunteer|(?:co-?)?maintain|provide (?:some |the )?(?:code|patches|fixes|a patch|a fix|pull requests|prs?)\b)|\b(?:i|we) (?:want|wish|hope|plan) to (?:contribute|give back|help (?:out|maintain|with the project))\b|\b(?:i|we) (?:can|could) help (?:out|test|review|triage|translate|maintain|with (?:the |a |another |future )?(?:triage|reviews?|testing|docs|documentation|translations?|maintenance|releases?))\b/,
  // Maintenance taken on ("commit access to help maintain this app", "I would like to continue to maintain this repo"),
  // something handed back ("we will send our allocation of three back to the pool"), supplies brought
  // ("we will be supplying hamburgers").
  /\bto help maintain\b|\b(?:i|we)(?:'d| would) like to (?:continue|keep) (?:to )?maintain|\b(?:we|i)(?:'ll| will| can| would|'d)\s+(?:send|give|hand)\b(?!\s+(?:them|it|those|these)\s+back)[^.?!;\n]{0,40}?\bback\b|\b(?:we|i)(?:'ll| will) be (?:supplying|providing|covering|bringing|donating|paying)\b/,
  // The reader's work taken over ("Enron will manage your transportation and imbalances") and what volunteers get
  // ("volunteers who complete their assignments will receive a refund of their registration").
  /\b(?:will|'ll) (?:manage|handle|take care of|run|look after|cover) (?:all )?(?:of )?your\b|\b(?:will|'ll|shall) (?:each )?(?:receive|get|earn) (?:a |an |their |your |free |complimentary )?(?:full |partial )?(?:refund|stipend|gift|certificate|t-?shirt|free|credit|reimbursement|discount|payment|honorarium|meal|lunch|admission|registration|recognition|service hours)\b/,
  // "we will pay half of the service contract".
  /\b(?:we|i)(?:'ll| will| can| would|'d| are happy to| am happy to)\s+(?:also\s+)?(?:pay|fund|split|chip in)\b/,
  // Work taken on for the reader's project: "I'd be interested in taking a more active role reviewing PRs", "I'm
  // interested in adding arm64 support to the CI", "I'm preparing a changeset for a PR"; the reader bothered less
  // ("it'll allow me to bother you less with typo PRs").
  /\b(?:i|we)(?:'d| would)(?: be)? (?:(?:very |really )?interested in|keen on) (?:help|assist|contribut|review|triag|maintain|taking (?:a|on|over)|co-?maintain)|\b(?:i|we)(?:'m| am|'re| are) (?:(?:very |really )?interested in|working on|working to|preparing) (?:add(?:ing)?|implement(?:ing)?|contribut(?:e|ing)|port(?:ing)?|fix(?:ing)?|writ(?:e|ing)|a (?:pr|pull request|patch|changeset)|the (?:pr|pull request|patch|changeset))\b|\b(?:bother|ping|disturb|pester) you less\b/,
  // Help given on the reader's problem ("Tim suggested that I help you resolve this"), credit kept ("you will still be
  // credited as the authors"), hardware sent ("I would like to send you some devices for testing"), the reader's project
  // promoted ("adding a link to this repo in the third-party section of our docs").
  /\b(?:that|so) (?:i|we) (?:can |could )?help you\b|\b(?:you|your [\w-]+|they|the (?:original )?authors?)(?: and [\w-]+)? (?:will|'ll|would) (?:still |also )?be credited\b|\b(?:send|give|lend|donate|ship) you (?:some |a |an |two |three |a few |several )?(?:[\w-]+ )?(?:devices|hardware|boards|units|samples|equipment|machines|servers|gpus)\b|\b(?:add|adding|include|including|list|listing|feature|featuring) (?:a link to )?(?:this|your) (?:repo|repository|project|library|tool|app|package)\b[^.?!;\n]{0,50}?\b(?:docs|documentation|website|readme|list|section|page|showcase)\b/,
  // Releases or fixes the writer will take on ("would allow me to push new versions for critical bug fixes"), a seat
  // already given ("have invited you as an owner"), credit in writing ("your support will be documented in our
  // guides", "I have included the names of your organizations in the draft").
  /\b(?:would|will|could|it'll|it would) (?:allow|let|enable) me to (?:push|publish|release|ship|maintain|fix|merge|triage|review|cut)\b|\b(?:have |'ve )?invited you as (?:an? )?(?:owner|co-?owner|maintainer|admin|member|collaborator)\b|\byour (?:support|help|contribution|sponsorship|donation|name|logo|company|organi[sz]ation)s? will be (?:documented|acknowledged|credited|listed|recogni[sz]ed|mentioned|featured|thanked)\b|\b(?:i|we)(?:'ve| have| will|'ll)? (?:also )?(?:included|include|listed|list|added|add) (?:the names? of )?your (?:organi[sz]ations?|names?|logos?|company|companies|team)\b/,
  // Documentation or ports volunteered ("I'd like to improve the documentation", "I would like to improve several
  // error message descriptions", "we want to upstream board support"), a bare "I can help, but…", citation promised
  // ("everything will be cited as requested").
  /\b(?:i|we)(?:'d| would) like to (?:improve|update|fix|write|extend|translate|expand|clean up) (?:the |several |some |a few |our )?(?:[\w-]+ )?(?:docs|documentation|wiki|readme|guide|error messages?|descriptions|translations?|instructions)\b|\b(?:i|we) (?:want|would like|'d like|plan|intend) to (?:upstream|add (?:board |hardware |platform )?support)\b|\b(?:i|we) can help(?=\s*[,.!]|\s+(?:but|if|and|out)\b)|\b(?:will|'ll) be cited\b/,
  // Maintenance volunteered ("I would like to take over as the project maintainer", "I'm interested in becoming
  // maintainer", "would you mind adding me as maintainer?", "interested in taking over the maintenance"): the writer
  // takes on work that would otherwise stay with the reader.
  /\b(?:i|we|me)\b[^.?!;\n]{0,40}?\b(?:take over|taking over|become|becoming|step up|stepping up|act|acting|serve|serving|join|joining|be added|adding me|add me)\s+(?:as\s+)?(?:(?:the|a|an|one of the)\s+)?(?:(?:new|temporary|interim|additional|second|active|project|package)\s+)?(?:co-?)?maintainers?\b|\b(?:i|we)\b[^.?!;\n]{0,40}?\btak(?:e|ing) over (?:the )?(?:maintenance|maintainership|maintaining)\b/,
  // Credit promised in the passive ("any results will be properly cited and acknowledged"); not the writer's own
  // record ("I will be credited with my start date").
  /(?<!\b(?:i|we|me|us) )\b(?:will|shall) be (?:properly |duly |fully |appropriately |clearly )?(?:cited|credited|acknowledged)\b(?! with\b)/,
  // An offer made by name ("the Board plans to continue to offer a budget", "we can offer two free seats"); not advice
  // or words ("I can offer some thoughts").
  /\b(?:we|i|board|committee|foundation|team|company|department|office|university|school|our [\w-]+)(?:'ll| will| can| could| would|'d| plans? to| is planning to| are planning to| intends? to| is happy to| are happy to| am happy to)(?: also| gladly| continue to)? offer (?!(?:(?:you |some |my |our |a few |any |further |more )?(?:thoughts|suggestions|comments|opinions?|feedback|advice|an? explanation|apolog|context|details|input|insights?|perspective|ideas?|guidance))\b)/,
  // What the reader gains from something the writer's side will do, said as its purpose: "I'll send you my notes so
  // you've got the context", "we'd bring our own coach, so your staff wouldn't need to supervise", "we'll send you the
  // filed version so your dashboard matches" (not "so you can review it": that is the ask).
  /\b(?:(?:we|i|our [\w-]+)(?:'ll| will| can| could| would|'d)|we (?:take|cover|handle|run|do|pick))\b[^.?!;\n]{3,90}?\bso (?:that )?(?:you(?:'re| are) not\b|you(?:'ve| have) got\b|you (?:won't|don't|wouldn't|needn't|will not|do not|would not|never) (?:have|need)\b|your (?:[\w-]+ ){1,3}(?:wouldn't|won't|doesn't|don't|needn't|matches|match|stays?|isn't|aren't|can skip|can focus)\b)/,
  // Our own people or kit brought, or sent to the reader's door: "we'd bring our own S&C coach", "our agent can deliver the
  // samples to your door", "Produce will take over Dairy's Saturday inbound shift", "the Trust will fund 8 stewards".
  /\b(?:we|i)(?:'ll| will| can| could| would|'d)\s+(?:\w+\s+)?(?:bring|send|use|supply|provide)\s+(?:our|my)\s+own\b|\bour (?:[\w-]+ ){0,2}(?:agent|driver|courier|technician|engineer|staff|people|team|coach|crew)s? (?:can|will|could|would|'ll) (?:deliver|bring|drop off|collect|come|pick up)\b|(?<!\byou )\b(?:take over|cover|pick up)\s+[\w-]+'s\s+(?:[\w-]+\s+){0,2}(?:shifts?|rota|on-?call|duty|duties|run|route|rotation|watch|slot)\b|(?<!\b(?:you|could you|can you|would you|will you) )\b(?:will|'ll)\s+(?:also\s+)?fund\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|all)\s|(?<!\byou )\b(?:will|'ll)\s+(?:also\s+)?fund\s+(?:the|their|your)\s+(?:[\w'-]+\s+){0,3}(?:salar(?:y|ies)|positions?|posts?|wages|stipends?)\b/,
  // Something of the reader's restocked or run for them ("restock your tubing from our cart", "we take over your regression
  // runs… so your sprint doesn't slip"), a favour on call ("if you ever need planograms done, just shout", "my team's all
  // yours"), credit shared ("present the results jointly", "with your team's name on it"), drop-in help ("office hours …
  // for anyone who wants help completing the template"; not "for anyone with questions").
  /\b(?:restock|refill|replenish|top up)\s+your\b|\bwe (?:take over|cover|handle|pick up|run) your\b|\bif (?:you|your [\w-]+)(?: ever)? (?:need|want)s? [^.?!;\n]{1,40}?(?:just (?:shout|ask|say the word|ping me|let me know)|i'll|i will|we'll|we will|happy to)\b|'s (?:all )?yours\b|\b(?:present|publish|announce)\w* (?:the (?:results|findings) |it |them )?jointly\b|\bwith your (?:[\w-]+'s )?names? on\b|\b(?:drop-in|office hours|help sessions?)\b[^.?!;\n]{0,80}?\bwho (?:want|need)s? help\b/,
  // Free use given ("give the Council's programme free pitch time"), the reader's work taken over ("QA will take over the
  // regression passes on your ambient bugs"), capacity handed back ("which frees roughly 12k minutes a month").
  /\b(?:give|offer|provide|grant)s?\s+(?:[\w'’-]+\s+){0,4}?free\s+(?:[\w-]+\s+){0,2}?(?:time|access|seats?|passes|tickets|space|hours|licen[cs]es?|credits?|slots?|use|months?|training|support|parking)\b|\b(?:will|'ll|can|could|would|'d|happy to)\s+take over\b[^.?!;\n]{0,50}?\byour\b|\b(?:which|that|this|and)\s+(?:would\s+|will\s+)?free(?:s|ing)?\s+(?:up\s+)?(?:roughly\s+|about\s+|around\s+|some\s+|~\s?)?\d/,
  // Work spared ("so the other projects can onboard without extra work from the WG"), the reader's cost softened on purpose
  // ("to reduce the impact on operations", "to make the extra time worthwhile for you"), a fix that helps the reader too ("it
  // just needs the MES team's review … stops timing out for your own runs too").
  /\bwithout (?:any )?(?:extra|additional|more) (?:work|effort|load|cost)\b|\bto (?:reduce|minimi[sz]e|limit|soften|offset|ease) the (?:impact|burden|load|cost|disruption) (?:on|for|to) (?:you|your|operations|the)\b|\bworth(?:while| it| your while) for you\b|\b(?:it|this|that) (?:just|only) needs?\b[^.?!;\n]{0,30}?\b(?:review|approval|sign-off|merge|deploy)|\bfor your own\b[^.?!;\n]{0,30}?\btoo\b/,
  // A swap ("swap my Sat shift for your Tue"), the reader's part made small ("so you'd just need the export figures"), a
  // simple "if it helps" before what we do.
  /\bswap (?:my|our) [^.?!;\n]{1,40}? for (?:your|yours)\b|\bso you(?:'d| would)? (?:just|only) (?:need|have)\b|^\s*if it helps,? (?:we|i|our [\w-]+(?: [\w-]+)?) (?:can|could|will|'ll)\b/,
  // Broader forms (session 10's sets): help volunteered with the reader's task ("I'll be in at 4:30 to help patch", "I can help with
  // the painting"), hands offered ("if you need hands for the painting call I'm free"), the reader saved a chore ("saves you the
  // daily walk"), their part made small ("so it's only a tag and publish on your end"), a fix contributed ("I'll open a PR to fix
  // the script"), something good for the person lent ("good exposure for him"), a borrowed thing returned in better shape.
  /\b(?:i|we)(?:'ll| will| can| could|'d| would| am| 'm| are| 're)\s+(?:also\s+|gladly\s+|happy to\s+)?(?:be (?:in|around|there|on site|available|free)\b[^.?!;\n]{0,30}?\bto help\b|help (?:out\b|with (?:the|your|that|this)\b|(?:patch|set up|move|load|unload|clean|test|paint|carry|staff|cover|sort|pack|triage)\b))/,
  /\bif you need (?:a hand|hands|help|an extra pair of hands)\b[^.?!;\n]{0,60}?\b(?:i'm|i am|we're|we are|i'll be|we'll be) (?:free|around|available|happy to help|here)\b/,
  /\bsav(?:es?|ing) (?:you|your [\w-]+|the [\w-]+) (?:the|a|some|an)\b/,
  // Session 12: costs met by a named side ("Region 4 covers travel and mileage for all six"), load taken off the reader
  // ("to take load off your reviewers"), results shared back with a named team ("we'll share the shortlist and notes with PV Ops
  // afterwards"), the reader's part made small by name ("Customer Care would only need to…"), contacts given ("I can introduce you to…").
  /\b(?:covers|pays for|picks up) (?:the )?(?:[\w'-]+,? (?:and )?){0,4}?(?:travel|mileage|costs?|expenses|overtime|fees)\b|\bto take (?:the |some )?(?:load|work|pressure|burden) off (?:your|you)\b|\b(?:we|i)(?:'ll| will)\s+(?:\w+\s+){0,2}?share\b[^.?!;\n]{0,50}?\b(?:results?|findings|notes|shortlist|report|analysis|summary|insights|learnings)\b[^.?!;\n]{0,30}?\bwith\b|(?<!\b(?:we|i) )\b(?:would|will|should)\s+(?:only|just)\s+(?:need|have)\s+to (?:give|review|approve|sign|check|provide|send|click|confirm|look|grant|share)\b|\b(?:i|we)(?:'ll| will| can| could|'d| would)\s+(?:\w+\s+)?introduce you to\b/,
  /\bonly (?:a |the |one )?[\w +&/-]{1,30}? on your (?:end|side)\b/,
  /\b(?:i|we)(?:'ll| will| can| could|'d| would| am happy to| 'm happy to| are happy to)\s+(?:\w+\s+){0,2}?(?:open|submit|send|put up|raise|prepare) (?:a |the |an )?(?:pr|pull request|patch|mr|merge request) to (?:fix|add|update|improve|address)\b/,
  /\b(?:good|great|nice) (?:exposure|experience|practice|visibility)\b[^.?!;\n]{0,10}?\bfor (?:him|her|them|you|your)\b/,
  /\b(?:top (?:it|them) off|wash (?:it|them)|clean (?:it|them)|refuel (?:it|them))\b[^.?!;\n]{0,40}?\b(?:before|when) (?:it|they) (?:comes?|goes?|gets?) back\b/,
];
