// The built extension in Debian's Chromium, against pages served on 127.0.0.1: it loads, its pages
// render in both languages, and the content script mounts exactly one overlay per composer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

async function open(path: string): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Number of AskWell hosts in a document, and whether each has an open shadow root with the badge. */
function overlays(page: Page, frameSelector?: string) {
  return page.evaluate((sel) => {
    const doc = sel ? (document.querySelector(sel) as HTMLIFrameElement).contentDocument! : document;
    return [...doc.querySelectorAll('askwell-overlay')].map((h) => ({
      open: h.shadowRoot?.mode === 'open',
      badge: h.shadowRoot?.querySelector('button.aw-badge')?.getAttribute('aria-label') ?? null,
      count: h.shadowRoot?.querySelector('button.aw-badge')?.getAttribute('data-count') ?? null,
    }));
  }, frameSelector);
}

async function waitForOverlays(page: Page, n: number, frameSelector?: string) {
  await expect.poll(async () => (await overlays(page, frameSelector)).length, { timeout: 5_000 }).toBe(n);
}

describe('the extension loads', () => {
  it('registers a service worker whose URL carries the extension id', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('opens its side panel from the toolbar icon and offers the keyboard command', async () => {
    const { behavior, commands } = await ext.worker.evaluate(async () => ({
      behavior: await chrome.sidePanel.getPanelBehavior(),
      commands: await chrome.commands.getAll(),
    }));
    expect(behavior.openPanelOnActionClick).toBe(true);
    expect(commands).toContainEqual(expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+K' }));
  });

  it('shows the side panel’s empty state in English for an English browser', async () => {
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Open a composer or paste a draft here');
    await panel.getByLabel('Draft to check').fill('Could your team spare two testers next week?');
    expect(await panel.getByLabel('Draft to check').inputValue()).toContain('two testers');
    await panel.close();
  });
});

describe('the composer overlay', () => {
  it('mounts one askwell-overlay with an open shadow root when a textarea gets focus', async () => {
    const page = await open('textarea.html');
    expect(await overlays(page)).toEqual([]);
    await page.click('#composer');
    await waitForOverlays(page, 1);
    // Empty composer: the badge is there, idle, with nothing counted.
    expect((await overlays(page))[0]).toEqual({ open: true, badge: 'AskWell: open the request check', count: '0' });
    // Focusing again, typing, clicking elsewhere and back: still exactly one.
    await page.keyboard.type('Hello team');
    await page.click('#subject');
    await page.click('#composer');
    await waitForOverlays(page, 1);
    await page.close();
  });

  it('places the badge inside the composer’s bottom-right corner, and follows it when it moves', async () => {
    const page = await open('textarea.html');
    await page.click('#composer');
    await waitForOverlays(page, 1);
    const inside = () =>
      page.evaluate(() => {
        const c = document.getElementById('composer')!.getBoundingClientRect();
        const b = document.querySelector('askwell-overlay')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        return b.left >= c.left && b.right <= c.right && b.top >= c.top && b.bottom <= c.bottom && c.right - b.right < 20;
      });
    await expect.poll(inside).toBe(true);
    await page.evaluate(() => {
      document.getElementById('composer')!.style.width = '300px';
      document.getElementById('composer')!.style.marginLeft = '200px';
    });
    await expect.poll(inside).toBe(true);
    await page.close();
  });

  it('leaves single-line, password and search fields alone', async () => {
    const page = await open('textarea.html');
    await page.click('#subject');
    await page.click('#password');
    const reading = await open('no-composer.html');
    await reading.click('#search');
    await page.waitForTimeout(300);
    expect(await overlays(page)).toEqual([]);
    expect(await overlays(reading)).toEqual([]);
    await page.close();
    await reading.close();
  });

  it('watches a contenteditable composer but not a contenteditable search box', async () => {
    const page = await open('contenteditable.html');
    await page.click('#search');
    await page.waitForTimeout(200);
    expect(await overlays(page)).toEqual([]);
    await page.click('#composer');
    await waitForOverlays(page, 1);
    // The host is never put inside the editor.
    expect(await page.locator('#composer askwell-overlay').count()).toBe(0);
    await page.close();
  });

  it('keeps one overlay per composer when a page has two', async () => {
    const page = await open('two-composers.html');
    await page.click('#first');
    await page.click('#second');
    await page.click('#first');
    await waitForOverlays(page, 2);
    await page.close();
  });

  it('removes the overlay, quietly, when the focused composer is taken out of the page', async () => {
    const before = ext.pageErrors.length;
    const page = await open('textarea.html');
    await page.click('#composer');
    await waitForOverlays(page, 1);
    await page.evaluate(() => document.getElementById('composer')!.remove());
    await waitForOverlays(page, 0);
    expect(ext.pageErrors.slice(before)).toEqual([]);
    await page.close();
  });

  it('works inside a same-origin iframe and a designMode document', async () => {
    const page = await open('iframe.html');
    await page.frameLocator('#frame').locator('#composer').click();
    await waitForOverlays(page, 1, '#frame');
    await page.frameLocator('#design').locator('p').click();
    await waitForOverlays(page, 1, '#design');
    // The designMode body stays exactly what the user wrote.
    const body = await page.evaluate(() => (document.getElementById('design') as HTMLIFrameElement).contentDocument!.body.innerHTML);
    expect(body).toBe('<p>draft</p>');
    await page.close();
  });

  it('opening the card from the badge and closing it with Escape puts the caret back in the editor', async () => {
    const page = await open('textarea.html');
    await page.click('#composer');
    await page.keyboard.type('We need a reviewer');
    await waitForOverlays(page, 1);
    // Pressing the mouse on the badge does not take focus from the editor.
    await page.locator('askwell-overlay button.aw-badge').dispatchEvent('mousedown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer');
    await page.locator('askwell-overlay button.aw-badge').click();
    await expect.poll(() => page.locator('askwell-overlay [role="dialog"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('askwell-overlay [role="dialog"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer');
    await page.keyboard.type('!');
    expect(await page.inputValue('#composer')).toBe('We need a reviewer!');
    await page.close();
  });

  it('the side panel follows the composer the user is typing in', async () => {
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await panel.getByRole('heading', { level: 2 }).waitFor();
    const page = await open('textarea.html');
    await page.bringToFront();
    await page.click('#composer');
    await page.keyboard.type('Could you lend us one designer for 3 days?');
    await expect.poll(() => panel.locator('.aw-following').textContent(), { timeout: 5_000 }).toMatch(/^Following the composer on 127\.0\.0\.1:\d+$/);
    await expect.poll(() => panel.locator('.aw-composer .aw-muted').textContent()).toBe('42 characters in the draft');
    await page.close();
    await panel.close();
  });
});

describe('safety', () => {
  it('a web page cannot reach the extension’s messaging', async () => {
    const page = await open('textarea.html');
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });

  it('the background refuses a malformed message and keeps answering good ones', async () => {
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    const result = await panel.evaluate(async () => {
      const bad = await chrome.runtime.sendMessage({ type: 'composer-update', composer: { kind: 'script' } }).catch((e: Error) => `error: ${e.message}`);
      const good = await chrome.runtime.sendMessage({ type: 'get-active-composer' });
      return { bad: bad ?? null, good: good ?? null };
    });
    expect(result.bad).not.toEqual(expect.objectContaining({ kind: 'script' }));
    expect(result.good).toBeNull();
    await panel.close();
  });

  it('a site turned off in settings gets no DOM from AskWell', async () => {
    const options = await ext.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const local = options.getByRole('checkbox', { name: /127\.0\.0\.1/ });
    await local.uncheck();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved');
    const page = await open('textarea.html');
    await page.click('#composer');
    await page.keyboard.type('hello');
    await page.waitForTimeout(400);
    expect(await overlays(page)).toEqual([]);
    // Back on: the next page gets its overlay again.
    await local.check();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved');
    const again = await open('textarea.html');
    await again.click('#composer');
    await waitForOverlays(again, 1);
    await Promise.all([page.close(), again.close(), options.close()]);
  });

  it('no page saw an uncaught error or console error during the run', () => {
    expect(ext.pageErrors).toEqual([]);
  });
});
