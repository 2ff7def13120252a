// One table-driven test over every rule's own examples (ESLint RuleTester style): a rule must stay
// silent on its good examples and fire on its bad ones. Plus the registry's invariants.
import { describe, expect, it } from 'vitest';
import { analyze, RULES, TEMPLATE_IDS } from '../../../utils/analysis/index.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has complete metadata', () => {
    expect(rule.meta.id).toMatch(/^[a-z][a-z-]*$/);
    expect(['element', 'pitfall', 'tone']).toContain(rule.meta.kind);
    expect(['warning', 'info', 'hint']).toContain(rule.meta.severity);
    expect(rule.meta.guidance).toMatch(/资源协商|向上管理/);
    for (const l of ['zh', 'en'] as const) {
      expect(rule.meta.message[l].length).toBeGreaterThan(4);
      expect(rule.meta.explanation[l].length).toBeGreaterThan(10);
    }
    if (rule.meta.fix) expect(TEMPLATE_IDS).toContain(rule.meta.fix.templateId);
    expect(rule.examples.good.length + rule.examples.bad.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.bad.length).toBeGreaterThanOrEqual(1);
  });

  it.each(rule.examples.good.map((e) => [e.text, e] as const))('good: %s', (_t, ex) => {
    const r = analyze(ex.text, { now: NOW, ...(ex.lang ? { lang: ex.lang } : {}) });
    expect(r.findings.filter((f) => f.ruleId === id)).toEqual([]);
  });

  it.each(rule.examples.bad.map((e) => [e.text, e] as const))('bad: %s', (_t, ex) => {
    const r = analyze(ex.text, { now: NOW, ...(ex.lang ? { lang: ex.lang } : {}) });
    const mine = r.findings.filter((f) => f.ruleId === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(ex.text.length);
      expect(f.guidance).toBe(rule.meta.guidance);
    }
  });
});

describe('registry', () => {
  it('has unique ids and the required pitfalls', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['vague-need', 'blame', 'only-asking', 'no-written-confirmation', 'over-the-head', 'flattery', 'buried-ask', 'length', 'questions']) {
      expect(ids).toContain(id);
    }
  });

  it('detects each of the four moves with exactly one element rule', () => {
    const el = RULES.filter((r) => r.element).map((r) => r.element);
    expect(el.sort()).toEqual(['nextSteps', 'quantifiedNeed', 'reciprocity', 'sharedGoal']);
  });

  it('every template id has the <move>.<name> form and is used by some rule', () => {
    const used = new Set(RULES.map((r) => r.meta.fix?.templateId).filter(Boolean));
    for (const t of TEMPLATE_IDS) {
      expect(t).toMatch(/^(opening|need|reciprocity|close)\.[a-z][a-z-]*$/);
      expect(used.has(t)).toBe(true);
    }
  });
});
