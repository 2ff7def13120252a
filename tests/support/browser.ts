// Starts Debian's Chromium with the built extension loaded, the way the e2e tests, the demo and the
// bench all need it. Never downloads a browser.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A request to anything but this machine (127.0.0.1) or the extension's and the browser's own files. */
export function leavesMachine(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol)) return false;
  return u.hostname !== '127.0.0.1';
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Errors thrown in pages (uncaught) or logged with console.error, per page URL. */
  pageErrors: string[];
  /** Every request the browser context made (pages, frames, the extension's pages). */
  requests: string[];
  extensionUrl: (path: string) => string;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'zh-CN'; decides the extension's default language. */
  locale?: string;
  headless?: boolean;
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** Reuse a profile (to test that state survives a restart); a fresh one otherwise. */
  userDataDir?: string;
  /** Another copy of the built extension (e.g. one with a manifest key, for a known id). */
  extensionDir?: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'askwell-profile-')));
  const withExtension = opts.withExtension ?? true;
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args,
    locale: opts.locale,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
  });
  const pageErrors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`${page.url()}: console.error ${msg.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  // AskWell never talks to the network: every run records its requests, and close() refuses any
  // that left this machine (anything but 127.0.0.1 and the extension's own files).
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker as Worker,
    pageErrors,
    requests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      if (ownDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
      const away = requests.filter(leavesMachine);
      if (away.length) throw new Error(`requests left this machine: ${[...new Set(away)].slice(0, 10).join(', ')}`);
    },
  };
}
