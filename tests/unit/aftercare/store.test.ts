import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_REQUESTS, type Commitment, type SavedRequest } from '../../../utils/aftercare/model.ts';
import {
  AftercareFullError,
  aftercareItem,
  loadRequests,
  markFollowUpSent,
  markReminded,
  removeRequest,
  requestOpen,
  saveRequest,
  setDone,
  takeOpenRequest,
  toggleDone,
  watchRequests,
} from '../../../utils/aftercare/store.ts';
import { listStorageProblems } from '../../../utils/storage.ts';

beforeEach(() => fakeBrowser.reset());

const commitment = (over: Partial<Commitment> = {}): Commitment => ({
  id: 'c1',
  who: 'me',
  what: 'Send the brief',
  due: '2026-03-06T12:00:00.000Z',
  done: false,
  reminded: false,
  ...over,
});

const request = (over: Partial<SavedRequest> = {}): SavedRequest => ({
  id: 'r1',
  title: 'Two analysts for the churn model',
  recipient: 'Dana',
  resource: 'two analysts',
  project: '',
  lang: 'en',
  createdAt: '2026-03-02T01:00:00.000Z',
  commitments: [commitment(), commitment({ id: 'c2', who: 'them', what: '确认人选', due: '2026-03-10T12:00:00.000Z' })],
  followUpSent: false,
  ...over,
});

describe('aftercare store', () => {
  it('round-trips requests through storage, versioned', async () => {
    await saveRequest(request());
    expect((await fakeBrowser.storage.local.get('aftercare')).aftercare).toMatchObject({ v: 1, value: [{ id: 'r1' }] });
    expect(await loadRequests()).toEqual({ value: [request()] });
  });

  it('replaces a request saved again under the same id, adds others', async () => {
    await saveRequest(request());
    await saveRequest(request({ id: 'r2', title: 'Budget' }));
    await saveRequest(request({ title: 'Three analysts' }));
    expect((await loadRequests()).value.map((r) => [r.id, r.title])).toEqual([['r1', 'Three analysts'], ['r2', 'Budget']]);
  });

  it('ticks a commitment done and back; reopening it re-arms its reminder', async () => {
    await saveRequest(request());
    await markReminded('r1', 'c1');
    await toggleDone('r1', 'c1');
    let c1 = (await loadRequests()).value[0]!.commitments[0]!;
    expect(c1).toMatchObject({ done: true, reminded: true });
    await toggleDone('r1', 'c1');
    c1 = (await loadRequests()).value[0]!.commitments[0]!;
    expect(c1).toMatchObject({ done: false, reminded: false });
    await setDone('r1', 'c2', true);
    expect((await loadRequests()).value[0]!.commitments.map((c) => c.done)).toEqual([false, true]);
  });

  it('marks the follow-up sent and removes requests', async () => {
    await saveRequest(request());
    await saveRequest(request({ id: 'r2' }));
    await markFollowUpSent('r1');
    expect((await loadRequests()).value.find((r) => r.id === 'r1')!.followUpSent).toBe(true);
    await markFollowUpSent('r1', false);
    expect((await loadRequests()).value.find((r) => r.id === 'r1')!.followUpSent).toBe(false);
    await removeRequest('r1');
    expect((await loadRequests()).value.map((r) => r.id)).toEqual(['r2']);
  });

  it('refuses an invalid request before it reaches storage', async () => {
    await expect(saveRequest(request({ id: 'has:colon' }))).rejects.toThrow();
    await expect(saveRequest(request({ commitments: [commitment({ due: 'next Friday' })] }))).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('aftercare')).toEqual({});
  });

  it.each([
    ['a bare array without envelope', [request()], /not an AskWell record/],
    ['a request with a broken commitment', { v: 1, value: [{ ...request(), commitments: [{ id: 'c1', who: 'boss' }] }] }, /0\.commitments\.0/],
    ['a list from a newer version', { v: 7, value: [] }, /newer AskWell \(v7\)/],
    ['a string', 'garbage{', /not an AskWell record/],
  ])('corrupted data (%s) falls back to an empty list and is kept aside', async (_n, raw, problem) => {
    await fakeBrowser.storage.local.set({ aftercare: raw });
    const r = await loadRequests();
    expect(r.value).toEqual([]);
    expect(r.problem).toMatch(problem);
    const problems = await listStorageProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'aftercare', raw });
    // A later save starts from the empty list; the bad value stays in quarantine.
    await saveRequest(request());
    expect((await loadRequests()).value).toHaveLength(1);
    expect(await listStorageProblems()).toHaveLength(1);
  });

  it('at the cap, makes room by dropping the oldest finished request, never an open one', async () => {
    const list: SavedRequest[] = [];
    for (let i = 0; i < MAX_REQUESTS; i++) {
      const finished = i === 10 || i === 20;
      list.push(request({ id: `r${i}`, createdAt: new Date(Date.UTC(2026, 0, 1) + (i === 20 ? 0 : i) * 60_000).toISOString(), commitments: [commitment({ done: finished })] }));
    }
    await fakeBrowser.storage.local.set({ aftercare: { v: aftercareItem.version, value: list } });
    await saveRequest(request({ id: 'new' }));
    const ids = (await loadRequests()).value.map((r) => r.id);
    expect(ids).toHaveLength(MAX_REQUESTS);
    expect(ids).not.toContain('r20'); // the oldest finished
    expect(ids).toContain('r10');
    expect(ids.at(-1)).toBe('new');
    await saveRequest(request({ id: 'newer' }));
    await expect(saveRequest(request({ id: 'newest' }))).rejects.toBeInstanceOf(AftercareFullError);
    expect((await loadRequests()).value.map((r) => r.id)).toContain('newer');
  });

  it('tells watchers about changes from any context', async () => {
    const seen: number[] = [];
    const stop = watchRequests((r) => seen.push(r.value.length));
    await saveRequest(request());
    await saveRequest(request({ id: 'r2' }));
    stop();
    await removeRequest('r1');
    expect(seen).toEqual([1, 2]);
  });
});

describe('aftercare-open (a reminder was clicked)', () => {
  it('is read once, then cleared', async () => {
    await requestOpen('r1', 'c1', 1000);
    expect(await takeOpenRequest(2000)).toEqual({ requestId: 'r1', commitmentId: 'c1', at: 1000 });
    expect(await takeOpenRequest(3000)).toBeNull();
  });

  it('ignores a stale ask', async () => {
    await requestOpen('r1', undefined, 0);
    expect(await takeOpenRequest(60 * 60_000)).toBeNull();
  });
});
