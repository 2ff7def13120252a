// Chinese cue fragments shared by several kinds (numbers, days, people and roles, time points).

import { alt } from '../kinds.ts';

export const ZNUM = '(?:[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万半]+)';
export const ZDAYNUM = '[0-9一二三四五六七八九十]{1,3}';
export const ZWEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天末]';
export const ZPERSON = '(?:人|工程师|开发|研发|前端|后端|测试|qa|设计师?|产品经理|产品|运维|同事|同学|实习生|外包|分析师|标注员|专家|顾问|dba|sre|算法)';
export const ZROLE = '(?:工程师|开发(?!者大会|区|商|票|新)|研发|前端|后端|测试|qa|设计师?|产品经理|运维|实习生|外包|分析师|标注员|专家|顾问|dba|sre|算法|律师|法务|财务|hr|bp)';
// A weekday with its week first (下周三, 下星期三, 本周五): before 下周 / 本周, which would otherwise match
// alone and leave the day unread. Dates may carry spaces (12 月 6 日), as forms and notices write them.
export const ZTIMEPOINT = alt(
  // 下周初 / 12月上旬 name a part of the week or month, narrower than 下周 alone (before it: first match wins).
  '(?:下下?|本|这)个?(?:周|星期|礼拜)初', '(?:上|中|下)旬', `(?:下下?个?|上个?|本|这个?)${ZWEEKDAY}`, '今天', '今日', '今晚', '明天', '明日', '明早', '后天', '本周', '这周', '下下周', '下周', '本月', '下个?月', '月底', '月初', '月中',
  '年底', '年前', '节前', '季度末', '本季度', '会后', '春节', '国庆', '元旦', '中秋', '五一', '双十一', '月末', '当天', '今天内', '本周内', '周末前', '下班前', ZWEEKDAY, `${ZDAYNUM}\\s?月\\s?${ZDAYNUM}\\s?[日号]?`, // A day of the month (1–31), not a document number (〔2005〕62号, 第12号, 字第1100186786號).
  `(?<![0-9第〕\\]】)）)])(?:3[01]|[12][0-9]|0?[1-9]|[一二三四五六七八九十]{1,3})\\s?[日号](?![路楼线房车机窗门馆厅院位台柜桌床口井站场厂仓库室桥栋])`,
  '(?<![0-9a-z.-])(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12][0-9]|3[01])(?![0-9a-z%％万萬亿億千倍元米尺吨亩斤升克度个人块]|[.-][0-9]|\\s?(?:公里|公尺|平方|小时|分钟))', '上午', '下午', '中午', '晚上', '下班', 'eod', '(?:[0-9]{1,2}|[两三四五六七八九十]|十[一二])点', '(?:上午|下午|中午|凌晨|晚上|早上)一点', '一点(?=半|钟|前|之前|以前)', 'q[1-4]', '等下(?!去)', '等一下(?=[我就再])', '待会儿?', '一会儿(?=[我就再发给])',
);
