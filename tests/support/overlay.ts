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
  // The spans of all marks read in one go: counting them and then reading the i-th raced a re-render
  // that removed marks in between (the read then waited 30 s for a mark that was gone).
  const spans = await scope
    .locator('askwell-overlay button.aw-mark')
    .evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end'))] as const));
  // By its span, not its place in the list: marks are drawn only near the view, so the list's
  // order shifts as the composer scrolls.
  const hit = spans.find(([s, e]) => s <= start && e >= start + words.length);
  return hit ? scope.locator(`askwell-overlay button.aw-mark[data-start="${hit[0]}"][data-end="${hit[1]}"]`).first() : null;
}

export async function badgeCount(scope: Scope): Promise<number | null> {
  const b = badge(scope);
  if ((await b.count()) === 0) return null;
  return Number(await b.getAttribute('data-count'));
}
