import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App.tsx';
import { createPanelStore } from '../../entrypoints/sidepanel/store.ts';
import { writeItem, settingsItem } from '../../utils/storage.ts';

// The side panel asks the background for the active composer; here the test plays the background.
function background(answer: unknown) {
  fakeBrowser.runtime.onMessage.addListener((msg: { type: string }) =>
    msg.type === 'get-active-composer' ? Promise.resolve(answer) : undefined,
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
    await writeItem(settingsItem, { language: 'zh', sites: {}, disabledRules: [] });
    background(null);
    render(<App store={createPanelStore()} />);
    expect(await screen.findByText('请求检查')).toBeTruthy();
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

  it('stays usable when the background does not answer', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App store={createPanelStore()} />);
    expect(await screen.findByLabelText('Draft to check')).toBeTruthy();
  });
});
