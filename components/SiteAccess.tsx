import type { Translate } from '../utils/i18n.ts';

export interface SiteAccessProps {
  t: Translate;
  /** The active tab's host, when AskWell is off there and could be turned on. */
  host: string;
  onTurnOn: () => void;
}

/** Offers to turn AskWell on for a site outside the built-in list (asks for its permission then). */
export function SiteAccess({ t, host, onTurnOn }: SiteAccessProps) {
  return (
    <section class="aw-site-access" aria-label={t('siteOff', host)}>
      <p>{t('siteOff', host)}</p>
      <button type="button" class="aw-primary" data-action="turn-on-site" onClick={onTurnOn}>
        {t('siteTurnOn', host)}
      </button>
      <p class="aw-muted">{t('siteTurnOnHelp')}</p>
    </section>
  );
}
