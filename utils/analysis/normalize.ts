// Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so an index
// into the normalised string is an index into the input. That is what lets the cue patterns be written
// once (simplified Chinese, ASCII lower case, half-width) and still report spans of the user's text.
//
//   - traditional Chinese → simplified, for the characters that occur in workplace requests (the table
//     below; a character without an entry is left as it is, which is right for the many characters the
//     two scripts share);
//   - full-width ASCII (ＡＢＣ１２３？！，) → half-width, the ideographic space → a space;
//   - ASCII A–Z → a–z (only ASCII: `toLowerCase` may change the length of some non-ASCII letters).

// Pairs "traditional simplified", one character each. Duplicates are harmless.
const PAIRS =
  '請请謝谢週周兩两們们個个這这為为會会發发給给時时間间與与門门團团隊队標标達达於于關关係系務务幫帮協协對对' +
  '預预計计劃划項项專专須须資资據据數数萬万億亿錢钱經经費费權权帳账號号機机員员師师測测試试設设開开後后' +
  '運运維维產产線线級级報报議议論论確确認认複复應应該该將将進进還还沒没麼么嗎吗總总說说過过話话頭头聯联' +
  '絡络繫系點点鐘钟裡里裏里邊边來来東东車车書书紙纸筆笔寫写讀读聽听見见現现視视觀观覺觉學学習习驗验證证' +
  '準准備备實实際际樣样處处辦办決决問问題题顧顾慮虑擔担憂忧難难戰战饋馈換换貢贡獻献讚赞譽誉煩烦擾扰託托' +
  '盡尽儘尽緊紧優优節节縮缩減减強强從从則则內内號号禮礼塊块單单價价臺台場场輪轮組组層层責责負负領领導导' +
  '闆板監监訴诉罪罪延延屢屡頭头電电約约應应書书郵邮紀纪級级映映越越接接討讨厲厉業业榮荣極极無无絕绝勞劳' +
  '駕驾順顺動动貴贵雙双贏赢惠惠益益調调資资額额採采購购買买賣卖戶户營营銷销績绩質质風风險险錯错誤误壞坏' +
  '損损環环階阶範范圍围選选擇择勢势獨独術术網网統统庫库檔档傳传遞递輸输載载檢检審审簽签訂订遠远歸归納纳' +
  '結结彙汇匯汇響响歉歉頻频訊讯碼码鏈链連连讓让裝装兒儿啟启執执護护儲储雲云寬宽顯显記记憶忆體体許许授授' +
  '註注冊册獲获爭争請请撥拨調调謂谓剛刚纔才灣湾廣广區区縣县鄉乡種种類类妳你誰谁倆俩並并僅仅雖虽當当幾几' +
  '隻只祇只遲迟釐厘鍵键綫线齊齐頁页顏颜飛飞馬马龍龙閉闭閒闲聞闻陣阵陳陈陸陆陰阴陽阳隨随隱隐雜杂離离靈灵' +
  '韓韩頓顿願愿飯饭飲饮餘余館馆髮发鬆松麥麦黃黄齡龄龜龟冊册別别劑剂勝胜勵励卻却廠厂參参變变員员喚唤嚴严' +
  '國国圖图圓圆塵尘壓压壯壮夢梦奪夺奮奋婦妇媽妈孫孙寧宁寶宝尋寻屬属歲岁島岛幣币帶带廢废張张彈弹復复徵征' +
  '惡恶愛爱態态慣惯慶庆憑凭戲戏擁拥擊击擬拟擴扩攝摄攤摊敗败斷断晉晋暫暂曆历條条樓楼櫃柜歡欢殘残氣气溝沟' +
  '滿满濟济災灾熱热燈灯爾尔牽牵獎奖畫画疊叠盤盘礎础稱称穩稳窮穷競竞築筑簡简籌筹糧粮紅红純纯細细終终絲丝' +
  '綜综綠绿編编緣缘總总織织繳缴繼继續续罰罚義义聖圣聲声職职腦脑舉举興兴舊旧華华葉叶蟲虫衛卫衝冲補补製制' +
  '規规親亲覽览訪访診诊評评詞词詢询詳详語语課课談谈諮咨諾诺謀谋識识譯译財财貨货販贩貼贴賓宾賠赔賦赋贊赞' +
  '趕赶趨趋跡迹踐践軟软較较輔辅輕轻轉转農农違违適适遺遗鄰邻醫医釋释針针鈔钞鉅巨銀银鋪铺錄录鎖锁鏡镜長长' +
  '閱阅靜静須须驗验佈布佔占併并瞭了麵面衹只彙汇兇凶週周倉仓傷伤債债僱雇儀仪億亿優优兌兑黨党靠靠幹干隸隶' +
  '衆众眾众夥伙沖冲況况淨净減减湊凑準准溫温滅灭漲涨潔洁濾滤瀏浏燒烧犧牺狀状獻献瑪玛產产畢毕異异瘋疯發发' +
  '盜盗睜睁瞞瞒礙碍碩硕確确禦御離离稅税穀谷竊窃筍笋範范篩筛糾纠紛纷級级紋纹納纳紐纽紹绍給给絡络統统絕绝' +
  '綁绑緒绪緩缓緯纬縣县繁繁續续罷罢羅罗聳耸膠胶膽胆臉脸艙舱艱艰莊庄蘇苏虛虚號号蝦虾術术襯衬覆覆訓训託托' +
  '訣诀訝讶詐诈誇夸誠诚誰谁諒谅諸诸謊谎謹谨證证譜谱變变豐丰豬猪貓猫貞贞負负貧贫貫贯責责貸贷貿贸賀贺賄贿' +
  '賬账賭赌賴赖贈赠趙赵跑跑蹤踪車车軌轨軍军軒轩較较輛辆輩辈轄辖辭辞邁迈郵邮鄭郑醜丑鈴铃銳锐鋼钢錶表鍋锅' +
  '鐵铁鑰钥閃闪閘闸閣阁闊阔闖闯隊队階阶際际雞鸡難难霧雾靈灵韌韧頂顶項项順顺預预領领頸颈頻频顆颗題题額额' +
  '顛颠飄飘餓饿騙骗騰腾驚惊骯肮鬧闹魯鲁鳳凤鳴鸣麗丽點点黨党齒齿啓启綱纲製制擠挤襪袜' +
  '夠够歷历廳厅攜携懷怀蓋盖爲为踴踊躍跃';

