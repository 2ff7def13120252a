import type { Translate } from '../utils/i18n.ts';

export interface DraftInputProps {
  t: Translate;
  value: string;
  onInput: (text: string) => void;
}

/** A draft pasted or written in the panel itself, for when no composer is open. */
export function DraftInput({ t, value, onInput }: DraftInputProps) {
  return (
    <div class="aw-draft">
      <label for="aw-draft-text">{t('panelPasteLabel')}</label>
      <textarea
        id="aw-draft-text"
        rows={8}
        placeholder={t('panelPastePlaceholder')}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {value ? (
        <button type="button" class="aw-link" onClick={() => onInput('')}>
          {t('panelClear')}
        </button>
      ) : null}
    </div>
  );
}
