// admin-advisors: the advisors — name, team, mail, phone, working hours
// per weekday (their own, or the team's), and the connection to their own
// calendar (CalDAV, Microsoft Graph or none). The calendar's secret is
// write-only: never shown; typing a new one changes it, leaving it empty
// keeps the stored one.

import { html, nothing, render } from "lit-html";
import { del, get, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Team } from "../lib/types";
import { announce, confirm, errorAlert, successAlert } from "../lib/ui";
import { crudRoute } from "./admin-crud";
import { field, ownHours, resetHours, standardHours, unplaced, type OwnHours, type WeeklyHours } from "./admin-form";
import { num, teamOptions } from "./admin-simple";
import { markChecks, type Mark } from "./admin-registers";

const t = define({
  title: ["Vejledere", "Advisors"],
  name: ["Navn", "Name"],
  team: ["Team", "Team"],
  chooseTeam: ["Vælg team", "Choose a team"],
  mail: ["Mail", "Mail"],
  phone: ["Telefon", "Phone"],
  calendar: ["Kalender", "Calendar"],
  none: ["Ingen", "None"],
  caldav: ["CalDAV", "CalDAV"],
  graph: ["Microsoft 365 (Graph)", "Microsoft 365 (Graph)"],
  newAdvisor: ["Ny vejleder", "New advisor"],
  editAdvisor: ["Rediger vejleder: {name}", "Edit advisor: {name}"],
  ownHours: ["Egne arbejdstider", "Own working hours"],
  ownHoursHint: ["Uden egne arbejdstider gælder teamets eller jobcentrets.", "Without own working hours, the team's or the job centre's apply."],
  calHeading: ["Kalenderforbindelse", "Calendar connection"],
  calIntro: ["Planner læser og skriver vejlederens egen kalender (to-vejs synkronisering).", "Planner reads and writes the advisor's own calendar (two-way sync)."],
  kind: ["Kalendertype", "Calendar kind"],
  url: ["Adresse (URL)", "Address (URL)"],
  urlHint: ["CalDAV: kalenderens adresse. Microsoft 365: kan stå tom.", "CalDAV: the calendar's address. Microsoft 365: may be empty."],
  username: ["Brugernavn", "User name"],
  usernameHint: ["CalDAV: brugernavnet. Microsoft 365: vejlederens mailadresse.", "CalDAV: the user name. Microsoft 365: the advisor's mail address."],
  secret: ["Adgangskode", "Password"],
  secretKeep: ["Adgangskoden vises aldrig. Lad feltet stå tomt for at beholde den gemte, eller skriv en ny for at ændre den.", "The password is never shown. Leave the field empty to keep the stored one, or type a new one to change it."],
  secretNew: ["Adgangskoden vises aldrig, når den er gemt.", "The password is never shown once stored."],
  saveCal: ["Gem kalenderforbindelse", "Save the calendar connection"],
  removeCal: ["Fjern kalenderforbindelse", "Remove the calendar connection"],
  removeCalQ: ["Fjern kalenderforbindelsen?", "Remove the calendar connection?"],
  removeCalBody: ["Planner holder op med at læse og skrive {name}s kalender.", "Planner stops reading and writing {name}'s calendar."],
  calSaved: ["Kalenderforbindelsen er gemt.", "The calendar connection is saved."],
  calRemoved: ["Kalenderforbindelsen er fjernet.", "The calendar connection is removed."],
  connected: ["{kind}, {user}", "{kind}, {user}"],
});

/** Advisor is an advisor as the administration edits it. */
interface Advisor {
  id: number;
  teamId: number;
  name: string;
  mail?: string;
  phone?: string;
  hours?: WeeklyHours | null;
  marks?: number[];
  calendar?: { id?: number; kind?: "caldav" | "graph"; url?: string; username?: string; pullEveryMinutes?: number };
}

let teams: Team[] = [];
let allMarks: Mark[] = [];
const state: OwnHours = { own: false, hours: standardHours() };
const chosenMarks = new Set<number>();

const kindName = (k?: string) => (k === "caldav" ? t("caldav") : k === "graph" ? t("graph") : t("none"));

