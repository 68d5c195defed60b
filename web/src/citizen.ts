// citizen: the citizens' self-booking pages (the demo's Jobnet stand-in),
// on the portal API; the session names the citizen.

import { html, render } from "lit-html";
import { get, setCSRF } from "./lib/api";
import { define, lang } from "./lib/i18n";
import type { Me } from "./lib/router";

const t = define({
  title: ["Mine møder", "My meetings"],
});

async function main(): Promise<void> {
  const app = document.getElementById("app")!;
  const me = await get<Me>("/api/session");
  setCSRF(me.csrf ?? "");
  document.documentElement.lang = lang();
  render(html`<main id="main-content" class="container page-container"><h1>${t("title")}</h1></main>`, app);
}

void main();
