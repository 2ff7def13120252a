// What a template is filled with for a given draft: its language (the draft's own; a mixed draft
// follows the UI) and the blanks the engine found values for.
import type { Analysis } from '../analysis/index.ts';
import type { Fields } from './schema.ts';

export function templateLang(a: Pick<Analysis, 'lang'> | null, ui: 'zh' | 'en'): 'zh' | 'en' {
  return a?.lang === 'zh' || a?.lang === 'en' ? a.lang : ui;
}

export function fieldsFrom(a: Analysis | null): Fields {
  if (!a) return {};
  const need = a.elements.quantifiedNeed;
  const date = need.dates[0]?.text ?? a.elements.nextSteps.dates[0]?.text;
  return { date, amount: need.quantities[0]?.text };
}
