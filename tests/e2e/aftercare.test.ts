// After the request: the writer saves what was promised (pre-filled from the draft's next steps), a
// reminder fires when a promise is due, it opens the follow-up for that request, and the saved
// requests survive a restart of the browser.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const DEMO = new URL('../demo/pages/', import.meta.url).pathname;
let server: StaticServer;
let profile: string;
let ext: ExtensionBrowser;
let panel: Page;
let mail: Page;

const draft = () => mail.evaluate(() => document.getElementById('composer')!.innerText.replace(/\n$/, ''));

async function openPanel() {
  panel = await ext.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(ext.extensionUrl('sidepanel.html'));
}

beforeAll(async () => {
  server = await serveStatic([DEMO]);
  profile = await mkdtemp(join(tmpdir(), 'askwell-aftercare-'));
  ext = await launchWithExtension({ locale: 'en-US', userDataDir: profile });
  await openPanel();
  mail = await ext.newPage();
  await mail.goto(server.url('webmail.html'));
  await mail.bringToFront();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('after-care', () => {
  it('saves the promises of the draft, pre-filled from its next steps', async () => {
    await mail.click('#composer');
    await mail.keyboard.type(
      'Hi Dana, could your team lend us one front-end engineer for two weeks? I will send you the task list by Friday at 5pm. Thank you!',
    );
    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    const form = panel.getByRole('form', { name: 'Save the commitments of this request' });
    await expect.poll(() => form.getByRole('textbox', { name: 'What', exact: true }).first().inputValue()).toMatch(/send you the task list/);
    await form.locator('[data-action="save-commitments"]').click();
    await expect.poll(() => panel.locator('.aw-aftercare').textContent()).toMatch(/To Dana/);
  });

  it('a promise that falls due fires a reminder, which opens the thank-you follow-up for that request', async () => {
    // A request whose promise is due in two seconds (an unpacked extension's alarms may fire that soon).
    await panel.evaluate(async () => {
      const due = new Date(Date.now() + 2_000).toISOString();
      const { aftercare } = await chrome.storage.local.get('aftercare');
      const list = ((aftercare as { value?: unknown[] } | undefined)?.value ?? []) as unknown[];
      list.push({
        id: 'r-due',
        title: 'Two testers for the release',
        recipient: 'Lee',
        resource: 'two testers',
        project: 'the release',
        lang: 'en',
        createdAt: new Date().toISOString(),
        followUpSent: false,
        commitments: [{ id: 'c1', who: 'me', what: 'send the test plan', due, done: false, reminded: false }],
      });
      await chrome.storage.local.set({ aftercare: { v: 1, value: list } });
    });
    await expect
      .poll(() => ext.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 15_000 })
      .toContain('aftercare:r-due:c1');
    // Clicking a notification cannot be automated; the click handler records which request to open.
    await ext.worker.evaluate(async () => {
      await chrome.storage.local.set({ 'aftercare-open': { v: 1, value: { requestId: 'r-due', commitmentId: 'c1', at: Date.now() } } });
    });
    const thanks = panel.locator('[data-request="r-due"] [data-action="follow-up-thank-you"]');
    await expect.poll(() => panel.getByRole('tab', { name: 'Follow-ups' }).getAttribute('aria-selected')).toBe('true');
    // The reminded request is the one in focus, its follow-up button first.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('[data-request]')?.getAttribute('data-request'))).toBe('r-due');
    await mail.click('#composer');
    await mail.keyboard.press('Control+A');
    await mail.keyboard.press('Delete');
    await thanks.click();
    await expect.poll(draft).toMatch(/^Hi Lee,\s+Thank you again for two testers\./);
    await mail.bringToFront();
    await mail.keyboard.press('Control+Z');
    await expect.poll(draft).toBe('');
  });

  it('the saved requests survive a restart of the browser', async () => {
    await ext.close();
    ext = await launchWithExtension({ locale: 'en-US', userDataDir: profile });
    await openPanel();
    await panel.getByRole('tab', { name: 'Follow-ups' }).click();
    await expect.poll(() => panel.locator('.aw-aftercare').textContent()).toMatch(/To Dana[\s\S]*To Lee|To Lee[\s\S]*To Dana/);
  });
});
