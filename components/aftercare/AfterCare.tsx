import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../utils/analysis/index.ts';
import type { Lang, Translate } from '../../utils/i18n.ts';
import {
  countByStatus,
  draftRequest,
  followUpFields,
  formatDue,
  fromLocalInput,
  newId,
  SavedRequestSchema,
  sortCommitments,
  sortRequests,
  statusOf,
  toLocalInput,
  type Commitment,
  type CommitmentStatus,
  type FollowUpTemplateId,
  type SavedRequest,
} from '../../utils/aftercare/model.ts';
import type { Fields } from '../../utils/templates/schema.ts';

// ---------------------------------------------------------------------------------------------------
// The list: saved requests, their commitments as due / upcoming / done, and the follow-ups.

export interface AfterCareProps {
  t: Translate;
  lang: Lang;
  requests: readonly SavedRequest[];
  /** The clock (ms) the statuses are computed against. */
  now: number;
  /** A request to bring into view (a reminder was clicked). */
  focusRequestId?: string | null;
  onToggle: (requestId: string, commitmentId: string, done: boolean) => void;
  onRemove: (requestId: string) => void;
  /** Open a follow-up template pre-filled from the request (its language: request.lang). */
  onFollowUp: (templateId: FollowUpTemplateId, fields: Fields, request: SavedRequest) => void;
  onMarkSent: (requestId: string, sent: boolean) => void;
}

const GROUPS: { status: CommitmentStatus; key: 'aftercareStatusDue' | 'aftercareStatusUpcoming' | 'aftercareStatusDone' }[] = [
  { status: 'due', key: 'aftercareStatusDue' },
  { status: 'upcoming', key: 'aftercareStatusUpcoming' },
  { status: 'done', key: 'aftercareStatusDone' },
];

