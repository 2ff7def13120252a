import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../../utils/analysis/index.ts';
import { BUILTIN_TEMPLATES, templateById } from '../../../utils/templates/catalog.ts';
import { fieldsIn, renderTemplate } from '../../../utils/templates/render.ts';
import { FIELD_NAMES } from '../../../utils/templates/schema.ts';

describe('the built-in catalog', () => {
  it('offers a template for every fix the engine can suggest', () => {
    for (const id of TEMPLATE_IDS) expect(templateById(id), id).toBeDefined();
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s has the same blanks in zh and en, all known', (_id, t) => {
    expect(fieldsIn(t.body.zh).sort()).toEqual(fieldsIn(t.body.en).sort());
    for (const f of fieldsIn(t.body.en)) expect(FIELD_NAMES).toContain(f);
    expect(t.body.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(t.body.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('renderTemplate', () => {
  const t = templateById('need.quantified')!;
  it('fills the blanks it has values for', () => {
    expect(renderTemplate(t, 'en', { resource: 'one front-end engineer', duration: 'two weeks', date: 'Monday' })).toBe(
      'Specifically, we need one front-end engineer for two weeks, starting Monday.',
    );
  });

  it('shows the missing blanks as hints in the same language', () => {
    expect(renderTemplate(t, 'en', { resource: '2 testers' })).toBe('Specifically, we need 2 testers for [how long], starting [date].');
    expect(renderTemplate(t, 'zh', { date: '下周一' })).toBe('具体来说，我们需要【所需资源】，大约【时长】，从下周一开始。');
  });

  it('treats a blank of only spaces as missing', () => {
    expect(renderTemplate(templateById('close.thanks')!, 'en', { resource: '  ' })).toBe('Thank you for considering this.');
    expect(renderTemplate(t, 'en', { resource: '   ' })).toContain('[what you need]');
  });
});
