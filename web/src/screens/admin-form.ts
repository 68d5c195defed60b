// admin-form: what the administration's screens share — the sub-menu,
// the API's field errors at their fields (a field's errors include those
// of its parts: "hours" shows "hours.days[1][0].to"), text and select
// fields, and the weekly-hours editor.

import { html, nothing, type TemplateResult } from "lit-html";
import { live } from "lit-html/directives/live.js";
import { ApiError } from "../lib/api";
import { define } from "../lib/i18n";

const t = define({
  nav: ["Administration", "Administration"],
  overview: ["Oversigt", "Overview"],
  teams: ["Teams", "Teams"],
  advisors: ["Vejledere", "Advisors"],
  rooms: ["Lokaler", "Rooms"],
  templates: ["Skabeloner", "Templates"],
  actors: ["Andre aktører", "Other actors"],
  variants: ["Varianter", "Variants"],
  marks: ["Markeringer", "Marks"],
  settings: ["Jobcenter", "Job centre"],
  signin: ["Log ind", "Sign-in"],
  access: ["Adgang", "Access"],
  accessLog: ["Adgangslog", "Access log"],
  day1: ["Mandag", "Monday"],
  day2: ["Tirsdag", "Tuesday"],
  day3: ["Onsdag", "Wednesday"],
  day4: ["Torsdag", "Thursday"],
  day5: ["Fredag", "Friday"],
  day6: ["Lørdag", "Saturday"],
  day0: ["Søndag", "Sunday"],
  day: ["Dag", "Day"],
  hours: ["Arbejdstider", "Working hours"],
  from: ["Fra", "From"],
  to: ["Til", "To"],
  fromOf: ["{day} fra", "{day} from"],
  toOf: ["{day} til", "{day} to"],
});

/** adminPages are the administration's screens, in menu order. */
export const adminPages = [
  { path: "/admin", label: () => t("overview") },
  { path: "/admin/teams", label: () => t("teams") },
  { path: "/admin/vejledere", label: () => t("advisors") },
  { path: "/admin/lokaler", label: () => t("rooms") },
  { path: "/admin/skabeloner", label: () => t("templates") },
  { path: "/admin/varianter", label: () => t("variants") },
  { path: "/admin/andre-aktoerer", label: () => t("actors") },
  { path: "/admin/markeringer", label: () => t("marks") },
  { path: "/admin/jobcenter", label: () => t("settings") },
  { path: "/admin/log-ind", label: () => t("signin") },
  { path: "/admin/adgang", label: () => t("access") },
  { path: "/admin/adgangslog", label: () => t("accessLog") },
];

/** adminNav is the administration's sub-menu (DKFDS navigation tabs). */
export function adminNav(current: string): TemplateResult {
  return html`<nav class="tab-container planner-admin-nav" aria-label=${t("nav")}>
    <ul class="tab-list">
      ${adminPages.map(
        (p) => html`<li><a href=${p.path} class="tab-button" aria-current=${p.path === current ? "page" : "false"}><span>${p.label()}</span></a></li>`,
      )}
    </ul>
  </nav>`;
}

/** reasonAt is the API's reason for a field or any of its parts, or "". */
export function reasonAt(err: unknown, field: string): string {
  if (!(err instanceof ApiError)) return "";
  const f = err.fields.find((x) => x.field === field || x.field.startsWith(`${field}.`) || x.field.startsWith(`${field}[`));
  return f?.reason ?? "";
}

/** unplaced is an error whose field no input of the form shows. */
export function unplaced(err: unknown, fields: string[]): unknown {
  if (!(err instanceof ApiError) || err.fields.length === 0) return err;
  return fields.some((f) => reasonAt(err, f)) ? undefined : err;
}

/** Field describes one input of a form. */
export interface Field {
  key: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "number" | "password" | "url" | "date";
  options?: { value: string; label: string }[];
  autocomplete?: string;
  required?: boolean;
}

/**
 * field draws one DKFDS form group: label, hint, the API's error at the
 * field and the input (id `${form}-${key}`), its value read from values.
 */
export function field(form: string, f: Field, values: Record<string, string>, err: unknown, onInput: (key: string, v: string) => void): TemplateResult {
  const id = `${form}-${f.key.replaceAll(".", "-")}`;
  const reason = reasonAt(err, f.key);
  const described = [f.hint ? `${id}-hint` : "", reason ? `${id}-error` : ""].filter(Boolean).join(" ");
  const input = f.options
    ? html`<select class="form-select" id=${id} name=${f.key} aria-invalid=${reason ? "true" : "false"} aria-describedby=${described || nothing}
        @change=${(e: Event) => onInput(f.key, (e.target as HTMLSelectElement).value)}>
        ${f.options.map((o) => html`<option value=${o.value} ?selected=${(values[f.key] ?? "") === o.value}>${o.label}</option>`)}
      </select>`
    : html`<input class="form-input ${f.type === "number" ? "input-width-xs" : ""}" id=${id} name=${f.key} type=${f.type ?? "text"} .value=${live(values[f.key] ?? "")}
        autocomplete=${f.autocomplete ?? "off"} ?required=${f.required} aria-invalid=${reason ? "true" : "false"} aria-describedby=${described || nothing}
        @input=${(e: Event) => onInput(f.key, (e.target as HTMLInputElement).value)} />`;
  return html`<div class="form-group ${reason ? "form-error" : ""}">
    <label class="form-label" for=${id}>${f.label}</label>
    ${f.hint ? html`<span class="form-hint" id="${id}-hint">${f.hint}</span>` : nothing}
    ${reason ? html`<span class="form-error-message" id="${id}-error">${reason}</span>` : nothing}
    ${input}
  </div>`;
}

