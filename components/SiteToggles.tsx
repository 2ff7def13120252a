import type { Translate } from '../utils/i18n.ts';
import type { Site } from '../utils/sites.ts';

export interface SiteTogglesProps {
  t: Translate;
  sites: readonly Site[];
  isOn: (siteId: string) => boolean;
  onToggle: (siteId: string, on: boolean) => void;
}

export function SiteToggles({ t, sites, isOn, onToggle }: SiteTogglesProps) {
  return (
    <fieldset class="aw-field">
      <legend>{t('optionsSites')}</legend>
      <p class="aw-muted">{t('optionsSitesHelp')}</p>
      {sites.map((site) => (
        <label class="aw-site" key={site.id}>
          <input
            type="checkbox"
            name={`site-${site.id}`}
            checked={isOn(site.id)}
            onChange={(e) => onToggle(site.id, e.currentTarget.checked)}
          />
          <span>{site.label}</span>
          <code>{site.matches.map((m) => m.replace(/^https?:\/\//, '').replace(/\/\*$/, '')).join(', ')}</code>
        </label>
      ))}
    </fieldset>
  );
}
