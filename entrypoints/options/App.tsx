import { usePageLanguage, useStoreInit } from '../../components/usePage.ts';
import { LanguagePicker } from '../../components/LanguagePicker.tsx';
import { RuleToggles } from '../../components/RuleToggles.tsx';
import { TemplateManager } from '../../components/templates/TemplateManager.tsx';
import { RULES } from '../../utils/analysis/index.ts';
import { SiteToggles } from '../../components/SiteToggles.tsx';
import { StorageNotice } from '../../components/StorageNotice.tsx';
import { SITES } from '../../utils/sites.ts';
import type { OptionsStore } from './store.ts';

/** A file the user keeps: a download of our own JSON, made here; nothing leaves the machine. */
function download(name: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function App({ store }: { store: OptionsStore }) {
  useStoreInit(store.init);

  const t = store.t.value;
  usePageLanguage(store.lang.value, t('optionsTitle'));

  if (!store.ready.value) return null;
  const status = store.status.value;
  return (
    <main class="aw-options">
      <h1>{t('optionsTitle')}</h1>
      <StorageNotice t={t} items={store.problems.value.map((p) => p.key)} onDismiss={() => void store.dismissProblems()} />
      <LanguagePicker t={t} value={store.settings.value.language} onChange={(v) => void store.setLanguage(v)} />
      <SiteToggles t={t} sites={SITES} isOn={store.isSiteOn} onToggle={(id, on) => void store.setSite(id, on)} />
      <fieldset class="aw-field" data-section="custom-sites">
        <legend>{t('optionsCustomSites')}</legend>
        {store.settings.value.customSites.length === 0 ? <p class="aw-muted">{t('optionsCustomSitesNone')}</p> : null}
        {store.settings.value.customSites.map((pattern) => (
          <div class="aw-site" key={pattern}>
            <code>{pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '')}</code>
            <button type="button" class="aw-link" onClick={() => void store.removeCustomSite(pattern)}>
              {t('optionsRemoveSite')}
            </button>
          </div>
        ))}
      </fieldset>
      <RuleToggles
        t={t}
        lang={store.lang.value}
        rules={RULES.map((r) => ({ id: r.meta.id, message: r.meta.message, severity: r.meta.severity }))}
        isOn={store.isRuleOn}
        onToggle={(id, on) => void store.setRule(id, on)}
        levelOf={store.levelOf}
        onLevel={(id, level) => void store.setLevel(id, level)}
      />
      <TemplateManager
        t={t}
        lang={store.lang.value}
        mine={store.myTemplates.value}
        team={store.teamPack.value}
        teamProblem={store.teamProblem.value}
        onSave={store.saveTemplate}
        onDelete={(id) => void store.deleteTemplate(id)}
        onImport={store.importPack}
        onExport={() => download('askwell-templates.json', store.exportPack())}
      />
      <fieldset class="aw-field" data-section="data">
        <legend>{t('optionsData')}</legend>
        <p class="aw-muted">{t('optionsDataHelp')}</p>
        <div class="aw-row">
          <button
            type="button"
            data-action="export"
            onClick={async () => download(`askwell-data-${new Date().toISOString().slice(0, 10)}.json`, await store.exportData())}
          >
            {t('optionsExport')}
          </button>
          <button type="button" data-action="erase" onClick={() => confirm(t('optionsEraseConfirm')) && void store.eraseData()}>
            {t('optionsErase')}
          </button>
        </div>
      </fieldset>
      <p class="aw-status" role="status" data-kind={status?.kind}>
        {status?.text}
      </p>
    </main>
  );
}
