/**
 * Tone meter: how polite a drafted request reads, in English, Chinese (simplified and traditional)
 * and the two mixed.
 *
 * Model. The politeness strategies of Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec & Potts,
 * "A computational approach to politeness with application to social factors" (ACL 2013): gratitude,
 * deference, greeting, positive / negative lexicon, apologizing, please, please at sentence start,
 * indirect (by the way), direct question, direct start, counterfactual and indicative modals, first
 * person (start, plural, other), second person (start, other), hedges, factuality, subjunctive. To
 * these we add the workplace pitfalls of the guidance (情绪化或立场化: 抱怨或指责, so `blame`,
 * `pressure`, `obligation`, `emphasis`), emoticons and emoji, `flattery` (过度讨好: it does read polite,
 * mildly; the engine's flattery rule, not this meter, warns about it), and four plain cues that the
 * calibration data confirmed: `negation`, `minimizer` (just, simply), `insistence` (already, still,
 * even, 至少, 究竟) and `terse` (a whole draft of fewer than TERSE_BELOW words, a Han character
 * counting as half a word). Each strategy is a set of patterns in English
 * and in Chinese (simplified and traditional forms side by side), and one weight shared by both
 * languages. The score is a logit: `BIAS + Σ weight × (1, ½, ¼, … for the 1st, 2nd, 3rd … use of the
 * same strategy)`, so repeating a marker has diminishing returns, and the markers' weights add up to
 * `score - BIAS` exactly (the UI can say which words moved it and by how much).
 *
 * Weights: fitted by `npm run tone` (tests/eval/tone.ts) as an L2-regularised logistic regression on
 * the top-vs-bottom quartile task of the Stack Exchange half of the Stanford Politeness Corpus, using
 * only the requests with an even id (the odd ids are held out), with each weight pulled towards a
 * prior that has the sign the paper reports for the strategy (a Gaussian prior, so the paper's
 * findings on Wikipedia requests are kept where Stack Exchange has little to say); then rounded and
 * frozen here. Strategies too rare in that data (`pressure`, `flattery`) keep essentially their prior.
 * Chinese patterns share their strategy's weight. Run `npm run tone -- --fit` to refit and print them.
 *
 * Cost: one hand-written pass over the text by character code (words through a trie, Han runs through
 * a first-character table, sentence ends, emoji), then table look-ups; linear in length, no string
 * allocated per word (tables: a 128 KB first-character index for Chinese, a small trie for English).
 * Pure TypeScript, no DOM, runnable by Node's type stripping.
 */

export type ToneLang = 'zh' | 'en' | 'mixed';

export const STRATEGIES = [
  'gratitude',
  'deference',
  'greeting',
  'positive',
  'negative',
  'apology',
  'please',
  'pleaseStart',
  'indirect',
  'directQuestion',
  'why',
  'directStart',
  'counterfactual',
  'indicative',
  'firstPersonStart',
  'firstPersonPlural',
  'firstPerson',
  'secondPerson',
  'secondPersonStart',
  'hedge',
  'factuality',
  'subjunctive',
  'blame',
  'pressure',
  'obligation',
  'emphasis',
  'exclaim',
  'emoticon',
  'flattery',
  'negation',
  'minimizer',
  'terse',
  'insistence',
] as const;

export type ToneStrategy = (typeof STRATEGIES)[number];

export interface ToneMarker {
  start: number;
  end: number;
  text: string;
  weight: number;
  strategy: ToneStrategy;
}

export interface ToneResult {
  score: number;
  label: 'polite' | 'neutral' | 'impolite';
  markers: ToneMarker[];
}

/** Below this logit a draft that is not polite reads as impolite rather than neutral. */
export const IMPOLITE_BELOW = -1;

// ---- weights: frozen output of `npm run tone -- --fit` (see the header) ---------------------------
// Fitted on the 1,631 top/bottom-quartile Stack Exchange requests with an even id; prior width σ = 0.1
// chosen by 5-fold cross-validation there. `flattery` never occurs in that data and keeps its prior;
// `pressure` (5 uses) and the Chinese-only forms essentially do too.

