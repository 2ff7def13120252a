import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App.tsx';
import { createPanelStore } from '../../entrypoints/sidepanel/store.ts';
import { writeItem, settingsItem, userTemplatesItem } from '../../utils/storage.ts';

// The side panel asks the background for the active composer; here the test plays the background.
function background(answer: unknown, pageUrl: string | null = null) {
  fakeBrowser.runtime.onMessage.addListener((msg: { type: string }) =>
    msg.type === 'get-active-composer'
      ? Promise.resolve(answer)
      : msg.type === 'get-active-page'
        ? Promise.resolve({ url: pageUrl })
        : undefined,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake's sendMessage drops promised answers: answer like Chrome does.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
    const results = await fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id }, () => {});
    return results.find((r) => r !== undefined);
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('side panel', () => {
  it('shows the empty state and a paste box when no composer is open', async () => {
    background(null);
    render(<App store={createPanelStore()} />);
    expect(await screen.findByRole('heading', { name: 'Open a composer or paste a draft here' })).toBeTruthy();
    const box = screen.getByLabelText('Draft to check') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Could your team lend us one designer?' } });
    expect(box.value).toBe('Could your team lend us one designer?');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect((screen.getByLabelText('Draft to check') as HTMLTextAreaElement).value).toBe('');
  });

  it('follows the browser language: Chinese for a zh browser', async () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('zh-CN');
    background(null);
    render(<App store={createPanelStore()} />);
    expect(await screen.findByRole('heading', { name: '打开一个编辑框，或把草稿粘贴到这里' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });

  it('uses the language chosen in settings over the browser’s', async () => {
    await writeItem(settingsItem, { language: 'zh', sites: {}, disabledRules: [], customSites: [], ruleSeverity: {} });
    background(null);
    render(<App store={createPanelStore()} />);
    expect(await screen.findByText('请求检查')).toBeTruthy();
  });

  it('the checklist follows the user’s rule settings: a rule off is gone, a rule set to hint moves to the hints', async () => {
    const weak = 'Hi Dana, we need some help from your team. Can someone look at it soon?';
    background({ kind: 'textarea', host: 'mail.example.com', text: weak });
    render(<App store={createPanelStore()} />);
    const pitfall = (id: string) => document.querySelector(`[data-section="pitfalls"] [data-rule="${id}"]`);
    await waitFor(() => expect(pitfall('vague-need')).toBeTruthy());
    expect(pitfall('only-asking')).toBeTruthy();
    expect(pitfall('vague-need')!.textContent).toMatch(/^Warning /);
    await writeItem(settingsItem, { ...settingsItem.fallback(), disabledRules: ['only-asking'], ruleSeverity: { 'vague-need': 'hint' } });
    await waitFor(() => expect(pitfall('vague-need')).toBeNull());
    expect(pitfall('only-asking')).toBeNull();
    const hints = document.querySelector('[data-section="hints"]')!;
    expect(hints.textContent).toContain('Asks for “help”');
  });

  it('says in the templates tab why the team’s pack cannot be used, and still offers the others', async () => {
    await fakeBrowser.storage.managed.set({ templatePack: JSON.stringify({ name: 'Platform', templates: [{ id: 'Bad Id' }] }) });
    background(null);
    render(<App store={createPanelStore()} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Templates' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The team template pack set by your organisation could not be used.*templates\[0\]\.id: /);
    expect(document.querySelector('[data-template="follow-up.thank-you"]')).toBeTruthy();
  });

  it('follows the composer the background reports, and switches when it changes', async () => {
    background({ kind: 'textarea', host: 'mail.example.com', text: 'Hi 👋 team' });
    render(<App store={createPanelStore()} />);
    expect(await screen.findByText('Following the composer on mail.example.com')).toBeTruthy();
    expect(screen.getByText('9 characters in the draft')).toBeTruthy();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'active-composer', composer: null }, { id: fakeBrowser.runtime.id }, () => {});
    expect(await screen.findByRole('heading', { name: 'Open a composer or paste a draft here' })).toBeTruthy();
  });

  it('tells the user about unreadable settings instead of going blank', async () => {
    await fakeBrowser.storage.local.set({ settings: { v: 2, value: { language: 7 } } });
    background(null);
    render(<App store={createPanelStore()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('settings');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('offers to turn AskWell on for a site outside the list, asking for that site’s permission', async () => {
    background(null, 'https://wiki.example.com/edit/42');
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
    const turnedOn = vi.fn(() => Promise.resolve({ ok: true }));
    fakeBrowser.runtime.onMessage.addListener((msg: { type: string }) => (msg.type === 'site-turned-on' ? turnedOn() : undefined));
    render(<App store={createPanelStore()} />);
    const button = await screen.findByRole('button', { name: 'Turn AskWell on for wiki.example.com' });
    fireEvent.click(button);
    await waitFor(() => expect(request).toHaveBeenCalledWith({ origins: ['https://wiki.example.com/*'] }));
    await waitFor(() => expect(turnedOn).toHaveBeenCalled());
    expect((await screen.findByRole('status')).textContent).toBe('AskWell is on for wiki.example.com: click into a composer there.');
  });

  it('says so when the permission is refused, and stays off', async () => {
    background(null, 'https://wiki.example.com/');
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request: vi.fn(async () => false) };
    render(<App store={createPanelStore()} />);
    fireEvent.click(await screen.findByRole('button', { name: /Turn AskWell on/ }));
    expect((await screen.findByRole('status')).textContent).toBe('Permission was not given, so AskWell stays off there.');
  });

  it('does not offer it on a built-in site or a browser page', async () => {
    background(null, 'https://mail.google.com/mail/u/0/');
    render(<App store={createPanelStore()} />);
    await screen.findByLabelText('Draft to check');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: /Turn AskWell on/ })).toBeNull();
  });

  it('offers the user’s own templates beside the built-in ones', async () => {
    await writeItem(userTemplatesItem, [
      { id: 'custom.weekly-1', move: 'custom', placement: 'caret', title: { en: 'Weekly update', zh: '每周进展' }, body: { en: 'Hi {recipient}', zh: '{recipient}您好' } },
    ]);
    background(null);
    render(<App store={createPanelStore()} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Templates' }));
    expect(await screen.findByText('Weekly update')).toBeTruthy();
    expect(document.querySelector('[data-template="follow-up.thank-you"]')).toBeTruthy();
  });

  it('stays usable when the background does not answer', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App store={createPanelStore()} />);
    expect(await screen.findByLabelText('Draft to check')).toBeTruthy();
  });
});
