// The options page's state as signals; every change is written to storage at once.
import { computed, signal } from '@preact/signals';
import { browser } from '../../utils/browser.ts';
import { resolveLang, translator, type LangSetting } from '../../utils/i18n.ts';
import {
  acknowledgeStorageProblems,
  isSiteEnabled,
  listStorageProblems,
  readItem,
  settingsItem,
  updateItem,
  watchItem,
  type Settings,
} from '../../utils/storage.ts';

export function createOptionsStore() {
  const settings = signal<Settings>(settingsItem.fallback());
  const uiLanguage = browser.i18n.getUILanguage();
  const lang = computed(() => resolveLang(settings.value.language, uiLanguage));
  const t = computed(() => translator(lang.value));
  const status = signal<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const problems = signal<{ id: string; key: string }[]>([]);
  const ready = signal(false);

  async function save(change: (s: Settings) => Settings) {
    try {
      settings.value = await updateItem(settingsItem, change);
      status.value = { kind: 'saved', text: t.value('optionsSaved') };
    } catch (err) {
      status.value = { kind: 'error', text: t.value('optionsSaveFailed', err instanceof Error ? err.message : String(err)) };
    }
  }

  return {
    settings,
    lang,
    t,
    status,
    problems,
    ready,
    async init(): Promise<() => void> {
      settings.value = (await readItem(settingsItem)).value;
      problems.value = (await listStorageProblems()).map(({ id, key }) => ({ id, key }));
      ready.value = true;
      return watchItem(settingsItem, (r) => {
        settings.value = r.value;
      });
    },
    isSiteOn: (siteId: string) => isSiteEnabled(settings.value, siteId),
    setLanguage: (language: LangSetting) => save((s) => ({ ...s, language })),
    setSite: (siteId: string, on: boolean) => save((s) => ({ ...s, sites: { ...s.sites, [siteId]: on } })),
    isRuleOn: (ruleId: string) => !settings.value.disabledRules.includes(ruleId),
    setRule: (ruleId: string, on: boolean) =>
      save((s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== ruleId) : [...new Set([...s.disabledRules, ruleId])] })),
    /** Everything AskWell stores, as one JSON document the user can keep. */
    async exportData(): Promise<string> {
      const all = await browser.storage.local.get(null);
      return JSON.stringify({ app: 'AskWell', exportedAt: new Date().toISOString(), data: all }, null, 2);
    },
    async eraseData() {
      await browser.storage.local.clear();
      settings.value = settingsItem.fallback();
      problems.value = [];
      status.value = { kind: 'saved', text: t.value('optionsErased') };
    },
    /** Turns AskWell off for a site the user had turned on, and gives its permission back. */
    async removeCustomSite(pattern: string) {
      await save((s) => ({ ...s, customSites: s.customSites.filter((p) => p !== pattern) }));
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    },
    async dismissProblems() {
      await acknowledgeStorageProblems(problems.value.map((p) => p.id));
      problems.value = [];
    },
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
