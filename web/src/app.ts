// app: the advisors' and administrators' screens. It asks the API who is
// signed in, draws the DKFDS header and menu, and lets the router draw the
// screen of the address.

import { html, render } from "lit-html";
import { boot } from "./lib/boot";
import { define, lang, setLang } from "./lib/i18n";
import { Router, type Me, type Route } from "./lib/router";
import { routes } from "./screens/index";
import type { Role } from "./lib/types";

const t = define({
  "nav.label": ["Hovedmenu", "Main menu"],
  "nav.front": ["Forside", "Front page"],
  "nav.calendar": ["Kalender", "Calendar"],
  "nav.offers": ["Onlinetilbud", "Online offers"],
  "nav.pending": ["Afventerliste", "Pending list"],
  "nav.followUp": ["Opfølgningsliste", "Follow-up list"],
  "nav.freeTimes": ["Ledige tider", "Free times"],
  "nav.search": ["Søg", "Search"],
  "nav.connections": ["Kalenderforbindelser", "Calendar connections"],
  "nav.admin": ["Administration", "Administration"],
  "signout": ["Log af", "Sign out"],
  "lang.other": ["English", "Dansk"],
  "notFound.title": ["Siden findes ikke", "Page not found"],
  "notFound.body": ["Siden findes ikke, eller du har ikke adgang til den.", "The page does not exist, or you may not open it."],
  "notFound.front": ["Gå til forsiden", "Go to the front page"],
  "role.admin": ["administrator", "administrator"],
  "role.advisor": ["vejleder", "advisor"],
  "role.operator": ["drift", "operator"],
});

/** menu is the main menu; an entry shows when its screen exists and the role may open it. */
const menu: { path: string; label: () => string; roles?: Role[] }[] = [
  { path: "/", label: () => t("nav.front") },
  { path: "/kalender", label: () => t("nav.calendar") },
  { path: "/tilbud", label: () => t("nav.offers") },
  { path: "/afventer", label: () => t("nav.pending") },
  { path: "/opfoelgning", label: () => t("nav.followUp") },
  { path: "/ledige-tider", label: () => t("nav.freeTimes") },
  { path: "/soeg", label: () => t("nav.search") },
  { path: "/forbindelser", label: () => t("nav.connections") },
  { path: "/admin", label: () => t("nav.admin"), roles: ["admin"] },
];

const notFound: Route = {
  path: "",
  title: () => t("notFound.title"),
  render: (ctx) => {
    render(html`<h1>${t("notFound.title")}</h1><p>${t("notFound.body")}</p><p><a href="/">${t("notFound.front")}</a></p>`, ctx.main);
  },
};

function section(path: string): string {
  if (path === "/") return "/";
  return "/" + path.split("/")[1];
}

function layout(me: Me, current: string, root: HTMLElement, onLang: () => void): void {
  const entries = menu.filter((m) => routes.some((r) => r.path === m.path && (!r.roles || r.roles.includes(me.role))) && (!m.roles || m.roles.includes(me.role)));
  render(
    html`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${me.name}, ${t(`role.${me.role}` as "role.admin")} · ${me.jobcenter}</p>
              <button class="function-link" type="button" lang=${lang() === "da" ? "en" : "da"} @click=${onLang}>${t("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${me.csrf ?? ""} />
                <button class="function-link" type="submit">${t("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${t("nav.label")}>
              <ul class="mainmenu">
                ${entries.map(
                  (m) =>
                    html`<li class=${section(current) === m.path ? "active current" : ""}>
                      <a href=${m.path} class="nav-link" aria-current=${section(current) === m.path ? "page" : "false"}><span>${m.label()}</span></a>
                    </li>`,
                )}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,
    root,
  );
}

async function main(): Promise<void> {
  const page = await boot<Me>("Planner");
  if (!page) return;
  const { me, header, main: mainEl } = page;
  let path = location.pathname;
  const redraw = () => layout(me, path, header, switchLang);
  const router = new Router(routes, me, mainEl, notFound, (p) => {
    path = p;
    redraw();
  });
  function switchLang(): void {
    setLang(lang() === "da" ? "en" : "da");
    void router.show(false);
  }
  await router.show(false);
}

void main();
