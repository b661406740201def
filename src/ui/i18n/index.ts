// The UI's two languages. Every string a user reads goes through t(key, params); the dictionaries
// are plain objects so a missing Chinese string falls back to English and a test can list the gaps.
// Chinese (zh-pack.ts) is loaded when it is first needed: loadLang before it is shown. English comes
// in two parts: what the first drawing needs (en-first.ts) with the page, the rest (en-rest.ts) after
// it or before a part that shows it (loadEnglish); a string asked for before its part is there is
// empty until it arrives, and its reader is drawn again then.
// What the tools print (transcripts, `ip` output) is never translated: it is what Linux prints. The
// comments docker's and kubectl's expansions add are netns-lab's own words, and are (notes.ts).

import { create } from 'zustand';
import type { en } from './en.ts';
import { enFirst } from './en-first.ts';
import { setNoteLocalizer } from './notes.ts';
import { setTraceCatalogue } from './trace.ts';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

export const dictionaries: Record<Lang, Partial<Record<MessageKey, string>>> = { en: { ...enFirst }, zh: {} };

let enLoaded: Promise<void> | undefined;
/** Loads the English strings the page did not start with; resolves once translate has them. */
export function loadEnglish(): Promise<void> {
  enLoaded ??= import('./en-rest.ts').then((m) => {
    Object.assign(dictionaries.en, m.enRest);
    useLang.setState((s) => ({ strings: s.strings + 1 }));
  });
  return enLoaded;
}

/** A chunk of the page, once the English strings it may show are there too (loadEnglish). */
export function withEnglish<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadEnglish()]).then(([m]) => m);
}

let zhLoaded: Promise<void> | undefined;
/** Loads a language's strings (Chinese is a chunk of its own); resolves once translate has them. */
export function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  zhLoaded ??= import('./zh-pack.ts').then((m) => {
    dictionaries.zh = m.zh;
    setTraceCatalogue('zh', m.TRACE_ZH);
    setNoteLocalizer('zh', m.localizeNoteZh);
  });
  return zhLoaded;
}

/** Fills `{name}` placeholders. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key] ?? dictionaries.en[key];
  if (text !== undefined) return format(text, params);
  void loadEnglish(); // a part that did not wait for its strings: empty until they come
  return '';
}

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem('netns-lab.lang');
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage may be unavailable (private mode, tests)
  }
  const nav = globalThis.navigator?.language ?? 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

interface LangState {
  lang: Lang;
  /** Counts the parts of the strings loaded so far: a reader draws again when one arrives. */
  strings: number;
  setLang(lang: Lang): void;
}

export const useLang = create<LangState>()((set) => ({
  lang: initialLang(),
  strings: 0,
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem('netns-lab.lang', lang);
    } catch {
      // not fatal: the choice lasts for this page
    }
    // The page switches once the language's strings are there (never half translated).
    void loadLang(lang).then(() => {
      if (globalThis.document) globalThis.document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      set({ lang });
    });
  },
}));

/** The translate function for the current language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang((s) => s.lang);
  useLang((s) => s.strings);
  return (key, params) => translate(lang, key, params);
}
