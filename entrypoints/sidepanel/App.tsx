import { usePageLanguage, useStoreInit } from '../../components/usePage.ts';
import { Checklist } from '../../components/checklist/Checklist.tsx';
import { AfterCare, SaveCommitments } from '../../components/aftercare/AfterCare.tsx';
import { Planner } from '../../components/planner/Planner.tsx';
import { SiteAccess } from '../../components/SiteAccess.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { TemplatePicker } from '../../components/templates/TemplatePicker.tsx';
import { ComposerStatus } from '../../components/ComposerStatus.tsx';
import { DraftInput } from '../../components/DraftInput.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { StorageNotice } from '../../components/StorageNotice.tsx';
import type { PanelStore } from './store.ts';

const TABS = [
  { id: 'check', label: 'tabCheck' },
  { id: 'templates', label: 'tabTemplates' },
  { id: 'plan', label: 'tabPlan' },
  { id: 'aftercare', label: 'tabFollowUps' },
] as const;

export function App({ store }: { store: PanelStore }) {
  useStoreInit(store.init);

  const t = store.t.value;
  const composer = store.composer.value;
  const analysis = store.analysis.value;
  usePageLanguage(store.lang.value, t('panelTitle'));

  return (
    <main class="aw-panel">
      <header class="aw-header">
        <h1>{t('panelTitle')}</h1>
        <button type="button" class="aw-link" onClick={store.openSettings}>
          {t('panelOpenSettings')}
        </button>
      </header>
      <StorageNotice t={t} items={store.problems.value.map((p) => p.key)} onDismiss={() => void store.dismissProblems()} />
      {store.offerSite.value ? <SiteAccess t={t} host={store.offerSite.value} onTurnOn={() => void store.turnOnSite()} /> : null}
      {composer ? (
        <ComposerStatus t={t} composer={composer} />
      ) : (
        <>
          <EmptyState t={t} />
          <DraftInput t={t} value={store.pasted.value} onInput={store.setPasted} />
        </>
      )}
      <Tabs t={t} tabs={TABS} current={store.tab.value} onSelect={store.setTab} />
      {store.status.value ? (
        <p class="aw-panel-status" role="status" data-kind={store.status.value.kind}>
          {store.status.value.text}
        </p>
      ) : null}
      {store.tab.value === 'check' && store.checked.value ? (
        <Checklist
          t={t}
          lang={store.lang.value}
          analysis={store.checked.value}
          preview={store.preview}
          canInsert={!!composer}
          onReveal={store.reveal}
          onInsert={(id) => void store.insert(id)}
          onCopy={(text) => void store.copy(text)}
        />
      ) : null}
      {store.tab.value === 'templates' && store.teamProblem.value ? (
        <p class="aw-panel-status" role="alert" data-kind="error">
          {t('teamPackProblem', store.teamProblem.value)}
        </p>
      ) : null}
      {store.tab.value === 'templates' ? (
      <TemplatePicker
        t={t}
        lang={store.lang.value}
        templates={store.templates.value}
        teamIds={store.teamIds.value}
        prefill={store.prefill.value}
        draftLang={store.templateLang.value}
        canInsert={!!composer}
        onInsert={(text, placement) => void store.insertText(text, placement)}
        onCopy={(text) => void store.copy(text)}
      />
      ) : null}
      {store.tab.value === 'aftercare' ? (
        <section class="aw-aftercare-tab">
          {analysis ? (
            <SaveCommitments
              key={store.draft.value.length === 0 ? 'empty' : 'draft'}
              t={t}
              lang={store.lang.value}
              analysis={analysis}
              draft={store.draft.value}
              now={Date.now()}
              onSave={store.aftercare.save}
            />
          ) : null}
          {store.aftercare.error.value ? (
            <p class="aw-panel-status" role="alert" data-kind="error">
              {store.aftercare.error.value}
            </p>
          ) : null}
          <AfterCare
            t={t}
            lang={store.lang.value}
            requests={store.aftercare.requests.value}
            now={store.aftercare.now.value}
            focusRequestId={store.aftercare.focusRequestId.value}
            onToggle={store.aftercare.toggle}
            onRemove={store.aftercare.remove}
            onMarkSent={store.aftercare.markSent}
            onFollowUp={(templateId, fields, request) => void store.writeFollowUp(templateId, fields, request.lang)}
          />
        </section>
      ) : null}
      {store.tab.value === 'plan' ? (
        <Planner
          t={t}
          lang={store.lang.value}
          draftLang={store.templateLang.value}
          value={store.plan.value}
          onChange={store.setPlan}
          canInsert={!!composer}
          onInsert={(text) => void store.insertText(text, 'caret')}
          onCopy={(text) => void store.copy(text)}
        />
      ) : null}
      <footer class="aw-footer aw-muted">{t('panelLocalOnly')}</footer>
    </main>
  );
}
