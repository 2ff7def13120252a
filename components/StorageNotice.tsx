import type { Translate } from '../utils/i18n.ts';

export interface StorageNoticeProps {
  t: Translate;
  /** The stored items that fell back to defaults (their keys, e.g. "settings"). */
  items: string[];
  onDismiss: () => void;
}

/** Tells the user that some saved data could not be read and was kept aside. */
export function StorageNotice({ t, items, onDismiss }: StorageNoticeProps) {
  if (items.length === 0) return null;
  return (
    <div class="aw-notice" role="alert">
      <strong>{t('storageProblemTitle')}</strong>
      <p>{t('storageProblemBody', [...new Set(items)].join(', '))}</p>
      <button type="button" onClick={onDismiss}>
        {t('storageProblemDismiss')}
      </button>
    </div>
  );
}
