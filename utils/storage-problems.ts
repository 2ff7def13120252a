// The list of unreadable stored values a page shows the user (StorageNotice), and its dismissal.
import { signal } from '@preact/signals';
import { acknowledgeStorageProblems, listStorageProblems } from './storage.ts';

export function createStorageProblems() {
  const problems = signal<{ id: string; key: string }[]>([]);
  return {
    problems,
    async refresh() {
      problems.value = (await listStorageProblems()).map(({ id, key }) => ({ id, key }));
    },
    /** Marks them seen; the kept-aside values stay in storage. */
    async dismiss() {
      await acknowledgeStorageProblems(problems.value.map((p) => p.id));
      problems.value = [];
    },
  };
}
