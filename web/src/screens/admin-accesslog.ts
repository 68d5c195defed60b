// admin-accesslog: the access log's answers (issue 21) — "who used
// citizen X's data" and "what did person Y use" between two dates, with
// a CSV export for a citizen's request for access (route /admin/adgangslog).
// Every question is itself logged by the API.

import { html, nothing, render } from "lit-html";
import { live } from "lit-html/directives/live.js";
import { get, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import { errorAlert, fmtDateTime, isoDate } from "../lib/ui";
import { adminNav, reasonAt } from "./admin-form";

const t = define({
  title: ["Adgangslog", "Access log"],
  intro: [
    "Se, hvem der har brugt en borgers oplysninger, eller hvad en medarbejder har brugt, mellem to datoer. Dit opslag bliver selv skrevet i loggen.",
    "See who used a citizen's details, or what a member of staff used, between two dates. Your question is itself written to the log.",
  ],
  cpr: ["Borgerens CPR-nummer", "The citizen's CPR number"],
  person: ["Medarbejder", "Member of staff"],
  anyone: ["Alle", "Anyone"],
  actor: ["Eller API-nøglens indehaver", "Or the API token's holder"],
  from: ["Fra og med", "From"],
  to: ["Til og med", "To"],
  search: ["Søg i loggen", "Search the log"],
  none: ["Ingen brug i perioden.", "No use in the period."],
  count: ["{n} registreringer", "{n} entries"],
  at: ["Tidspunkt", "Time"],
  who: ["Hvem", "Who"],
  action: ["Handling", "Action"],
  citizens: ["Borgere", "Citizens"],
  criterion: ["Søgekriterium", "Search criterion"],
  purpose: ["Formål", "Purpose"],
  csv: ["Hent som CSV", "Download as CSV"],
  "citizen.read": ["Borgerkort vist", "Citizen card shown"],
  "citizen.search": ["Søgning", "Search"],
  "list.read": ["Liste vist", "List shown"],
  "offer.page": ["Tilbudsside vist", "Offer page shown"],
  "participants.read": ["Deltagerliste vist", "Participant list shown"],
  "participants.export": ["Deltagerliste hentet (Excel)", "Participant list downloaded (Excel)"],
  "audit.read": ["Revisionslog vist", "Revision log shown"],
  "meeting.read": ["Møde vist", "Meeting shown"],
  "meeting.export": ["Mødets deltagerliste hentet (Excel)", "Meeting's participant list downloaded (Excel)"],
  "citizen.create": ["Borger oprettet", "Citizen created"],
  "citizen.update": ["Borger rettet", "Citizen changed"],
  "citizen.delete": ["Borger slettet", "Citizen deleted"],
  "summons.change": ["Indkaldelse ændret", "Summons changed"],
  "accesslog.read": ["Adgangslog læst", "Access log read"],
  "accesslog.export": ["Indsigt besvaret", "Access request answered"],
});

/** Entry is an access-log entry as the API answers it. */
interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  cprs: string[];
  criterion?: string;
  purpose?: string;
}

/** actions are the log's actions, each with its text above. */
const actions = new Set([
  "citizen.read", "citizen.search", "list.read", "offer.page", "participants.read", "participants.export", "audit.read", "meeting.read", "meeting.export",
  "citizen.create", "citizen.update", "citizen.delete", "summons.change", "accesslog.read", "accesslog.export",
]);

const actionText = (a: string) => (actions.has(a) ? t(a as "citizen.read") : a);

/** csv quotes each field; a field starting with =, +, - or @ is prefixed with ' (no formulas in a spreadsheet). */
export function csv(rows: string[][]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  return rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}

