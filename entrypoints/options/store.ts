// The options page's state as signals; every change is written to storage at once.
import { computed, signal } from '@preact/signals';
import { browser } from '../../utils/browser.ts';
import { createStorageProblems } from '../../utils/storage-problems.ts';
import { resolveLang, translator, type LangSetting } from '../../utils/i18n.ts';
import {
  isSiteEnabled,
  readItem,
  settingsItem,
  updateItem,
  readTeamPack,
  userTemplatesItem,
  watchItem,
  type Settings,
} from '../../utils/storage.ts';
import type { LevelChoice } from '../../components/RuleToggles.tsx';
import type { TemplateDraft } from '../../components/templates/TemplateManager.tsx';
import { BUILTIN_TEMPLATES } from '../../utils/templates/catalog.ts';
import { customId, mergeTemplates, packJson, parsePack } from '../../utils/templates/packs.ts';
import { TemplateSchema, type Pack, type Template } from '../../utils/templates/schema.ts';

export function createOptionsStore() {
  const settings = signal<Settings>(settingsItem.fallback());
  const uiLanguage = browser.i18n.getUILanguage();
  const lang = computed(() => resolveLang(settings.value.language, uiLanguage));
  const t = computed(() => translator(lang.value));
  const status = signal<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const storageProblems = createStorageProblems();
  const ready = signal(false);
  const myTemplates = signal<Template[]>([]);
  const teamPack = signal<Pack | null>(null);
  const teamProblem = signal<string | null>(null);

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
    problems: storageProblems.problems,
    ready,
    async init(): Promise<() => void> {
      settings.value = (await readItem(settingsItem)).value;
      myTemplates.value = (await readItem(userTemplatesItem)).value;
      // Not awaited: Chromium answers the first managed-storage read only after ~3 s from startup.
      void readTeamPack().then((team) => {
        teamPack.value = team.pack;
        teamProblem.value = team.problem ?? null;
      });
      await storageProblems.refresh();
      ready.value = true;
      return watchItem(settingsItem, (r) => {
        settings.value = r.value;
      });
    },
    isSiteOn: (siteId: string) => isSiteEnabled(settings.value, siteId),
    setLanguage: (language: LangSetting) => save((s) => ({ ...s, language })),
    setSite: (siteId: string, on: boolean) => save((s) => ({ ...s, sites: { ...s.sites, [siteId]: on } })),
    myTemplates,
    teamPack,
    teamProblem,
    async saveTemplate(d: TemplateDraft): Promise<string | null> {
      const taken = new Set([...BUILTIN_TEMPLATES, ...myTemplates.value].map((x) => x.id));
      const parsed = TemplateSchema.safeParse({ ...d, id: d.id ?? customId(d.title.en, taken), move: 'custom' });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
      }
      try {
        myTemplates.value = await updateItem(userTemplatesItem, (list) => mergeTemplates(list, [parsed.data]));
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    },
    async deleteTemplate(id: string) {
      myTemplates.value = await updateItem(userTemplatesItem, (list) => list.filter((x) => x.id !== id));
    },
    async importPack(json: string): Promise<{ errors: string[] } | { count: number }> {
      const r = parsePack(json);
      if (!r.ok) return { errors: r.errors };
      myTemplates.value = await updateItem(userTemplatesItem, (list) => mergeTemplates(list, r.pack.templates));
      return { count: r.pack.templates.length };
    },
    exportPack: () => packJson('My AskWell templates', myTemplates.value),
    isRuleOn: (ruleId: string) => !settings.value.disabledRules.includes(ruleId),
    setRule: (ruleId: string, on: boolean) =>
      save((s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== ruleId) : [...new Set([...s.disabledRules, ruleId])] })),
    levelOf: (ruleId: string): LevelChoice => settings.value.ruleSeverity[ruleId] ?? 'default',
    /** 'default' forgets the user's level, so the rule follows its own if a later version changes it. */
    setLevel: (ruleId: string, level: LevelChoice) =>
      save((s) => {
        const { [ruleId]: _old, ...rest } = s.ruleSeverity;
        return { ...s, ruleSeverity: level === 'default' ? rest : { ...rest, [ruleId]: level } };
      }),
    /** Everything AskWell stores, as one JSON document the user can keep. */
    async exportData(): Promise<string> {
      const all = await browser.storage.local.get(null);
      return JSON.stringify({ app: 'AskWell', exportedAt: new Date().toISOString(), data: all }, null, 2);
    },
    async eraseData() {
      await browser.storage.local.clear();
      settings.value = settingsItem.fallback();
      storageProblems.problems.value = [];
      status.value = { kind: 'saved', text: t.value('optionsErased') };
    },
    /** Turns AskWell off for a site the user had turned on, and gives its permission back. */
    async removeCustomSite(pattern: string) {
      await save((s) => ({ ...s, customSites: s.customSites.filter((p) => p !== pattern) }));
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    },
    dismissProblems: storageProblems.dismiss,
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
