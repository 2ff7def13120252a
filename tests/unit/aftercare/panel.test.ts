import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClicked } from '../../../utils/aftercare/alarms.ts';
import type { SavedRequest } from '../../../utils/aftercare/model.ts';
import { createAftercarePanel } from '../../../utils/aftercare/panel.ts';
import { saveRequest } from '../../../utils/aftercare/store.ts';

const NOW = Date.parse('2026-03-02T01:00:00.000Z');
const request = (over: Partial<SavedRequest> = {}): SavedRequest => ({
  id: 'r1',
  title: 'Two analysts',
  recipient: 'Dana',
  resource: '',
  project: '',
  lang: 'en',
  createdAt: new Date(NOW).toISOString(),
  commitments: [{ id: 'c1', who: 'me', what: 'Send the brief', due: new Date(NOW + 60_000).toISOString(), done: false, reminded: false }],
  followUpSent: false,
  ...over,
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('createAftercarePanel', () => {
  it('loads, follows changes made elsewhere, and runs the actions', async () => {
    await saveRequest(request());
    const panel = createAftercarePanel({ clock: () => NOW });
    const stop = await panel.init();
    expect(panel.requests.value.map((r) => r.id)).toEqual(['r1']);
    await saveRequest(request({ id: 'r2' })); // e.g. from another panel
    await vi.waitFor(() => expect(panel.requests.value).toHaveLength(2));
    expect(await panel.toggle('r1', 'c1', true)).toBe(true);
    expect(panel.requests.value[0]!.commitments[0]!.done).toBe(true);
    await panel.markSent('r1', true);
    await panel.remove('r2');
    expect(panel.requests.value.map((r) => [r.id, r.followUpSent])).toEqual([['r1', true]]);
    expect(await panel.save(request({ id: 'bad:id' }))).toBe(false);
    expect(panel.error.value).toBeTruthy();
    stop();
  });

  it('focuses the request a reminder click asked for, at start and while open', async () => {
    await onNotificationClicked('aftercare:r1:c1', Date.now());
    const panel = createAftercarePanel();
    const stop = await panel.init();
    expect(panel.focusRequestId.value).toBe('r1');
    await onNotificationClicked('aftercare:r2:c9', Date.now());
    await vi.waitFor(() => expect(panel.focusRequestId.value).toBe('r2'));
    stop();
  });

  it('moves its clock when the next commitment falls due', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await saveRequest(request());
    const panel = createAftercarePanel();
    const stop = await panel.init();
    expect(panel.now.value).toBe(NOW);
    await vi.advanceTimersByTimeAsync(60_100);
    expect(panel.now.value).toBeGreaterThanOrEqual(NOW + 60_000);
    stop();
  });

  it('reports a quarantined list', async () => {
    await fakeBrowser.storage.local.set({ aftercare: 'garbage' });
    const panel = createAftercarePanel();
    const stop = await panel.init();
    expect(panel.problem.value).toMatch(/not an AskWell record/);
    expect(panel.requests.value).toEqual([]);
    stop();
  });
});
