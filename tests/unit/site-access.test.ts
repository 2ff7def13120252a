import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serialSync, syncUserSites, USER_SITES_SCRIPT } from '../../utils/site-access.ts';
import { originPattern } from '../../utils/sites.ts';

type Script = { id: string; matches?: string[]; js?: string[] };

// The fake browser has no permissions or scripting API: a small stand-in with Chrome's behaviour.
function chromeLike(granted: string[]) {
  let registered: Script[] = [];
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = { contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))) };
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (s: Script[]) => void (registered = [...registered, ...s])),
    updateContentScripts: vi.fn(async (s: Script[]) => void (registered = registered.map((r) => s.find((x) => x.id === r.id) ?? r))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id)))),
  };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'AskWell',
    version: '0',
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/composer.js'] }],
  });
  return { registered: () => registered };
}

beforeEach(() => fakeBrowser.reset());

describe('syncUserSites', () => {
  it('registers the composer script for granted custom sites only', async () => {
    const c = chromeLike(['https://wiki.example.com/*']);
    const covered = await syncUserSites(['https://wiki.example.com/*', 'https://not-granted.example/*']);
    expect(covered).toEqual(['https://wiki.example.com/*']);
    expect(c.registered()).toEqual([
      expect.objectContaining({ id: USER_SITES_SCRIPT, matches: ['https://wiki.example.com/*'], js: ['content-scripts/composer.js'], allFrames: true }),
    ]);
  });

  it('updates the one registration when the list changes, and removes it when none is left', async () => {
    const c = chromeLike(['https://a.example/*', 'https://b.example/*']);
    await syncUserSites(['https://a.example/*']);
    await syncUserSites(['https://a.example/*', 'https://b.example/*']);
    expect(c.registered()).toHaveLength(1);
    expect(c.registered()[0]!.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    await syncUserSites([]);
    expect(c.registered()).toEqual([]);
  });
});

describe('originPattern', () => {
  it.each([
    ['https://wiki.example.com/page?id=1#x', 'https://wiki.example.com/*'],
    ['http://localhost:8080/app', 'http://localhost/*'],
    ['chrome://extensions', null],
    ['file:///home/me/a.html', null],
    ['nonsense', null],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('serialSync', () => {
  it('runs overlapping syncs one after the other, so the script is registered once', async () => {
    const c = chromeLike(['https://a.example/*']);
    const sync = serialSync(async () => ['https://a.example/*']);
    await Promise.all([sync(), sync(), sync()]);
    expect(c.registered()).toHaveLength(1);
  });
});
