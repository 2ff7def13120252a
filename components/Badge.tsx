import type { Translate } from '../utils/i18n.ts';

export interface BadgeProps {
  t: Translate;
  /** Number of findings shown for the draft; undefined while nothing has been checked yet. */
  count?: number;
  onOpen: () => void;
}

/** The small button at the composer's corner. It never takes focus from the editor by itself. */
export function Badge({ t, count, onOpen }: BadgeProps) {
  return (
    <button
      type="button"
      class="aw-badge"
      part="badge"
      data-count={count ?? 0}
      aria-label={t('overlayBadgeLabel')}
      title={t('overlayBadgeTitle')}
      // Keep the caret in the editor: a mouse press on the badge must not move focus.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}
    >
      <span class="aw-mark" aria-hidden="true">A</span>
      {count ? <span class="aw-count">{count}</span> : null}
    </button>
  );
}
