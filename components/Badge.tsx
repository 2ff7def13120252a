import type { Translate } from '../utils/i18n.ts';

export interface BadgeProps {
  t: Translate;
  /** Number of findings shown for the draft; undefined while nothing has been checked yet. */
  count?: number;
  /** Readiness 0–100 of the request, when checked. */
  score?: number;
  /** The loudest level among the findings counted: only suggestions give a calmer badge. */
  level?: 'warning' | 'info';
  style?: Record<string, string>;
  expanded?: boolean;
  onOpen: () => void;
}

/** The small button at the composer's corner. It never takes focus from the editor by itself. */
export function Badge({ t, count, score, level, style, expanded, onOpen }: BadgeProps) {
  const label = count !== undefined && score !== undefined ? t('overlayBadgeSummary', count, score) : t('overlayBadgeLabel');
  return (
    <button
      type="button"
      class="aw-badge"
      part="badge"
      style={style}
      data-count={count ?? 0}
      data-state={count === undefined ? 'idle' : count === 0 ? 'clear' : 'findings'}
      data-level={count ? level : undefined}
      aria-label={label}
      aria-expanded={expanded ? 'true' : 'false'}
      title={label}
      // Keep the caret in the editor: a mouse press on the badge must not move focus.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}
    >
      <span class="aw-logo" aria-hidden="true">A</span>
      {count ? <span class="aw-count">{count}</span> : null}
    </button>
  );
}
