// citizen: the citizens' self-booking pages (the demo's Jobnet stand-in),
// on the portal API; the session names the citizen, so no page ever sends
// a CPR number. Its own shell: the citizen's header with the language
// switch and "Log af", and the router of lib/router over the pages in
// citizen/.

import { html, render } from "lit-html";
import { boot } from "./lib/boot";
import { define, lang, setLang } from "./lib/i18n";
import { Router, type Me, type Route } from "./lib/router";
import { confirmation } from "./citizen/confirmation";
import { freeTimes } from "./citizen/freetimes";
import { myMeetings } from "./citizen/meetings";
import { myDataUses } from "./citizen/uses";

const t = define({
  header: ["Jobnet (demo)", "Jobnet (demo)"],
  signout: ["Log af", "Sign out"],
  "lang.other": ["English", "Dansk"],
  who: ["Logget ind som {name}", "Signed in as {name}"],
  "notFound.title": ["Siden findes ikke", "Page not found"],
  "notFound.back": ["Gå til Mine møder", "Go to My meetings"],
});

/** CitizenMe is the session of the citizens' pages. */
interface CitizenMe extends Me {
  citizen?: string;
}

const routes: Route[] = [myMeetings, freeTimes, confirmation, myDataUses];

const notFound: Route = {
  path: "",
  title: () => t("notFound.title"),
  render: (ctx) => {
    render(html`<h1>${t("notFound.title")}</h1><p><a href="/borger/">${t("notFound.back")}</a></p>`, ctx.main);
  },
};

function header(me: CitizenMe, root: HTMLElement, onLang: () => void): void {
  render(
    html`<header class="header planner-citizen-header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/borger/" class="planner-logo">${t("header")}</a>
            <div class="portal-user">
              <p class="user">${t("who", { name: me.citizen ?? "" })} · ${me.jobcenter}</p>
              <button class="function-link" type="button" lang=${lang() === "da" ? "en" : "da"} @click=${onLang}>${t("lang.other")}</button>
              <form method="post" action="/borger/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${me.csrf ?? ""} />
                <button class="function-link" type="submit">${t("signout")}</button>
              </form>
            </div>
          </div>
        </div>
      </header>`,
    root,
  );
}

async function main(): Promise<void> {
  const page = await boot<CitizenMe>("Jobnet (demo)", "planner-citizen");
  if (!page) return;
  const { me, header: head, main: mainEl } = page;
  const redraw = () => header(me, head, switchLang);
  const router = new Router(routes, me, mainEl, notFound, redraw);
  function switchLang(): void {
    setLang(lang() === "da" ? "en" : "da");
    void router.show(false);
  }
  // lib/router leaves /borger/ links to the browser; these pages follow them themselves
  document.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.("a");
    if (!a || a.target || a.origin !== location.origin || !a.pathname.startsWith("/borger/") || a.pathname === "/borger/login") return;
    e.preventDefault();
    router.navigate(a.pathname + a.search);
  });
  await router.show(false);
}

void main();