export const BIAS = 0.06;
export const WEIGHTS: Record<ToneStrategy, number> = {
  gratitude: 1.03,
  deference: 1.02,
  greeting: 0.49,
  positive: 0.43,
  negative: -0.37,
  apology: 0.48,
  please: 0.34,
  pleaseStart: -0.45,
  indirect: 0.51,
  directQuestion: -0.24,
  why: -0.53,
  directStart: -0.48,
  counterfactual: 0.42,
  indicative: 0.31,
  firstPersonStart: 0.19,
  firstPersonPlural: 0.15,
  firstPerson: 0.13,
  secondPerson: 0.05,
  secondPersonStart: -0.39,
  hedge: 0.26,
  factuality: -0.32,
  subjunctive: 0.35,
  blame: -1.02,
  pressure: -0.99,
  obligation: -0.31,
  emphasis: -0.98,
  exclaim: 0.05,
  emoticon: 0.52,
  flattery: 0.3,
  negation: -0.32,
  minimizer: -0.23,
  terse: -0.34,
  insistence: -0.29,
};

// ---- patterns --------------------------------------------------------------------------------------

/** Where in its sentence (English) or clause (Chinese) a pattern must begin. */
type Where = 'start' | 'inner' | 'any';

/** Every field always set, so that all patterns share one shape (V8 reads them fast). */
interface Pattern {
  /** English: lower-case words (apostrophes as '); Chinese: one element, the exact characters. */
  words: string[];
  /** Chinese: the characters; English: the words joined by spaces. */
  phrase: string;
  /** Chinese: the code of the second character, or -1 for a one-character pattern (a quick reject). */
  second: number;
  strategy: ToneStrategy;
  /** Index of `strategy` in STRATEGIES. */
  index: number;
  where: Where;
  /** Chinese only: not when the preceding character is one of these (申请 is not 请); '' for none. */
  notAfter: string;
  /** Chinese only: not when the following character is one of these (请假 is not 请); '' for none. */
  notBefore: string;
}

type Spec = [ToneStrategy, Where, string];

/**
 * English patterns: `|`-separated phrases of space-separated words. When several patterns start at
 * the same word, the longest that fits wins and consumes its words ("why didn't you" is blame, not
 * a direct question plus second person).
 */
