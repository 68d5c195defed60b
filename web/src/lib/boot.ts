// boot: what both applications (the staff screens and the citizens'
// pages) start with — who is signed in, then the page's header, <main>
// and live region.

import { html, render } from "lit-html";
import { get, setCSRF } from "./api";
import { lang } from "./i18n";
import type { Me } from "./router";
import { errorAlert } from "./ui";

/** Page is the booted page: the session and where to draw. */
export interface Page<T extends Me> {
  me: T;
  header: HTMLElement;
  main: HTMLElement;
}

/**
 * boot reads GET /api/session and lays out the page in #app; when the
 * session cannot be read it says why under title and answers undefined.
 */
export async function boot<T extends Me>(title: string, mainClass = ""): Promise<Page<T> | undefined> {
  const app = document.getElementById("app")!;
  let me: T;
  try {
    me = await get<T>("/api/session");
  } catch (err) {
    render(html`<main id="main-content" class="container page-container"><h1>${title}</h1>${errorAlert(err)}</main>`, app);
    return undefined;
  }
  setCSRF(me.csrf ?? "");
  document.documentElement.lang = lang();
  app.replaceChildren();
  const header = document.createElement("div");
  const main = document.createElement("main");
  main.id = "main-content";
  main.className = `container page-container ${mainClass}`.trim();
  const live = document.createElement("div");
  live.id = "announce";
  live.className = "sr-only";
  live.setAttribute("aria-live", "polite");
  app.append(header, main, live);
  return { me, header, main };
}