const TABLE = buildTable();

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) t[i] = i;
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    t[from] = to;
  }
  // Full-width ASCII → ASCII; ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  // ASCII upper → lower (after the full-width mapping: Ａ → A → a is done in `normalize`).
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Curly apostrophes and quotes are folded into ASCII so English patterns can use `'`.
  t[0x2019] = 0x27;
  t[0x2018] = 0x27;
  return t;
}

/** Maps one code unit. */
export function normUnit(c: number): number {
  const m = TABLE[c]!;
  return m >= 0x41 && m <= 0x5a ? m + 0x20 : m;
}

/** Length-preserving normalisation (see the top of this file). */
export function normalize(s: string): string {
  // Unchanged runs are copied as slices: most code units (Han, lower case) map to themselves.
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = normUnit(c);
    if (m !== c) {
      out += s.slice(last, i) + String.fromCharCode(m);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** True for code units in the CJK unified ideograph blocks (basic + extension A + compatibility). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Grapheme safety without Intl.Segmenter: moves `i` forward past anything that must not start a span
 * or be separated from what precedes it (a low surrogate, a ZWJ and what it joins, variation
 * selectors, combining marks of any script, emoji skin-tone modifiers, tag characters, keycap, and
 * the second regional indicator of a flag).
 */
export function snapForward(s: string, i: number): number {
  while (i > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    const prev = s.charCodeAt(i - 1);
    if (
      (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) ||
      c === 0x200d ||
      prev === 0x200d ||
      (c >= 0xfe00 && c <= 0xfe0f) ||
      c === 0x20e3 ||
      (c >= 0x0300 && (MARK.test(s[i]!) || (c >= 0x1160 && c <= 0x11ff)))
    ) {
      i++;
      continue;
    }
    if (c === 0xd83c && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      // Emoji modifiers (U+1F3FB–1F3FF) attach to what precedes them.
      if (lo >= 0xdffb && lo <= 0xdfff) {
        i += 2;
        continue;
      }
      // Regional indicators pair up into flags: never cut after an odd count of them.
      if (lo >= 0xdde6 && lo <= 0xddff) {
        let k = i;
        let count = 0;
        while (k >= 2 && s.charCodeAt(k - 2) === 0xd83c && s.charCodeAt(k - 1) >= 0xdde6 && s.charCodeAt(k - 1) <= 0xddff) {
          count++;
          k -= 2;
        }
        if (count % 2 === 1) {
          i += 2;
          continue;
        }
      }
    }
    // Tags (U+E0020–E007F) and variation selectors supplement (U+E0100–E01EF).
    if (c === 0xdb40) {
      i += 2;
      continue;
    }
    break;
  }
  return Math.min(i, s.length);
}

const MARK = /\p{M}/u;

/** A span that starts and ends on grapheme boundaries (both ends snapped forward). */
export function safeSpan(s: string, start: number, end: number): { start: number; end: number } {
  const a = snapForward(s, Math.max(0, Math.min(start, s.length)));
  const b = snapForward(s, Math.max(a, Math.min(end, s.length)));
  return { start: a, end: b };
}
