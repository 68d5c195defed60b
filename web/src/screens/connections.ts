// connections: the calendar connection of each advisor (§9): its kind, when
// it was last read, how old its busy data is, its error, whether it is
// healthy and whether the advisor is offered (fail closed), read from GET
// /api/advisors/{id}/calendar/status every 10 seconds.

import { html, nothing, render } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Advisor, Team } from "../lib/types";
import { errorAlert, fmtDateTime, fmtTime } from "../lib/ui";

const t = define({
  title: ["Kalenderforbindelser", "Calendar connections"],
  intro: [
    "Forbindelsen til hver vejleders egen kalender. En vejleder, hvis kalender ikke kan læses, får ikke tilbudt tider, før den læses igen.",
    "The connection to each advisor's own calendar. An advisor whose calendar cannot be read is offered no times until it is read again.",
  ],
  advisor: ["Vejleder", "Advisor"],
  team: ["Team", "Team"],
  kind: ["Kalender", "Calendar"],
  lastRead: ["Sidst læst", "Last read"],
  lag: ["Forsinkelse", "Lag"],
  error: ["Fejl", "Error"],
  healthy: ["I orden", "Healthy"],
  offered: ["Tilbydes tider", "Offered"],
  "kind.caldav": ["CalDAV", "CalDAV"],
  "kind.graph": ["Outlook (Microsoft 365)", "Outlook (Microsoft 365)"],
  none: ["Ingen forbindelse", "Not connected"],
  never: ["Aldrig", "Never"],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
  seconds: ["{n} sek.", "{n} s"],
  minutes: ["{n} min.", "{n} min"],
  hours: ["{n} t.", "{n} h"],
  days: ["{n} døgn", "{n} days"],
  authFailed: ["Kalenderen afviste brugernavn eller adgangskode.", "The calendar refused the user name or password."],
  writeError: ["Skrivning fejlede: {error}", "Writing failed: {error}"],
  retired: ["{n} tidligere kalendere ryddes op", "{n} earlier calendars being cleaned up"],
  updated: ["Opdateret {time} — opdateres hvert 10. sekund", "Updated {time} — refreshed every 10 seconds"],
  caption: ["Vejledernes kalenderforbindelser", "The advisors' calendar connections"],
  loading: ["Henter …", "Loading …"],
});

interface CalendarState {
  lastAttempt?: string;
  lastSuccess?: string;
  healthy: boolean;
  authFailed: boolean;
  lastError?: string;
  writeError?: string;
}

interface RetiredCalendar {
  id: number;
  state: string;
}

interface Status {
  connected: boolean;
  kind?: string;
  state: CalendarState;
  healthy: boolean;
  lagSeconds?: number;
  offered: boolean;
  reason?: string;
  retired: RetiredCalendar[];
}

/** never is the zero time Go writes for "never". */
const isSet = (s?: string) => !!s && !s.startsWith("0001-01-01");

function lag(sec: number | undefined): string {
  if (sec === undefined) return t("never");
  const s = Math.max(0, Math.round(sec));
  if (s < 120) return t("seconds", { n: s });
  if (s < 7200) return t("minutes", { n: Math.round(s / 60) });
  if (s < 172_800) return t("hours", { n: Math.round(s / 3600) });
  return t("days", { n: Math.round(s / 86_400) });
}

export const connections: Route = {
  path: "/forbindelser",
  title: () => t("title"),
  async render(ctx) {
    let advisors: Advisor[] | undefined;
    let teams: Team[] = [];
    const status = new Map<number, Status | Error>();
    let err: unknown;
    let at: Date | undefined;
    const yn = (b: boolean, cls: string) => html`<span class="planner-flag planner-flag--${b ? "ok" : "bad"} ${cls}">${b ? t("yes") : t("no")}</span>`;
    const draw = () => {
      if (ctx.signal.aborted) return;
      render(
        html`<h1>${t("title")}</h1>
          <p>${t("intro")}</p>
          ${errorAlert(err)}
          ${!advisors
            ? err
              ? nothing
              : html`<p>${t("loading")}</p>`
            : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("caption")}>
                <table class="table table--compact" id="connections">
                  <caption class="sr-only">${t("caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t("advisor")}</th>
                      <th scope="col">${t("team")}</th>
                      <th scope="col">${t("kind")}</th>
                      <th scope="col">${t("lastRead")}</th>
                      <th scope="col">${t("lag")}</th>
                      <th scope="col">${t("healthy")}</th>
                      <th scope="col">${t("offered")}</th>
                      <th scope="col">${t("error")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${advisors.map((a) => {
                      const st = status.get(a.id);
                      const team = teams.find((x) => x.id === a.teamId)?.name ?? "";
                      if (!st) return html`<tr data-advisor=${a.id}><th scope="row">${a.name}</th><td>${team}</td><td colspan="6">${t("loading")}</td></tr>`;
                      if (st instanceof Error) return html`<tr data-advisor=${a.id}><th scope="row">${a.name}</th><td>${team}</td><td colspan="6">${errorAlert(st)}</td></tr>`;
                      const errors = [
                        st.state.authFailed ? t("authFailed") : "",
                        st.state.lastError ?? "",
                        st.state.writeError ? t("writeError", { error: st.state.writeError }) : "",
                        !st.offered && st.reason && st.reason !== st.state.lastError ? st.reason : "",
                      ].filter(Boolean);
                      const cleaning = st.retired.filter((r) => r.state !== "cleaned").length;
                      return html`<tr data-advisor=${a.id}>
                        <th scope="row">${a.name}</th>
                        <td>${team}</td>
                        <td data-col="kind">${st.connected ? t(`kind.${st.kind}` as "kind.caldav") : t("none")}</td>
                        <td data-col="lastRead" class="planner-nowrap">${st.connected ? (isSet(st.state.lastSuccess) ? fmtDateTime(st.state.lastSuccess) : t("never")) : "–"}</td>
                        <td data-col="lag">${st.connected ? lag(st.lagSeconds) : "–"}</td>
                        <td data-col="healthy">${st.connected ? yn(st.healthy, "") : "–"}</td>
                        <td data-col="offered">${yn(st.offered, "")}</td>
                        <td data-col="error">
                          ${errors.map((e) => html`<p class="planner-error-text">${e}</p>`)}
                          ${cleaning ? html`<p class="form-hint">${t("retired", { n: cleaning })}</p>` : nothing}
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
              ${at ? html`<p class="form-hint" aria-live="off">${t("updated", { time: fmtTime(at) })}</p>` : nothing}`}`,
        ctx.main,
      );
    };
    const load = async () => {
      try {
        if (!advisors) {
          const [list, tm] = await Promise.all([get<{ advisors: Advisor[] }>("/api/advisors"), get<{ teams: Team[] }>("/api/teams")]);
          advisors = list.advisors;
          teams = tm.teams;
          draw();
        }
        await Promise.all(
          advisors.map(async (a) => {
            try {
              status.set(a.id, await get<Status>(`/api/advisors/${a.id}/calendar/status`));
            } catch (e) {
              status.set(a.id, e instanceof Error ? e : new Error(String(e)));
            }
          }),
        );
        err = undefined;
        at = new Date();
      } catch (e) {
        err = e;
      }
      draw();
    };
    draw();
    await load();
    ctx.every(10_000, load);
  },
};
