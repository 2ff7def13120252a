// The side panel as a person uses it beside webmail: it follows the draft as it is typed, ticks the
// checklist as the request is completed, inserts a missing move into the composer (one undo step
// there), and shows where a move is in the draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, leavesMachine, type ExtensionBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const DEMO = new URL('../demo/pages/', import.meta.url).pathname;
let server: StaticServer;
let ext: ExtensionBrowser;
let panel: Page;
let mail: Page;
const requests: string[] = [];

const item = (id: string) => panel.locator(`[data-item="${id}"]`);
const present = (id: string) => item(id).getAttribute('data-present');
const draft = () => mail.evaluate(() => document.getElementById('composer')!.innerText.replace(/\n$/, ''));

beforeAll(async () => {
  server = await serveStatic([DEMO]);
  ext = await launchWithExtension({ locale: 'en-US' });
  ext.context.on('request', (r) => requests.push(r.url()));
  panel = await ext.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  mail = await ext.newPage();
  await mail.goto(server.url('webmail.html'));
  await mail.bringToFront();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the side panel beside webmail', () => {
  it('ticks the checklist as the draft is completed, without a reload', async () => {
    await mail.click('#composer');
    await mail.keyboard.type('Hi Dana, could your team help us with the onboarding release?');
    await expect.poll(() => present('need'), { timeout: 5_000 }).toBe('no');
    expect(await present('thanks')).toBe('no');
    await mail.keyboard.type(' We need one front-end engineer for two weeks from Monday, because the signup redesign ships on the 15th.');
    await expect.poll(() => present('need'), { timeout: 5_000 }).toBe('yes');
    await mail.keyboard.type(' Thanks a lot!');
    await expect.poll(() => present('thanks'), { timeout: 5_000 }).toBe('yes');
  });

  it('inserts a missing move into the composer, and Ctrl+Z there takes out only that', async () => {
    const before = await draft();
    await item('offer').getByRole('button', { name: 'Add…' }).click();
    await item('offer').locator('[data-fix="reciprocity.offer"]').click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Inserted into the draft. Ctrl+Z in the composer undoes it.');
    await expect.poll(draft).toContain('In return, we can [what you can offer].');
    await expect.poll(() => present('offer'), { timeout: 5_000 }).toBe('yes');
    await mail.bringToFront();
    await mail.keyboard.press('Control+Z');
    await expect.poll(draft).toBe(before);
  });

  it('“Show in the draft” selects the words of that move in the composer', async () => {
    await item('need').getByRole('button', { name: 'Show in the draft' }).click();
    await expect
      .poll(() => mail.evaluate(() => document.getSelection()?.toString() ?? ''))
      .toMatch(/one front-end engineer|two weeks/);
  });

  it('inserts the thank-you follow-up from the panel with its fields filled, and one Ctrl+Z removes it', async () => {
    // A fresh reply: the user clears the composer and starts the follow-up there.
    await mail.bringToFront();
    await mail.click('#composer');
    await mail.keyboard.press('Control+A');
    await mail.keyboard.press('Delete');
    await mail.keyboard.type('Re: front-end help');
    await mail.keyboard.press('Enter');
    const before = await draft();
    await panel.getByRole('tab', { name: 'Templates' }).click();
    await panel.getByRole('searchbox', { name: 'Search templates' }).fill('thank-you');
    await panel.locator('[data-template="follow-up.thank-you"]').click();
    await panel.getByRole('textbox', { name: 'Name' }).fill('Dana');
    await panel.getByRole('textbox', { name: 'What you need' }).fill('lending us Mei for two weeks');
    await panel.getByRole('textbox', { name: 'What their help made possible' }).fill('the new signup flow shipped on the 15th');
    await panel.getByRole('textbox', { name: 'The project' }).fill('the onboarding release');
    await panel.locator('.aw-templates [data-fix="follow-up.thank-you"]').click();
    await expect.poll(draft).toContain('Thank you again for lending us Mei for two weeks. It made a real difference: the new signup flow shipped on the 15th.');
    expect(await draft()).toMatch(/^Re: front-end help\s+Hi Dana,/);
    await mail.bringToFront();
    await mail.keyboard.press('Control+Z');
    await expect.poll(draft).toBe(before);
  });

  it('writes a request from the planner into the composer, and it already has the four moves', async () => {
    await mail.bringToFront();
    await mail.click('#composer');
    await mail.keyboard.press('Control+A');
    await mail.keyboard.press('Delete');
    await panel.getByRole('tab', { name: 'Plan' }).click();
    const answers: [string, string][] = [
      ['Who you are asking', 'Dana'],
      ['Project', 'the onboarding release'],
      ['What exactly you need', 'one front-end engineer'],
      ['How much or how long', 'for two weeks'],
      ['By when', 'Monday 30 November'],
      ['Why it matters', 'the new signup flow has to ship before the December campaign'],
      ['Their goals', 'fewer signup support tickets'],
      ['What you can offer in return', 'take over your team’s on-call for those two weeks'],
      ['Your next step', 'send the task list'],
      ['By when you will do it', 'Friday'],
    ];
    for (const [label, value] of answers) await panel.getByLabel(label, { exact: true }).fill(value);
    await panel.locator('[data-fix="planner.skeleton"]').click();
    await expect.poll(draft).toMatch(/^Hi Dana,/);
    await panel.getByRole('tab', { name: 'Check' }).click();
    for (const id of ['shared-goal', 'need', 'offer', 'steps']) await expect.poll(() => present(id)).toBe('yes');
    await mail.bringToFront();
    await mail.keyboard.press('Control+Z');
    await expect.poll(draft).toBe('');
  });

  it('“Show in the draft” selects exactly the words in a draft of several paragraphs', async () => {
    await mail.bringToFront();
    await mail.click('#composer');
    await mail.keyboard.press('Control+A');
    await mail.keyboard.press('Delete');
    // Paragraphs typed with Enter: the page's innerText has more line breaks than the editor's text.
    for (const line of ['Hi Dana,', '', 'The signup redesign ships on the 15th.', '', '']) {
      await mail.keyboard.type(line);
      await mail.keyboard.press('Enter');
    }
    await mail.keyboard.type('We need one front-end engineer for two weeks from Monday, because the launch is close.');
    await panel.getByRole('tab', { name: 'Check' }).click();
    await expect.poll(() => present('need'), { timeout: 5_000 }).toBe('yes');
    await item('need').getByRole('button', { name: 'Show in the draft' }).click();
    await expect
      .poll(() => mail.evaluate(() => document.getSelection()?.toString() ?? ''))
      .toBe('We need one front-end engineer for two weeks from Monday, because the launch is close.');
  });

  it('made no request beyond this machine, and no page logged an error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(leavesMachine)).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
