// Reminders for saved commitments: one chrome.alarms alarm per open commitment, named
// `aftercare:<requestId>:<commitmentId>`, at its due time; when it fires, a notification in the user's
// language; a click on it asks the side panel to open that request's follow-up. Runs in the background.
// The background wires the listeners (see `registerAftercare` for the whole wiring in one call).
import { browser } from '../browser.ts';
import { resolveLang, translate, type Lang } from '../i18n.ts';
import { readItem, settingsItem } from '../storage.ts';
import type { Commitment, SavedRequest } from './model.ts';
import { loadRequests, markReminded, requestOpen, watchRequests } from './store.ts';

export const ALARM_PREFIX = 'aftercare:';

export function alarmName(requestId: string, commitmentId: string): string {
  return `${ALARM_PREFIX}${requestId}:${commitmentId}`;
}

/** The ids in an alarm or notification name of ours, else null. */
export function parseAlarmName(name: string): { requestId: string; commitmentId: string } | null {
  const m = /^aftercare:([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64})$/.exec(name);
  return m ? { requestId: m[1]!, commitmentId: m[2]! } : null;
}

export interface SyncOptions {
  /** The clock (ms); defaults to Date.now(). */
  now?: number;
  /**
   * The earliest an alarm may fire, from `now` (default 1 s). A commitment already past due whose
   * reminder was never shown (the browser was closed at the time) fires after this delay.
   */
  minDelayMs?: number;
  /** Tests and demos: fire every open reminder after this many ms instead of at its due time. */
  fireAfterMs?: number;
}

export interface SyncResult {
  /** Alarms created or moved, name → scheduled time (ms). */
  created: Record<string, number>;
  /** Alarms of ours that no longer match an open commitment. */
  cleared: string[];
}

/** Which alarms should exist for these requests: name → when (ms) and whether it is a catch-up. Pure. */
export function plannedAlarms(requests: readonly SavedRequest[], options: SyncOptions = {}): Map<string, { when: number; catchUp: boolean }> {
  const now = options.now ?? Date.now();
  const earliest = now + Math.max(0, options.minDelayMs ?? 1000);
  const out = new Map<string, { when: number; catchUp: boolean }>();
  for (const r of requests) {
    for (const c of r.commitments) {
      if (c.done || c.reminded) continue;
      const due = Date.parse(c.due);
      if (Number.isNaN(due)) continue;
      if (options.fireAfterMs !== undefined) out.set(alarmName(r.id, c.id), { when: now + options.fireAfterMs, catchUp: false });
      else out.set(alarmName(r.id, c.id), { when: Math.max(due, earliest), catchUp: due < earliest });
    }
  }
  return out;
}

/**
 * Makes the alarms match the open commitments: creates the missing ones, moves the ones whose time
 * changed, clears ours that match nothing open. Other alarms are left alone. Idempotent: call it at
 * startup and whenever the stored list changes.
 */
export async function syncAlarms(requests: readonly SavedRequest[], options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now();
  const planned = plannedAlarms(requests, { ...options, now });
  const existing = new Map((await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a.scheduledTime]));
  const result: SyncResult = { created: {}, cleared: [] };
  for (const name of existing.keys()) {
    if (planned.has(name)) continue;
    await browser.alarms.clear(name);
    result.cleared.push(name);
  }
  for (const [name, { when, catchUp }] of planned) {
    const had = existing.get(name);
    // Same time, or a catch-up alarm already waiting: leave it (re-creating would push it back).
    if (had !== undefined && (Math.abs(had - when) < 1000 || catchUp)) continue;
    await browser.alarms.create(name, { when });
    result.created[name] = when;
  }
  return result;
}

/** The user's UI language: the options page's choice, else the browser's. */
export async function userLang(): Promise<Lang> {
  const settings = await readItem(settingsItem);
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  return resolveLang(settings.value.language, ui);
}

/** The notification's text for a commitment. Pure. */
export function notificationText(request: SavedRequest, commitment: Commitment, lang: Lang): { title: string; message: string; contextMessage: string } {
  const who = request.recipient || translate(lang, 'aftercareSomeone');
  return {
    title: translate(lang, commitment.who === 'me' ? 'aftercareNotifyMine' : 'aftercareNotifyTheirs', who),
    message: commitment.what,
    contextMessage: translate(lang, 'aftercareNotifyContext', request.title),
  };
}

/**
 * An alarm fired: if it is one of ours and its commitment is still open, shows the reminder (its id is
 * the alarm's name) and records that it was shown. Returns the notification id, or null.
 */
export async function handleAlarm(alarm: { name: string }): Promise<string | null> {
  const ids = parseAlarmName(alarm.name);
  if (!ids) return null;
  const { value: requests } = await loadRequests();
  const request = requests.find((r) => r.id === ids.requestId);
  const commitment = request?.commitments.find((c) => c.id === ids.commitmentId);
  if (!request || !commitment || commitment.done) return null;
  const lang = await userLang();
  const text = notificationText(request, commitment, lang);
  const id = await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...text,
  });
  await markReminded(request.id, commitment.id);
  return id;
}

/**
 * A notification was clicked: if it is one of our reminders, records the request for the side panel
 * to open (`aftercare-open`, read with takeOpenRequest) and closes the notification. Returns the
 * request id, or null. The caller opens the side panel itself, synchronously, before awaiting this:
 * sidePanel.open() needs the click's user gesture.
 */
export async function onNotificationClicked(notificationId: string, now: number = Date.now()): Promise<string | null> {
  const ids = parseAlarmName(notificationId);
  if (!ids) return null;
  await requestOpen(ids.requestId, ids.commitmentId, now);
  await browser.notifications.clear(notificationId).catch(() => false);
  return ids.requestId;
}

export interface AftercareWiring {
  /** Opens the side panel; called synchronously inside the notification click (user gesture). */
  openPanel: () => void;
  /** Passed to every syncAlarms call (tests, demos). */
  sync?: Omit<SyncOptions, 'now'>;
}

/**
 * All of the background's after-care wiring: call once, synchronously, at the top of the background's
 * main function (MV3 listeners must be registered in the first turn). Returns a function that removes it.
 */
export function registerAftercare(wiring: AftercareWiring): () => void {
  const sync = (requests: readonly SavedRequest[]) =>
    syncAlarms(requests, wiring.sync).catch((err: unknown) => console.warn('[AskWell] after-care alarms:', err));
  const onAlarm = (alarm: { name: string }) => {
    void handleAlarm(alarm).catch((err: unknown) => console.warn('[AskWell] after-care reminder:', err));
  };
  const onClicked = (id: string) => {
    if (!parseAlarmName(id)) return;
    wiring.openPanel();
    void onNotificationClicked(id).catch((err: unknown) => console.warn('[AskWell] after-care click:', err));
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  const unwatch = watchRequests((r) => void sync(r.value));
  void loadRequests().then((r) => sync(r.value));
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
    unwatch();
  };
}
