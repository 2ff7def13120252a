// Opens the side panel (toolbar icon, keyboard command, context menu on editable fields, the in-page
// badge) and routes the active tab's composer to the side panel.
import { defineBackground } from '#imports';
import { browser, sidePanelApi, type Tabs } from '../utils/browser.ts';
import { handleMessages, send, sendToTab, type ComposerInfo } from '../utils/messages.ts';
import { registerAftercare } from '../utils/aftercare/alarms.ts';
import { injectInto, serialSync } from '../utils/site-access.ts';
import { readItem, settingsItem, updateItem, watchItem } from '../utils/storage.ts';

const MENU_ID = 'askwell-open-panel';
export const COMMAND_OPEN_PANEL = 'open-side-panel';

/** Last composer reported by each tab, and the frame it is in. Lost when the worker sleeps: then the tab is asked. */
const composers = new Map<number, { info: ComposerInfo; frameId: number } | null>();

function openPanel(target: { tabId?: number; windowId?: number }): Promise<{ ok: boolean; error?: string }> {
  const api = sidePanelApi();
  if (!api) return Promise.resolve({ ok: false, error: 'this browser has no side panel' });
  // Called synchronously from the user's gesture: an await before open() would lose it.
  return api.open(target).then(
    () => ({ ok: true }),
    (err: unknown) => {
      const error = err instanceof Error ? err.message : String(err);
      console.warn(`[AskWell] could not open the side panel: ${error}`);
      return { ok: false, error };
    },
  );
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function composerOf(tabId: number): Promise<ComposerInfo | null> {
  if (composers.has(tabId)) return composers.get(tabId)?.info ?? null;
  try {
    return (await sendToTab(tabId, { type: 'get-active-composer' })) ?? null;
  } catch {
    return null; // No content script there (a site that is off, a browser page).
  }
}

async function activeComposerFrame(): Promise<{ tabId: number; frameId: number } | null> {
  const tab = await activeTab();
  if (tab?.id === undefined) return null;
  const known = composers.get(tab.id);
  if (known) return { tabId: tab.id, frameId: known.frameId };
  // The worker slept and forgot: the top frame is the best guess, and it answers for itself.
  return known === null ? null : { tabId: tab.id, frameId: 0 };
}

/** Tells the side panel (if open) about the composer of the tab the user is looking at. */
async function announce(tabId: number): Promise<void> {
  const composer = await composerOf(tabId);
  await send({ type: 'active-composer', composer }).catch(() => {
    // No side panel open: nobody to tell.
  });
}

const sync = serialSync(async () => (await readItem(settingsItem)).value.customSites);

export default defineBackground(() => {
  const panel = sidePanelApi();
  panel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((err: unknown) => console.warn('[AskWell]', err));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuOpenPanel'),
        contexts: ['editable'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openPanel({ tabId: tab.id });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_OPEN_PANEL) return;
    if (tab?.windowId !== undefined) void openPanel({ windowId: tab.windowId });
  });

  handleMessages({
    'open-side-panel': (_msg, sender) => {
      if (sender.tab?.id !== undefined) return openPanel({ tabId: sender.tab.id });
      return { ok: false, error: 'no tab to open the side panel for' };
    },
    'composer-update': (msg, sender) => {
      const tab = sender.tab;
      if (tab?.id === undefined) return;
      composers.set(tab.id, { info: msg.composer, frameId: sender.frameId ?? 0 });
      if (tab.active) void send({ type: 'active-composer', composer: msg.composer }).catch(() => {});
    },
    'composer-gone': (_msg, sender) => {
      const tab = sender.tab;
      if (tab?.id === undefined) return;
      composers.set(tab.id, null);
      if (tab.active) void send({ type: 'active-composer', composer: null }).catch(() => {});
    },
    'get-active-composer': async () => {
      const tab = await activeTab();
      return tab?.id === undefined ? null : composerOf(tab.id);
    },
    // The panel acts on the composer it shows: route to the frame that reported it.
    'insert-text': async (msg) => {
      const target = await activeComposerFrame();
      if (!target) return { ok: false, error: 'no-composer' };
      return (await sendToTab(target.tabId, msg, target.frameId).catch(() => undefined)) ?? { ok: false, error: 'editor-gone' };
    },
    'get-active-page': async () => ({ url: (await activeTab())?.url ?? null }),
    'site-turned-on': async (msg) => {
      try {
        await updateItem(settingsItem, (s) => ({ ...s, customSites: [...new Set([...s.customSites, msg.pattern])] }));
        const covered = await sync();
        if (!covered.includes(msg.pattern)) return { ok: false, error: 'permission not granted' };
        const tab = await activeTab();
        if (tab?.id !== undefined) await injectInto(tab.id);
        return { ok: true };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
    'reveal-span': async (msg) => {
      const target = await activeComposerFrame();
      if (!target) return { ok: false };
      return (await sendToTab(target.tabId, msg, target.frameId).catch(() => undefined)) ?? { ok: false };
    },
  });

  // Custom sites: keep the registered script in step with the settings and the granted permissions.
  const background = (p: Promise<unknown>) => void p.catch((err: unknown) => console.warn('[AskWell]', err));
  background(sync());
  watchItem(settingsItem, () => background(sync()));
  browser.permissions.onRemoved.addListener(() => background(sync()));

  // After-care reminders: alarms at each promise's due time; a click on the reminder opens the panel
  // (in the window the user was last in, known without waiting so the click still counts as a gesture).
  let lastWindowId: number | undefined;
  void browser.windows.getLastFocused().then((w) => (lastWindowId ??= w.id)).catch(() => {});
  browser.windows.onFocusChanged.addListener((id) => {
    if (id !== browser.windows.WINDOW_ID_NONE) lastWindowId = id;
  });
  registerAftercare({ openPanel: () => void (lastWindowId !== undefined && openPanel({ windowId: lastWindowId })) });

  browser.tabs.onActivated.addListener(({ tabId }) => void announce(tabId));
  browser.tabs.onRemoved.addListener((tabId) => composers.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation replaces the page and its composers.
    if (change.status === 'loading') {
      composers.delete(tabId);
      void announce(tabId);
    }
  });
});
