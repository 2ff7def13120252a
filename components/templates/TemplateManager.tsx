import { useState } from 'preact/hooks';
import type { Lang, Translate } from '../../utils/i18n.ts';
import type { Pack, Placement, Template } from '../../utils/templates/schema.ts';

export interface TemplateDraft {
  id?: string;
  title: { en: string; zh: string };
  body: { en: string; zh: string };
  placement: Placement;
}

export interface TemplateManagerProps {
  t: Translate;
  lang: Lang;
  mine: readonly Template[];
  team: Pack | null;
  /** Why the team's pack (policy) could not be used. */
  teamProblem?: string | null;
  /** Saves a new or edited template; returns the first problem, or null when saved. */
  onSave: (draft: TemplateDraft) => Promise<string | null>;
  onDelete: (id: string) => void;
  /** Imports a pack's JSON; returns the problems by field, or the number imported. */
  onImport: (json: string) => Promise<{ errors: string[] } | { count: number }>;
  onExport: () => void;
}

const EMPTY: TemplateDraft = { title: { en: '', zh: '' }, body: { en: '', zh: '' }, placement: 'caret' };
const PLACES = [
  ['caret', 'tplPlaceCaret'],
  ['opening', 'tplPlaceOpening'],
  ['closing', 'tplPlaceClosing'],
] as const;

/** The user's own templates: write, edit, delete, import and export packs; the team's are shown read-only. */
export function TemplateManager(p: TemplateManagerProps) {
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importResult, setImportResult] = useState<{ errors: string[] } | { count: number } | null>(null);

  const field = (label: string, value: string, set: (v: string) => void, long = false) => (
    <label class="aw-field-row">
      <span>{label}</span>
      {long ? (
        <textarea rows={3} value={value} onInput={(e) => set(e.currentTarget.value)} />
      ) : (
        <input type="text" value={value} onInput={(e) => set(e.currentTarget.value)} />
      )}
    </label>
  );

  return (
    <fieldset class="aw-field" data-section="templates">
      <legend>{p.t('tplManagerTitle')}</legend>
      <p class="aw-muted">{p.t('tplManagerHelp')}</p>
      {p.mine.length === 0 ? <p class="aw-muted">{p.t('tplManagerNone')}</p> : null}
      {p.mine.map((tpl) => (
        <div class="aw-site" key={tpl.id} data-template={tpl.id}>
          <span>{tpl.title[p.lang]}</span>
          <button type="button" class="aw-link" onClick={() => setEditing({ id: tpl.id, title: tpl.title, body: tpl.body, placement: tpl.placement })}>
            {p.t('tplEdit')}
          </button>
          <button type="button" class="aw-link" onClick={() => p.onDelete(tpl.id)}>
            {p.t('tplDelete')}
          </button>
        </div>
      ))}
      {editing ? (
        <form
          class="aw-tpl-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const err = await p.onSave(editing);
            setProblem(err);
            if (!err) setEditing(null);
          }}
        >
          {field(p.t('tplTitleEn'), editing.title.en, (v) => setEditing({ ...editing, title: { ...editing.title, en: v } }))}
          {field(p.t('tplTitleZh'), editing.title.zh, (v) => setEditing({ ...editing, title: { ...editing.title, zh: v } }))}
          {field(p.t('tplBodyEn'), editing.body.en, (v) => setEditing({ ...editing, body: { ...editing.body, en: v } }), true)}
          {field(p.t('tplBodyZh'), editing.body.zh, (v) => setEditing({ ...editing, body: { ...editing.body, zh: v } }), true)}
          <label class="aw-field-row">
            <span>{p.t('tplPlacement')}</span>
            <select value={editing.placement} onChange={(e) => setEditing({ ...editing, placement: e.currentTarget.value as Placement })}>
              {PLACES.map(([v, key]) => (
                <option key={v} value={v}>
                  {p.t(key)}
                </option>
              ))}
            </select>
          </label>
          {problem ? (
            <p class="aw-status" data-kind="error" role="alert">
              {p.t('tplInvalid', problem)}
            </p>
          ) : null}
          <div class="aw-row">
            <button type="submit" class="aw-primary">
              {p.t('tplSave')}
            </button>
            <button type="button" class="aw-secondary" onClick={() => (setEditing(null), setProblem(null))}>
              {p.t('tplCancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="aw-row">
          <button type="button" onClick={() => setEditing(EMPTY)}>
            {p.t('tplNew')}
          </button>
          <label class="aw-file">
            {p.t('packImport')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                // currentTarget is gone once the handler awaits: keep the input itself.
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) setImportResult(await p.onImport(await file.text()));
              }}
            />
          </label>
          <button type="button" onClick={p.onExport} disabled={p.mine.length === 0}>
            {p.t('packExport')}
          </button>
        </div>
      )}
      {importResult && 'errors' in importResult ? (
        <div role="alert" class="aw-notice">
          <p>{p.t('packErrors')}</p>
          <ul>
            {importResult.errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : importResult ? (
        <p role="status">{p.t('packImported', importResult.count)}</p>
      ) : null}
      {p.teamProblem ? (
        <p class="aw-status" role="alert" data-kind="error" data-section="team-problem">
          {p.t('teamPackProblem', p.teamProblem)}
        </p>
      ) : null}
      {p.team ? (
        <div data-section="team-templates">
          <p>
            <strong>{p.t('teamPackTitle', p.team.name)}</strong>
          </p>
          <ul>
            {p.team.templates.map((tpl) => (
              <li key={tpl.id} data-template={tpl.id}>
                {tpl.title[p.lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