export const adminAccessLog: Route = {
  path: "/admin/adgangslog",
  title: () => t("title"),
  roles: ["admin"],
  async render(ctx: Ctx) {
    const today = new Date();
    const monthAgo = new Date(today.getTime() - 30 * 24 * 3600 * 1000);
    const v = { cpr: "", personId: "", actor: "", from: isoDate(monthAgo), to: isoDate(today) };
    let people: { id: number; name: string }[] = [];
    let entries: Entry[] | undefined;
    let err: unknown;
    const input = (key: keyof typeof v, label: string, type = "text") => {
      const reason = reasonAt(err, key);
      return html`<div class="form-group ${reason ? "form-error" : ""}">
        <label class="form-label" for="al-${key}">${label}</label>
        ${reason ? html`<span class="form-error-message" id="al-${key}-error">${reason}</span>` : nothing}
        <input class="form-input" id="al-${key}" type=${type} .value=${live(v[key])} autocomplete="off" aria-invalid=${reason ? "true" : "false"}
          aria-describedby=${reason ? `al-${key}-error` : nothing} @input=${(e: Event) => (v[key] = (e.target as HTMLInputElement).value)} />
      </div>`;
    };
    const draw = () =>
      render(
        html`${adminNav("/admin/adgangslog")}
          <h1 tabindex="-1">${t("title")}</h1>
          <p>${t("intro")}</p>
          ${errorAlert(err)}
          <form novalidate @submit=${search} class="planner-accesslog-form">
            ${input("cpr", t("cpr"))}
            <div class="form-group">
              <label class="form-label" for="al-person">${t("person")}</label>
              <select class="form-select" id="al-person" @change=${(e: Event) => (v.personId = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${v.personId === ""}>${t("anyone")}</option>
                ${people.map((p) => html`<option value=${p.id} ?selected=${v.personId === String(p.id)}>${p.name}</option>`)}
              </select>
            </div>
            ${input("actor", t("actor"))} ${input("from", t("from"), "date")} ${input("to", t("to"), "date")}
            <button class="button button-primary" type="submit">${t("search")}</button>
          </form>
          ${entries === undefined
            ? nothing
            : entries.length === 0
              ? html`<p role="status">${t("none")}</p>`
              : html`<p role="status">${t("count", { n: entries.length })}</p>
                  <button class="button button-secondary" type="button" @click=${download}>${t("csv")}</button>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact" data-accesslog>
                      <thead>
                        <tr>
                          ${[t("at"), t("who"), t("action"), t("citizens"), t("criterion"), t("purpose")].map((h) => html`<th scope="col">${h}</th>`)}
                        </tr>
                      </thead>
                      <tbody>
                        ${entries.map(
                          (e) => html`<tr>
                            <td>${fmtDateTime(e.at)}</td>
                            <td>${e.actor}</td>
                            <td>${actionText(e.action)}</td>
                            <td>${e.cprs.join(", ")}</td>
                            <td>${e.criterion ?? ""}</td>
                            <td>${e.purpose ?? ""}</td>
                          </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`}`,
        ctx.main,
      );
    const search = async (ev: Event) => {
      ev.preventDefault();
      const end = new Date(`${v.to}T00:00:00`);
      end.setDate(end.getDate() + 1); // "to and with" the day
      try {
        const body = {
          cpr: v.cpr.trim(),
          personId: v.personId ? Number(v.personId) : 0,
          actor: v.actor.trim(),
          from: v.from ? new Date(`${v.from}T00:00:00`).toISOString() : "",
          to: v.to ? end.toISOString() : "",
        };
        entries = (await post<{ entries: Entry[] }>("/api/access-log/query", body)).entries;
        err = undefined;
      } catch (e) {
        err = e;
        entries = undefined;
      }
      draw();
      (ctx.main.querySelector<HTMLElement>("[aria-invalid=true]") ?? ctx.main.querySelector<HTMLElement>("[role=status]"))?.focus?.();
    };
    const download = () => {
      if (!entries) return;
      const rows = [[t("at"), t("who"), t("action"), t("citizens"), t("criterion"), t("purpose")]];
      for (const e of entries) rows.push([fmtDateTime(e.at), e.actor, actionText(e.action), e.cprs.join(", "), e.criterion ?? "", e.purpose ?? ""]);
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob(["\ufeff" + csv(rows)], { type: "text/csv;charset=utf-8" }));
      a.download = `adgangslog-${v.from}-${v.to}.csv`;
      a.click();
      URL.revokeObjectURL(a.href);
    };
    draw();
    try {
      people = (await get<{ people: { id: number; name: string }[] }>("/api/people")).people;
    } catch (e) {
      err = e;
    }
    draw();
  },
};