const EN_SPECS: Spec[] = [
  ['gratitude', 'any', 'thank|thanks|thx|thankyou|ty|appreciate|appreciated|appreciates|appreciating|appreciation|grateful|thankful|kudos|much obliged|cheers'],
  ['deference', 'start', 'great|good|nice|interesting|cool|excellent|awesome|wonderful|fantastic|brilliant|impressive'],
  ['deference', 'any', 'good point|great point|good question|great question|nice question|nice work|great work|good work|nice job|great job|good job|well done|nice catch|good catch|great answer|nice answer|good idea|great idea'],
  ['greeting', 'start', 'hi|hey|dear|greetings|howdy|hiya|good morning|good afternoon|good evening|morning'],
  ['greeting', 'any', 'hello'],
  ['apology', 'any', 'sorry|apologies|apologize|apologise|apologizing|apologising|apology|excuse me|pardon|forgive me|my bad|oops|whoops|woops|my apologies|my mistake'],
  ['please', 'inner', 'please|pls|plz|kindly'],
  ['pleaseStart', 'start', 'please|pls|plz|kindly'],
  ['indirect', 'any', 'by the way|btw|incidentally|on a side note|out of curiosity|just curious|just wondering'],
  ['directQuestion', 'start', 'what|who|how|which|where|when'],
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
  ['hedge', 'any', "think|thought|guess|suppose|perhaps|maybe|possibly|probably|might|may|seem|seems|seemed|apparently|suggest|suggests|suggestion|wonder|wondering|wondered|believe|assume|assuming|likely|somewhat|sort of|kind of|presumably|not sure|unsure|i feel|imho|imo|in my opinion|as far as i know|afaik|if i understand|if i'm not mistaken|could be|a bit|a little|any ideas|any thoughts|any suggestions|any pointers|any advice|any hints|any chance|potentially|roughly|appears|appear|looks like|tend to|tends to|could|would|should|possible|consider|considering|though|although|usually|generally|often|sometimes|fairly|rather|quite|almost|mostly|typically|relatively|plausible|probable|unlikely|estimate|perhaps"],
  ['insistence', 'any', 'already|still|even|at least|exactly|anyway|anyways|whatever|at all'],
  ['factuality', 'any', 'in fact|actually|the point is|the reality is|the truth is|the fact is|as a matter of fact|really|obviously|clearly|honestly|surely|of course|evidently|plainly'],
  ['subjunctive', 'any', "would be|would like|i'd|it'd|that'd|i would|it would|that would|would appreciate|would help|if you could|if you would|if possible|if you don't mind|if you have time|if you get a chance|when you get a chance|when you have a moment|was wondering|were wondering|if that's ok|if it's not too much trouble"],
  ['blame', 'any', "you always|you never|you still|still haven't|still hasn't|still not|still waiting|yet again|once again|as i said|as i already said|as i mentioned|as i already mentioned|as already mentioned|as already stated|as i stated|i already told you|i told you|already told|how many times|did you even|do you even|have you even|did you not|didn't you|don't you|can't you|couldn't you|why didn't you|why haven't you|why don't you|why would you|why did you|why do you|why are you|why is it|why isn't|why hasn't|why not|your fault|your problem|what's wrong with|what the|wtf|seriously|come on|for god's sake|you should have|you could have|should have|in the first place|did you bother|even bother|bother to|rtfm|lmgtfy|google it|read the manual|read the docs|read the documentation|what is your problem|no offense|on earth|in the world|the hell|the heck|since when|must you|are you kidding|are you serious|are you blind|are you crazy|are you insane|what gives you"],
  ['pressure', 'any', 'asap|as soon as possible|immediately|right now|right away|urgent|urgently|at once|no later than|or else|no excuses|by today|by tonight|eod|end of day|hurry'],
  ['obligation', 'start', 'stop|quit'],
  ['obligation', 'any', "you must|you need to|you have to|you should|you'll have to|you ought to|you'd better|you had better|you'll need to"],
  ['flattery', 'any', "you're the best|you are the best|i beg you|humbly|eternally grateful|forever grateful|you're a genius|you are a genius|you're amazing|you are amazing|you are a lifesaver|you're a lifesaver"],
  ['negation', 'any', "not|no|never|nothing|none|nor|neither|cannot|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't|hadn't|ain't|mustn't|dont|doesnt|didnt|isnt|cant|wont"],
  ['minimizer', 'any', 'just|simply|merely|basically'],
  ['positive', 'any', 'correct|good|great|nice|excellent|helpful|useful|interesting|awesome|wonderful|fantastic|brilliant|perfect|glad|happy|pleased|love|enjoy|enjoyed|welcome|kind|clever|elegant|neat|cool|best|agree|agreed|valuable|impressive|excited|beautiful|amazing|lovely|friendly|super|hope|hoping|pleasure|fine'],
  ['negative', 'any', "wrong|bad|terrible|awful|horrible|stupid|silly|ridiculous|absurd|useless|pointless|worthless|nonsense|crap|crappy|garbage|junk|idiot|idiotic|dumb|lazy|sloppy|ugly|worst|worse|poor|poorly|annoying|annoyed|hate|hated|confusing|unclear|vague|incorrect|mistake|mistakes|mess|messy|insane|crazy|meaningless|blame|waste|wasted|wasting|disappointing|disappointed|rude|offensive|hell|damn|shit|fuck|fucking|sucks|misleading|irrelevant|lame|bogus|unacceptable|pathetic|ignorant|ugh|meh|sigh|ass|troll|cheating|lousy|accuse|accusing|accusation|insult|insulting|threaten|harass|blind|kidding|what do you mean|what are you talking about|i don't understand|i do not understand|i don't get|did you read|makes no sense|doesn't make sense|does not make sense|no sense|no idea|no clue"],
];

