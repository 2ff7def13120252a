import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App.tsx';
import { createOptionsStore } from '../../entrypoints/options/store.ts';
import { readItem, settingsItem, userTemplatesItem } from '../../utils/storage.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('options page', () => {
  it('lists every configured site, all on by default', async () => {
    render(<App store={createOptionsStore()} />);
    const gmail = (await screen.findByRole('checkbox', { name: /Gmail/ })) as HTMLInputElement;
    expect(gmail.checked).toBe(true);
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
  });

  it('turning a site off is saved to storage and confirmed', async () => {
    render(<App store={createOptionsStore()} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Slack/ }));
    await waitFor(async () => expect((await readItem(settingsItem)).value.sites).toEqual({ slack: false }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((screen.getByRole('checkbox', { name: /Slack/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('switching the language to Chinese re-renders the page in Chinese', async () => {
    render(<App store={createOptionsStore()} />);
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'zh' } });
    expect(await screen.findByRole('heading', { name: 'AskWell 设置' })).toBeTruthy();
    expect((await readItem(settingsItem)).value.language).toBe('zh');
  });

  it('says why a save failed and keeps the page working', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    render(<App store={createOptionsStore()} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Gmail/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not save: QUOTA_BYTES quota exceeded'));
    expect(screen.getByRole('checkbox', { name: /Slack/ })).toBeTruthy();
  });

  it('reports corrupted settings, shows defaults, and keeps the bad value aside', async () => {
    await fakeBrowser.storage.local.set({ settings: '{{{broken' });
    render(<App store={createOptionsStore()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('settings');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('auto');
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.values(all)).toContainEqual(expect.objectContaining({ raw: '{{{broken' }));
  });

  it('lists every check and turning one off is saved as a disabled rule', async () => {
    render(<App store={createOptionsStore()} />);
    await screen.findByRole('checkbox', { name: /Gmail/ });
    expect(document.querySelectorAll('[data-section="rules"] input').length).toBeGreaterThanOrEqual(14);
    const flattery = document.querySelector('input[name="rule-flattery"]') as HTMLInputElement;
    expect(flattery.checked).toBe(true);
    fireEvent.click(flattery);
    await waitFor(async () => expect((await readItem(settingsItem)).value.disabledRules).toEqual(['flattery']));
  });

  it('each check has a level next to its switch: the rule’s own by default, the user’s once chosen', async () => {
    render(<App store={createOptionsStore()} />);
    const level = (await screen.findByRole('combobox', { name: /^Level for “Reads as excessive flattery/ })) as HTMLSelectElement;
    expect(level.value).toBe('default');
    expect(level.selectedOptions[0]!.textContent).toBe('Default: Warning');
    const length = document.querySelector('select[name="level-length"]') as HTMLSelectElement;
    expect(length.selectedOptions[0]!.textContent).toBe('Default: Hint (side panel only)');
    fireEvent.change(level, { target: { value: 'info' } });
    await waitFor(async () => expect((await readItem(settingsItem)).value.ruleSeverity).toEqual({ flattery: 'info' }));
    expect(level.value).toBe('info');
    // Back to the default: the user's level is forgotten, not stored as a copy of the rule's.
    fireEvent.change(level, { target: { value: 'default' } });
    await waitFor(async () => expect((await readItem(settingsItem)).value.ruleSeverity).toEqual({}));
  });

  it('a check that is off has no level to choose', async () => {
    render(<App store={createOptionsStore()} />);
    const level = (await screen.findByRole('combobox', { name: /^Level for “Reads as excessive flattery/ })) as HTMLSelectElement;
    expect(level.disabled).toBe(false);
    fireEvent.click(document.querySelector('input[name="rule-flattery"]')!);
    await waitFor(() => expect(level.disabled).toBe(true));
  });

  it('exports everything stored as one JSON document', async () => {
    const store = createOptionsStore();
    render(<App store={store} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Slack/ }));
    await waitFor(async () => expect((await readItem(settingsItem)).value.sites).toEqual({ slack: false }));
    const doc = JSON.parse(await store.exportData());
    expect(doc.app).toBe('AskWell');
    expect(doc.data.settings.value.sites).toEqual({ slack: false });
  });

  it('erases all data after the user confirms, and not before', async () => {
    await fakeBrowser.storage.local.set({ settings: { v: 2, value: { language: 'zh', sites: {}, disabledRules: [], customSites: [] } } });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    render(<App store={createOptionsStore()} />);
    const erase = await screen.findByRole('button', { name: '清除全部数据' });
    fireEvent.click(erase);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['settings']);
    fireEvent.click(erase);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
    expect(confirm).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });

  it('the user writes a template of their own, in both languages, and it is stored', async () => {
    render(<App store={createOptionsStore()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Title (English)' }), { target: { value: 'Weekly update' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Title (Chinese)' }), { target: { value: '每周进展' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Text (English)' }), { target: { value: 'Hi {recipient}, this week on {project}: ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    // The Chinese text is missing: not saved, and the field is named.
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: body\.zh/);
    fireEvent.input(screen.getByRole('textbox', { name: 'Text (Chinese)' }), { target: { value: '{recipient}您好，{project}本周进展：' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await readItem(userTemplatesItem)).value.map((x) => x.id)).toEqual(['custom.weekly-update-1']));
    expect(screen.getByText('Weekly update')).toBeTruthy();
  });

  it('imports a pack, or lists its problems by field and imports nothing', async () => {
    render(<App store={createOptionsStore()} />);
    const input = (await screen.findByLabelText('Import a pack (JSON)')) as HTMLInputElement;
    const bad = new File([JSON.stringify({ name: 'x', templates: [{ id: 'nope' }] })], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByRole('alert')).textContent).toContain('templates[0].id');
    expect((await readItem(userTemplatesItem)).value).toEqual([]);
    const pack = {
      name: 'Team',
      templates: [{ id: 'custom.handover-1', move: 'custom', placement: 'caret', title: { en: 'Handover', zh: '交接' }, body: { en: 'Handing over {resource}.', zh: '交接{resource}。' } }],
    };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(pack)], 'ok.json')] } });
    await waitFor(() => expect(screen.getByText('Imported 1 templates.')).toBeTruthy());
    expect((await readItem(userTemplatesItem)).value.map((x) => x.id)).toEqual(['custom.handover-1']);
  });
});
