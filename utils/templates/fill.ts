// What a template is filled with for a given draft: its language (the draft's own; a mixed draft
// follows the UI) and the blanks the engine found values for.
import type { Analysis } from '../analysis/index.ts';
import type { Fields } from './schema.ts';

export function templateLang(a: Pick<Analysis, 'lang'> | null, ui: 'zh' | 'en'): 'zh' | 'en' {
  return a?.lang === 'zh' || a?.lang === 'en' ? a.lang : ui;
}

/** "Hi Dana," → Dana; "王经理您好：" → 王经理; "張經理，" → 張經理. */
export function recipientOf(draft: string): string | undefined {
  const en = /^\s*(?:hi|hello|hey|dear)\s+([^\s,，:：!！\n][^,，:：!！\n]{0,30}?)\s*[,，:：!！\n]/i.exec(draft);
  if (en) return en[1];
  const zh = /^\s*([\u3400-\u9fff]{1,4}(?:经理|經理|总监|總監|主管|老师|老師|总|總|姐|哥))(?:您好|你好)?[,，:：!！\s]/.exec(draft);
  return zh?.[1];
}

export function fieldsFrom(a: Analysis | null, draft = ''): Fields {
  if (!a) return {};
  const need = a.elements.quantifiedNeed;
  const date = need.dates[0]?.text ?? a.elements.nextSteps.dates[0]?.text;
  return { date, amount: need.quantities[0]?.text, recipient: recipientOf(draft) };
}
