import { useState } from 'preact/hooks';
import type { Analysis, Span } from '../../utils/analysis/index.ts';
import type { Lang, Translate } from '../../utils/i18n.ts';
import { MOVES, type CheckItem } from './items.ts';

export interface ChecklistProps {
  t: Translate;
  lang: Lang;
  analysis: Analysis;
  /** The rendered template text a missing item would add. */
  preview: (templateId: string) => string;
  /** Whether an open composer can take insertions (else the draft is the panel's own). */
  canInsert: boolean;
  onReveal: (span: Span) => void;
  onInsert: (templateId: string) => void;
  onCopy: (text: string) => void;
}

function Item({ item, p }: { item: CheckItem; p: ChecklistProps }) {
  const [open, setOpen] = useState(false);
  const part = item.part(p.analysis);
  const first = part.spans[0];
  // A move only the learned model reads is right about half the time on fresh text (LABELS.md), so it
  // gets a half tick and keeps its "Add…": the writer decides, with the template at hand.
  const learned = part.present && item.learned?.(p.analysis) === true;
  const addable = !part.present || learned;
  return (
    <li class="aw-check" data-item={item.id} data-present={part.present ? 'yes' : 'no'} data-learned={learned ? 'yes' : undefined}>
      <span class="aw-tick" aria-hidden="true">
        {learned ? '◐' : part.present ? '✓' : '○'}
      </span>
      <span class="aw-check-label">{p.t(item.label)}</span>
      {learned ? (
        <span class="aw-muted aw-learned" title={p.t('checklistLearnedWhy')}>
          {p.t('checklistLearned')}
        </span>
      ) : null}
      {part.present && first ? (
        <button type="button" class="aw-link" onClick={() => p.onReveal(first)}>
          {p.t('checklistShow')}
        </button>
      ) : null}
      {addable ? (
        <button type="button" class="aw-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {p.t('checklistAdd')}
        </button>
      ) : null}
      {addable && open ? (
        <div class="aw-template">
          <p class="aw-template-text">{p.preview(item.templateId)}</p>
          <button type="button" data-fix={item.templateId} onClick={() => p.onInsert(item.templateId)}>
            {p.canInsert ? p.t('checklistInsert') : p.t('checklistAddToPasted')}
          </button>
          <button type="button" class="aw-secondary" onClick={() => p.onCopy(p.preview(item.templateId))}>
            {p.t('checklistCopy')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * The four moves with their sub-items, then pitfalls, tone, readiness and soft hints. Findings come
 * with the user's rule settings applied: a pitfall set to "hint" moves down to the hints.
 */
export function Checklist(p: ChecklistProps) {
  const { analysis: a, t, lang } = p;
  const pitfalls = a.findings.filter((f) => f.kind === 'pitfall' && f.severity !== 'hint');
  const hints = a.findings.filter((f) => f.severity === 'hint');
  const toneKey = a.tone.label === 'polite' ? 'tonePolite' : a.tone.label === 'impolite' ? 'toneImpolite' : 'toneNeutral';
  return (
    <section class="aw-checklist" aria-label={t('checklistTitle')}>
      <div class="aw-readiness">
        <span>{t('readinessTitle')}</span>
        <meter min={0} max={100} low={50} high={80} optimum={100} value={a.score} />
        <strong data-score={a.score}>{a.score}</strong>
      </div>
      {MOVES.map((m) => {
        const done = m.items.every((i) => i.part(a).present);
        return (
          <div class="aw-move" key={m.id} data-move={m.id} data-done={done ? 'yes' : 'no'}>
            <h3>{t(m.title)}</h3>
            <ul>
              {m.items.map((i) => (
                <Item key={i.id} item={i} p={p} />
              ))}
            </ul>
          </div>
        );
      })}
      <div class="aw-move" data-section="pitfalls">
        <h3>{t('pitfallsTitle')}</h3>
        {pitfalls.length === 0 ? <p class="aw-muted">{t('noPitfalls')}</p> : null}
        <ul>
          {pitfalls.map((f) => (
            <li key={`${f.ruleId}:${f.start}`} class="aw-pitfall" data-rule={f.ruleId} data-severity={f.severity}>
              <button type="button" class="aw-plain" onClick={() => p.onReveal({ start: f.start, end: f.end })}>
                <span class="aw-level">{t(f.severity === 'warning' ? 'severityWarning' : 'severityInfo')}</span> {f.message[lang]}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div class="aw-move" data-section="tone">
        <h3>{t('toneTitle')}</h3>
        <p data-tone={a.tone.label}>
          {t(toneKey)} <span class="aw-muted">({a.tone.score.toFixed(2)})</span>
        </p>
        {a.tone.markers.length ? (
          <p class="aw-markers">
            {a.tone.markers.slice(0, 8).map((m) => (
              <span key={`${m.start}`} class={m.weight > 0 ? 'aw-chip aw-chip-good' : 'aw-chip aw-chip-bad'} title={m.weight.toFixed(2)}>
                {m.text.length > 24 ? `${m.text.slice(0, 24)}…` : m.text}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      {hints.length ? (
        <div class="aw-move" data-section="hints">
          <h3>{t('hintsTitle')}</h3>
          <ul>
            {hints.map((f) => (
              <li key={f.ruleId} class="aw-muted">
                {f.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