/** Chinese patterns (simplified and traditional forms together). Same rule: longest match wins. */
const ZH_SPECS: Spec[] = [
  ['gratitude', 'any', '谢谢|感谢|多谢|谢啦|感激|辛苦了|辛苦|有劳|謝謝|感謝|多謝|謝啦|感激不盡|辛苦您|辛苦你'],
  ['flattery', 'any', '跪求|求求您|求求你|拜托拜托|拜託拜託|万分感谢|萬分感謝|感激不尽|感激不盡|感激涕零|非您莫属|非您莫屬|久仰|全靠您|只有您能|您最专业|您最專業'],
  ['greeting', 'any', '您好|你好|大家好|各位好|早上好|上午好|下午好|晚上好|早安|亲爱的|親愛的'],
  ['deference', 'any', '您|贵部门|贵司|贵公司|贵方|贵团队|尊敬的|貴部門|貴司|貴公司|貴方|貴團隊|请教|請教|指教|指导|指導'],
  ['please', 'any', '请|麻烦|劳烦|烦请|劳驾|拜托|恳请|請|麻煩|勞煩|煩請|勞駕|拜託|懇請|帮忙|幫忙'],
  ['apology', 'any', '不好意思|抱歉|对不起|打扰|见谅|海涵|冒昧|失礼|對不起|打擾|見諒|失禮'],
  ['indirect', 'any', '顺便|顺带|另外想问|順便|順帶|另外想問'],
  ['blame', 'any', '为什么还没|为什么还不|为什么又|为什么总是|为什么一直|怎么又|怎么还没|怎么还不|怎么回事|你们总是|你总是|你们老是|你老是|总是这样|每次都|一直不|一直没|到现在还|到现在都|到底|说了多少次|说过多少遍|早就说过|我已经说过|不是说了|难道|你们的问题|你们的责任|推诿|踢皮球|拖拖拉拉|敷衍|搞什么|什么意思|离谱|太过分|过分|无语|受够了|不负责任|又是你们|為什麼還沒|為什麼還不|為什麼又|為什麼總是|為什麼一直|怎麼又|怎麼還沒|怎麼還不|怎麼回事|你們總是|你們老是|總是這樣|到現在還|到現在都|說了多少次|說過多少遍|早就說過|我已經說過|不是說了|難道|你們的問題|你們的責任|推諉|敷衍|搞什麼|什麼意思|離譜|太過分|過分|無語|受夠了|不負責任|又是你們'],
  ['pressure', 'any', '赶紧|赶快|马上|立刻|立即|必须马上|必须今天|限你|尽快|火速|速度点|快点|趕緊|趕快|馬上|必須馬上|必須今天|盡快|快點'],
  ['obligation', 'any', '别再|不要再|別再|你必须|你们必须|你得|你们得|必须|务必|必須|務必|你們必須|你們得'],
  ['why', 'any', '为什么|为何|凭什么|為什麼|為何|憑什麼'],
  ['directQuestion', 'start', '怎么|什么时候|谁|怎麼|什麼時候|誰'],
  ['directStart', 'start', '所以|但是|可是|那你|那你们|那你們|然后|然後'],
  ['counterfactual', 'any', '能否|可否|是否方便|是否可以|是否能|方便的话|方便的話|如果方便|若方便|不知能否|不知可否|能不能麻烦|能不能麻煩|可不可以麻烦|可不可以麻煩'],
  ['indicative', 'any', '能不能|可不可以|可以吗|可以嗎|行吗|行嗎|好吗|好嗎|能帮|能幫|可以帮|可以幫'],
  ['subjunctive', 'any', '的话|的話|若能|要是能|如能|如果能|如果可以|倘若|希望|希望能'],
  ['hedge', 'any', '有什么建议|有什么想法|有什么顾虑|有什麼建議|有什麼想法|有什麼顧慮|可能|也许|或许|似乎|好像|大概|不知道|不知|我想|我觉得|我覺得|是否|一下|稍微|看看|看能不能|有没有可能|有沒有可能|也許|或許|不确定|不確定'],
  ['factuality', 'any', '事实上|其实|说白了|明明|显然|显而易见|本来就|事實上|其實|說白了|顯然|顯而易見|本來就'],
  ['firstPersonPlural', 'any', '我们|咱们|我們|咱們|大家|双方|雙方|一起'],
  ['firstPersonStart', 'start', '我'],
  ['firstPerson', 'inner', '我'],
  ['secondPersonStart', 'start', '你们|你們|你'],
  ['secondPerson', 'inner', '你们|你們|你'],
  ['negation', 'any', '不行|不可能|从来不|从来没|從來不|從來沒|没用|沒用'],
  ['minimizer', 'any', '而已|就行了|不就是|不就'],
  ['insistence', 'any', '至少|究竟|居然|竟然|还是没|還是沒|再次|又一次'],
  ['positive', 'any', '很好|不错|不錯|优秀|優秀|专业|專業|高效|顺利|順利|支持|帮助|幫助|合作|共赢|共贏|开心|開心|高兴|高興|荣幸|榮幸|期待|满意|滿意|成功|认可|認可'],
  ['negative', 'any', '失望|糟糕|垃圾|差劲|差勁|太差|很差|混乱|混亂|低效|荒唐|可笑|失职|失職|不满|不滿|烦死|煩死|浪费|浪費|耽误|耽誤|严重|嚴重'],
];

