import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import zh from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import { resolveLang, translate } from '../../utils/i18n.ts';

describe('locales', () => {
  it('zh_CN and en have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('every placeholder used in a message is declared, in both languages', () => {
    for (const catalog of [en, zh] as Record<string, { message: string; placeholders?: Record<string, unknown> }>[]) {
      for (const [key, entry] of Object.entries(catalog)) {
        for (const [, name] of entry.message.matchAll(/\$([A-Z_]+)\$/g)) {
          expect(entry.placeholders, key).toHaveProperty(name!.toLowerCase());
        }
      }
    }
  });

  it('Chinese strings are really Chinese and English strings really English', () => {
    expect(translate('zh', 'panelEmptyTitle')).toMatch(/[\u4e00-\u9fff]/);
    expect(translate('en', 'panelEmptyTitle')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('resolveLang', () => {
  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'zh', 'zh'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['auto', undefined, 'en'],
    ['zh', 'en-US', 'zh'],
    ['en', 'zh-CN', 'en'],
  ] as const)('setting %s with browser %s → %s', (setting, ui, lang) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });
});

describe('translate', () => {
  it('fills named placeholders like browser.i18n', () => {
    expect(translate('en', 'panelComposerActive', 'mail.example.com')).toBe('Following the composer on mail.example.com');
    expect(translate('zh', 'panelComposerChars', 42)).toBe('草稿共 42 个字符');
  });
});
