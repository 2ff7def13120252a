// Chinese cues for the form of a message: greetings and headers, request forms, roles.
// Patterns run on normalised sentence text (see ../../cues.ts).

import { re, alt, type Cues } from '../kinds.ts';
import { ZROLE } from './terms.ts';

export const ZH_FORM: Cues<'greeting' | 'request' | 'role'> = {
  greeting: re('^(?:关于[^。!?\\n]{1,40}的(?:请示|申请|报告|函|通知|会议纪要|纪要|会议记录)|[^,。!?\\n请吗想要需能]{2,40}(?:请示|报告|的函|\\s函|通知|通知单|通告|公告|倡议书|启事|办法|提案|纪要|签呈)|(?:主题|收件人|抄送|发件人|日期|时间|附件)[:：][^\\n]*|[^,。!?\\n]{1,16}[:：]|[^,。!?\\n]{0,12}?(?:您好|你好|大家好|早上好|下午好|晚上好|hi|hello)|(?:尊敬的|亲爱的)?[^,。!?\\n]{1,8}(?:经理|总|老师|主任|部长|总监|老板|同学|姐|哥|工|领导|各位|团队|同事们)[,:]?)[,!。:]?\\s*$'),
  request: re(alt(
    '请(?!问|假|客|教)', '麻烦', '能否', '可否', '能不能', '可不可以', '是否(?:可以|能|方便)', '希望(?:您|你|贵|各位|大家)', '想请', '想(?:申请|借|要)', '申请', '拜托', '烦请', '恳请', '敬请', '特此', '求助', '劳驾',
    '可以.{0,10}吗', '妥否', '当否', '批示', '核示',
  )),
  role: re(ZROLE),
};
