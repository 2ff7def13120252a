// The side panel's state as signals, and the actions that talk to the rest of the extension.
import { computed, effect, signal } from '@preact/signals';
import { createAftercarePanel } from '../../utils/aftercare/panel.ts';
import { analyze, type Span } from '../../utils/analysis/index.ts';
import { analysisWithPrefs } from '../../utils/rule-prefs.ts';
import { browser } from '../../utils/browser.ts';
import { createStorageProblems } from '../../utils/storage-problems.ts';
import { resolveLang, translator, type LangSetting, type MessageKey } from '../../utils/i18n.ts';
import { handleMessages, send, type ComposerInfo } from '../../utils/messages.ts';
import { BUILTIN_TEMPLATES, templateById } from '../../utils/templates/catalog.ts';
import { fieldsFrom, templateLang } from '../../utils/templates/fill.ts';
import { placeTemplate } from '../../utils/templates/placement.ts';
import { renderTemplate } from '../../utils/templates/render.ts';
import type { Fields, Placement, Template } from '../../utils/templates/schema.ts';
import { emptyPlan, type Plan } from '../../utils/planner/skeleton.ts';
import { originPattern, siteForUrl } from '../../utils/sites.ts';
import {
  isPageEnabled,
  readItem,
  settingsItem,
  watchItem,
  planItem,
  readTeamPack,
  watchTeamPack,
  userTemplatesItem,
  writeItem,
  type Settings,
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
  const storageProblems = createStorageProblems();
  /** The active tab's URL (when known) and the settings, to offer turning AskWell on there. */
  const pageUrl = signal<string | null>(null);
  const settings = signal<Settings>(settingsItem.fallback());
  /** The host to offer "turn AskWell on" for: an http(s) page outside the built-in sites, not yet on. */
  const offerSite = computed(() => {
    const url = pageUrl.value;
    if (!url || composer.value || siteForUrl(url) || !originPattern(url) || isPageEnabled(settings.value, url)) return null;
    return new URL(url).host;
  });
  const error = signal<string | null>(null);
  /** The checklist's analysis of the draft; recomputed only when the draft text changes. */
  const analysis = computed(() => (draft.value.trim() ? analyze(draft.value) : null));
  /** What the checklist shows: the analysis without rules turned off, at the levels the user chose. */
  const checked = computed(() => {
    const a = analysis.value;
    return a && analysisWithPrefs(a, settings.value);
  });
  const status = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const tab = signal<'check' | 'templates' | 'plan' | 'aftercare'>('check');
  /** Built-in templates, then the team's (policy), then the user's own. */
  const ownTemplates = signal<readonly Template[]>([]);
  const teamTemplates = signal<readonly Template[]>([]);
  /** Why the team's pack (policy) could not be used, to say so instead of leaving it out silently. */
  const teamProblem = signal<string | null>(null);
  const teamIds = computed(() => new Set(teamTemplates.value.map((x) => x.id)));
  const templates = computed(() => [...BUILTIN_TEMPLATES, ...teamTemplates.value, ...ownTemplates.value]);
  /** Saved requests and their promises; a reminder's click opens the panel on one of them. */
  const aftercare = createAftercarePanel();
  effect(() => {
    if (aftercare.focusRequestId.value) tab.value = 'aftercare';
  });
  /** The planner's answers, kept across panel openings. */
  const plan = signal<Plan>(emptyPlan());
  let planSave: ReturnType<typeof setTimeout> | undefined;
  const say = (kind: 'ok' | 'error', key: MessageKey, ...subs: string[]) => {
    status.value = { kind, text: t.value(key, ...subs) };
  };

  /** Sends filled text to the composer (one undo step there); without a composer, to the pasted draft. */
  async function insertText(text: string, placement: Placement) {
    status.value = null;
    if (!composer.value) {
      const e = placeTemplate(pasted.value, placement, text, undefined, pasted.value.length);
      pasted.value = pasted.value.slice(0, e.start) + e.text + pasted.value.slice(e.end);
      return;
    }
    try {
      const r = await send({ type: 'insert-text', text, placement });
      if (r?.ok) say('ok', 'insertOk');
      else say('error', 'insertFailed', r?.error === 'no-composer' ? t.value('insertNoComposer') : (r?.error ?? 'no answer'));
    } catch (err) {
      say('error', 'insertFailed', err instanceof Error ? err.message : String(err));
    }
  }

  /** Blanks the draft already answers (recipient, date, amount), and the language to write in. */
  const prefill = computed(() => fieldsFrom(analysis.value, draft.value));
  const tplLang = computed(() => templateLang(analysis.value, lang.value));

  function preview(templateId: string): string {
    const tpl = templateById(templateId);
    return tpl ? renderTemplate(tpl, tplLang.value, prefill.value) : '';
  }

  async function refreshPage() {
    pageUrl.value = (await send({ type: 'get-active-page' }).catch(() => null))?.url ?? null;
  }


  async function init(): Promise<() => void> {
    plan.value = (await readItem(planItem)).value;
    const stopAftercare = await aftercare.init();
    ownTemplates.value = (await readItem(userTemplatesItem)).value;
    const showTeam = (team: Awaited<ReturnType<typeof readTeamPack>>) => {
      teamTemplates.value = team.pack?.templates ?? [];
      teamProblem.value = team.problem ?? null;
    };
    // Not awaited: Chromium answers the first managed-storage read only after ~3 s from startup.
    void readTeamPack().then(showTeam);
    const unwatchTeam = watchTeamPack(showTeam);
    const unwatchTemplates = watchItem(userTemplatesItem, (r) => (ownTemplates.value = r.value));
    const stored = await readItem(settingsItem);
    langSetting.value = stored.value.language;
    settings.value = stored.value;
    const unwatch = watchItem(settingsItem, (r) => {
      langSetting.value = r.value.language;
      settings.value = r.value;
      if (r.problem) void storageProblems.refresh();
    });
    const unhandle = handleMessages({
      'active-composer': (msg) => {
        composer.value = msg.composer;
        void refreshPage();
      },
    });
    void refreshPage();
    await storageProblems.refresh();
    try {
      composer.value = await send({ type: 'get-active-composer' });
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
    return () => {
      unwatch();
      unhandle();
      stopAftercare();
      unwatchTemplates();
      unwatchTeam();
    };
  }

  return {
    lang,
    t,
    composer,
    pasted,
    draft,
    problems: storageProblems.problems,
    error,
    analysis,
    checked,
    status,
    preview,
    prefill,
    templateLang: tplLang,
    offerSite,
    templates,
    teamIds,
    teamProblem,
    aftercare,
    /** A follow-up for a saved request, written in that request's language, into the composer. */
    async writeFollowUp(templateId: string, fields: Fields, language: 'zh' | 'en') {
      const tpl = templateById(templateId);
      if (tpl) await insertText(renderTemplate(tpl, language, fields), tpl.placement);
    },
    tab,
    plan,
    setTab(id: 'check' | 'templates' | 'plan' | 'aftercare') {
      tab.value = id;
    },
    setPlan(next: Plan) {
      plan.value = next;
      clearTimeout(planSave);
      planSave = setTimeout(() => void writeItem(planItem, next).catch(() => {}), 400);
    },
    /** Asks for the site's permission (this click is the user's gesture), then turns AskWell on there. */
    async turnOnSite() {
      const url = pageUrl.value;
      const pattern = url ? originPattern(url) : null;
      if (!url || !pattern) return;
      const host = new URL(url).host;
      const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
      if (!granted) return say('error', 'siteDenied');
      const r = await send({ type: 'site-turned-on', pattern }).catch((err: unknown) => ({ ok: false, error: String(err) }));
      if (r?.ok) say('ok', 'siteTurnedOn', host);
      else say('error', 'insertFailed', r?.error ?? 'no answer');
    },
    init,
    insertText,
    /** Inserts a checklist template into the composer (one undo step there), or into the pasted draft. */
    async insert(templateId: string) {
      const tpl = templateById(templateId);
      if (!tpl) return;
      await insertText(preview(templateId), tpl.placement);
    },
    reveal(span: Span) {
      if (composer.value) void send({ type: 'reveal-span', start: span.start, end: span.end }).catch(() => {});
    },
    async copy(text: string) {
      try {
        await navigator.clipboard.writeText(text);
        say('ok', 'copied');
      } catch (err) {
        say('error', 'insertFailed', err instanceof Error ? err.message : String(err));
      }
    },
    setPasted(text: string) {
      pasted.value = text;
    },
    dismissProblems: storageProblems.dismiss,
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
