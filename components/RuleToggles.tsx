import type { Lang, MessageKey, Translate } from '../utils/i18n.ts';
import type { Severity } from '../utils/analysis/index.ts';

export interface RuleInfo {
  id: string;
  message: { zh: string; en: string };
  /** The rule's own level (the engine's). */
  severity: Severity;
}

export type LevelChoice = Severity | 'default';

export interface RuleTogglesProps {
  t: Translate;
  lang: Lang;
  rules: readonly RuleInfo[];
  isOn: (ruleId: string) => boolean;
  onToggle: (ruleId: string, on: boolean) => void;
  /** The level the user chose for a rule, or 'default' for the rule's own. */
  levelOf: (ruleId: string) => LevelChoice;
  onLevel: (ruleId: string, level: LevelChoice) => void;
}

export const LEVEL_NAME: Record<Severity, MessageKey> = { warning: 'severityWarning', info: 'severityInfo', hint: 'severityHint' };
const LEVEL_OPTION: Record<Severity, MessageKey> = { warning: 'severityWarning', info: 'severityInfo', hint: 'severityHintOption' };

/** One switch per check of the engine, labelled with what it flags, and how loudly it speaks. */
export function RuleToggles({ t, lang, rules, isOn, onToggle, levelOf, onLevel }: RuleTogglesProps) {
  return (
    <fieldset class="aw-field" data-section="rules">
      <legend>{t('optionsRules')}</legend>
      <p class="aw-muted">{t('optionsRulesHelp')}</p>
      {rules.map((r) => {
        const on = isOn(r.id);
        return (
          <div class="aw-rule" key={r.id} data-rule={r.id}>
            <label class="aw-site">
              <input type="checkbox" name={`rule-${r.id}`} checked={on} onChange={(e) => onToggle(r.id, e.currentTarget.checked)} />
              <span>{r.message[lang]}</span>
              <code>{r.id}</code>
            </label>
            <select
              name={`level-${r.id}`}
              aria-label={t('optionsRuleLevel', r.message[lang])}
              value={levelOf(r.id)}
              // A rule that is off has no level to speak at.
              disabled={!on}
              onChange={(e) => onLevel(r.id, e.currentTarget.value as LevelChoice)}
            >
              <option value="default">{t('severityDefault', t(LEVEL_OPTION[r.severity]))}</option>
              {(['warning', 'info', 'hint'] as const).map((level) => (
                <option key={level} value={level}>
                  {t(LEVEL_OPTION[level])}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
