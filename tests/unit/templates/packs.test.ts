import { describe, expect, it } from 'vitest';
import { customId, mergeTemplates, packJson, parsePack } from '../../../utils/templates/packs.ts';
import type { Template } from '../../../utils/templates/schema.ts';

const tpl = (id: string, title = 'Weekly update'): Template => ({
  id,
  move: 'custom',
  title: { en: title, zh: '每周更新' },
  body: { en: 'Hi {recipient}, here is this week’s update on {project}.', zh: '{recipient}您好，这是{project}本周的进展。' },
  placement: 'caret',
});

describe('parsePack', () => {
  it('accepts a valid pack and round-trips through packJson', () => {
    const json = packJson('Team Q4', [tpl('custom.weekly-1')]);
    expect(parsePack(json)).toEqual({ ok: true, pack: { name: 'Team Q4', templates: [tpl('custom.weekly-1')] } });
  });

  it.each([
    ['not JSON', '{"name": ', /^not JSON/],
    ['no name', JSON.stringify({ templates: [] }), /^name: /],
    ['a template without Chinese text', JSON.stringify({ name: 'x', templates: [{ ...tpl('custom.a-1'), body: { en: 'Hi', zh: '' } }] }), /^templates\[0\]\.body\.zh: /],
    ['an id that is not move.name', JSON.stringify({ name: 'x', templates: [{ ...tpl('Weekly Update') }] }), /^templates\[0\]\.id: ids look like move\.name/],
    ['a placement that does not exist', JSON.stringify({ name: 'x', templates: [{ ...tpl('custom.a-1'), placement: 'top' }] }), /^templates\[0\]\.placement: /],
    ['a built-in id', JSON.stringify({ name: 'x', templates: [tpl('close.thanks')] }), /built-in/],
    ['the same id twice', JSON.stringify({ name: 'x', templates: [tpl('custom.a-1'), tpl('custom.a-1')] }), /appears twice/],
  ])('reports %s by field, and imports nothing', (_n, json, error) => {
    const r = parsePack(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(error);
  });

  it('lists every problem, not only the first', () => {
    const r = parsePack(JSON.stringify({ name: '', templates: [{ id: 'x' }] }));
    expect(!r.ok && r.errors.length).toBeGreaterThan(3);
  });
});

describe('mergeTemplates and customId', () => {
  it('an imported template replaces the user’s one with the same id, others stay', () => {
    const merged = mergeTemplates([tpl('custom.a-1', 'old'), tpl('custom.b-1')], [tpl('custom.a-1', 'new')]);
    expect(merged.map((t) => [t.id, t.title.en])).toEqual([
      ['custom.b-1', 'Weekly update'],
      ['custom.a-1', 'new'],
    ]);
  });

  it('makes a free id from the English title', () => {
    expect(customId('Weekly Update!', new Set(['custom.weekly-update-1']))).toBe('custom.weekly-update-2');
    expect(customId('周报', new Set())).toBe('custom.template-1');
  });
});
