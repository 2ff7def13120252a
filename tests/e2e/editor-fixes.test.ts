// One-click fixes in every real editor library: a person types a weak request, opens the card from
// the badge, inserts a phrasing template, and one Ctrl+Z takes out exactly the insertion. The editor's
// own model is read back each time, so a fix that only changed the DOM (and would be lost or
// reverted by the editor) fails here.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type {} from '../fixtures/editors/shared/fixture.ts';
import { clickIntoEditor } from '../support/editors.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { badge, badgeCount, card } from '../support/overlay.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const EDITORS = ['quill', 'prosemirror', 'lexical', 'ckeditor5', 'tinymce', 'draft-js', 'slate'] as const;
const ARTIFACTS = new URL('../.artifacts/editors/', import.meta.url).pathname;
const WEAK = 'Hi Lee, we need some help from your team. Can someone look at it soon?';

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  if (EDITORS.some((name) => !existsSync(`${ARTIFACTS}${name}/index.html`))) {
    throw new Error('editor fixtures not built: run `node tests/fixtures/editors/build.ts`');
  }
  server = await serveStatic([ARTIFACTS]);
  ext = await launchWithExtension({ locale: 'en-US' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const model = (page: Page) => page.evaluate(() => window.fixture!.getText());
/** Spaces as a reader sees them: editors keep NBSP and caret anchors in their text. */
const plain = (s: string) => s.replace(/[\uFEFF\u200B]/g, '').replace(/\u00A0/g, ' ');

async function openEditor(name: string): Promise<{ page: Page; scope: Page | Frame }> {
  const page = await ext.newPage();
  await page.goto(server.url(`${name}/index.html`));
  await page.waitForFunction(() => window.fixture?.ready === true);
  // TinyMCE's editable is the body of its iframe, where AskWell's overlay lives too.
  const scope = await clickIntoEditor(page, name);
  return { page, scope };
}

describe.each(EDITORS)('%s', (name) => {
  it('a closing fix goes in at the end through the editor’s model, and one Ctrl+Z takes only it out', async () => {
    const { page, scope } = await openEditor(name);
    await page.keyboard.type(WEAK);
    await expect.poll(() => model(page).then(plain)).toBe(WEAK);
    await expect.poll(() => badgeCount(scope)).toBeGreaterThan(0);
    await badge(scope).click();
    await card(scope).locator('[data-fix="close.next-steps"]').first().click();
    const inserted = "If you agree, I'll [your next step] by [date] and confirm the details with [the contact].";
    await expect.poll(() => model(page).then(plain), { timeout: 5_000 }).toBe(`${WEAK} ${inserted}`);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => model(page).then(plain), { timeout: 5_000 }).toBe(WEAK);
    expect(ext.pageErrors).toEqual([]);
    await page.close();
  });

  it('an opening goes in after the greeting, and undoes in one step', async () => {
    const { page, scope } = await openEditor(name);
    await page.keyboard.type(WEAK);
    await expect.poll(() => badgeCount(scope)).toBeGreaterThan(0);
    await badge(scope).click();
    await card(scope).locator('[data-fix="opening.shared-goal"]').click();
    await expect.poll(() => model(page).then(plain), { timeout: 5_000 }).toBe(
      "Hi Lee, I'm writing about [the project], which moves a goal our two teams share this quarter. we need some help from your team. Can someone look at it soon?",
    );
    await page.keyboard.press('Control+Z');
    await expect.poll(() => model(page).then(plain), { timeout: 5_000 }).toBe(WEAK);
    await page.close();
  });
});

describe('an editor that disappears mid-action', () => {
  it('Quill removed while AskWell waits to insert: nothing is inserted anywhere, nothing is left, no error', async () => {
    const before = ext.pageErrors.length;
    const { page, scope } = await openEditor('quill');
    await page.keyboard.type(WEAK);
    await expect.poll(() => badgeCount(scope)).toBeGreaterThan(0);
    await badge(scope).click();
    // AskWell waits about a second after the last keystroke in Quill (its history groups by time).
    await card(scope).locator('[data-fix="close.next-steps"]').first().click();
    await page.evaluate(() => window.fixture!.root.closest('.ql-container')!.remove());
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('If you agree');
    await expect.poll(() => page.locator('askwell-overlay').count()).toBe(0);
    expect(ext.pageErrors.slice(before)).toEqual([]);
    await page.close();
  });
});
