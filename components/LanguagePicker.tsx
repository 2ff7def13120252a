import type { LangSetting, Translate } from '../utils/i18n.ts';

export interface LanguagePickerProps {
  t: Translate;
  value: LangSetting;
  onChange: (value: LangSetting) => void;
}

const OPTIONS = [
  ['auto', 'optionsLanguageAuto'],
  ['zh', 'optionsLanguageZh'],
  ['en', 'optionsLanguageEn'],
] as const;

export function LanguagePicker({ t, value, onChange }: LanguagePickerProps) {
  return (
    <div class="aw-field">
      <label for="aw-language">{t('optionsLanguage')}</label>
      <select id="aw-language" value={value} onChange={(e) => onChange(e.currentTarget.value as LangSetting)}>
        {OPTIONS.map(([v, key]) => (
          <option key={v} value={v}>
            {t(key)}
          </option>
        ))}
      </select>
    </div>
  );
}
