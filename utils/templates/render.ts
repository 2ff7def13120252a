// Fills a template's blanks. A blank with no value stays visible as a bracketed hint in the same
// language, so the writer sees at once what to complete.
import type { FieldName, Fields, Template } from './schema.ts';

export type TemplateLang = 'zh' | 'en';

/** What each blank asks for, in both languages: the hint in a rendered template and the form's label. */
export const FIELD_LABELS: Record<FieldName, { zh: string; en: string }> = {
  recipient: { zh: '对方称呼', en: 'name' },
  project: { zh: '项目名称', en: 'the project' },
  resource: { zh: '所需资源', en: 'what you need' },
  amount: { zh: '数量', en: 'how much' },
  duration: { zh: '时长', en: 'how long' },
  date: { zh: '日期', en: 'date' },
  reason: { zh: '对目标的影响', en: 'what it unlocks' },
  offer: { zh: '你能提供的回报', en: 'what you can offer' },
  myStep: { zh: '你的下一步', en: 'your next step' },
  person: { zh: '对接人', en: 'the contact' },
  agreement: { zh: '约定内容', en: 'what was agreed' },
  outcome: { zh: '取得的成果', en: 'what their help made possible' },
};

export function fieldsIn(body: string): FieldName[] {
  return [...new Set([...body.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as FieldName))];
}

export function renderTemplate(template: Template, lang: TemplateLang, fields: Fields = {}): string {
  return template.body[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = fields[name as FieldName]?.trim();
    if (value) return value;
    const hint = FIELD_LABELS[name as FieldName];
    if (!hint) return whole;
    return lang === 'zh' ? `【${hint.zh}】` : `[${hint.en}]`;
  });
}
