import type { MessageKey, Translate } from '../utils/i18n.ts';

export interface TabsProps<T extends string> {
  t: Translate;
  tabs: readonly { id: T; label: MessageKey }[];
  current: T;
  onSelect: (id: T) => void;
}

/** A tab bar with the ARIA tabs pattern: arrow keys move between tabs. */
export function Tabs<T extends string>({ t, tabs, current, onSelect }: TabsProps<T>) {
  return (
    <div class="aw-tabs" role="tablist">
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`aw-tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={`aw-panel-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = tabs[(i + step + tabs.length) % tabs.length]!;
            onSelect(next.id);
            (e.currentTarget.parentElement?.querySelector(`#aw-tab-${next.id}`) as HTMLElement | null)?.focus();
          }}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
