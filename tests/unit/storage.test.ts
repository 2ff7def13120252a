import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import {
  acknowledgeStorageProblems,
  decodeItem,
  isPageEnabled,
  isSiteEnabled,
  listStorageProblems,
  readItem,
  readTeamPack,
  settingsItem,
  updateItem,
  watchItem,
  writeItem,
  type StoredItem,
} from '../../utils/storage.ts';

beforeEach(() => fakeBrowser.reset());

describe('decodeItem', () => {
  const good = { v: 3, value: { language: 'zh', sites: { gmail: false }, disabledRules: ['flattery'], customSites: [], ruleSeverity: { length: 'warning' } } };
  it.each([
    ['a missing value gives the default, with no problem', undefined, settingsItem.fallback(), undefined],
    ['a valid value is returned as stored', good, good.value, undefined],
    ['a bare value without envelope is rejected', { language: 'zh', sites: {} }, settingsItem.fallback(), /not an AskWell record/],
    ['a wrong field is rejected and named', { v: 3, value: { language: 'fr', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} } }, settingsItem.fallback(), /language/],
    ['a level the engine does not have is rejected and named', { v: 3, value: { ...good.value, ruleSeverity: { flattery: 'fatal' } } }, settingsItem.fallback(), /ruleSeverity\.flattery/],
    ['a v2 value (before levels) migrates with every rule at its own level', { v: 2, value: { language: 'zh', sites: {}, disabledRules: ['length'], customSites: ['https://wiki.example.com/*'] } }, { language: 'zh', sites: {}, disabledRules: ['length'], customSites: ['https://wiki.example.com/*'], ruleSeverity: {} }, undefined],
    ['a v1 value (before rule switches) migrates with every rule on', { v: 1, value: { language: 'en', sites: { slack: false } } }, { language: 'en', sites: { slack: false }, disabledRules: [], customSites: [], ruleSeverity: {} }, undefined],
    ['a value from a newer version is rejected', { v: 9, value: good.value }, settingsItem.fallback(), /newer AskWell \(v9\)/],
    ['a string is rejected', 'garbage{', settingsItem.fallback(), /not an AskWell record/],
  ])('%s', (_name, raw, value, problem) => {
    const r = decodeItem(settingsItem, raw);
    expect(r.value).toEqual(value);
    if (problem) expect(r.problem).toMatch(problem);
    else expect(r.problem).toBeUndefined();
  });

  it('migrates an older version step by step', () => {
    const item: StoredItem<{ name: string; count: number }> = {
      key: 'thing',
      version: 3,
      schema: z.object({ name: z.string(), count: z.number() }),
      fallback: () => ({ name: '', count: 0 }),
      migrations: {
        1: (old) => ({ name: String(old) }),
        2: (old) => ({ ...(old as object), count: 1 }),
      },
    };
    expect(decodeItem(item, { v: 1, value: 'draft' })).toEqual({ value: { name: 'draft', count: 1 } });
  });

  it('reports a migration that throws instead of crashing', () => {
    const item: StoredItem<number> = {
      key: 'n',
      version: 2,
      schema: z.number(),
      fallback: () => 0,
      migrations: { 1: () => { throw new Error('cannot convert'); } },
    };
    expect(decodeItem(item, { v: 1, value: 'x' })).toEqual({ value: 0, problem: 'migration failed: cannot convert' });
  });
});

