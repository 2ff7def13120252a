import type { Lang, Translate } from '../utils/i18n.ts';

export interface RuleInfo {
  id: string;
  message: { zh: string; en: string };
}

export interface RuleTogglesProps {
  t: Translate;
  lang: Lang;
  rules: readonly RuleInfo[];
  isOn: (ruleId: string) => boolean;
  onToggle: (ruleId: string, on: boolean) => void;
}

/** One switch per check of the engine, labelled with what it flags. */
export function RuleToggles({ t, lang, rules, isOn, onToggle }: RuleTogglesProps) {
  return (
    <fieldset class="aw-field" data-section="rules">
      <legend>{t('optionsRules')}</legend>
      <p class="aw-muted">{t('optionsRulesHelp')}</p>
      {rules.map((r) => (
        <label class="aw-site" key={r.id}>
          <input type="checkbox" name={`rule-${r.id}`} checked={isOn(r.id)} onChange={(e) => onToggle(r.id, e.currentTarget.checked)} />
          <span>{r.message[lang]}</span>
          <code>{r.id}</code>
        </label>
      ))}
    </fieldset>
  );
}
