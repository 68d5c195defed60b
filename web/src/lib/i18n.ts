// i18n: Danish first, English available. Each screen keeps its own texts
// next to its code with define(); the choice is the planner_lang cookie,
// which the server-rendered sign-in pages read too.

export type Lang = "da" | "en";
export type Texts = Record<string, readonly [da: string, en: string]>;

const cookie = "planner_lang";

/** lang is the visitor's language. */
export function lang(): Lang {
  return /(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie) ? "en" : "da";
}

/** setLang stores the choice for a year (the sign-in pages read it too). */
export function setLang(l: Lang): void {
  document.cookie = `${cookie}=${l}; path=/; max-age=31536000; samesite=strict`;
  document.documentElement.lang = l;
}

/**
 * define returns the translator of one screen's texts: t("key") is the
 * Danish or English text, with {name} replaced by vars.name.
 */
export function define<T extends Texts>(texts: T): (key: keyof T & string, vars?: Record<string, string | number>) => string {
  return (key, vars) => {
    const pair = texts[key];
    let s = pair ? pair[lang() === "en" ? 1 : 0] || pair[0] : key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** locale is the Intl locale of the language. */
export function locale(): string {
  return lang() === "en" ? "en-GB" : "da-DK";
}
