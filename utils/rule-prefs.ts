// The user's say over the engine's findings: rules turned off, and a level of their own for a rule.
// Applied after analyze(), where findings are shown (overlay and side panel), so the engine stays a
// pure library that knows nothing of settings.
import type { Severity } from './analysis/index.ts';

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