/** ClockRange and WeeklyHours are the API's working hours. */
export interface ClockRange {
  from: string;
  to: string;
}
export interface WeeklyHours {
  days: ClockRange[][];
}

/** standardHours is Monday–Friday 08:00–15:30, a new form's start. */
export function standardHours(): WeeklyHours {
  return { days: [0, 1, 2, 3, 4, 5, 6].map((d) => (d >= 1 && d <= 5 ? [{ from: "08:00", to: "15:30" }] : [])) };
}

/**
 * hoursEditor edits one range per weekday, Monday first: a checkbox for
 * the working day and its from and to times. The API's errors of
 * `${key}` show above it.
 */
export function hoursEditor(form: string, key: string, legend: string, hours: WeeklyHours, err: unknown, changed: () => void): TemplateResult {
  const reason = reasonAt(err, key);
  const id = `${form}-${key}`;
  const days = [1, 2, 3, 4, 5, 6, 0];
  while (hours.days.length < 7) hours.days.push([]);
  return html`<fieldset class="planner-hours ${reason ? "form-error" : ""}" aria-describedby=${reason ? `${id}-error` : nothing}>
    <legend class="form-label">${legend}</legend>
    ${reason ? html`<span class="form-error-message" id="${id}-error">${reason}</span>` : nothing}
    <table class="table table--compact planner-hours-table">
      <thead><tr><th scope="col">${t("day")}</th><th scope="col">${t("from")}</th><th scope="col">${t("to")}</th></tr></thead>
      <tbody>
        ${days.map((d) => {
          const day = t(`day${d}` as "day1");
          const r = hours.days[d][0];
          const on = !!r;
          return html`<tr data-weekday=${d}>
            <th scope="row">
              <div class="form-group-checkbox planner-day-check">
                <input type="checkbox" class="form-checkbox" id="${id}-on-${d}" .checked=${on}
                  @change=${(e: Event) => {
                    hours.days[d] = (e.target as HTMLInputElement).checked ? [{ from: "08:00", to: "15:30" }] : [];
                    changed();
                  }} />
                <label class="form-label" for="${id}-on-${d}">${day}</label>
              </div>
            </th>
            <td>
              <label class="sr-only" for="${id}-from-${d}">${t("fromOf", { day })}</label>
              <input class="form-input planner-time-input" type="time" id="${id}-from-${d}" .value=${r?.from ?? ""} ?disabled=${!on}
                @input=${(e: Event) => {
                  if (hours.days[d][0]) hours.days[d][0].from = (e.target as HTMLInputElement).value;
                }} />
            </td>
            <td>
              <label class="sr-only" for="${id}-to-${d}">${t("toOf", { day })}</label>
              <input class="form-input planner-time-input" type="time" id="${id}-to-${d}" .value=${r?.to ?? ""} ?disabled=${!on}
                @input=${(e: Event) => {
                  if (hours.days[d][0]) hours.days[d][0].to = (e.target as HTMLInputElement).value;
                }} />
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </fieldset>`;
}

/** copyHours is a deep copy (the editor changes its hours in place). */
export function copyHours(h: WeeklyHours | undefined): WeeklyHours {
  const days = (h?.days ?? []).map((d) => (d ?? []).map((r) => ({ ...r })));
  while (days.length < 7) days.push([]);
  return { days };
}

/** OwnHours is the state of an "own working hours" choice of a form. */
export interface OwnHours {
  own: boolean;
  hours: WeeklyHours;
}

/** resetHours starts an OwnHours from an item's hours (nil: inherited). */
export function resetHours(state: OwnHours, h: WeeklyHours | null | undefined): void {
  state.own = !!h;
  state.hours = h ? copyHours(h) : standardHours();
}

/**
 * ownHours draws the checkbox for own working hours (else inherited, as
 * hint says) and, when checked, the weekly-hours editor of field "hours".
 */
export function ownHours(state: OwnHours, label: string, hint: string, err: unknown, redraw: () => void): TemplateResult {
  return html`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="f-own-hours" aria-describedby="f-own-hours-hint" .checked=${state.own}
        @change=${(e: Event) => {
          state.own = (e.target as HTMLInputElement).checked;
          redraw();
        }} />
      <label class="form-label" for="f-own-hours">${label}</label>
      <span class="form-hint" id="f-own-hours-hint">${hint}</span>
    </div>
    ${state.own ? hoursEditor("f", "hours", t("hours"), state.hours, err, redraw) : nothing}`;
}