/** Exceptions for single characters that are also parts of common words. */
const ZH_EXCEPTIONS: Record<string, { notAfter?: string; notBefore?: string }> = {
  请: { notAfter: '申邀聘宴恳', notBefore: '假示求柬帖' },
  請: { notAfter: '申邀聘宴懇', notBefore: '假示求柬帖' },
  我: { notBefore: '们們' },
  你: { notBefore: '们們好' },
};

function buildTable<K>(specs: Spec[], zh: boolean, keyOf: (p: string) => K): Map<K, Pattern[]> {
  const table = new Map<K, Pattern[]>();
  for (const [strategy, where, alternatives] of specs) {
    for (const phrase of alternatives.split('|')) {
      const words = zh ? [phrase] : phrase.split(' ');
      const key = keyOf(zh ? phrase : (words[0] ?? ''));
      const exception = zh ? ZH_EXCEPTIONS[phrase] : undefined;
      const pattern: Pattern = {
        words,
        phrase,
        second: zh && phrase.length > 1 ? phrase.charCodeAt(1) : -1,
        strategy,
        index: STRATEGIES.indexOf(strategy),
        where,
        notAfter: exception?.notAfter ?? '',
        notBefore: exception?.notBefore ?? '',
      };
      let list = table.get(key);
      if (!list) table.set(key, (list = []));
      list.push(pattern);
    }
  }
  // Longest first (English in words, Chinese in characters); the sort is stable, so among equal
  // lengths the order of the specs decides (blame before why, etc.).
  const size = zh ? (p: Pattern) => (p.words[0] ?? '').length : (p: Pattern) => p.words.length;
  for (const list of table.values()) list.sort((a, b) => size(b) - size(a));
  return table;
}

const EN_TABLE = buildTable(EN_SPECS, false, (w) => w);
const ZH_TABLE = buildTable(ZH_SPECS, true, (p) => p.charCodeAt(0));
/** Chinese candidates by first character: ZH_LISTS[ZH_FIRST[charCode]] (slot 0 is empty). */
const ZH_LISTS: Pattern[][] = [[]];
const ZH_FIRST = new Uint16Array(0x10000);
for (const [code, list] of ZH_TABLE) {
  ZH_FIRST[code] = ZH_LISTS.length;
  ZH_LISTS.push(list);
}

/**
 * Every English word any pattern uses, in a trie over a–z and the apostrophe, walked while the
 * scanner reads a word: a word is recognised (as the table's own lower-case string) without
 * allocating a string for it. Node k's children are TRIE_NEXT[k * 27 + letter]; 0 means none.
 */
const TRIE_WORDS: (string | undefined)[] = [undefined];
let TRIE_NEXT = new Int32Array(27 * 256);
for (const [, , alternatives] of EN_SPECS) {
  for (const phrase of alternatives.split('|')) {
    for (const word of phrase.split(' ')) {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        const slot = node * 27 + (c === 39 ? 26 : c - 97);
        let next = TRIE_NEXT[slot] ?? 0;
        if (next === 0) {
          next = TRIE_WORDS.length;
          TRIE_WORDS.push(undefined);
          if ((next + 1) * 27 > TRIE_NEXT.length) {
            const grown = new Int32Array(TRIE_NEXT.length * 2);
            grown.set(TRIE_NEXT);
            TRIE_NEXT = grown;
          }
          TRIE_NEXT[slot] = next;
        }
        node = next;
      }
      TRIE_WORDS[node] = word;
    }
  }
}

/** Polite and angry emoji (base code point). */
const POLITE_EMOJI = new Set(['🙂', '😊', '😀', '😃', '😄', '😁', '🙏', '👍', '❤', '☺', '🤝', '💪', '🌹', '😉', '🥰', '😘']);
const ANGRY_EMOJI = new Set(['😡', '😠', '🤬', '💢', '🙄', '😤', '👎', '😒']);

