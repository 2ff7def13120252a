// The tone meter's English lexicon: phrases per politeness strategy (see index.ts for the model).
import type { Spec } from './strategies.ts';

/**
 * English patterns: `|`-separated phrases of space-separated words. When several patterns start at
 * the same word, the longest that fits wins and consumes its words ("why didn't you" is blame, not
 * a direct question plus second person).
 */
export const EN_SPECS: Spec[] = [
  ['gratitude', 'any', 'thank|thanks|thx|thankyou|ty|appreciate|appreciated|appreciates|appreciating|appreciation|grateful|thankful|kudos|much obliged|cheers'],
  ['deference', 'start', 'great|good|nice|interesting|cool|excellent|awesome|wonderful|fantastic|brilliant|impressive'],
  ['deference', 'any', 'good point|great point|good question|great question|nice question|nice work|great work|good work|nice job|great job|good job|well done|nice catch|good catch|great answer|nice answer|good idea|great idea'],
  ['greeting', 'start', 'hi|hey|dear|greetings|howdy|hiya|good morning|good afternoon|good evening|morning'],
  ['greeting', 'any', 'hello'],
  ['apology', 'any', 'sorry|apologies|apologize|apologise|apologizing|apologising|apology|excuse me|pardon|forgive me|my bad|oops|whoops|woops|my apologies|my mistake'],
  ['please', 'inner', 'please|pls|plz|kindly'],
  ['pleaseStart', 'start', 'please|pls|plz|kindly'],
  ['indirect', 'any', 'by the way|btw|incidentally|on a side note|out of curiosity|just curious|just wondering'],
  ['directQuestion', 'start', "what|who|how|which|where|when|what's|whats|who's|how's|where's|when's"],
  ['why', 'any', 'why|how come'],
  ['directStart', 'start', 'so|then|and|but|or|now'],
  ['counterfactual', 'any', 'could you|would you|could u|would u|could someone|would someone|could anyone|would anyone|could somebody|could we|would it be possible|would you mind|could i ask|may i ask|might i|might you|could i'],
  ['indicative', 'any', 'can you|will you|can u|can someone|can anyone|can somebody|will someone|will anyone|can we'],
  // "I just tried" is about time, not a minimizer: these consume the "just".
  ['firstPersonStart', 'start', "i|my|me|mine|myself|i'm|i've|i'll|i just|i've just|i have just"],
  ['firstPerson', 'inner', "i|my|me|mine|myself|i'm|i've|i'll|i just|i've just|i have just"],
  ['firstPersonPlural', 'any', "we|us|our|ours|ourselves|let's|lets|we're|we've|we'll|we'd"],
  ['secondPersonStart', 'start', "you|your|yours|yourself|u|ur|you're|you've|you'd|you'll|yourselves"],
  ['secondPerson', 'inner', "you|your|yours|yourself|u|ur|you're|you've|you'd|you'll|yourselves|y'all"],
  ['hedge', 'any', "think|thought|guess|suppose|perhaps|maybe|possibly|probably|might|may|seem|seems|seemed|apparently|suggest|suggests|suggestion|wonder|wondering|wondered|believe|assume|assuming|likely|somewhat|sort of|kind of|presumably|not sure|unsure|i feel|imho|imo|in my opinion|as far as i know|afaik|if i understand|if i'm not mistaken|could be|a bit|a little|any ideas|any thoughts|any suggestions|any pointers|any advice|any hints|any chance|potentially|roughly|appears|appear|looks like|tend to|tends to|could|would|should|possible|consider|considering|though|although|usually|generally|often|sometimes|fairly|rather|quite|almost|mostly|typically|relatively|plausible|probable|unlikely|estimate|perhaps|apparent|approximately|essentially|largely|mainly|broadly|suspect|suspects|indicate|indicates|feel|feels|felt|uncertain|plausibly|in general|on the whole|in most cases|to my knowledge|from my perspective|in my view|tended to"],
  ['insistence', 'any', 'already|still|even|at least|exactly|anyway|anyways|whatever|at all|or not'],
  ['factuality', 'any', 'in fact|actually|the point is|the reality is|the truth is|the fact is|as a matter of fact|really|obviously|clearly|honestly|surely|of course|evidently|plainly'],
  ['subjunctive', 'any', "would be|would like|i'd|it'd|that'd|i would|it would|that would|would appreciate|would help|if you could|if you would|if possible|if you don't mind|if you have time|if you get a chance|when you get a chance|when you have a moment|was wondering|were wondering|if that's ok|if it's not too much trouble"],
  ['blame', 'any', "you always|you never|you still|still haven't|still hasn't|still not|still waiting|yet again|once again|as i said|as i already said|as i mentioned|as i already mentioned|as already mentioned|as already stated|as i stated|i already told you|i told you|already told|how many times|did you even|do you even|have you even|did you not|didn't you|don't you|can't you|couldn't you|why didn't you|why haven't you|why don't you|why would you|why did you|why do you|why are you|why is it|why isn't|why hasn't|why not|your fault|your problem|what's wrong with|what the|wtf|seriously|come on|for god's sake|you should have|you could have|should have|in the first place|did you bother|even bother|bother to|rtfm|lmgtfy|google it|read the manual|read the docs|read the documentation|what is your problem|what's your problem|what's wrong with you|what is wrong with you|no offense|on earth|in the world|the hell|the heck|since when|must you|are you kidding|are you serious|are you blind|are you crazy|are you insane|what gives you|what makes you think"],
  ['pressure', 'any', 'asap|as soon as possible|immediately|right now|right away|urgent|urgently|at once|no later than|or else|no excuses|by today|by tonight|eod|end of day|hurry'],
  ['obligation', 'start', "stop|quit|don't|do not|dont|never|please stop|please don't|please do not|please refrain|kindly stop|kindly refrain"],
  ['obligation', 'any', "you must|you need to|you have to|you should|you'll have to|you ought to|you'd better|you had better|you'll need to"],
  ['flattery', 'any', "you're the best|you are the best|i beg you|humbly|eternally grateful|forever grateful|you're a genius|you are a genius|you're amazing|you are amazing|you are a lifesaver|you're a lifesaver"],
  ['negation', 'any', "not|no|never|nothing|none|nor|neither|cannot|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't|hadn't|ain't|mustn't|dont|doesnt|didnt|isnt|cant|wont"],
  ['minimizer', 'any', 'just|simply|merely|basically'],
  ['positive', 'any', 'correct|good|great|nice|excellent|helpful|useful|interesting|awesome|wonderful|fantastic|brilliant|perfect|glad|happy|pleased|love|enjoy|enjoyed|welcome|kind|clever|elegant|neat|cool|best|agree|agreed|valuable|impressive|excited|beautiful|amazing|lovely|friendly|super|hope|hoping|pleasure|fine'],
  ['negative', 'any', "wrong|bad|terrible|awful|horrible|stupid|silly|ridiculous|absurd|useless|pointless|worthless|nonsense|crap|crappy|garbage|junk|idiot|idiotic|dumb|lazy|sloppy|ugly|worst|worse|poor|poorly|annoying|annoyed|hate|hated|confusing|unclear|vague|incorrect|mistake|mistakes|mess|messy|insane|crazy|meaningless|blame|waste|wasted|wasting|disappointing|disappointed|rude|offensive|hell|damn|shit|fuck|fucking|sucks|misleading|irrelevant|lame|bogus|unacceptable|pathetic|ignorant|ugh|meh|sigh|ass|troll|cheating|lousy|accuse|accusing|accusation|insult|insulting|threaten|harass|blind|kidding|what do you mean|what are you talking about|i don't understand|i do not understand|i don't get|did you read|makes no sense|doesn't make sense|does not make sense|no sense|no idea|no clue"],
];

/**
 * Yes/no questions: a sentence that opens on an auxiliary or a modal and ends in a question mark ("Is
 * there a way…?", "Do you have…?"), or opens on a modal ("Can you…", "Would it…", with or without
 * its mark). Conventional indirectness (Brown & Levinson): asking whether rather than what or why
 * leaves the reader the choice. Not the negated forms ("Don't you…?", "Can't you…?": those press).
 * Counted on the opening word, in addition to any pattern that starts there (so "Could you" is both
 * this and `counterfactual`).
 */
export const EN_POLAR_START = 'is|are|was|were|am|do|does|did|have|has|had|can|could|will|would|should|shall|may|might';
