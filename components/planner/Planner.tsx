import { useId, useMemo, useState } from 'preact/hooks';
import type { Lang, MessageKey, Translate } from '../../utils/i18n.ts';
import {
  buildSkeleton,
  emptyPlan,
  LONG_FIELDS,
  OPTIONAL_FIELDS,
  PLAN_FIELDS,
  type Plan,
  type PlanField,
} from '../../utils/planner/skeleton.ts';

export interface PlannerProps {
  t: Translate;
  /** The UI language (labels and examples). */
  lang: Lang;
  /** The skeleton's starting language; defaults to the UI language. The user can switch it. */
  draftLang?: Lang;
  /**
   * The plan, when the caller keeps it (to persist it across panel openings): pass `value` and update
   * it from `onChange`. Without `value` the planner keeps its own plan and still reports changes.
   */
  value?: Plan;
  onChange?: (plan: Plan) => void;
  /** Called when the user switches the skeleton's language. */
  onDraftLangChange?: (lang: Lang) => void;
  /** Whether an open composer can take the insertion (else it goes to the panel's pasted draft). */
  canInsert?: boolean;
  onInsert: (text: string) => void;
  onCopy: (text: string) => void;
}

/** Each field's label and example, by message key. */
const FIELD_TEXT: Record<PlanField, { label: MessageKey; example: MessageKey }> = {
  recipient: { label: 'plannerRecipient', example: 'plannerRecipientExample' },
  project: { label: 'plannerProject', example: 'plannerProjectExample' },
  resource: { label: 'plannerResource', example: 'plannerResourceExample' },
  amount: { label: 'plannerAmount', example: 'plannerAmountExample' },
  date: { label: 'plannerDate', example: 'plannerDateExample' },
  reason: { label: 'plannerReason', example: 'plannerReasonExample' },
  theirGoals: { label: 'plannerTheirGoals', example: 'plannerTheirGoalsExample' },
  theirPressures: { label: 'plannerTheirPressures', example: 'plannerTheirPressuresExample' },
  offer: { label: 'plannerOffer', example: 'plannerOfferExample' },
  phasedAsk: { label: 'plannerPhasedAsk', example: 'plannerPhasedAskExample' },
  fallback: { label: 'plannerFallback', example: 'plannerFallbackExample' },
  myStep: { label: 'plannerMyStep', example: 'plannerMyStepExample' },
  myStepBy: { label: 'plannerMyStepBy', example: 'plannerMyStepByExample' },
};

/** The form in four short groups, in the order the guidance prepares a request. */
const SECTIONS: { id: string; title: MessageKey; fields: PlanField[]; note?: MessageKey }[] = [
  { id: 'need', title: 'plannerSectionNeed', fields: ['recipient', 'project', 'resource', 'amount', 'date', 'reason'] },
  { id: 'them', title: 'plannerSectionThem', fields: ['theirGoals', 'theirPressures'] },
  { id: 'exchange', title: 'plannerSectionExchange', fields: ['offer', 'phasedAsk', 'fallback'], note: 'plannerAlternativeNote' },
  { id: 'next', title: 'plannerSectionNext', fields: ['myStep', 'myStepBy'] },
];

/**
 * The planner: a short form of what to prepare before a request, a live preview of the draft it
 * makes (in zh or en), and Insert / Copy. No browser APIs: the caller does the inserting and copying.
 */
export function Planner(p: PlannerProps) {
  const id = useId();
  const [own, setOwn] = useState<Plan>(() => p.value ?? emptyPlan());
  const plan = p.value ?? own;
  const [draftLang, setDraftLang] = useState<Lang>(p.draftLang ?? p.lang);
  const text = useMemo(() => buildSkeleton(plan, draftLang), [plan, draftLang]);
  const filled = PLAN_FIELDS.filter((f) => plan[f].trim()).length;

  const update = (next: Plan) => {
    if (p.value === undefined) setOwn(next);
    p.onChange?.(next);
  };
  const set = (name: PlanField, value: string) => update({ ...plan, [name]: value });
  const switchLang = (l: Lang) => {
    setDraftLang(l);
    p.onDraftLangChange?.(l);
  };
  const insert = () => p.onInsert(text);

  const control = (name: PlanField) => {
    const inputId = `${id}-${name}`;
    const common = {
      id: inputId,
      name,
      value: plan[name],
      placeholder: p.t(FIELD_TEXT[name].example),
    };
    return (
      <div class="aw-planner-field" key={name} data-field={name}>
        <label for={inputId}>
          {p.t(FIELD_TEXT[name].label)}
          {OPTIONAL_FIELDS.has(name) ? <span class="aw-muted"> ({p.t('plannerOptional')})</span> : null}
        </label>
        {LONG_FIELDS.has(name) ? (
          <textarea {...common} rows={2} onInput={(e) => set(name, e.currentTarget.value)} />
        ) : (
          <input {...common} type="text" onInput={(e) => set(name, e.currentTarget.value)} />
        )}
      </div>
    );
  };

  return (
    <section
      class="aw-planner"
      aria-label={p.t('plannerTitle')}
      onKeyDown={(e) => {
        if (e.ctrlKey && e.key === 'Enter') {
          e.preventDefault();
          insert();
        }
      }}
    >
      <h3>{p.t('plannerTitle')}</h3>
      <p class="aw-muted">{p.t('plannerIntro')}</p>
      <form class="aw-planner-form" onSubmit={(e) => e.preventDefault()}>
        {SECTIONS.map((s) => (
          <fieldset class="aw-planner-section" key={s.id} data-section={s.id}>
            <legend>{p.t(s.title)}</legend>
            {s.fields.map(control)}
            {s.note ? <p class="aw-muted aw-planner-note">{p.t(s.note)}</p> : null}
          </fieldset>
        ))}
      </form>
      <div class="aw-planner-bar">
        <fieldset class="aw-planner-lang">
          <legend>{p.t('plannerLanguage')}</legend>
          {(['zh', 'en'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name={`${id}-lang`} value={l} checked={draftLang === l} onChange={() => switchLang(l)} />
              {l === 'zh' ? '中文' : 'English'}
            </label>
          ))}
        </fieldset>
        <span class="aw-muted" data-filled={filled}>
          {p.t('plannerFilled', filled, PLAN_FIELDS.length)}
        </span>
      </div>
      <div class="aw-planner-preview" role="region" aria-label={p.t('plannerPreview')}>
        <p class="aw-preview" lang={draftLang === 'zh' ? 'zh-CN' : 'en'}>
          {text}
        </p>
      </div>
      <div class="aw-row">
        <button type="button" class="aw-primary" data-fix="planner.skeleton" onClick={insert}>
          {p.canInsert === false ? p.t('plannerInsertPasted') : p.t('plannerInsert')}
        </button>
        <button type="button" class="aw-secondary" onClick={() => p.onCopy(text)}>
          {p.t('plannerCopy')}
        </button>
        <button type="button" class="aw-link" disabled={filled === 0} onClick={() => update(emptyPlan())}>
          {p.t('plannerClear')}
        </button>
        <span class="aw-muted">{p.t('plannerInsertHint')}</span>
      </div>
    </section>
  );
}
