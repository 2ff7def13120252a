import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  alarmName,
  handleAlarm,
  notificationText,
  onNotificationClicked,
  parseAlarmName,
  registerAftercare,
  syncAlarms,
} from '../../../utils/aftercare/alarms.ts';
import type { Commitment, SavedRequest } from '../../../utils/aftercare/model.ts';
import { loadRequests, saveRequest, setDone, takeOpenRequest } from '../../../utils/aftercare/store.ts';
import { settingsItem, writeItem } from '../../../utils/storage.ts';

const NOW = Date.parse('2026-03-02T01:00:00.000Z');
const HOUR = 3_600_000;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

const at = (ms: number) => new Date(ms).toISOString();
const commitment = (over: Partial<Commitment> = {}): Commitment => ({
  id: 'c1',
  who: 'me',
  what: 'Send you the brief',
  due: at(NOW + 24 * HOUR),
  done: false,
  reminded: false,
  ...over,
});
const request = (over: Partial<SavedRequest> = {}): SavedRequest => ({
  id: 'r1',
  title: 'Two analysts for the churn model',
  recipient: 'Dana',
  resource: '',
  project: '',
  lang: 'en',
  createdAt: at(NOW),
  commitments: [commitment()],
  followUpSent: false,
  ...over,
});

async function alarms(): Promise<Record<string, number>> {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
}

describe('alarm names', () => {
  it('round-trip and refuse anything else', () => {
    expect(alarmName('r1', 'c-2')).toBe('aftercare:r1:c-2');
    expect(parseAlarmName('aftercare:r1:c-2')).toEqual({ requestId: 'r1', commitmentId: 'c-2' });
    for (const other of ['aftercare:r1', 'aftercare:r1:c2:x', 'other:r1:c2', 'aftercare::c2']) expect(parseAlarmName(other)).toBeNull();
  });
});

describe('syncAlarms', () => {
  it('creates one alarm per open commitment, at its due time, and nothing for done or reminded ones', async () => {
    const reqs = [
      request({
        commitments: [
          commitment({ id: 'open', due: at(NOW + 2 * HOUR) }),
          commitment({ id: 'done', done: true }),
          commitment({ id: 'reminded', due: at(NOW - HOUR), reminded: true }),
          commitment({ id: 'theirs', who: 'them', due: at(NOW + 48 * HOUR) }),
        ],
      }),
      request({ id: 'r2', commitments: [commitment({ id: 'x', due: at(NOW + 5 * HOUR) })] }),
    ];
    const result = await syncAlarms(reqs, { now: NOW });
    const expected = {
      'aftercare:r1:open': NOW + 2 * HOUR,
      'aftercare:r1:theirs': NOW + 48 * HOUR,
      'aftercare:r2:x': NOW + 5 * HOUR,
    };
    expect(await alarms()).toEqual(expected);
    expect(result).toEqual({ created: expected, cleared: [] });
  });

  it('clears stale alarms of ours, moves changed ones, leaves other alarms alone, and is idempotent', async () => {
    await fakeBrowser.alarms.create('someone-else', { when: NOW + HOUR });
    await syncAlarms([request({ commitments: [commitment({ id: 'a' }), commitment({ id: 'b' })] }), request({ id: 'gone' })], { now: NOW });
    const moved = NOW + 72 * HOUR;
    const next = [request({ commitments: [commitment({ id: 'a', due: at(moved) }), commitment({ id: 'b', done: true })] })];
    const result = await syncAlarms(next, { now: NOW + 1000 });
    expect(result.cleared.sort()).toEqual(['aftercare:gone:c1', 'aftercare:r1:b']);
    expect(result.created).toEqual({ 'aftercare:r1:a': moved });
    expect(await alarms()).toEqual({ 'someone-else': NOW + HOUR, 'aftercare:r1:a': moved });
    expect(await syncAlarms(next, { now: NOW + 2000 })).toEqual({ created: {}, cleared: [] });
  });

  it('catches up a reminder missed while the browser was closed, after minDelayMs, without pushing it back later', async () => {
    const reqs = [request({ commitments: [commitment({ due: at(NOW - 3 * HOUR) })] })];
    await syncAlarms(reqs, { now: NOW, minDelayMs: 5000 });
    expect(await alarms()).toEqual({ 'aftercare:r1:c1': NOW + 5000 });
    expect((await syncAlarms(reqs, { now: NOW + 3000, minDelayMs: 5000 })).created).toEqual({});
    expect(await alarms()).toEqual({ 'aftercare:r1:c1': NOW + 5000 });
  });

  it('with a test delay, schedules every open reminder that soon', async () => {
    await syncAlarms([request({ commitments: [commitment({ id: 'a' }), commitment({ id: 'b', due: at(NOW + 99 * HOUR) })] })], { now: NOW, fireAfterMs: 200 });
    expect(await alarms()).toEqual({ 'aftercare:r1:a': NOW + 200, 'aftercare:r1:b': NOW + 200 });
  });
});