describe('readItem and writeItem', () => {
  it('round-trips a valid value', async () => {
    await writeItem(settingsItem, { language: 'en', sites: { slack: false }, disabledRules: ['length'], customSites: [], ruleSeverity: {} });
    expect(await readItem(settingsItem)).toEqual({ value: { language: 'en', sites: { slack: false }, disabledRules: ['length'], customSites: [], ruleSeverity: {} } });
  });

  it('refuses to write an invalid value', async () => {
    await expect(writeItem(settingsItem, { language: 'xx', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} } as never)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('keeps a corrupted value aside, falls back to the default and lists the problem', async () => {
    const corrupted = { v: 1, value: { language: 42, sites: 'all' } };
    await fakeBrowser.storage.local.set({ settings: corrupted });
    const r = await readItem(settingsItem);
    expect(r.value).toEqual(settingsItem.fallback());
    expect(r.problem).toMatch(/language/);

    const problems = await listStorageProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'settings', raw: corrupted, acknowledged: false });
    // The bad value is no longer in the item's place, so the next read is clean.
    expect(await readItem(settingsItem)).toEqual({ value: settingsItem.fallback() });
  });

  it('keeps settings with a broken level aside instead of guessing the level', async () => {
    const broken = { v: 3, value: { language: 'en', sites: {}, disabledRules: [], customSites: [], ruleSeverity: { flattery: 7 } } };
    await fakeBrowser.storage.local.set({ settings: broken });
    expect(await readItem(settingsItem)).toEqual({ value: settingsItem.fallback(), problem: expect.stringMatching(/ruleSeverity\.flattery/) });
    expect(await listStorageProblems()).toEqual([expect.objectContaining({ key: 'settings', raw: broken })]);
  });

  it('acknowledging a problem hides it but keeps the raw value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not json at all' });
    await readItem(settingsItem);
    const [p] = await listStorageProblems();
    await acknowledgeStorageProblems([p!.id]);
    expect(await listStorageProblems()).toEqual([]);
    const kept = await fakeBrowser.storage.local.get(p!.id);
    expect(kept[p!.id]).toMatchObject({ raw: 'not json at all', acknowledged: true });
  });

  it('falls back to the default when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    const r = await readItem(settingsItem);
    expect(r).toEqual({ value: settingsItem.fallback(), problem: 'storage unavailable: IO error' });
  });

  it('updateItem changes one field and keeps the rest', async () => {
    await writeItem(settingsItem, { language: 'zh', sites: { gmail: false }, disabledRules: [], customSites: [], ruleSeverity: {} });
    await updateItem(settingsItem, (s) => ({ ...s, sites: { ...s.sites, slack: false } }));
    expect((await readItem(settingsItem)).value).toEqual({ language: 'zh', sites: { gmail: false, slack: false }, disabledRules: [], customSites: [], ruleSeverity: {} });
  });

  it('watchItem reports changes made by any context, decoded', async () => {
    const seen = vi.fn();
    const stop = watchItem(settingsItem, seen);
    await writeItem(settingsItem, { language: 'en', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} });
    expect(seen).toHaveBeenLastCalledWith({ value: { language: 'en', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} } });
    stop();
    await writeItem(settingsItem, { language: 'zh', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('readTeamPack (policy)', () => {
  const tpl = { id: 'team.weekly-update', move: 'custom', placement: 'caret', title: { en: 'Weekly update', zh: '每周进展' }, body: { en: 'This week: ', zh: '本周：' } };
  it.each([
    ['no policy: no pack and nothing to report', undefined, null, undefined],
    ['a pack as a JSON string (the policy schema’s type)', JSON.stringify({ name: 'Platform', templates: [tpl] }), ['team.weekly-update'], undefined],
    ['a pack as an object', { name: 'Platform', templates: [tpl] }, ['team.weekly-update'], undefined],
    ['a template without a valid id is named by field', JSON.stringify({ name: 'Platform', templates: [{ ...tpl, id: 'Bad Id' }] }), null, /^templates\[0\]\.id: /],
    ['a template that takes a built-in’s id', JSON.stringify({ name: 'Platform', templates: [{ ...tpl, id: 'follow-up.thank-you' }] }), null, /built-in/],
    ['text that is not JSON', '{name: Platform', null, /^not JSON/],
  ])('%s', async (_name, policy, ids, problem) => {
    if (policy !== undefined) await fakeBrowser.storage.managed.set({ templatePack: policy });
    const r = await readTeamPack();
    expect(r.pack?.templates.map((t) => t.id) ?? null).toEqual(ids);
    if (problem) expect(r.problem).toMatch(problem);
    else expect(r.problem).toBeUndefined();
  });
});

describe('isSiteEnabled', () => {
  it.each([
    [{}, 'gmail', true],
    [{ gmail: false }, 'gmail', false],
    [{ gmail: false }, 'slack', true],
    [{}, undefined, false],
  ] as const)('sites %j, site %s → %s', (sites, id, on) => {
    expect(isSiteEnabled({ language: 'auto', sites: { ...sites }, disabledRules: [], customSites: [], ruleSeverity: {} }, id)).toBe(on);
  });
});

describe('isPageEnabled', () => {
  const base = { language: 'auto' as const, sites: {}, disabledRules: [], customSites: ['https://wiki.example.com/*'], ruleSeverity: {} };
  it.each([
    ['a built-in site that is on', 'https://mail.google.com/mail/u/0/', base, true],
    ['a built-in site turned off', 'https://mail.google.com/mail/u/0/', { ...base, sites: { gmail: false } }, false],
    ['a site the user turned on', 'https://wiki.example.com/page/edit', base, true],
    ['the same host over http is another site', 'http://wiki.example.com/page', base, false],
    ['any other site', 'https://news.example.org/', base, false],
    ['a browser page', 'chrome://settings', base, false],
  ])('%s', (_n, url, settings, on) => {
    expect(isPageEnabled(settings, url)).toBe(on);
  });
});
