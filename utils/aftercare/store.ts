// The saved requests and their commitments, stored like every AskWell item (utils/storage.ts): typed,
// versioned, validated; a value that cannot be read is quarantined and the list starts empty.
// Plus 'aftercare-open': the request a reminder's click asked the side panel to open.
import { z } from 'zod';
import { readItem, updateItem, watchItem, writeItem, type ReadResult, type StoredItem } from '../storage.ts';
import { AftercareListSchema, MAX_REQUESTS, SavedRequestSchema, statusOf, type SavedRequest } from './model.ts';

export const aftercareItem: StoredItem<SavedRequest[]> = {
  key: 'aftercare',
  version: 1,
  schema: AftercareListSchema,
  fallback: () => [],
};

export const OpenRequestSchema = z
  .object({
    requestId: z.string().max(64),
    commitmentId: z.string().max(64).optional(),
    /** When it was asked (ms); the panel ignores stale asks. */
    at: z.number(),
  })
  .nullable();
export type OpenRequest = z.infer<typeof OpenRequestSchema>;

export const aftercareOpenItem: StoredItem<OpenRequest> = {
  key: 'aftercare-open',
  version: 1,
  schema: OpenRequestSchema,
  fallback: () => null,
};

export class AftercareFullError extends Error {
  constructor() {
    super(`AskWell keeps at most ${MAX_REQUESTS} open requests; mark some done or remove them first`);
    this.name = 'AftercareFullError';
  }
}

export function loadRequests(): Promise<ReadResult<SavedRequest[]>> {
  return readItem(aftercareItem);
}

export function watchRequests(onChange: (result: ReadResult<SavedRequest[]>) => void): () => void {
  return watchItem(aftercareItem, onChange);
}

function change(list: SavedRequest[], requestId: string, edit: (r: SavedRequest) => SavedRequest): SavedRequest[] {
  return list.map((r) => (r.id === requestId ? edit(r) : r));
}

/**
 * Adds a request, or replaces the one with the same id. At the cap, the oldest request whose
 * commitments are all done makes room; when every request is still open, nothing is dropped and
 * AftercareFullError is thrown.
 */
export async function saveRequest(request: SavedRequest, now: Date | number = Date.now()): Promise<SavedRequest[]> {
  const checked = SavedRequestSchema.parse(request);
  return updateItem(aftercareItem, (old) => {
    const at = old.findIndex((r) => r.id === checked.id);
    if (at >= 0) return old.map((r, i) => (i === at ? checked : r));
    const list = [...old];
    while (list.length >= MAX_REQUESTS) {
      const finished = list
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.commitments.every((c) => statusOf(c, now) === 'done'))
        .sort((a, b) => Date.parse(a.r.createdAt) - Date.parse(b.r.createdAt))[0];
      if (!finished) throw new AftercareFullError();
      list.splice(finished.i, 1);
    }
    return [...list, checked];
  });
}

/** Ticks a commitment off (or back on); an open commitment gets its reminder again. */
export function setDone(requestId: string, commitmentId: string, done: boolean): Promise<SavedRequest[]> {
  return updateItem(aftercareItem, (old) =>
    change(old, requestId, (r) => ({
      ...r,
      commitments: r.commitments.map((c) => (c.id === commitmentId ? { ...c, done, reminded: done ? c.reminded : false } : c)),
    })),
  );
}

export async function toggleDone(requestId: string, commitmentId: string): Promise<SavedRequest[]> {
  const current = (await loadRequests()).value.find((r) => r.id === requestId)?.commitments.find((c) => c.id === commitmentId);
  return setDone(requestId, commitmentId, !current?.done);
}

export function removeRequest(requestId: string): Promise<SavedRequest[]> {
  return updateItem(aftercareItem, (old) => old.filter((r) => r.id !== requestId));
}

export function markFollowUpSent(requestId: string, sent = true): Promise<SavedRequest[]> {
  return updateItem(aftercareItem, (old) => change(old, requestId, (r) => ({ ...r, followUpSent: sent })));
}

/** Records that a commitment's reminder was shown (see alarms.ts). */
export function markReminded(requestId: string, commitmentId: string): Promise<SavedRequest[]> {
  return updateItem(aftercareItem, (old) =>
    change(old, requestId, (r) => ({
      ...r,
      commitments: r.commitments.map((c) => (c.id === commitmentId ? { ...c, reminded: true } : c)),
    })),
  );
}

/** Asks the side panel to open a request (a reminder was clicked). */
export function requestOpen(requestId: string, commitmentId?: string, now: number = Date.now()): Promise<void> {
  return writeItem(aftercareOpenItem, { requestId, commitmentId, at: now });
}

/** How long a click on a reminder stays an ask to open its request. */
export const OPEN_TTL_MS = 10 * 60_000;

/**
 * The request a reminder asked to open, if any and recent, cleared once read: the side panel calls it
 * when it starts and whenever `watchOpenRequest` fires.
 */
export async function takeOpenRequest(now: number = Date.now()): Promise<NonNullable<OpenRequest> | null> {
  const { value } = await readItem(aftercareOpenItem);
  if (!value) return null;
  await writeItem(aftercareOpenItem, null);
  return now - value.at <= OPEN_TTL_MS ? value : null;
}

export function watchOpenRequest(onAsk: (ask: NonNullable<OpenRequest>) => void): () => void {
  return watchItem(aftercareOpenItem, (r) => {
    if (r.value) onAsk(r.value);
  });
}