describe('handleAlarm', () => {
  it.each([
    ['en', 'auto', 'en-US', 'me', 'Your promise to Dana is due', 'Request: Two analysts for the churn model'],
    ['en', 'auto', 'en-GB', 'them', 'Check in with Dana: their part is due', 'Request: Two analysts for the churn model'],
    ['zh (browser)', 'auto', 'zh-CN', 'me', '你答应Dana的事项到期了', '请求：Two analysts for the churn model'],
    ['zh (setting beats browser)', 'zh', 'en-US', 'them', '跟进一下Dana：对方约定的事项到期了', '请求：Two analysts for the churn model'],
    ['en (setting beats browser)', 'en', 'zh-TW', 'me', 'Your promise to Dana is due', 'Request: Two analysts for the churn model'],
  ] as const)('shows the reminder in the user language: %s', async (_n, setting, ui, who, title, context) => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue(ui);
    await writeItem(settingsItem, { ...settingsItem.fallback(), language: setting });
    await saveRequest(request({ commitments: [commitment({ who, what: '周五前把需求文档发给您' })] }));
    const id = await handleAlarm({ name: 'aftercare:r1:c1' });
    expect(id).toBe('aftercare:r1:c1');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({
      'aftercare:r1:c1': expect.objectContaining({ type: 'basic', title, message: '周五前把需求文档发给您', contextMessage: context, iconUrl: expect.stringMatching(/\/icon\/128\.png$/) }),
    });
    // Shown once: a restart does not remind again.
    expect((await loadRequests()).value[0]!.commitments[0]!.reminded).toBe(true);
    expect(await syncAlarms((await loadRequests()).value, { now: NOW })).toEqual({ created: {}, cleared: [] });
  });

  it('names "the other side" when no recipient was saved', () => {
    expect(notificationText(request({ recipient: '' }), commitment(), 'en').title).toBe('Your promise to the other side is due');
    expect(notificationText(request({ recipient: '' }), commitment({ who: 'them' }), 'zh').title).toBe('跟进一下对方：对方约定的事项到期了');
  });

  it('shows nothing for other alarms, unknown or finished commitments', async () => {
    await saveRequest(request({ commitments: [commitment(), commitment({ id: 'c2', done: true })] }));
    expect(await handleAlarm({ name: 'someone-else' })).toBeNull();
    expect(await handleAlarm({ name: 'aftercare:r1:nope' })).toBeNull();
    expect(await handleAlarm({ name: 'aftercare:nope:c1' })).toBeNull();
    expect(await handleAlarm({ name: 'aftercare:r1:c2' })).toBeNull();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe('onNotificationClicked', () => {
  it('records the request for the side panel and closes the reminder', async () => {
    await fakeBrowser.notifications.create('aftercare:r1:c1', { type: 'basic', title: 't', message: 'm', iconUrl: 'i' });
    expect(await onNotificationClicked('aftercare:r1:c1', NOW)).toBe('r1');
    expect(await takeOpenRequest(NOW + 1000)).toEqual({ requestId: 'r1', commitmentId: 'c1', at: NOW });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('ignores notifications that are not ours', async () => {
    expect(await onNotificationClicked('other', NOW)).toBeNull();
    expect(await takeOpenRequest(NOW)).toBeNull();
  });
});

describe('registerAftercare (the background wiring)', () => {
  it('a saved commitment gets its alarm; the alarm shows the reminder; a click opens the panel on that request', async () => {
    const openPanel = vi.fn();
    const stop = registerAftercare({ openPanel, sync: { fireAfterMs: 50 } });
    await saveRequest(request());
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toEqual(['aftercare:r1:c1']));

    const [alarm] = await fakeBrowser.alarms.getAll();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(() => expect(fakeBrowser.notifications.getAllCreateOptions()['aftercare:r1:c1']).toMatchObject({ title: 'Your promise to Dana is due' }));
    // Shown: its alarm goes (the list changed, the sync ran again).
    await vi.waitFor(async () => expect(await alarms()).toEqual({}));

    await fakeBrowser.notifications.onClicked.trigger('aftercare:r1:c1');
    expect(openPanel).toHaveBeenCalledTimes(1); // synchronously, inside the click
    await vi.waitFor(async () => expect(await takeOpenRequest()).toMatchObject({ requestId: 'r1', commitmentId: 'c1' }));

    await fakeBrowser.notifications.onClicked.trigger('not-ours');
    expect(openPanel).toHaveBeenCalledTimes(1);
    stop();
  });

  it('syncs at start from what is stored, and clears an alarm when its commitment is ticked off', async () => {
    await saveRequest(request());
    const stop = registerAftercare({ openPanel: () => {} });
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toEqual(['aftercare:r1:c1']));
    await setDone('r1', 'c1', true);
    await vi.waitFor(async () => expect(await alarms()).toEqual({}));
    stop();
  });
});
