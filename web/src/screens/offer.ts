// offer: the offer page (§4.3): its details, the free places per ISO week
// (live: read again every 10 seconds), the booked citizens searchable by
// name or CPR (the search text goes in a POST body, never a URL), the
// participant list as Excel, activate/deactivate and edit.

import { html, nothing, render } from "lit-html";
import { get, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import { announce, errorAlert, fmtDate, fmtDateTime, fmtTime, successAlert } from "../lib/ui";
import { callerName, channelName, fmtDay, formName, loadResources, nameOf, type Offer, type Resources } from "./offer-types";
import { openCitizenCard } from "./search";

const t = define({
  title: ["Onlinetilbud", "Online offer"],
  back: ["Tilbage til oversigten", "Back to the list"],
  download: ["Hent deltagerliste", "Download participant list"],
  deactivate: ["Deaktiver tilbud", "Deactivate offer"],
  activate: ["Aktiver tilbud", "Activate offer"],
  edit: ["Rediger online tilbud", "Edit online offer"],
  details: ["Detaljer", "Details"],
  meetingType: ["Samtaletype", "Meeting type"],
  variant: ["Samtaletypevariant", "Variant"],
  form: ["Mødeform", "Meeting form"],
  channel: ["Afholdelsesform", "Channel"],
  caller: ["Kontaktansvarlig", "Who calls"],
  opensOn: ["Første dato tilbuddet kan bookes", "First date the offer can be booked"],
  firstMeeting: ["Første mødedato", "First meeting date"],
  fixedEnd: ["Fast slutdato", "Fixed end date"],
  duration: ["Varighed", "Duration"],
  minutes: ["{n} minutter", "{n} minutes"],
  description: ["Beskrivelse", "Description"],
  team: ["Team", "Team"],
  advisors: ["Vejledere", "Advisors"],
  status: ["Status", "Status"],
  active: ["Aktiv", "Active"],
  inactive: ["Inaktiv", "Inactive"],
  changed: ["Sidst ændret", "Last changed"],
  changedBy: ["{at} af {by}", "{at} by {by}"],
  weeks: ["Ledige tider for tilbuddet", "Free times of the offer"],
  week: ["Uge", "Week"],
  free: ["Ledige pladser", "Free places"],
  noWeeks: ["Tilbuddet har ingen ledige tider.", "The offer has no free times."],
  updated: ["Opdateret {time}", "Updated {time}"],
  booked: ["Tilmeldte borgere", "Booked citizens"],
  search: ["Søg på navn eller CPR-nummer", "Search by name or CPR number"],
  searchBtn: ["Søg", "Search"],
  clear: ["Vis alle", "Show all"],
  cpr: ["CPR", "CPR"],
  openCard: ["{cpr}: åbn borgerkortet for {name}", "{cpr}: open the citizen card of {name}"],
  name: ["Navn", "Name"],
  contactGroup: ["Kontaktgruppe", "Contact group"],
  age: ["Alder", "Age"],
  deadline: ["Frist for afholdelse", "Holding deadline"],
  when: ["Dato og klokkeslæt", "Date and time"],
  noBooked: ["Ingen borgere har booket tilbuddet.", "No citizen has booked the offer."],
  noMatch: ["Ingen tilmeldte borgere passer til søgningen.", "No booked citizen matches the search."],
  found: ["{n} tilmeldte borgere", "{n} booked citizens"],
  nowActive: ["Tilbuddet er aktiveret og vises på Jobnet.", "The offer is activated and shown on Jobnet."],
  nowInactive: ["Tilbuddet er deaktiveret og vises ikke længere på Jobnet.", "The offer is deactivated and no longer shown on Jobnet."],
  sessions: ["Fællesmøder", "Group sessions"],
});

interface WeekCount {
  year: number;
  week: number;
  count: number;
}

interface PageAnswer {
  offer: Offer;
  weeks: WeekCount[];
}

interface Participant {
  summonsId: number;
  citizenId: number;
  cpr: string;
  name: string;
  contactGroup?: string;
  age: number;
  holdingDeadline: string;
  start: string;
}

export const offerPage: Route = {
  path: "/tilbud/:id",
  title: () => t("title"),
  async render(ctx) {
    const id = Number(ctx.params.id);
    let page: PageAnswer | undefined;
    let people: Participant[] = [];
    let search = "";
    let searched = "";
    let res: Resources = { teams: [], advisors: [], rooms: [] };
    let err: unknown;
    let done = "";
    let at = new Date();

    const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value || "–"}</dd></div>`;
    const draw = () => {
      const o = page?.offer;
      render(
        html`<p><a class="back-link" href="/tilbud">${t("back")}</a></p>
          <h1>${o?.name ?? t("title")}</h1>
          ${errorAlert(err)} ${successAlert(done)}
          ${o
            ? html`<div class="planner-buttons planner-offer-actions">
                  <a class="button button-secondary" href="/api/offers/${id}/participants.xlsx" download="deltagere-${id}.xlsx">${t("download")}</a>
                  <button class="button button-secondary" type="button" @click=${toggle}>${o.active ? t("deactivate") : t("activate")}</button>
                  <a class="button button-primary" href="/tilbud/${id}/rediger">${t("edit")}</a>
                </div>
                <div class="row">
                  <section class="col-12 col-lg-7" aria-labelledby="details-h">
                    <h2 id="details-h">${t("details")}</h2>
                    <dl class="planner-details">
                      ${row(t("meetingType"), o.meetingType)} ${row(t("variant"), o.variant)} ${row(t("form"), formName(o.form))}
                      ${row(t("channel"), channelName(o.channel))} ${o.caller ? row(t("caller"), callerName(o.caller) + (o.phone ? ` (${o.phone})` : "")) : nothing}
                      ${row(t("opensOn"), fmtDay(o.opensOn))} ${o.form === "individual" ? row(t("firstMeeting"), fmtDay(o.firstMeetingDate)) : nothing}
                      ${row(t("fixedEnd"), fmtDay(o.fixedEnd))} ${row(t("duration"), t("minutes", { n: o.durationMinutes }))}
                      ${row(t("team"), nameOf(res.teams, o.teamId))} ${row(t("advisors"), o.advisors.map((a) => nameOf(res.advisors, a)).join(", "))}
                      ${o.form === "group"
                        ? row(t("sessions"), html`<ul class="planner-plain-list">${(o.sessions ?? []).map((s) => html`<li>${fmtDateTime(s.start)}</li>`)}</ul>`)
                        : nothing}
                      ${row(t("description"), html`<span class="planner-pre">${o.description}</span>`)}
                      ${row(t("status"), html`<span data-status>${o.active ? t("active") : t("inactive")}</span>`)}
                      ${row(t("changed"), o.changedBy ? t("changedBy", { at: fmtDateTime(o.changedAt), by: o.changedBy }) : fmtDateTime(o.changedAt))}
                    </dl>
                  </section>
                  <section class="col-12 col-lg-5" aria-labelledby="weeks-h">
                    <h2 id="weeks-h">${t("weeks")}</h2>
                    ${page!.weeks.length === 0
                      ? html`<p>${t("noWeeks")}</p>`
                      : html`<table class="table table--compact planner-weeks">
                          <thead><tr><th scope="col">${t("week")}</th><th scope="col" class="text-align-right">${t("free")}</th></tr></thead>
                          <tbody>
                            ${page!.weeks.map((w) => html`<tr data-week=${`${w.year}-W${w.week}`}><th scope="row">${w.week} (${w.year})</th><td class="text-align-right">${w.count}</td></tr>`)}
                          </tbody>
                        </table>`}
                    <p class="form-hint">${t("updated", { time: fmtTime(at) })}</p>
                  </section>
                </div>
                <section aria-labelledby="booked-h">
                  <h2 id="booked-h">${t("booked")}</h2>
                  <form class="planner-search" role="search" @submit=${(e: Event) => {
                    e.preventDefault();
                    void loadPeople(true);
                  }}>
                    <div class="form-group">
                      <label class="form-label" for="booked-search">${t("search")}</label>
                      <input class="form-input" id="booked-search" type="search" autocomplete="off" .value=${search} @input=${(e: Event) => (search = (e.target as HTMLInputElement).value)} />
                    </div>
                    <button class="button button-secondary" type="submit">${t("searchBtn")}</button>
                    ${searched
                      ? html`<button class="button button-tertiary" type="button" @click=${() => {
                          search = "";
                          void loadPeople(true);
                        }}>${t("clear")}</button>`
                      : nothing}
                  </form>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact planner-booked">
                      <caption class="sr-only">${t("found", { n: people.length })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">${t("cpr")}</th><th scope="col">${t("name")}</th><th scope="col">${t("contactGroup")}</th>
                          <th scope="col">${t("age")}</th><th scope="col">${t("deadline")}</th><th scope="col">${t("when")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${people.length === 0
                          ? html`<tr><td colspan="6">${searched ? t("noMatch") : t("noBooked")}</td></tr>`
                          : people.map(
                              (p) => html`<tr>
                                <td><a href="/soeg" aria-label=${t("openCard", { cpr: p.cpr, name: p.name })} @click=${(e: Event) => {
                                  e.preventDefault();
                                  openCitizenCard(ctx, p.citizenId).catch((x: unknown) => {
                                    err = x;
                                    draw();
                                  });
                                }}>${p.cpr}</a></td><th scope="row">${p.name}</th><td>${p.contactGroup ?? ""}</td><td>${p.age}</td>
                                <td>${fmtDate(p.holdingDeadline)}</td><td>${fmtDateTime(p.start)}</td>
                              </tr>`,
                            )}
                      </tbody>
                    </table>
                  </div>
                </section>`
            : nothing}`,
        ctx.main,
      );
    };

    const loadPage = async () => {
      try {
        page = await get<PageAnswer>(`/api/offers/${id}/page?participants=none`); // the citizens come from POST …/participants
        at = new Date();
        err = undefined;
      } catch (e) {
        err = e;
      }
    };
    /** loadPeople searches the booked citizens for text (what the search field holds when it is submitted). */
    const loadPeople = async (say = false, text = search.trim()) => {
      try {
        const ans = await post<{ participants: Participant[] }>(`/api/offers/${id}/participants`, { search: text });
        people = ans.participants;
        searched = text;
      } catch (e) {
        err = e;
      }
      if (ctx.signal.aborted) return;
      draw();
      if (say) announce(t("found", { n: people.length }));
    };
    async function toggle() {
      if (!page) return;
      const on = !page.offer.active;
      try {
        await post(`/api/offers/${id}/${on ? "activate" : "deactivate"}`);
        done = on ? t("nowActive") : t("nowInactive");
        await loadPage();
      } catch (e) {
        err = e;
        done = "";
      }
      draw();
      announce(done);
    }

    try {
      res = await loadResources();
    } catch (e) {
      err = e;
    }
    await loadPage();
    if (page) await loadPeople();
    else draw();
    ctx.every(10_000, async () => {
      await loadPage();
      if (page) await loadPeople(false, searched); // the last search, not what is being typed
    });
  },
};
