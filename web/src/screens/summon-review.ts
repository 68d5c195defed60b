// summon-review: the summoning flow's texts and its step 3 — the summonses
// just created, read again from their meetings (a move or removal made in
// the calendar shows here), sent with "Indkald nu" or left on the pending
// list.

import { html, nothing, type TemplateResult } from "lit-html";
import { get, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx } from "../lib/router";
import { announce, confirm, errorAlert, fmtDate, fmtTime, isoDate, successAlert, warningAlert } from "../lib/ui";
import type { MeetingDetails } from "./meeting-data";
import { nameOf, type Resources } from "./offer-types";

/** Chosen is a citizen chosen in step 1. */
export interface Chosen {
  id: number;
  name: string;
}

/** Flow is the summoning in progress. */
export interface Flow {
  step: 1 | 2 | 3;
  citizens: Chosen[];
  offerId?: number;
  /** created are the summonses step 2 made, by id and meeting. */
  created: { summonsId: number; meetingId: number }[];
  /** unplaced are citizens the first free times had no room for. */
  unplaced: Chosen[];
}

/** t is the summoning flow's texts. */
export const t = define({
  title: ["Indkald borgere", "Summon citizens"],
  steps: ["Trin i indkaldelsen", "Steps of the summoning"],
  step1: ["Vælg borgere", "Choose citizens"],
  step2: ["Vælg møde og tid", "Choose meeting and time"],
  step3: ["Gennemse og indkald", "Review and summon"],
  cpr: ["Borgerens CPR-nummer", "The citizen's CPR number"],
  cprHint: ["Fx 010190-1234. Tilføj så mange borgere, som skal indkaldes til samme slags møde.", "E.g. 010190-1234. Add as many citizens as are to be summoned to the same kind of meeting."],
  cprRequired: ["Skriv et CPR-nummer.", "Enter a CPR number."],
  cprUnknown: ["Der er ingen borger med det CPR-nummer i jobcentret.", "There is no citizen with that CPR number in the job centre."],
  add: ["Tilføj borger", "Add citizen"],
  added: ["{name} er tilføjet.", "{name} is added."],
  chosen: ["Valgte borgere ({n})", "Chosen citizens ({n})"],
  noneChosen: ["Ingen borgere er valgt endnu.", "No citizens are chosen yet."],
  remove: ["Fjern", "Remove"],
  removeName: ["Fjern {name}", "Remove {name}"],
  next: ["Næste", "Next"],
  back: ["Tilbage", "Back"],
  summoning: ["Borgere, der indkaldes: {names}", "Citizens summoned: {names}"],
  offer: ["Mødetype og tilbud", "Meeting type and offer"],
  offerHint: ["Tilbuddet giver samtaletype, variant, mødeform og afholdelsesform, vejledere og lokale.", "The offer gives the type of talk, variant, form, channel, advisors and room."],
  chooseOffer: ["Vælg …", "Choose …"],
  offerRequired: ["Vælg et tilbud.", "Choose an offer."],
  when: ["Tidspunkt", "Time"],
  auto: ["Fordel på de første ledige tider", "Place on the first free times"],
  chooseTime: ["Vælg tiden selv", "Choose the time myself"],
  chooseSession: ["Vælg et fællesmøde med ledige pladser", "Choose a group meeting with free seats"],
  chooseOne: ["Kun når én borger indkaldes til et individuelt møde.", "Only when one citizen is summoned to an individual meeting."],
  times: ["Ledige tider (vejledernes kalendere, fravær, lokaler og afrapporteringstid er regnet med)", "Free times (the advisors' calendars, absences, rooms and reporting time counted)"],
  sessions: ["Fællesmøder med plads til alle de valgte borgere", "Group meetings with room for all chosen citizens"],
  timeLabel: ["{date} kl. {from}–{to} hos {advisor}", "{date} at {from}–{to} with {advisor}"],
  sessionLabel: ["{date} kl. {from}–{to}, {n} ledige pladser", "{date} at {from}–{to}, {n} free seats"],
  timeRequired: ["Vælg en tid.", "Choose a time."],
  noTimes: ["Tilbuddet har ingen ledige tider lige nu.", "The offer has no free times now."],
  create: ["Opret indkaldelser", "Create summonses"],
  created: ["{n} indkaldelser er oprettet og ligger på afventerlisten.", "{n} summonses are created and are on the pending list."],
  created1: ["1 indkaldelse er oprettet og ligger på afventerlisten.", "1 summons is created and is on the pending list."],
  review: ["Indkaldelserne er oprettet internt (orange) og ligger på afventerlisten, til de sendes.", "The summonses are created internally (orange) and stay on the pending list until sent."],
  unplaced: ["Der var ikke ledige tider til: {names}.", "There were no free times for: {names}."],
  "col.number": ["Indkaldelsesnr.", "Summons no."],
  "col.citizen": ["Borger", "Citizen"],
  "col.when": ["Tid", "Time"],
  "col.advisor": ["Vejleder", "Advisor"],
  "col.state": ["Status", "State"],
  "col.calendar": ["Kalender", "Calendar"],
  pending: ["Internt oprettet", "Created internally"],
  sent: ["Eksternt kommunikeret", "Sent to the citizen"],
  gone: ["Slettet", "Deleted"],
  openCalendar: ["Vis i kalenderen", "Show in the calendar"],
  openCalendarFor: ["Vis {name}s møde i kalenderen", "Show {name}'s meeting in the calendar"],
  sendNow: ["Indkald nu", "Summon now"],
  sentDone: ["Indkaldelserne er sendt til Jobnet og ligger nu på opfølgningslisten.", "The summonses are sent to Jobnet and are now on the follow-up list."],
  leave: ["Afslut – lad dem ligge på afventerlisten", "Finish – leave them on the pending list"],
  again: ["Indkald flere borgere", "Summon more citizens"],
  confirmRemove: ["Fjern indkaldelsen?", "Remove the summons?"],
  confirmRemoveBody: ["{name}s afventende indkaldelse slettes.", "{name}'s pending summons is deleted."],
  loading: ["Henter indkaldelserne …", "Loading the summonses …"],
});

