// admin-settings: the job centre's settings (the mails it sends, the
// closing days it opens or adds, the default working hours) and its
// Microsoft Graph app registration, whose client secret is write-only.

import { html, nothing, render } from "lit-html";
import { ApiError, get, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import { announce, errorAlert, successAlert } from "../lib/ui";
import { adminNav, copyHours, field, hoursEditor, reasonAt, unplaced, type WeeklyHours } from "./admin-form";

const t = define({
  title: ["Jobcenter", "Job centre"],
  settings: ["Indstillinger", "Settings"],
  mails: ["Notifikationsmails", "Notification mails"],
  conflictMail: ["Mail når en vejleder lægger en privat aftale oven i et borgermøde", "Mail when an advisor puts a private appointment over a citizen meeting"],
  browseMail: ["Mail når en borger bladrer i måneder uden ledige tider", "Mail when a citizen browses months without free times"],
  closing: ["Lukkedage", "Closing days"],
  openDec24: ["Åbent 24. december", "Open on 24 December"],
  openDec31: ["Åbent 31. december", "Open on 31 December"],
  openConstitutionDay: ["Åbent 5. juni (grundlovsdag)", "Open on 5 June (Constitution Day)"],
  extra: ["Ekstra lukkedage", "Extra closing days"],
  extraHint: ["Én dato pr. linje, fx 2026-12-28.", "One date a line, e.g. 2026-12-28."],
  hours: ["Standardarbejdstider", "Default working hours"],
  hoursHint: ["Gælder vejledere, hvis hverken de selv eller deres team har arbejdstider.", "Apply to advisors when neither they nor their team have working hours."],
  save: ["Gem indstillinger", "Save the settings"],
  saved: ["Indstillingerne er gemt.", "The settings are saved."],
  graph: ["Microsoft 365 (Graph-app)", "Microsoft 365 (Graph app)"],
  graphIntro: ["Jobcentrets app-registrering i Microsoft Entra ID, som Planner læser og skriver Outlook-kalendere med.", "The job centre's app registration in Microsoft Entra ID, through which Planner reads and writes Outlook calendars."],
  tenantId: ["Tenant-id (katalog)", "Tenant id (directory)"],
  clientId: ["Klient-id (applikation)", "Client id (application)"],
  secret: ["Klienthemmelighed", "Client secret"],
  secretStored: ["En hemmelighed er gemt og vises aldrig. Lad feltet stå tomt for at beholde den, eller skriv en ny for at ændre den.", "A secret is stored and never shown. Leave the field empty to keep it, or type a new one to change it."],
  secretNone: ["Der er ikke gemt nogen hemmelighed.", "No secret is stored."],
  tokenUrl: ["Token-adresse (valgfri)", "Token address (optional)"],
  graphUrl: ["Graph-adresse (valgfri)", "Graph address (optional)"],
  saveGraph: ["Gem Graph-app", "Save the Graph app"],
  graphSaved: ["Graph-appen er gemt.", "The Graph app is saved."],
});

interface Settings {
  conflictMail: boolean;
  browseMail: boolean;
  openDec24: boolean;
  openDec31: boolean;
  openConstitutionDay: boolean;
  extraClosingDays?: string[];
  defaultHours: WeeklyHours;
}

interface GraphApp {
  tenantId?: string;
  clientId?: string;
  tokenUrl?: string;
  graphUrl?: string;
  hasSecret?: boolean;
}

const checks = ["conflictMail", "browseMail", "openDec24", "openDec31", "openConstitutionDay"] as const;

export const adminSettings: Route = {
  path: "/admin/jobcenter",
  title: () => t("title"),
  roles: ["admin"],
  async render(ctx) {
    const base = `/api/jobcenters/${ctx.me.jobcenterId}`;
    let s: Settings | undefined;
    let extraDays = "";
    let hours: WeeklyHours = { days: [] };
    let app: GraphApp = {};
    const graph: Record<string, string> = { tenantId: "", clientId: "", secret: "", tokenUrl: "", graphUrl: "" };
    let err: unknown;
    let gErr: unknown;
    let done = "";
    let gDone = "";
    const draw = () => {
      const extraReason = reasonAt(err, "extraClosingDays");
      const gFields = [
        { key: "tenantId", label: t("tenantId") },
        { key: "clientId", label: t("clientId") },
        { key: "secret", label: t("secret"), hint: app.hasSecret ? t("secretStored") : t("secretNone"), type: "password" as const, autocomplete: "new-password" },
        { key: "tokenUrl", label: t("tokenUrl"), type: "url" as const },
        { key: "graphUrl", label: t("graphUrl"), type: "url" as const },
      ];
      render(
        html`${adminNav("/admin/jobcenter")}
          <h1 tabindex="-1">${t("title")}</h1>
          ${s
            ? html`<section aria-labelledby="settings-h">
                <h2 id="settings-h">${t("settings")}</h2>
                ${successAlert(done)} ${errorAlert(unplaced(err, ["extraClosingDays", "defaultHours", ...checks]))}
                <form novalidate @submit=${save}>
                  <fieldset>
                    <legend class="form-label">${t("mails")}</legend>
                    ${checks.slice(0, 2).map((k) => check(k))}
                  </fieldset>
                  <fieldset>
                    <legend class="form-label">${t("closing")}</legend>
                    ${checks.slice(2).map((k) => check(k))}
                    <div class="form-group ${extraReason ? "form-error" : ""}">
                      <label class="form-label" for="s-extra">${t("extra")}</label>
                      <span class="form-hint" id="s-extra-hint">${t("extraHint")}</span>
                      ${extraReason ? html`<span class="form-error-message" id="s-extra-error">${extraReason}</span>` : nothing}
                      <textarea class="form-input" id="s-extra" rows="4" aria-describedby="s-extra-hint${extraReason ? " s-extra-error" : ""}" aria-invalid=${extraReason ? "true" : "false"}
                        .value=${extraDays} @input=${(e: Event) => (extraDays = (e.target as HTMLTextAreaElement).value)}></textarea>
                    </div>
                  </fieldset>
                  <p class="form-hint" id="s-hours-hint">${t("hoursHint")}</p>
                  ${hoursEditor("s", "defaultHours", t("hours"), hours, err, draw)}
                  <div class="planner-form-actions"><button class="button button-primary" type="submit">${t("save")}</button></div>
                </form>
              </section>`
            : errorAlert(err)}
          <section aria-labelledby="graph-h">
            <h2 id="graph-h">${t("graph")}</h2>
            <p>${t("graphIntro")}</p>
            ${successAlert(gDone)} ${errorAlert(unplaced(gErr, gFields.map((f) => f.key)))}
            <form novalidate @submit=${saveGraph}>
              ${gFields.map((f) => field("g", f, graph, gErr, (k, v) => (graph[k] = v)))}
              <div class="planner-form-actions"><button class="button button-primary" type="submit">${t("saveGraph")}</button></div>
            </form>
          </section>`,
        ctx.main,
      );
    };
    const check = (k: (typeof checks)[number]) => html`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="s-${k}" .checked=${s![k]} @change=${(e: Event) => (s![k] = (e.target as HTMLInputElement).checked)} />
      <label class="form-label" for="s-${k}">${t(k)}</label>
    </div>`;
    const loadSettings = (v: Settings) => {
      s = v;
      extraDays = (v.extraClosingDays ?? []).join("\n");
      hours = copyHours(v.defaultHours);
    };
    const loadGraph = (a: GraphApp) => {
      app = a;
      Object.assign(graph, { tenantId: a.tenantId ?? "", clientId: a.clientId ?? "", secret: "", tokenUrl: a.tokenUrl ?? "", graphUrl: a.graphUrl ?? "" });
    };
    const save = async (e: Event) => {
      e.preventDefault();
      const days = extraDays.split(/[\s,]+/).filter(Boolean);
      try {
        loadSettings(await put<Settings>(`${base}/settings`, { ...s, extraClosingDays: days, defaultHours: hours }));
        err = undefined;
        done = t("saved");
        announce(done);
      } catch (x) {
        err = x;
        done = "";
      }
      draw();
      if (err) ctx.main.querySelector<HTMLElement>("[aria-invalid=true], [role=alert]")?.focus();
    };
    const saveGraph = async (e: Event) => {
      e.preventDefault();
      try {
        loadGraph(await put<GraphApp>(`${base}/graph-app`, { ...graph }));
        gErr = undefined;
        gDone = t("graphSaved");
        announce(gDone);
      } catch (x) {
        gErr = x;
        gDone = "";
      }
      draw();
      if (gErr) ctx.main.querySelector<HTMLElement>("#g-tenantId[aria-invalid=true], [aria-invalid=true], [role=alert]")?.focus();
    };
    try {
      loadSettings(await get<Settings>(`${base}/settings`));
    } catch (x) {
      err = x;
    }
    try {
      loadGraph(await get<GraphApp>(`${base}/graph-app`));
    } catch (x) {
      if (!(x instanceof ApiError && x.status === 404)) gErr = x; // none set yet
    }
    draw();
  },
};