/** Characters after which a Chinese clause starts. */
const ZH_CLAUSE_BREAK = '。！？!?；;，,：:\n、…~—“”"「」（）()';

// Per-call scratch state (the function is synchronous, so module scope is safe).
const lowerWords: string[] = [];
const wordStart: number[] = [];
const wordEnd: number[] = [];
const wordAtStart: boolean[] = [];

interface Acc {
  counts: Float64Array;
  markers: ToneMarker[] | null;
  text: string;
}

const WEIGHT_BY_INDEX = STRATEGIES.map((s) => WEIGHTS[s]);
/** ½^k for the k-th repeat of a strategy (0 from the 64th on). */
const HALVES = Array.from({ length: 64 }, (_, k) => 0.5 ** k);

function add(acc: Acc, index: number, start: number, end: number): void {
  const seen = acc.counts[index] ?? 0;
  acc.counts[index] = seen + 1;
  if (acc.markers) {
    const strategy = STRATEGIES[index] ?? 'positive';
    const weight = (WEIGHT_BY_INDEX[index] ?? 0) * (HALVES[seen] ?? 0);
    acc.markers.push({ start, end, text: acc.text.slice(start, end), weight, strategy });
  }
}

const S = Object.fromEntries(STRATEGIES.map((s, i) => [s, i])) as Record<ToneStrategy, number>;
const EMPHASIS = S.emphasis;
const EXCLAIM = S.exclaim;
const EMOTICON = S.emoticon;
const TERSE = S.terse;

/** A request shorter than this many words (a Han character counts as half a word) reads curt. */
export const TERSE_BELOW = 10;

function matchEnglish(acc: Acc, n: number): void {
  let i = 0;
  while (i < n) {
    const word = lowerWords[i] ?? '';
    const candidates = EN_TABLE.get(word);
    let consumed = 1;
    if (candidates) {
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c] as Pattern;
        if (p.where === 'start' && !wordAtStart[i]) continue;
        if (p.where === 'inner' && wordAtStart[i]) continue;
        const len = p.words.length;
        if (i + len > n) continue;
        let ok = true;
        for (let k = 1; k < len; k++) {
          // A phrase does not run across a sentence end.
          if (lowerWords[i + k] !== p.words[k] || wordAtStart[i + k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        add(acc, p.index, wordStart[i] ?? 0, wordEnd[i + len - 1] ?? 0);
        consumed = len;
        break;
      }
    }
    i += consumed;
  }
}

function isClauseStart(text: string, index: number): boolean {
  let j = index - 1;
  let c = code(text, j);
  while (c === 32 || c === 9 || c === 0x3000) c = code(text, --j);
  return j < 0 || ZH_CLAUSE_BREAK_CODES.has(c);
}

const ZH_CLAUSE_BREAK_CODES = new Set(Array.from(ZH_CLAUSE_BREAK, (c) => c.charCodeAt(0)));

/** Whether the character at `index` is one of `chars` (false outside the text). */
function charIn(chars: string, text: string, index: number): boolean {
  const c = code(text, index);
  return c === c && chars.includes(String.fromCharCode(c));
}

function matchChinese(acc: Acc, text: string, runStart: number, runEnd: number): void {
  let i = runStart;
  while (i < runEnd) {
    const slot = ZH_FIRST[code(text, i)] ?? 0;
    let consumed = 1;
    if (slot !== 0) {
      const candidates = ZH_LISTS[slot] ?? [];
      const next = i + 1 < runEnd ? text.charCodeAt(i + 1) : -2;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c] as Pattern;
        if (p.second !== -1 && p.second !== next) continue;
        const phrase = p.phrase;
        const n = phrase.length;
        if (i + n > runEnd) continue;
        let k = 2; // the first character is the table's key, the second was compared above
        while (k < n && code(text, i + k) === phrase.charCodeAt(k)) k++;
        if (k < n) continue;
        if (p.where !== 'any') {
          const atStart = i === runStart && isClauseStart(text, i);
          if ((p.where === 'start') !== atStart) continue;
        }
        if (p.notAfter !== '' && charIn(p.notAfter, text, i - 1)) continue;
        if (p.notBefore !== '' && charIn(p.notBefore, text, i + n)) continue;
        add(acc, p.index, i, i + n);
        consumed = n;
        break;
      }
    }
    i += consumed;
  }
}

