// Chinese first, English available; the choice is remembered on the device. Each role keeps its
// own strings table ({ zh, en } with the same keys) and gets a `t` from `useT(table)`.
import { create } from 'zustand';

export type Lang = 'zh' | 'en';
const KEY = 'leitai:lang';

const remembered: Lang = typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
// The page's lang follows the remembered choice from the first paint: CSS (:lang) and the
// browser's fonts and hyphenation read it.
if (typeof document !== 'undefined') document.documentElement.lang = remembered === 'zh' ? 'zh-CN' : 'en';

export const useLang = create<{ lang: Lang; setLang: (l: Lang) => void }>((set) => ({
  lang: remembered,
  setLang: (lang) => {
    localStorage.setItem(KEY, lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    set({ lang });
  },
}));

export type Strings<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

/** t('key', { n: 3 }) replaces {n} in the string. */
export function useT<K extends string>(table: Strings<K>) {
  const lang = useLang((s) => s.lang);
  return (key: K, vars?: Record<string, string | number>) => {
    let s = table[lang][key] ?? table.zh[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

export function LangSwitch({ className }: { className?: string }) {
  const { lang, setLang } = useLang();
  return (
    <button type="button" className={className ?? 'lang-switch'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label="语言 / Language">
      {lang === 'zh' ? 'English' : '中文'}
    </button>
  );
}
