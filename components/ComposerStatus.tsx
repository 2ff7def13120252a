import type { Translate } from '../utils/i18n.ts';
import type { ComposerInfo } from '../utils/messages.ts';

/** Which composer the panel follows, so the user knows what is being checked. */
export function ComposerStatus({ t, composer }: { t: Translate; composer: ComposerInfo }) {
  return (
    <section class="aw-composer" aria-live="polite">
      <p class="aw-following">{t('panelComposerActive', composer.host)}</p>
      <p class="aw-muted">{t('panelComposerChars', [...composer.text].length)}</p>
    </section>
  );
}
