import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import hi from './locales/hi.json';

export type Lang = 'en' | 'hi';
export const LANGS: Lang[] = ['en', 'hi'];
const KEY = 'samiksha.lang';

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'hi';
}

/** `?lang=` in the hash URL wins, then the remembered choice, then English. */
export function initialLang(): Lang {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '').get('lang');
  if (isLang(q)) return q;
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return isLang(saved) ? saved : 'en';
}

export function rememberLang(lang: Lang): void {
  try { localStorage.setItem(KEY, lang); } catch { /* private mode: not remembered */ }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'en',
  messages: { en, hi },
});
