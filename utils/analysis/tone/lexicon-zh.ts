// The tone meter's Chinese lexicon (simplified and traditional side by side): phrases per politeness
// strategy (see index.ts for the model).
import type { Spec } from './strategies.ts';

/** Chinese patterns (simplified and traditional forms together). Same rule: longest match wins. */
export const ZH_SPECS: Spec[] = [
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
  ['polarQuestion', 'any', '吗|嗎|是不是|有没有|有沒有|对吧|對吧'],
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
export const ZH_EXCEPTIONS: Record<string, { notAfter?: string; notBefore?: string; notInRun?: string }> = {
  请: { notAfter: '申邀聘宴恳', notBefore: '假示求柬帖' },
  請: { notAfter: '申邀聘宴懇', notBefore: '假示求柬帖' },
  我: { notBefore: '们們' },
  你: { notBefore: '们們好' },
  吗: { notBefore: '啡', notInRun: '不没沒难難' },
  嗎: { notBefore: '啡', notInRun: '不没沒难難' },
};