/** calendarForm is the advisor's calendar connection, with its own save and remove. */
function calendarForm(adv: Advisor, reload: () => Promise<void>) {
  const host = document.createElement("div");
  const cal = adv.calendar ?? {};
  const values: Record<string, string> = { kind: cal.kind ?? "", url: cal.url ?? "", username: cal.username ?? "", secret: "" };
  let err: unknown;
  let done = carried;
  carried = "";
  const draw = () => {
    const fields = [
      { key: "kind", label: t("kind"), options: [{ value: "", label: t("none") }, { value: "caldav", label: t("caldav") }, { value: "graph", label: t("graph") }] },
      ...(values.kind
        ? [
            { key: "url", label: t("url"), hint: t("urlHint"), type: "url" as const },
            { key: "username", label: t("username"), hint: t("usernameHint") },
            ...(values.kind === "caldav" ? [{ key: "secret", label: t("secret"), hint: cal.kind ? t("secretKeep") : t("secretNew"), type: "password" as const, autocomplete: "new-password" }] : []),
          ]
        : []),
    ];
    render(
      html`<section class="planner-calendar" aria-labelledby="cal-h">
        <h2 id="cal-h">${t("calHeading")}</h2>
        <p>${t("calIntro")}</p>
        ${successAlert(done)} ${errorAlert(unplaced(err, fields.map((f) => f.key)))}
        <form novalidate @submit=${save}>
          ${fields.map((f) =>
            field("cal", f, values, err, (k, v) => {
              values[k] = v;
              if (k === "kind") draw();
            }),
          )}
          <div class="planner-form-actions">
            <button class="button button-primary" type="submit">${t("saveCal")}</button>
            ${cal.kind ? html`<button class="button button-secondary" type="button" @click=${remove}>${t("removeCal")}</button>` : nothing}
          </div>
        </form>
      </section>`,
      host,
    );
  };
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      if (!values.kind) {
        if (cal.kind) await del(`/api/advisors/${adv.id}/calendar`);
      } else {
        await put(`/api/advisors/${adv.id}/calendar`, { kind: values.kind, url: values.url, username: values.username, secret: values.secret, pullEveryMinutes: cal.pullEveryMinutes ?? 0 });
      }
      values.secret = "";
      err = undefined;
      done = values.kind ? t("calSaved") : t("calRemoved");
      announce(done);
      carried = done; // the screen reloads, and a changed calendar draws this form anew
      await reload();
    } catch (x) {
      err = x;
      done = "";
      draw();
      host.querySelector<HTMLElement>("[aria-invalid=true], [role=alert]")?.focus();
    }
  };
  const remove = async () => {
    if (!(await confirm({ title: t("removeCalQ"), body: t("removeCalBody", { name: adv.name }), ok: t("removeCal"), danger: true }))) return;
    try {
      await del(`/api/advisors/${adv.id}/calendar`);
      done = t("calRemoved");
      announce(done);
      carried = done;
      await reload();
    } catch (x) {
      err = x;
      draw();
    }
  };
  draw();
  return { host, draw };
}

// the message the calendar form carries over when it is drawn anew
let carried = "";
// the calendar form keeps its state across redraws of the screen, per advisor
let calFor: { id: number; calId: string; host: HTMLElement } | undefined;

export const adminAdvisors = crudRoute<Advisor>({
  path: "/admin/vejledere",
  title: () => t("title"),
  api: "/api/advisors",
  listKey: "advisors",
  async prepare() {
    teams = (await get<{ teams: Team[] }>("/api/teams")).teams;
    allMarks = (await get<{ marks: Mark[] }>("/api/marks")).marks;
  },
  sort: (items) => [...items].sort((a, b) => a.name.localeCompare(b.name, "da")),
  columns: () => [
    { label: t("name"), cell: (a) => a.name },
    { label: t("team"), cell: (a) => teams.find((x) => x.id === a.teamId)?.name ?? "" },
    { label: t("mail"), cell: (a) => a.mail ?? "" },
    { label: t("phone"), cell: (a) => a.phone ?? "" },
    { label: t("calendar"), cell: (a) => (a.calendar?.kind ? t("connected", { kind: kindName(a.calendar.kind), user: a.calendar.username ?? "" }) : t("none")) },
  ],
  fields: () => [
    { key: "name", label: t("name"), required: true },
    { key: "teamId", label: t("team"), options: [{ value: "", label: t("chooseTeam") }, ...teamOptions(teams)] },
    { key: "mail", label: t("mail"), type: "email", autocomplete: "email" },
    { key: "phone", label: t("phone"), type: "tel", autocomplete: "tel" },
  ],
  extraKeys: ["hours", "marks"],
  reset: (a) => {
    resetHours(state, a?.hours);
    chosenMarks.clear();
    for (const m of a?.marks ?? []) chosenMarks.add(m);
  },
  extra: (_a, err, redraw) => html`${ownHours(state, t("ownHours"), t("ownHoursHint"), err, redraw)} ${markChecks("adv-marks", allMarks, chosenMarks)}`,
  after(a, _redraw, reload) {
    const calId = JSON.stringify(a.calendar ?? {});
    if (!calFor || calFor.id !== a.id || calFor.calId !== calId) calFor = { id: a.id, calId, host: calendarForm(a, reload).host };
    return html`${calFor.host}`;
  },
  name: (a) => a.name,
  newHeading: () => t("newAdvisor"),
  editHeading: (a) => t("editAdvisor", { name: a.name }),
  values: (a) => ({ name: a?.name ?? "", teamId: a ? String(a.teamId) : "", mail: a?.mail ?? "", phone: a?.phone ?? "" }),
  body: (v, a) => {
    const { calendar: _c, ...rest } = a ?? ({} as Partial<Advisor>);
    void _c;
    return { ...rest, name: v.name, teamId: v.teamId ? num(v.teamId) : 0, mail: v.mail, phone: v.phone, hours: state.own ? state.hours : null, marks: [...chosenMarks] };
  },
});