/** The UTF-16 code unit at `i`, or 0 outside the text (an out-of-bounds read would deoptimise V8). */
const code = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
const isHigh = (c: number) => c >= 0xd83c && c <= 0xd83e;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isSymbol = (c: number) => c >= 0x2600 && c <= 0x27bf;

/** Length of the emoji sequence at `i` (0 if none): base, then variation selectors, skin tones, ZWJ joins. */
function emojiLength(text: string, i: number): number {
  const c = code(text, i);
  let j: number;
  if (isHigh(c) && isLow(code(text, i + 1))) j = i + 2;
  else if (isSymbol(c)) j = i + 1;
  else return 0;
  for (;;) {
    const d = code(text, j);
    if (d === 0xfe0f) j++;
    else if (d === 0xd83c && code(text, j + 1) >= 0xdffb && code(text, j + 1) <= 0xdfff) j += 2;
    else if (d === 0x200d) {
      const e = code(text, j + 1);
      if (isHigh(e) && isLow(code(text, j + 2))) j += 3;
      else if (isSymbol(e)) j += 2;
      else break;
    } else break;
  }
  return j - i;
}

/** Length of the ASCII emoticon at `i` (":)", ":-)", ";)", ":D", "=)", "^_^", "^^"), or 0. */
function emoticonLength(text: string, i: number): number {
  const c = code(text, i);
  let j = i + 1;
  if (c === 58 || c === 59 || c === 61) {
    if (code(text, j) === 45) j++;
    const d = code(text, j);
    if (d !== 41 && d !== 68) return 0;
    j++;
  } else if (c === 94) {
    while (code(text, j) === 95) j++;
    if (code(text, j) !== 94) return 0;
    j++;
  } else return 0;
  // Not inside code or a word: "a:)", "f(x:)", ":Done".
  const before = code(text, i - 1);
  const after = code(text, j);
  if (isWordChar(before) || before === 40 || before === 41 || isWordChar(after) || after === 40) return 0;
  return j - i;
}

/**
 * One linear pass over the text, by character code (a hand-written scanner: a global regex `exec`
 * loop costs ~30 µs per 1,000 characters here, this ~3 µs). It reads Latin words (with apostrophes),
 * runs of Han characters (matched against the Chinese table at once), runs of sentence-ending
 * punctuation, @mentions (transparent at a sentence start), emoji sequences (whole surrogate pairs,
 * so a span never splits one) and ASCII emoticons; then the English words against the English table.
 */
