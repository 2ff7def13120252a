import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/analysis/index.ts';
import { applyRulePrefs, worstSeverity, type RulePrefs } from '../../utils/rule-prefs.ts';

const finding = (ruleId: string, severity: Finding['severity'], start = 0): Finding => ({
  ruleId,
  kind: 'pitfall',
  severity,
  start,
  end: start + 4,
  message: { zh: ruleId, en: ruleId },
  guidance: 'g',
});

const FINDINGS = [finding('vague-need', 'warning', 0), finding('length', 'hint', 10), finding('flattery', 'warning', 20), finding('vague-need', 'warning', 30)];
const NONE: RulePrefs = { disabledRules: [], ruleSeverity: {} };

describe('applyRulePrefs', () => {
  it.each<[string, RulePrefs, [string, string][]]>([
    ['no preferences: every finding at its own level', NONE, [['vague-need', 'warning'], ['length', 'hint'], ['flattery', 'warning'], ['vague-need', 'warning']]],
    ['a rule turned off is left out, every hit of it', { ...NONE, disabledRules: ['vague-need'] }, [['length', 'hint'], ['flattery', 'warning']]],
    ['a lowered rule: every hit of it at the new level', { ...NONE, ruleSeverity: { 'vague-need': 'info' } }, [['vague-need', 'info'], ['length', 'hint'], ['flattery', 'warning'], ['vague-need', 'info']]],
    ['a raised hint becomes a warning', { ...NONE, ruleSeverity: { length: 'warning' } }, [['vague-need', 'warning'], ['length', 'warning'], ['flattery', 'warning'], ['vague-need', 'warning']]],
    ['a level for a rule that is off does not bring it back', { disabledRules: ['flattery'], ruleSeverity: { flattery: 'info' } }, [['vague-need', 'warning'], ['length', 'hint'], ['vague-need', 'warning']]],
    ['a level for a rule with no findings changes nothing', { ...NONE, ruleSeverity: { blame: 'hint' } }, [['vague-need', 'warning'], ['length', 'hint'], ['flattery', 'warning'], ['vague-need', 'warning']]],
  ])('%s', (_name, prefs, expected) => {
    expect(applyRulePrefs(FINDINGS, prefs).map((f) => [f.ruleId, f.severity])).toEqual(expected);
  });

  it('never changes the analysis it was given, and keeps everything but the level', () => {
    const out = applyRulePrefs(FINDINGS, { ...NONE, ruleSeverity: { flattery: 'hint' } });
    expect(FINDINGS[2]!.severity).toBe('warning');
    expect(out[2]).toEqual({ ...FINDINGS[2], severity: 'hint' });
    // Unchanged findings are passed through as they are.
    expect(out[0]).toBe(FINDINGS[0]);
  });
});

describe('worstSeverity', () => {
  it.each<[string, Finding['severity'][], string | undefined]>([
    ['nothing', [], undefined],
    ['only hints', ['hint', 'hint'], 'hint'],
    ['a suggestion beats a hint', ['hint', 'info'], 'info'],
    ['a warning beats everything', ['info', 'warning', 'hint'], 'warning'],
  ])('%s → %s', (_name, levels, worst) => {
    expect(worstSeverity(levels.map((severity) => ({ severity })))).toBe(worst);
  });
});