/** Line is one summons of step 3 as it stands now. */
interface Line {
  summonsId: number;
  meetingId: number;
  number: string;
  name: string;
  start?: string;
  advisorId?: number;
  state: "pending" | "sent" | "gone";
}

let lines: Line[] | undefined;
let reviewErr: unknown;
let notice = "";

/** loadReview reads the created summonses' meetings again. */
export async function loadReview(flow: Flow): Promise<void> {
  const out: Line[] = [];
  try {
    const meetings = new Map<number, MeetingDetails | undefined>();
    for (const id of new Set(flow.created.map((c) => c.meetingId))) {
      meetings.set(id, await get<MeetingDetails>(`/api/meetings/${id}`).catch(() => undefined));
    }
    for (const c of flow.created) {
      const d = meetings.get(c.meetingId);
      const p = d?.participants.find((x) => x.summonsId === c.summonsId);
      out.push(p && d
        ? { summonsId: c.summonsId, meetingId: c.meetingId, number: p.number, name: p.name, start: d.meeting.start, advisorId: d.meeting.advisors[0], state: p.state }
        : { summonsId: c.summonsId, meetingId: c.meetingId, number: "", name: "", state: "gone" });
    }
    lines = out;
    reviewErr = undefined;
  } catch (e) {
    reviewErr = e;
  }
}

/** resetReview forgets step 3's lines (a new flow). */
export function resetReview(): void {
  lines = undefined;
  notice = "";
}

/** reviewStep is step 3. finish starts a new flow. */
export function reviewStep(ctx: Ctx, flow: Flow, res: Resources, draw: () => void, finish: () => void): TemplateResult {
  if (!lines) {
    void loadReview(flow).then(() => !ctx.signal.aborted && draw());
    return html`<h2>${t("step3")}</h2><p role="status">${t("loading")}</p>`;
  }
  const pending = lines.filter((l) => l.state === "pending");
  const run = async (f: () => Promise<string | void>) => {
    try {
      notice = (await f()) || "";
      if (notice) announce(notice);
      reviewErr = undefined;
    } catch (e) {
      reviewErr = e;
    }
    await loadReview(flow);
    draw();
  };
  return html`<h2>${t("step3")}</h2>
    <p>${t("review")}</p>
    ${flow.unplaced.length ? warningAlert(t("unplaced", { names: flow.unplaced.map((c) => c.name).join(", ") })) : nothing}
    ${errorAlert(reviewErr)} ${notice ? successAlert(notice) : nothing}
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("step3")}>
      <table class="table table--compact planner-summon-review">
        <thead><tr>
          ${(["number", "citizen", "when", "advisor", "state", "calendar"] as const).map((c) => html`<th scope="col">${t(`col.${c}`)}</th>`)}
          <th scope="col"><span class="sr-only">${t("remove")}</span></th>
        </tr></thead>
        <tbody>
          ${lines.map(
            (l) => html`<tr data-summons=${l.summonsId} data-state=${l.state}>
              <td>${l.number}</td>
              <th scope="row">${l.name}</th>
              <td>${l.start ? `${fmtDate(l.start)} ${fmtTime(l.start)}` : ""}</td>
              <td>${l.advisorId ? nameOf(res.advisors, l.advisorId) : ""}</td>
              <td>${t(l.state)}</td>
              <td>${l.start && l.advisorId
                ? html`<a href="/kalender?advisors=${l.advisorId}&visning=dag&dato=${isoDate(new Date(l.start))}" aria-label=${t("openCalendarFor", { name: l.name })}>${t("openCalendar")}</a>`
                : nothing}</td>
              <td>${l.state === "pending"
                ? html`<button class="button button-tertiary" type="button" aria-label=${`${t("remove")}: ${l.name}`} @click=${() =>
                    run(async () => {
                      if (!(await confirm({ title: t("confirmRemove"), body: t("confirmRemoveBody", { name: l.name }), ok: t("remove"), danger: true }))) return;
                      await post(`/api/summonses/${l.summonsId}/remove`);
                    })}>${t("remove")}</button>`
                : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="planner-wizard-nav">
      ${pending.length
        ? html`<button class="button button-primary" type="button" @click=${() =>
            run(async () => {
              await post("/api/summonses/send", { ids: pending.map((l) => l.summonsId) });
              return t("sentDone");
            })}>${t("sendNow")}</button>
          <button class="button button-secondary" type="button" @click=${() => {
            resetReview();
            finish();
            ctx.navigate("/afventer");
          }}>${t("leave")}</button>`
        : html`<button class="button button-secondary" type="button" @click=${() => {
            resetReview();
            finish();
          }}>${t("again")}</button>`}
    </div>`;
}
