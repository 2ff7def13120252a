// The user's say over the engine's findings: rules turned off, and a level of their own for a rule.
// Applied after analyze(), where findings are shown (overlay and side panel), so the engine stays a
// pure library that knows nothing of settings.
import type { Analysis, Severity } from './analysis/index.ts';
// The score alone, not the engine: this module is imported by storage and so by the background.
import { readiness } from './analysis/score.ts';

export const SEVERITIES = ['warning', 'info', 'hint'] as const satisfies readonly Severity[];

export interface RulePrefs {
  disabledRules: readonly string[];
  /** A level the user chose for a rule, by rule id; a rule not listed keeps its own. */
  ruleSeverity: Readonly<Record<string, Severity>>;
}

interface Rated {
  ruleId: string;
  severity: Severity;
}

/** Findings without the rules turned off, each at the level the user set for its rule. */
export function applyRulePrefs<F extends Rated>(findings: readonly F[], prefs: RulePrefs): F[] {
  const off = new Set(prefs.disabledRules);
  const out: F[] = [];
  for (const f of findings) {
    if (off.has(f.ruleId)) continue;
    const level = prefs.ruleSeverity[f.ruleId];
    out.push(level && level !== f.severity ? { ...f, severity: level } : f);
  }
  return out;
}

/** The loudest level among findings ('warning' over 'info' over 'hint'); undefined for none. */
export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) {
    if (worst === undefined || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(worst)) worst = f.severity;
  }
  return worst;
}

/**
 * An analysis as the user set it up: findings without the rules turned off and at the user's levels,
 * and the readiness score counted from those findings (a rule turned off no longer costs points; one
 * lowered to a hint costs what a hint costs).
 */
export function analysisWithPrefs<A extends Pick<Analysis, 'elements' | 'tone' | 'findings' | 'score'>>(a: A, prefs: RulePrefs): A {
  const findings = applyRulePrefs(a.findings, prefs);
  // The engine scores an empty draft 0 with no findings; keep that.
  const empty = a.score === 0 && a.findings.length === 0;
  return { ...a, findings, score: readiness(a.elements, a.tone, findings, empty) };
}
