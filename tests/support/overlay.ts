// Helpers for e2e tests that act on AskWell's overlay the way a person would (Playwright pierces
// open shadow roots with CSS locators).
import type { Frame, Page } from 'playwright-core';

type Scope = Page | Frame;

export function badge(scope: Scope) {
  return scope.locator('askwell-overlay button.aw-badge');
}

export function card(scope: Scope) {
  return scope.locator('askwell-overlay [role="dialog"]');
}

/** The underline drawn under the first occurrence of `words` in the draft. */
export async function markUnder(scope: Scope, draft: string, words: string) {
  const start = draft.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the draft`);
  const marks = scope.locator('askwell-overlay button.aw-mark');
  const n = await marks.count();
  for (let i = 0; i < n; i++) {
    const m = marks.nth(i);
    const s = Number(await m.getAttribute('data-start'));
    const e = Number(await m.getAttribute('data-end'));
    // By its span, not its place in the list: marks are drawn only near the view, so the list's
    // order shifts as the composer scrolls.
    if (s <= start && e >= start + words.length) return scope.locator(`askwell-overlay button.aw-mark[data-start="${s}"][data-end="${e}"]`).first();
  }
  return null;
}

export async function badgeCount(scope: Scope): Promise<number | null> {
  const b = badge(scope);
  if ((await b.count()) === 0) return null;
  return Number(await b.getAttribute('data-count'));
}
