// Sites beyond the built-in list: the user turns AskWell on for one from the side panel, which asks
// for that site's host permission at that moment. Granted sites get the composer script through one
// dynamically registered content script, kept in step with the settings.
import { browser } from './browser.ts';

export const USER_SITES_SCRIPT = 'askwell-user-sites';

/** The composer content script's file, as the manifest names it. */
function composerScript(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.flatMap((cs) => cs.js ?? []).filter((f) => f.includes('composer'));
}

/**
 * Registers the composer script for the custom sites whose permission is granted (and only those),
 * or unregisters it when none is left. Returns the patterns it covers.
 */
export async function syncUserSites(customSites: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of customSites) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
    return granted;
  }
  const script = {
    id: USER_SITES_SCRIPT,
    matches: granted,
    js: composerScript(),
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}

/**
 * Syncs one at a time: a settings change and an explicit request can arrive together, and two
 * overlapping syncs would both try to register the same script.
 */
export function serialSync(read: () => Promise<readonly string[]>): () => Promise<string[]> {
  let last: Promise<string[]> = Promise.resolve([]);
  return () => (last = last.catch(() => []).then(async () => syncUserSites(await read())));
}

/** Runs the composer script in a tab now (the registration only applies to pages loaded later). */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: composerScript() });
}
