import type { Translate } from '../utils/i18n.ts';

/** What the side panel says when no composer is open in the active tab. */
export function EmptyState({ t }: { t: Translate }) {
  return (
    <section class="aw-empty" aria-labelledby="aw-empty-title">
      <h2 id="aw-empty-title">{t('panelEmptyTitle')}</h2>
      <p>{t('panelEmptyBody')}</p>
    </section>
  );
}