function RequestCard({ r, p, focused }: { r: SavedRequest; p: AfterCareProps; focused: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'nearest' });
    ref.current.querySelector<HTMLButtonElement>('[data-action="follow-up-thank-you"]')?.focus();
  }, [focused]);
  const { t, lang, now } = p;
  const sorted = sortCommitments(r.commitments, now);
  const followUp = (id: FollowUpTemplateId) => p.onFollowUp(id, followUpFields(r, now, r.lang), r);
  const who = r.recipient || t('aftercareSomeone');
  const nudge = !r.followUpSent && r.commitments.some((c) => statusOf(c, now) !== 'upcoming');
  return (
    <li ref={ref} class={focused ? 'aw-aftercare-request aw-aftercare-focus' : 'aw-aftercare-request'} data-request={r.id}>
      <div class="aw-aftercare-head">
        <strong class="aw-aftercare-title">{r.title}</strong>
        <span class="aw-muted">{t('aftercareTo', who, formatDue(r.createdAt, lang))}</span>
      </div>
      {GROUPS.map(({ status, key }) => {
        const items = sorted.filter((c) => statusOf(c, now) === status);
        if (!items.length) return null;
        return (
          <div class="aw-aftercare-group" data-status={status} key={status}>
            <h4>
              {t(key)} <span class="aw-muted">({items.length})</span>
            </h4>
            <ul>
              {items.map((c) => (
                <li class="aw-aftercare-item" data-commitment={c.id} data-status={status} key={c.id}>
                  <label>
                    <input type="checkbox" checked={c.done} onChange={() => p.onToggle(r.id, c.id, !c.done)} />
                    <span class="aw-aftercare-who" data-who={c.who}>
                      {t(c.who === 'me' ? 'aftercareMine' : 'aftercareTheirs')}
                    </span>
                    <span class="aw-aftercare-what">{c.what}</span>
                  </label>
                  <time class="aw-muted" dateTime={c.due}>
                    {formatDue(c.due, lang)}
                  </time>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {nudge ? <p class="aw-muted aw-aftercare-nudge">{t('aftercareFollowUpNudge', who)}</p> : null}
      <div class="aw-row">
        <button type="button" class="aw-primary" data-action="follow-up-thank-you" onClick={() => followUp('follow-up.thank-you')}>
          {t('aftercareThankYou')}
        </button>
        <button type="button" class="aw-secondary" data-action="follow-up-progress-report" onClick={() => followUp('follow-up.progress-report')}>
          {t('aftercareProgress')}
        </button>
        <label class="aw-aftercare-sent">
          <input type="checkbox" data-action="follow-up-sent" checked={r.followUpSent} onChange={() => p.onMarkSent(r.id, !r.followUpSent)} />
          {t('aftercareSent')}
        </label>
        {confirming ? (
          <button type="button" class="aw-link aw-aftercare-remove" data-action="remove-confirm" onClick={() => p.onRemove(r.id)} onBlur={() => setConfirming(false)}>
            {t('aftercareRemoveConfirm')}
          </button>
        ) : (
          <button type="button" class="aw-link aw-aftercare-remove" data-action="remove" onClick={() => setConfirming(true)}>
            {t('aftercareRemove')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Saved requests, most urgent first, each with its commitments as due / upcoming / done. */
export function AfterCare(p: AfterCareProps) {
  const { t } = p;
  const counts = countByStatus(p.requests, p.now);
  return (
    <section class="aw-aftercare" aria-label={t('aftercareTitle')}>
      <h3>{t('aftercareTitle')}</h3>
      {p.requests.length === 0 ? (
        <p class="aw-muted">{t('aftercareEmpty')}</p>
      ) : (
        <p class="aw-muted aw-aftercare-summary" data-due={counts.due}>
          {t('aftercareSummary', counts.due, counts.upcoming, counts.done)}
        </p>
      )}
      <ul class="aw-aftercare-list">
        {sortRequests(p.requests, p.now).map((r) => (
          <RequestCard key={r.id} r={r} p={p} focused={r.id === p.focusRequestId} />
        ))}
      </ul>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------
// The form: save a request's commitments, pre-filled from the draft's analysis.

export interface SaveCommitmentsProps {
  t: Translate;
  lang: Lang;
  /** The analysis of the current draft (null: start empty). */
  analysis: Analysis | null;
  draft: string;
  now: number;
  onSave: (request: SavedRequest) => void;
  onCancel?: () => void;
}

interface Row {
  id: string;
  who: Commitment['who'];
  what: string;
  /** datetime-local value, local time. */
  due: string;
}

/** Tomorrow at 17:00, local: the default time of a commitment added by hand. */
function defaultDue(now: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  d.setHours(17, 0, 0, 0);
  return toLocalInput(d.toISOString());
}

export function SaveCommitments(p: SaveCommitmentsProps) {
  const { t } = p;
  const [base] = useState(() => draftRequest(p.analysis, p.draft, p.now));
  const [title, setTitle] = useState(base.title);
  const [recipient, setRecipient] = useState(base.recipient);
  const [resource, setResource] = useState(base.resource);
  const [project, setProject] = useState(base.project);
  const [rows, setRows] = useState<Row[]>(() => base.commitments.map((c) => ({ id: c.id, who: c.who, what: c.what, due: toLocalInput(c.due) })));
  const [error, setError] = useState<string | null>(null);

  const edit = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = (e: Event) => {
    e.preventDefault();
    if (!title.trim()) return setError(t('aftercareErrorTitle'));
    const commitments: Commitment[] = [];
    for (const [i, r] of rows.entries()) {
      if (!r.what.trim() && !r.due) continue; // an untouched blank row
      const due = fromLocalInput(r.due);
      if (!r.what.trim() || !due) return setError(t('aftercareErrorRow', i + 1));
      commitments.push({ id: r.id, who: r.who, what: r.what.trim(), due, done: false, reminded: false });
    }
    const parsed = SavedRequestSchema.safeParse({ ...base, title, recipient, resource, project, commitments });
    if (!parsed.success) return setError(t('aftercareErrorInvalid', parsed.error.issues[0]?.path.join('.') ?? ''));
    setError(null);
    p.onSave(parsed.data);
  };

  const text = (label: 'aftercareFieldTitle' | 'aftercareFieldRecipient' | 'aftercareFieldResource' | 'aftercareFieldProject', value: string, set: (v: string) => void, name: string) => (
    <label class="aw-field-row">
      <span>{t(label)}</span>
      <input type="text" name={name} value={value} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );

  return (
    <form class="aw-aftercare-save" aria-label={t('aftercareSaveTitle')} onSubmit={save}>
      <h3>{t('aftercareSaveTitle')}</h3>
      <p class="aw-muted">{t('aftercareSaveHint')}</p>
      {text('aftercareFieldTitle', title, setTitle, 'title')}
      {text('aftercareFieldRecipient', recipient, setRecipient, 'recipient')}
      {text('aftercareFieldResource', resource, setResource, 'resource')}
      {text('aftercareFieldProject', project, setProject, 'project')}
      <fieldset class="aw-aftercare-rows">
        <legend>{t('aftercareCommitments')}</legend>
        {rows.length === 0 ? <p class="aw-muted">{t('aftercareNoDates')}</p> : null}
        {rows.map((r, i) => (
          <div class="aw-aftercare-row" data-row={i} key={r.id}>
            <select aria-label={t('aftercareWho')} value={r.who} onChange={(e) => edit(i, { who: e.currentTarget.value === 'them' ? 'them' : 'me' })}>
              <option value="me">{t('aftercareWhoMe')}</option>
              <option value="them">{t('aftercareWhoThem')}</option>
            </select>
            <input type="text" aria-label={t('aftercareWhat')} value={r.what} onInput={(e) => edit(i, { what: e.currentTarget.value })} />
            <input type="datetime-local" aria-label={t('aftercareDue')} value={r.due} onInput={(e) => edit(i, { due: e.currentTarget.value })} />
            <button type="button" class="aw-link" aria-label={t('aftercareRemoveCommitment')} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          class="aw-secondary"
          data-action="add-commitment"
          onClick={() => setRows([...rows, { id: newId(), who: 'me', what: '', due: defaultDue(p.now) }])}
        >
          {t('aftercareAddCommitment')}
        </button>
      </fieldset>
      {error ? (
        <p class="aw-status" data-kind="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="aw-row">
        <button type="submit" class="aw-primary" data-action="save-commitments">
          {t('aftercareSave')}
        </button>
        {p.onCancel ? (
          <button type="button" class="aw-secondary" onClick={p.onCancel}>
            {t('aftercareCancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
