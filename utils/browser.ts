// The one place that imports the extension API. In unit tests `webextension-polyfill` is aliased to
// WXT's in-memory fake browser (see vitest.config.ts).
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus, Storage } from 'webextension-polyfill';

/** chrome.sidePanel is not in the polyfill's typings; the polyfill forwards it to the native promise API. */
export interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

export function sidePanelApi(): SidePanelApi | undefined {
  return (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
}