function scan(text: string, acc: Acc): void {
  let n = 0;
  let han = 0;
  let atStart = true;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = code(text, i);
    if (isLetter(c)) {
      let j = i;
      let node = 0; // trie node of the word so far; -1 once it is no word of ours
      for (;;) {
        const d = code(text, j);
        let slot: number;
        if (isLetter(d)) slot = (d | 32) - 97;
        else if ((d === 39 || d === 0x2019) && isLetter(code(text, j + 1))) slot = 26;
        else break;
        j++;
        if (node >= 0) node = TRIE_NEXT[node * 27 + slot] || -1;
      }
      // A word glued to digits or underscores ("utf8", "x_1") is an identifier, not a word.
      if (!isWordChar(code(text, j)) && !isWordChar(code(text, i - 1))) {
        lowerWords[n] = node > 0 ? (TRIE_WORDS[node] ?? '') : '';
        wordStart[n] = i;
        wordEnd[n] = j;
        wordAtStart[n] = atStart;
        n++;
      }
      atStart = false;
      i = j;
    } else if (isHan(c)) {
      let j = i + 1;
      while (isHan(code(text, j))) j++;
      han += j - i;
      matchChinese(acc, text, i, j);
      atStart = false;
      i = j;
    } else if (isEnd(c)) {
      let j = i + 1;
      while (isEnd(code(text, j))) j++;
      // "math.h", "1.5", "e.g" do not end a sentence: a '.' must be followed by a space or the end.
      const next = code(text, j);
      const dotsOnly = c === 46 && code(text, j - 1) === 46;
      if (!dotsOnly || j >= len || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0) {
        atStart = true;
      }
      let marks = 0;
      let bang = false;
      let doubleQuery = false;
      for (let k = i; k < j; k++) {
        const d = code(text, k);
        if (d === 33 || d === 0xff01) {
          marks++;
          bang = true;
        } else if (d === 63 || d === 0xff1f) {
          const p = code(text, k - 1);
          if (k > i && (p === 63 || p === 0xff1f)) doubleQuery = true;
          marks++;
        }
      }
      if (marks >= 2 && (bang || doubleQuery)) add(acc, EMPHASIS, i, j);
      else if (bang) add(acc, EXCLAIM, i, j);
      i = j;
    } else if (c === 64 && isWordChar(code(text, i + 1))) {
      // An @mention leaves the sentence-start state as it is.
      let j = i + 1;
      for (let d = code(text, j); isWordChar(d) || d === 46 || d === 45; d = code(text, ++j));
      i = j;
    } else if (c < 0x2600 && c !== 58 && c !== 59 && c !== 61 && c !== 94) {
      i++; // spaces, digits, other punctuation: nothing to read
    } else {
      const e = emojiLength(text, i);
      if (e > 0) {
        const base = String.fromCodePoint(text.codePointAt(i) ?? 0);
        if (POLITE_EMOJI.has(base)) add(acc, EMOTICON, i, i + e);
        else if (ANGRY_EMOJI.has(base)) add(acc, EMPHASIS, i, i + e);
        i += e;
        continue;
      }
      const m = emoticonLength(text, i);
      if (m > 0) {
        add(acc, EMOTICON, i, i + m);
        i += m;
        continue;
      }
      // Any other surrogate pair is stepped over whole.
      i += c >= 0xd800 && c <= 0xdbff && isLow(code(text, i + 1)) ? 2 : 1;
    }
  }
  matchEnglish(acc, n);
  if (n > 4096) {
    // Do not keep a huge draft's scratch arrays alive.
    lowerWords.length = wordStart.length = wordEnd.length = wordAtStart.length = 0;
  }
  if (n + han / 2 < TERSE_BELOW) {
    // The whole draft is the marker, without its outer white space.
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) add(acc, TERSE, start, end);
  }
}

/**
 * Per-strategy feature values of a text, f = Σ ½^(k-1) over the k uses of each strategy, in the
 * order of `STRATEGIES`. Used by the calibration script; `scoreTone` is `BIAS + Σ WEIGHTS × f`.
 */
export function toneFeatures(text: string): Float64Array {
  const acc: Acc = { counts: new Float64Array(STRATEGIES.length), markers: null, text };
  scan(text, acc);
  const f = new Float64Array(STRATEGIES.length);
  for (let i = 0; i < f.length; i++) f[i] = 2 * (1 - 0.5 ** (acc.counts[i] ?? 0));
  return f;
}

/**
 * Score the tone of a draft. `score` is a logit: > 0 reads as polite, ≤ 0 as not polite (neutral down
 * to `IMPOLITE_BELOW`, impolite below it). `markers` are the words that moved it, in text order, with
 * spans into `text` and the amount each contributed (they sum to `score - BIAS`).
 */
export function scoreTone(text: string, lang: ToneLang): ToneResult {
  void lang; // Patterns of both languages apply to every draft: mixed drafts are common.
  if (!/\S/.test(text)) return { score: 0, label: 'neutral', markers: [] };
  const acc: Acc = { counts: new Float64Array(STRATEGIES.length), markers: [], text };
  scan(text, acc);
  const markers = acc.markers ?? [];
  // Chinese and emoji markers come during the pass, English ones after it: sort only when mixed.
  for (let i = 1; i < markers.length; i++) {
    if ((markers[i] as ToneMarker).start < (markers[i - 1] as ToneMarker).start) {
      markers.sort((a, b) => a.start - b.start);
      break;
    }
  }
  let score = BIAS;
  for (const m of markers) score += m.weight;
  score = Math.round(score * 1000) / 1000;
  const label = score > 0 ? 'polite' : score > IMPOLITE_BELOW ? 'neutral' : 'impolite';
  return { score, label, markers };
}
