import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../utils/analysis/index.ts';
import { analysisWithPrefs, applyRulePrefs, worstSeverity, type RulePrefs } from '../../utils/rule-prefs.ts';

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

describe('analysisWithPrefs', () => {
  const NOW = new Date('2026-11-23T09:00:00Z');
  // A fair request with one blaming phrase, so its score is well inside 0–100.
  const draft =
    'Hi Dana, to hit our Q4 launch we need two QA engineers for two weeks, because the regression suite doubled. ' +
    'In return we will cover your on-call shifts. I will send the test plan on Monday morning. As I already said, it is urgent. Thanks!';
  const none = { disabledRules: [], ruleSeverity: {} };

  it('keeps the engine’s score when the user changed nothing', () => {
    const a = analyze(draft, { now: NOW });
    expect(analysisWithPrefs(a, none).score).toBe(a.score);
  });

  it('a pitfall rule turned off no longer costs readiness points', () => {
    const a = analyze(draft, { now: NOW });
    expect(a.findings.some((f) => f.ruleId === 'blame')).toBe(true);
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThan(92);
    const off = analysisWithPrefs(a, { disabledRules: ['blame'], ruleSeverity: {} });
    expect(off.findings.some((f) => f.ruleId === 'blame')).toBe(false);
    expect(off.score).toBe(Math.min(100, a.score + 8));
  });

  it('a pitfall lowered to a hint costs what a hint costs', () => {
    const a = analyze(draft, { now: NOW });
    const low = analysisWithPrefs(a, { disabledRules: [], ruleSeverity: { blame: 'hint' } });
    expect(low.score).toBe(Math.min(100, a.score + 6));
  });

  it('an empty draft stays at 0', () => {
    expect(analysisWithPrefs(analyze('', { now: NOW }), { disabledRules: ['blame'], ruleSeverity: {} }).score).toBe(0);
  });
});
