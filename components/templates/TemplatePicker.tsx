import { useMemo, useState } from 'preact/hooks';
import type { Lang, Translate } from '../../utils/i18n.ts';
import { fieldsIn, FIELD_LABELS, renderTemplate } from '../../utils/templates/render.ts';
import type { Fields, FieldName, Placement, Template } from '../../utils/templates/schema.ts';

export interface TemplatePickerProps {
  t: Translate;
  /** The UI language (labels). */
  lang: Lang;
  templates: readonly Template[];
  /** Templates from the team's pack (policy): marked as such, and nobody here can change them. */
  teamIds?: ReadonlySet<string>;
  /** Values found in the draft (names, dates, amounts), to start the form with. */
  prefill: Fields;
  /** The draft's language, the templates' default language. */
  draftLang: Lang;
  canInsert: boolean;
  onInsert: (text: string, placement: Placement) => void;
  onCopy: (text: string) => void;
}

/** The hints read as labels too; an English label starts with a capital. */
const label = (hint: string) => hint.charAt(0).toUpperCase() + hint.slice(1);

function matches(tpl: Template, q: string): boolean {
  if (!q) return true;
  const hay = `${tpl.title.en} ${tpl.title.zh} ${tpl.body.en} ${tpl.body.zh} ${tpl.id}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
}

function teamTag(p: TemplatePickerProps, tpl: Template) {
  return p.teamIds?.has(tpl.id) ? (
    <span class="aw-tag" data-origin="team">
      {p.t('templatesFromTeam')}
    </span>
  ) : null;
}

/** Search the catalog, pick a template, fill its blanks (pre-filled from the draft), insert or copy. */
export function TemplatePicker(p: TemplatePickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Template | null>(null);
  const [fields, setFields] = useState<Fields>({});
  const [tplLang, setTplLang] = useState<Lang>(p.draftLang);
  const list = useMemo(() => p.templates.filter((x) => matches(x, query)), [p.templates, query]);

  const choose = (tpl: Template) => {
    setChosen(tpl);
    setFields({ ...p.prefill });
    setTplLang(p.draftLang);
  };

  if (chosen) {
    const text = renderTemplate(chosen, tplLang, fields);
    const insert = () => p.onInsert(text, chosen.placement);
    return (
      <section class="aw-templates" aria-label={p.t('templatesTitle')} onKeyDown={(e) => e.ctrlKey && e.key === 'Enter' && (e.preventDefault(), insert())}>
        <button type="button" class="aw-link" onClick={() => setChosen(null)}>
          ← {p.t('templatesBack')}
        </button>
        <h3>
          {chosen.title[p.lang]} {teamTag(p, chosen)}
        </h3>
        <fieldset class="aw-tpl-lang">
          <legend>{p.t('templatesLanguage')}</legend>
          {(['zh', 'en'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name="aw-tpl-lang" checked={tplLang === l} onChange={() => setTplLang(l)} />
              {l === 'zh' ? '中文' : 'English'}
            </label>
          ))}
        </fieldset>
        {fieldsIn(chosen.body[tplLang]).map((name: FieldName, i) => (
          <label class="aw-field-row" key={name}>
            <span>{label(FIELD_LABELS[name][p.lang])}</span>
            <input
              type="text"
              name={name}
              value={fields[name] ?? ''}
              // The first blank gets the focus, so the form can be filled from the keyboard at once.
              autoFocus={i === 0}
              onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
            />
          </label>
        ))}
        <p class="aw-preview" aria-live="polite">
          {text}
        </p>
        <div class="aw-row">
          <button type="button" class="aw-primary" data-fix={chosen.id} onClick={insert}>
            {p.canInsert ? p.t('checklistInsert') : p.t('checklistAddToPasted')}
          </button>
          <button type="button" class="aw-secondary" onClick={() => p.onCopy(text)}>
            {p.t('checklistCopy')}
          </button>
          <span class="aw-muted">{p.t('templatesInsertHint')}</span>
        </div>
      </section>
    );
  }

  return (
    <section class="aw-templates" aria-label={p.t('templatesTitle')}>
      <h3>{p.t('templatesTitle')}</h3>
      <input
        type="search"
        class="aw-search"
        aria-label={p.t('templatesSearch')}
        placeholder={p.t('templatesSearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && list[0]) choose(list[0]);
          if (e.key === 'ArrowDown') (e.currentTarget.parentElement?.querySelector('.aw-tpl') as HTMLElement | null)?.focus();
        }}
      />
      {list.length === 0 ? <p class="aw-muted">{p.t('templatesNone')}</p> : null}
      <ul class="aw-tpl-list">
        {list.map((tpl) => (
          <li key={tpl.id}>
            <button
              type="button"
              class="aw-tpl"
              data-template={tpl.id}
              onClick={() => choose(tpl)}
              onKeyDown={(e) => {
                const li = e.currentTarget.parentElement;
                if (e.key === 'ArrowDown') (li?.nextElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
                if (e.key === 'ArrowUp') (li?.previousElementSibling?.querySelector('button') as HTMLElement | null)?.focus();
              }}
            >
              <strong>{tpl.title[p.lang]}</strong> {teamTag(p, tpl)}
              <span class="aw-muted">{tpl.body[p.draftLang].replace(/\{\w+\}/g, '…').slice(0, 70)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
