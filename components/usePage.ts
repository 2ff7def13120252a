// What every extension page (side panel, options) does on mount: start its store, and keep the
// document's language and title in step with the UI language.
import { useEffect } from 'preact/hooks';
import type { Lang } from '../utils/i18n.ts';

/** Runs the store's init once, and its cleanup on unmount (also when unmounted before init ends). */
export function useStoreInit(init: () => Promise<() => void>): void {
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    let gone = false;
    void init().then((c) => (gone ? c() : (cleanup = c)));
    return () => {
      gone = true;
      cleanup?.();
    };
  }, [init]);
}

export function usePageLanguage(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}
