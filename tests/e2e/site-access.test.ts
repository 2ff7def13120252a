// Turning AskWell on for another site: the side panel asks for the permission (not automatable in a
// test: Chrome's prompt), then the background registers the composer script for that site and runs
// it in the open tab. Here the site is one the extension may already reach (127.0.0.1), so the real
// registration, injection and removal paths run end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;
let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await serveStatic([FIXTURES]);
  ext = await launchWithExtension({ locale: 'en-US' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const registered = () =>
  ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })));

describe('a site turned on by the user', () => {
  it('gets the composer script registered and run in the open tab, once', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('textarea.html'));
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await page.bringToFront();
    const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'site-turned-on', pattern: 'http://127.0.0.1/*' }));
    expect(reply).toEqual({ ok: true });
    await expect.poll(registered).toEqual([{ id: 'askwell-user-sites', matches: ['http://127.0.0.1/*'] }]);
    // The script was run again in the tab that already had it: still one overlay per composer.
    await page.click('#composer');
    await expect.poll(() => page.locator('askwell-overlay').count()).toBe(1);
    await page.keyboard.type('We need some help.');
    await page.waitForTimeout(400);
    expect(await page.locator('askwell-overlay').count()).toBe(1);
    await Promise.all([page.close(), panel.close()]);
  });

  it('is listed in the options page, and removing it there unregisters the script', async () => {
    const options = await ext.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const section = options.locator('[data-section="custom-sites"]');
    await expect.poll(() => section.textContent()).toContain('127.0.0.1');
    await section.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(registered).toEqual([]);
    await options.close();
  });

  it('no page logged an error', () => {
    expect(ext.pageErrors).toEqual([]);
  });
});
