// The side panel's state as signals, and the actions that talk to the rest of the extension.
import { computed, signal } from '@preact/signals';
import { browser } from '../../utils/browser.ts';
import { resolveLang, translator, type LangSetting } from '../../utils/i18n.ts';
import { handleMessages, send, type ComposerInfo } from '../../utils/messages.ts';
import {
  acknowledgeStorageProblems,
  listStorageProblems,
  readItem,
  settingsItem,
  watchItem,
} from '../../utils/storage.ts';

export function createPanelStore() {
  const langSetting = signal<LangSetting>('auto');
  const uiLanguage = browser.i18n.getUILanguage();
  const lang = computed(() => resolveLang(langSetting.value, uiLanguage));
  const t = computed(() => translator(lang.value));
  /** The composer in the active tab, or null when there is none. */
  const composer = signal<ComposerInfo | null>(null);
  /** A draft pasted into the panel itself. */
  const pasted = signal('');
  /** The text being checked: the live composer's draft, else the pasted one. */
  const draft = computed(() => composer.value?.text ?? pasted.value);
  const problems = signal<{ id: string; key: string }[]>([]);
  const error = signal<string | null>(null);

  async function refreshProblems() {
    problems.value = (await listStorageProblems()).map(({ id, key }) => ({ id, key }));
  }

  async function init(): Promise<() => void> {
    const settings = await readItem(settingsItem);
    langSetting.value = settings.value.language;
    const unwatch = watchItem(settingsItem, (r) => {
      langSetting.value = r.value.language;
      if (r.problem) void refreshProblems();
    });
    const unhandle = handleMessages({
      'active-composer': (msg) => {
        composer.value = msg.composer;
      },
    });
    await refreshProblems();
    try {
      composer.value = await send({ type: 'get-active-composer' });
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
    return () => {
      unwatch();
      unhandle();
    };
  }

  return {
    lang,
    t,
    composer,
    pasted,
    draft,
    problems,
    error,
    init,
    setPasted(text: string) {
      pasted.value = text;
    },
    async dismissProblems() {
      await acknowledgeStorageProblems(problems.value.map((p) => p.id));
      problems.value = [];
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
