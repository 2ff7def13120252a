// UI strings live in public/_locales (browser.i18n's format, so the manifest uses them too). The
// extension's UI reads them through this module instead of browser.i18n.getMessage, because the user
// can pick a language in the options page that differs from the browser's.
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import zh from '../public/_locales/zh_CN/messages.json' with { type: 'json' };

export type Lang = 'zh' | 'en';
export type LangSetting = 'auto' | Lang;
export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<Lang, Record<string, Entry>> = { en, zh };

/** 'zh*' browser languages (zh-CN, zh-TW, zh-HK…) get Chinese; everything else English. */
export function resolveLang(setting: LangSetting, uiLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Formats a message like browser.i18n.getMessage: named placeholders map to $1, $2… substitutions. */
export function translate(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_m, d: string) => String(subs[Number(d) - 1] ?? ''));
  });
}

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...subs) => translate(lang, key, ...subs);
}
