// The side panel's after-care state as signals, for <AfterCare> and <SaveCommitments>: the saved
// requests (kept in step with storage in every context), the request a clicked reminder asked to
// open, and a clock that ticks exactly when the next commitment falls due (no polling).
import { signal } from '@preact/signals';
import { statusOf, type SavedRequest } from './model.ts';
import {
  loadRequests,
  markFollowUpSent,
  removeRequest,
  saveRequest,
  setDone,
  takeOpenRequest,
  watchOpenRequest,
  watchRequests,
} from './store.ts';

export interface AftercarePanelOptions {
  /** The clock (tests). */
  clock?: () => number;
}

export function createAftercarePanel(options: AftercarePanelOptions = {}) {
  const clock = options.clock ?? Date.now;
  const requests = signal<SavedRequest[]>([]);
  /** Set when the stored list could not be read (it was quarantined; see listStorageProblems). */
  const problem = signal<string | null>(null);
  /** The request a reminder's click asked to open: the panel shows after-care with it in focus. */
  const focusRequestId = signal<string | null>(null);
  const now = signal(clock());
  /** The last action that failed (e.g. the list is full), for the panel's status line. */
  const error = signal<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Re-renders when the next upcoming commitment falls due. */
  function schedule() {
    clearTimeout(timer);
    const t = clock();
    now.value = t;
    const next = requests.value
      .flatMap((r) => r.commitments)
      .filter((c) => statusOf(c, t) === 'upcoming')
      .reduce((min, c) => Math.min(min, Date.parse(c.due)), Infinity);
    if (Number.isFinite(next)) timer = setTimeout(schedule, Math.min(2 ** 31 - 1, Math.max(0, next - t) + 50));
  }

  function set(list: SavedRequest[]) {
    requests.value = list;
    schedule();
  }

  async function run(action: () => Promise<SavedRequest[]>): Promise<boolean> {
    try {
      set(await action());
      error.value = null;
      return true;
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      return false;
    }
  }

  async function init(): Promise<() => void> {
    const first = await loadRequests();
    problem.value = first.problem ?? null;
    set(first.value);
    const unwatch = watchRequests((r) => {
      if (r.problem) problem.value = r.problem;
      set(r.value);
    });
    const unwatchOpen = watchOpenRequest(() => {
      void takeOpenRequest(clock()).then((ask) => {
        if (ask) focusRequestId.value = ask.requestId;
      });
    });
    const ask = await takeOpenRequest(clock());
    if (ask) focusRequestId.value = ask.requestId;
    return () => {
      unwatch();
      unwatchOpen();
      clearTimeout(timer);
    };
  }

  return {
    requests,
    problem,
    focusRequestId,
    now,
    error,
    init,
    save: (request: SavedRequest) => run(() => saveRequest(request, clock())),
    toggle: (requestId: string, commitmentId: string, done: boolean) => run(() => setDone(requestId, commitmentId, done)),
    remove: (requestId: string) => run(() => removeRequest(requestId)),
    markSent: (requestId: string, sent: boolean) => run(() => markFollowUpSent(requestId, sent)),
  };
}

export type AftercarePanel = ReturnType<typeof createAftercarePanel>;
