// The side panel's state as signals, and the actions that talk to the rest of the extension.
import { computed, signal } from '@preact/signals';
import { analyze, type Span } from '../../utils/analysis/index.ts';
import { browser } from '../../utils/browser.ts';
import { resolveLang, translator, type LangSetting, type MessageKey } from '../../utils/i18n.ts';
import { handleMessages, send, type ComposerInfo } from '../../utils/messages.ts';
import { templateById } from '../../utils/templates/catalog.ts';
import { fieldsFrom, templateLang } from '../../utils/templates/fill.ts';
import { placeTemplate } from '../../utils/templates/placement.ts';
import { renderTemplate } from '../../utils/templates/render.ts';
import type { Placement } from '../../utils/templates/schema.ts';
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
  /** The checklist's analysis of the draft; recomputed only when the draft text changes. */
  const analysis = computed(() => (draft.value.trim() ? analyze(draft.value) : null));
  const status = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);
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
    analysis,
    status,
    preview,
    prefill,
    templateLang: tplLang,
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
