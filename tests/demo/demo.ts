// `npm run demo`: builds the extension, serves our demo pages (a webmail compose window and a chat
// window) on 127.0.0.1 and opens Chromium with AskWell loaded on them. Without a display it runs
// headless, takes the screenshots a user would see, and prints where it wrote them.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'tests/.artifacts/demo');
const args = new Set(process.argv.slice(2));
const headed = args.has('--headed') || (!!process.env.DISPLAY && !args.has('--headless'));

// Our own drafts: a first attempt that still lacks most of what gets a yes.
const DRAFTS = {
  en: 'Hi Dana,\n\nWe need some help from your team on the onboarding release. Can someone look at it soon?\n\nThanks',
  zh: '张经理，下周的会员中心上线需要你们那边支持一下，尽快安排个人吧。',
};

function run(cmd: string, argv: string[]) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', shell: false });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
}

async function main() {
  if (!args.has('--no-build')) run('npx', ['wxt', 'build']);
  const server = await serveStatic([resolve(ROOT, 'tests/demo/pages'), resolve(ROOT, 'tests/fixtures/pages')]);
  const pages = { webmail: server.url('webmail.html'), chat: server.url('chat.html') };

  if (headed) {
    const ext = await launchWithExtension({ headless: false });
    await (await ext.newPage()).goto(pages.webmail);
    await (await ext.newPage()).goto(pages.chat);
    console.log(`AskWell demo is open. Pages:\n  ${pages.webmail}\n  ${pages.chat}\nSide panel: click the AskWell icon, or press Alt+Shift+K. Ctrl+C to quit.`);
    const stop = async () => {
      await ext.close().catch(() => {});
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    ext.context.on('close', stop);
    return;
  }

  await mkdir(OUT, { recursive: true });
  const written: string[] = [];
  for (const [lang, locale, page] of [
    ['en', 'en-US', pages.webmail],
    ['zh', 'zh-CN', pages.chat],
  ] as const) {
    const ext = await launchWithExtension({ locale, viewport: { width: 1280, height: 800 } });
    try {
      const panel = await ext.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(ext.extensionUrl('sidepanel.html'));
      await panel.locator('h2, .aw-following').first().waitFor();
      const empty = resolve(OUT, `sidepanel-empty-${lang}.png`);
      await panel.screenshot({ path: empty });
      written.push(empty);

      const tab = await ext.newPage();
      await tab.goto(page);
      await tab.bringToFront();
      await tab.click('#composer');
      await tab.keyboard.type(DRAFTS[lang], { delay: 5 });
      await tab.locator('askwell-overlay').first().waitFor({ state: 'attached' });
      await tab.waitForTimeout(400);
      const overlay = resolve(OUT, `overlay-${lang}.png`);
      await tab.screenshot({ path: overlay });
      written.push(overlay);

      await panel.locator('.aw-following').waitFor({ timeout: 5_000 });
      const following = resolve(OUT, `sidepanel-following-${lang}.png`);
      await panel.screenshot({ path: following });
      written.push(following);
    } finally {
      await ext.close();
    }
  }
  await server.close();
  console.log('No display: ran headless and wrote these screenshots:');
  for (const f of written) console.log(`  ${f}`);
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
