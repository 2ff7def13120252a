// The in-page layer: on the configured sites (utils/sites.ts) it watches the composers the user writes
// in and keeps an `askwell-overlay` on each. On a site that is turned off it installs nothing.
import { render } from 'preact';
import { defineContentScript } from '#imports';
import { Badge } from '../../components/Badge.tsx';
import { browser } from '../../utils/browser.ts';
import { composerText, type Composer } from '../../utils/composer/detect.ts';
import { watchComposers, type Watcher } from '../../utils/composer/watcher.ts';
import { resolveLang, translator } from '../../utils/i18n.ts';
import { handleMessages, send, type ComposerInfo } from '../../utils/messages.ts';
import { COMPOSER_MATCHES, siteForUrl } from '../../utils/sites.ts';
import { isSiteEnabled, readItem, settingsItem, watchItem, type Settings } from '../../utils/storage.ts';

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

function info(c: Composer): ComposerInfo {
  return { kind: c.kind, host: new URL(pageUrl()).host.slice(0, 253), text: composerText(c).slice(0, MAX_TEXT) };
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
    const site = siteForUrl(pageUrl());
    const first = await readItem(settingsItem);
    let watcher: Watcher | undefined;

    const start = (settings: Settings) => {
      const t = translator(resolveLang(settings.language, browser.i18n.getUILanguage()));
      watcher = watchComposers({
        doc: document,
        render(overlay) {
          render(<Badge t={t} onOpen={() => quietly(send({ type: 'open-side-panel' }))} />, overlay.mount);
          return () => render(null, overlay.mount);
        },
        onActive(c) {
          quietly(c ? send({ type: 'composer-update', composer: info(c) }) : send({ type: 'composer-gone' }));
        },
        onDraft(c) {
          quietly(send({ type: 'composer-update', composer: info(c) }));
        },
      });
    };
    const stop = () => {
      watcher?.stop();
      watcher = undefined;
    };
    const apply = (settings: Settings) => {
      stop();
      if (isSiteEnabled(settings, site?.id)) start(settings);
    };

    apply(first.value);
    const unwatch = watchItem(settingsItem, (r) => apply(r.value));
    const unhandle = handleMessages({
      'get-active-composer': () => {
        const c = watcher?.active();
        return c ? info(c) : null;
      },
    });
    ctx.onInvalidated(() => {
      stop();
      unwatch();
      unhandle();
    });
  },
});
