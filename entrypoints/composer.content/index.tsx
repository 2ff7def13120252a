// The in-page layer: on the configured sites (utils/sites.ts) it watches the composers the user writes
// in and keeps an `askwell-overlay` on each, with underlines, a badge and cards. On a site that is
// turned off it installs nothing.
import { computed, signal } from '@preact/signals';
import { defineContentScript } from '#imports';
import { browser } from '../../utils/browser.ts';
import { composerText, type Composer } from '../../utils/composer/detect.ts';
import { watchComposers, type Watcher } from '../../utils/composer/watcher.ts';
import { resolveLang, translator } from '../../utils/i18n.ts';
import { handleMessages, send, type ComposerInfo } from '../../utils/messages.ts';
import { COMPOSER_MATCHES } from '../../utils/sites.ts';
import { isPageEnabled, readItem, settingsItem, updateItem, watchItem, type Settings } from '../../utils/storage.ts';
import { mountComposer, type Mounted } from './mount.tsx';

const MAX_TEXT = 2_000_000;

/** The page's own URL; editor iframes (about:blank, srcdoc) belong to the page that holds them. */
function pageUrl(): string {
  if (location.protocol !== 'about:') return location.href;
  try {
    return window.top?.location.href ?? document.referrer;
  } catch {
    return document.referrer;
  }
}

/**
 * `text` is the adapter's reading when AskWell is mounted there: the side panel checks it and sends
 * spans back to reveal, so it must count offsets as the adapter does (innerText adds line breaks).
 */
function info(c: Composer, text = composerText(c)): ComposerInfo {
  return { kind: c.kind, host: new URL(pageUrl()).host.slice(0, 253), text: text.slice(0, MAX_TEXT) };
}

/** Messages to the extension fail quietly when it was reloaded or updated under the page. */
function quietly(p: Promise<unknown>): void {
  p.catch(() => {});
}

export default defineContentScript({
  matches: COMPOSER_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again into a page that has it (the user turned a site on twice): one copy is enough.
    const flag = globalThis as { __askwellComposer?: boolean };
    if (flag.__askwellComposer) return;
    flag.__askwellComposer = true;
    const url = pageUrl();
    const settings = signal<Settings>((await readItem(settingsItem)).value);
    const uiLanguage = browser.i18n.getUILanguage();
    const lang = computed(() => resolveLang(settings.value.language, uiLanguage));
    const t = computed(() => translator(lang.value));
    const mounted = new Map<HTMLElement, Mounted>();
    const infoOf = (c: Composer) => info(c, mounted.get(c.element)?.text());
    let watcher: Watcher | undefined;

    const openPanel = () => quietly(send({ type: 'open-side-panel' }));
    const start = () => {
      watcher = watchComposers({
        doc: document,
        render(overlay, composer) {
          const m = mountComposer(overlay, composer, {
            t,
            lang,
            rulePrefs: settings,
            openPanel,
            disableRule: async (ruleId) => {
              await updateItem(settingsItem, (s) => ({ ...s, disabledRules: [...new Set([...s.disabledRules, ruleId])] }));
            },
          });
          mounted.set(composer.element, m);
          return {
            layout: m.layout,
            dispose() {
              mounted.delete(composer.element);
              m.dispose();
            },
          };
        },
        onActive(c) {
          quietly(c ? send({ type: 'composer-update', composer: infoOf(c) }) : send({ type: 'composer-gone' }));
        },
        onInput(c) {
          mounted.get(c.element)?.noteInput();
        },
        onDraft(c) {
          const m = mounted.get(c.element);
          m?.checkAfterPause();
          quietly(send({ type: 'composer-update', composer: infoOf(c) }));
        },
      });
    };
    const stop = () => {
      watcher?.stop();
      watcher = undefined;
    };
    const apply = (next: Settings) => {
      const wasOn = !!watcher;
      const on = isPageEnabled(next, url);
      settings.value = next;
      if (on && !wasOn) start();
      if (!on && wasOn) stop();
    };

    if (isPageEnabled(settings.value, url)) start();
    const unwatch = watchItem(settingsItem, (r) => apply(r.value));
    const activeMount = () => {
      const c = watcher?.active();
      return c ? mounted.get(c.element) : undefined;
    };
    const unhandle = handleMessages({
      'get-active-composer': () => {
        const c = watcher?.active();
        return c ? infoOf(c) : null;
      },
      'insert-text': async (msg) => {
        const m = activeMount();
        if (!m) return { ok: false, error: 'no-composer' };
        const outcome = await m.controller.insertText(msg.text, msg.placement);
        const c = watcher?.active();
        if (outcome.ok && c) quietly(send({ type: 'composer-update', composer: infoOf(c) }));
        return outcome.ok ? { ok: true } : { ok: false, error: outcome.error ?? 'not-applied' };
      },
      'reveal-span': (msg) => {
        const m = activeMount();
        return { ok: !!m && m.reveal(msg.start, msg.end) };
      },
    });
    ctx.onInvalidated(() => {
      flag.__askwellComposer = false;
      stop();
      unwatch();
      unhandle();
    });
  },
});
