import { useEffect, useRef } from 'preact/hooks';
import { guidanceFor } from '../../utils/analysis/rule.ts';
import type { Lang, Translate } from '../../utils/i18n.ts';
import type { Template } from '../../utils/templates/schema.ts';
import type { Box } from './geometry.ts';

const LEVEL_LABEL = { warning: 'severityWarning', info: 'severityInfo', hint: 'severityHint' } as const;

export interface CardFinding {
  key: string;
  ruleId: string;
  kind: string;
  severity: 'warning' | 'info' | 'hint';
  message: { zh: string; en: string };
  guidance: string;
}

export interface FindingCardProps<F extends CardFinding> {
  t: Translate;
  lang: Lang;
  findings: F[];
  /** Readiness 0–100, shown in the header. */
  score: number | null;
  /** Where to open: next to this box (the badge or the marked words). */
  anchor: Box;
  view: { w: number; h: number };
  template: (f: F) => Template | undefined;
  preview: (t: Template) => string;
  onFix: (f: F) => void;
  onIgnore: (f: F) => void;
  onDisable: (f: F) => void;
  onOpenPanel: () => void;
  onClose: () => void;
}

const WIDTH = 340;

/** The card that explains findings, cites the guidance and offers one-click fixes. */
export function FindingCard<F extends CardFinding>(p: FindingCardProps<F>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The user opened the card: focus moves into it (and back to the editor when it closes).
    ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, []);

  const x = Math.max(8, Math.min(p.anchor.x + p.anchor.w - WIDTH, p.view.w - WIDTH - 8));
  const below = p.anchor.y + p.anchor.h + 6;
  const roomBelow = p.view.h - below - 8;
  const roomAbove = p.anchor.y - 14;
  const openUp = roomBelow < 220 && roomAbove > roomBelow;
  const room = openUp ? roomAbove : roomBelow;
  // A short viewport (an editor in a small iframe): use its whole height, scrolling inside the card.
  const style =
    room < 160
      ? { left: `${x}px`, top: '8px', maxHeight: `${Math.max(80, p.view.h - 16)}px` }
      : openUp
        ? { left: `${x}px`, bottom: `${Math.max(8, p.view.h - p.anchor.y + 6)}px`, maxHeight: `${Math.min(room, p.view.h * 0.6)}px` }
        : { left: `${x}px`, top: `${below}px`, maxHeight: `${Math.min(room, p.view.h * 0.6)}px` };

  return (
    <div
      ref={ref}
      class="aw-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="aw-card-title"
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
    >
      <header class="aw-card-head">
        <strong id="aw-card-title">{p.t('overlayCardTitle')}</strong>
        {p.score !== null ? <span class="aw-score">{p.t('overlayReadiness', p.score)}</span> : null}
        <button type="button" class="aw-x" aria-label={p.t('overlayClose')} onClick={p.onClose}>
          ×
        </button>
      </header>
      {p.findings.length === 0 ? <p class="aw-empty">{p.t('overlayNoFindings')}</p> : null}
      <ul class="aw-list">
        {p.findings.map((f) => {
          const tpl = p.template(f);
          return (
            <li key={f.key} class={`aw-item aw-${f.kind}`} data-rule={f.ruleId} data-severity={f.severity}>
              <p class="aw-msg">
                <span class="aw-level">{p.t(LEVEL_LABEL[f.severity])}</span> {f.message[p.lang]}
              </p>
              <p class="aw-cite">{p.t('overlayGuidance', guidanceFor(f.guidance, p.lang))}</p>
              {tpl ? (
                <button type="button" class="aw-fix" data-fix={tpl.id} onClick={() => p.onFix(f)}>
                  <span class="aw-fix-title">{p.t('overlayInsert', tpl.title[p.lang])}</span>
                  <span class="aw-fix-preview">{p.preview(tpl)}</span>
                </button>
              ) : null}
              <div class="aw-actions">
                <button type="button" data-action="ignore" onClick={() => p.onIgnore(f)}>
                  {p.t('overlayIgnore')}
                </button>
                <button type="button" data-action="disable-rule" onClick={() => p.onDisable(f)}>
                  {p.t('overlayDisableRule')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <footer class="aw-card-foot">
        <button type="button" class="aw-link" onClick={p.onOpenPanel}>
          {p.t('overlayOpenPanel')}
        </button>
      </footer>
    </div>
  );
}
