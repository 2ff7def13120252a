// A Chinese browser gets the Chinese UI without touching any setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await ext?.close();
});

describe('in a Chinese browser', () => {
  it('the side panel speaks Chinese', async () => {
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('打开一个编辑框，或把草稿粘贴到这里');
    expect(await panel.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('the options page speaks Chinese, and switching to English takes effect at once', async () => {
    const options = await ext.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('AskWell 设置');
    await options.getByLabel('语言').selectOption('en');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('AskWell settings');
  });
});
