// citizen-card: the citizen card (a CPR searched for, §2) and the summons
// view ("/soeg/indkaldelse/:number"): a summons' details, every participant
// of its meeting, its state and the meeting's revision log.

import { html, nothing, render, type TemplateResult } from "lit-html";
import { ref } from "lit-html/directives/ref.js";
import { get, post, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Advisor } from "../lib/types";
import { announce, confirm, errorAlert, fieldError, fmtDate, fmtDateTime, fmtTime, invalid, successAlert } from "../lib/ui";
import type { AuditEntry } from "./meeting-data";
import { markChecks, type Mark } from "./admin-registers";
import { chooseForSummoning } from "./summon";
import { channelText, deadlineIcon, formText, jobnetBadge, seenIcon, stateText, yesNo, type Row } from "./lists-data";

const t = define({
  card: ["Borgerkort", "Citizen card"],
  summon: ["Indkald borgeren", "Summon the citizen"],
  sendNow: ["Indkald nu", "Summon now"],
  sentNow: ["Indkaldelsen er sendt til Jobnet.", "The summons is sent to Jobnet."],
  contact: ["Kontakt, notat og markeringer", "Contact, note and marks"],
  phone: ["Telefon", "Phone"],
  note: ["Seneste notat", "Latest note"],
  noteHint: ["Vises i mødernes deltagerliste.", "Shown in the meetings' participant lists."],
  noteAt: ["Skrevet {at}. Vises i mødernes deltagerliste.", "Written {at}. Shown in the meetings' participant lists."],
  contactSave: ["Gem kontakt og notat", "Save contact and note"],
  contactSaved: ["Telefon, notat og markeringer er gemt.", "Phone, note and marks are saved."],
  name: ["Navn", "Name"],
  cpr: ["CPR-nr.", "CPR no."],
  contactGroup: ["Kontaktgruppe", "Contact group"],
  assessment: ["Visitationsgruppe", "Assessment group"],
  registeredSince: ["Tilmeldt siden", "Registered since"],
  inActivation: ["I aktivering", "In activation"],
  otherActor: ["Hos anden aktør", "With an other actor"],
  fund: ["A-kasse", "Unemployment fund"],
  bookingDeadline: ["Bookingfrist", "Booking deadline"],
  dropDate: ["Falddato", "Drop date"],
  summonses: ["Borgerens indkaldelser", "The citizen's summonses"],
  noSummonses: ["Borgeren har ingen indkaldelser.", "The citizen has no summonses."],
  "col.number": ["Indkaldelsesnr.", "Summons no."],
  "col.date": ["Dato og tid", "Date and time"],
  "col.type": ["Type", "Type"],
  "col.state": ["Status", "State"],
  "col.team": ["Team", "Team"],
  "col.advisor": ["Ansvarlig vejleder", "Responsible advisor"],
  "col.jobnet": ["Jobnet sync status", "Jobnet sync status"],
  "col.name": ["Navn", "Name"],
  "col.cpr": ["CPR-nr.", "CPR no."],
  "col.deadline": ["Frist", "Deadline"],
  "col.seen": ["Set", "Seen"],
  "col.at": ["Tidspunkt", "Time"],
  "col.actor": ["Udført af", "By"],
  "col.action": ["Handling", "Action"],
  "col.entity": ["Gælder", "Concerns"],
  summons: ["Indkaldelse {number}", "Summons {number}"],
  details: ["Detaljer", "Details"],
  state: ["Status", "State"],
  when: ["Mødetidspunkt", "Meeting time"],
  form: ["Mødeform", "Meeting form"],
  type: ["Samtaletype", "Meeting type"],
  channel: ["Afholdelsesform", "Channel"],
  team: ["Team", "Team"],
  advisors: ["Vejledere", "Advisors"],
  room: ["Lokale", "Room"],
  summoner: ["Indkalder", "Summoner"],
  holding: ["Afholdelsesfrist", "Holding deadline"],
  seen: ["Set af borgeren", "Seen by the citizen"],
  notSeen: ["Ikke set endnu", "Not seen yet"],
  jobnet: ["Jobnet sync", "Jobnet sync"],
  inCalendar: ["Overført til kalender", "Transferred to calendar"],
  participants: ["Deltagere ({n})", "Participants ({n})"],
  audit: ["Revisionslog", "Revision log"],
  noAudit: ["Ingen ændringer er logget.", "No changes are logged."],
  "action.create": ["Oprettet", "Created"],
  "action.update": ["Ændret", "Changed"],
  "action.send": ["Sendt til Jobnet", "Sent to Jobnet"],
  "action.move": ["Flyttet", "Moved"],
  "action.cancel": ["Aflyst", "Cancelled"],
  "action.delete": ["Slettet", "Deleted"],
  "entity.meeting": ["Mødet", "The meeting"],
  "entity.summons": ["Indkaldelse", "Summons"],
  "entity.offer": ["Tilbuddet", "The offer"],
  notFound: ["Indkaldelsen findes ikke", "Summons not found"],
  notFoundBody: ["Der er ingen indkaldelse med nummeret {number} i jobcentret.", "There is no summons numbered {number} in the job centre."],
  back: ["Tilbage til søgning", "Back to search"],
  "col.remove": ["Fjern", "Remove"],
  remove: ["Fjern fra mødet", "Remove from the meeting"],
  removeTitle: ["Fjern deltager fra fællesmødet", "Remove a participant from the group meeting"],
  removeBody: ["Er du sikker på, at du vil fjerne {name} fra fællesmødet? De øvrige deltagere bliver på mødet.", "Are you sure you want to remove {name} from the group meeting? The other participants stay."],
  removeOk: ["Fjern", "Remove"],
  removed: ["{name} er fjernet fra mødet.", "{name} was removed from the meeting."],
  loading: ["Henter …", "Loading …"],
});

/** Citizen is the citizen of a CPR search (its cpr field masked). */
export interface Citizen {
  id: number;
  name: string;
  cpr: string;
  contactGroup?: string;
  assessment?: string;
  registeredSince?: string;
  inActivation?: boolean;
  otherActor?: boolean;
  unemploymentFund?: string;
  bookingDeadline?: string;
  dropDate?: string;
  phone?: string;
  note?: string;
  noteAt?: string;
  marks?: number[];
}

const fact = (label: string, value: TemplateResult | string | typeof nothing, key = "") =>
  html`<div><dt>${label}</dt><dd data-fact=${key || nothing}>${value || "–"}</dd></div>`;

/**
 * contactForm keeps the citizen's phone number and latest note (the
 * meeting dialog's Telefon and Seneste notat): PUT /api/citizens/{id} with
 * the card's citizen and its CPR in full. It is its own render root (the
 * card's template leaves its box alone), so it draws itself again in place.
 */
function contactForm(c: Citizen, cpr: string, marks: Mark[], chosen: Set<number>, err?: unknown, done = ""): TemplateResult {
  const save = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const box = form.parentElement!;
    const phone = form.querySelector<HTMLInputElement>("#citizen-phone")!.value.trim();
    const note = form.querySelector<HTMLTextAreaElement>("#citizen-note")!.value.trim();
    try {
      const saved = await put<Citizen>(`/api/citizens/${c.id}`, { ...c, cpr, phone, note, marks: [...chosen] });
      Object.assign(c, { phone: saved.phone, note: saved.note, noteAt: saved.noteAt, marks: saved.marks });
      render(contactForm(c, cpr, marks, chosen, undefined, t("contactSaved")), box);
      announce(t("contactSaved"));
    } catch (x) {
      render(contactForm(c, cpr, marks, chosen, x), box);
      box.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    }
  };
  return html`<form class="planner-contact-form" novalidate @submit=${save}>
    <h3>${t("contact")}</h3>
    ${done ? successAlert(done) : nothing}
    ${invalid(err, "phone") || invalid(err, "note") ? nothing : errorAlert(err)}
    <div class="form-group ${invalid(err, "phone") ? "form-error" : ""}">
      <label class="form-label" for="citizen-phone">${t("phone")}</label>
      ${fieldError(err, "phone", "citizen-phone")}
      <input class="form-input input-width-s" id="citizen-phone" type="tel" autocomplete="off" .value=${c.phone ?? ""}
        aria-invalid=${invalid(err, "phone") ? "true" : "false"} aria-describedby=${invalid(err, "phone") ? "citizen-phone-error" : nothing} />
    </div>
    <div class="form-group ${invalid(err, "note") ? "form-error" : ""}">
      <label class="form-label" for="citizen-note">${t("note")}</label>
      <span class="form-hint" id="citizen-note-hint">${c.noteAt ? t("noteAt", { at: fmtDateTime(c.noteAt) }) : t("noteHint")}</span>
      ${fieldError(err, "note", "citizen-note")}
      <textarea class="form-input" id="citizen-note" rows="3" maxlength="2000" .value=${c.note ?? ""}
        aria-invalid=${invalid(err, "note") ? "true" : "false"} aria-describedby="citizen-note-hint${invalid(err, "note") ? " citizen-note-error" : ""}"></textarea>
    </div>
    ${markChecks("citizen-marks", marks, chosen)}
    <button class="button button-secondary" type="submit">${t("contactSave")}</button>
  </form>`;
}

/**
 * citizenCard draws the card of a citizen found by CPR: cpr is the number
 * as searched, in full (§6: the card shows it), never put in an address.
 */
export function citizenCard(c: Citizen, cpr: string, rows: Row[]): TemplateResult {
  const sorted = [...rows].sort((a, b) => b.start.localeCompare(a.start));
  return html`<section class="planner-card" aria-labelledby="citizen-card-h">
    <h2 id="citizen-card-h" tabindex="-1">${t("card")}: ${c.name}</h2>
    <p><a class="button button-primary" href="/indkald" @click=${() => chooseForSummoning({ id: c.id, name: c.name })}>${t("summon")}</a></p>
    <dl class="planner-facts">
      ${fact(t("name"), c.name, "name")} ${fact(t("cpr"), cpr, "cpr")} ${fact(t("contactGroup"), c.contactGroup ?? "")}
      ${fact(t("assessment"), c.assessment ?? "")} ${fact(t("registeredSince"), fmtDate(c.registeredSince))}
      ${fact(t("inActivation"), yesNo(!!c.inActivation))} ${fact(t("otherActor"), yesNo(!!c.otherActor))}
      ${fact(t("fund"), c.unemploymentFund ?? "")} ${fact(t("bookingDeadline"), fmtDate(c.bookingDeadline))}
      ${fact(t("dropDate"), fmtDate(c.dropDate))}
    </dl>
    <div class="planner-contact" ${ref((el) => {
      const box = el as HTMLElement | undefined;
      if (!box || box.dataset.citizen === String(c.id)) return; // drawn for this citizen: it keeps its own state
      box.dataset.citizen = String(c.id);
      const chosen = new Set(c.marks ?? []);
      get<{ marks: Mark[] }>("/api/marks")
        .then((a) => render(contactForm(c, cpr, a.marks, chosen), box))
        .catch((e: unknown) => render(contactForm(c, cpr, [], chosen, e), box));
    })}></div>
    <h3>${t("summonses")}</h3>
    ${sorted.length === 0
      ? html`<p>${t("noSummonses")}</p>`
      : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("summonses")}>
          <table class="table table--compact" id="citizen-summonses">
            <thead>
              <tr>
                <th scope="col">${t("col.number")}</th>
                <th scope="col">${t("col.date")}</th>
                <th scope="col">${t("col.type")}</th>
                <th scope="col">${t("col.state")}</th>
                <th scope="col">${t("col.team")}</th>
                <th scope="col">${t("col.advisor")}</th>
                <th scope="col">${t("col.jobnet")}</th>
              </tr>
            </thead>
            <tbody>
              ${sorted.map(
                (r) => html`<tr>
                  <td><a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a></td>
                  <td class="planner-nowrap">${fmtDateTime(r.start)}</td>
                  <td>${r.meetingType}${r.variant ? ` – ${r.variant}` : ""}</td>
                  <td>${stateText(r.state)}</td>
                  <td>${r.teamName}</td>
                  <td>${r.advisorName}</td>
                  <td>${jobnetBadge(r)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}
  </section>`;
}

/** summonsView is one summons, opened by its number (§2). */
export const summonsView: Route = {
  path: "/soeg/indkaldelse/:number",
  title: () => t("summons", { number: "" }).trim(),
  async render(ctx) {
    const number = ctx.params.number;
    const draw = (body: TemplateResult) =>
      render(html`<p><a href="/soeg" class="back-link">${t("back")}</a></p><h1>${t("summons", { number })}</h1>${body}`, ctx.main);
    draw(html`<p>${t("loading")}</p>`);
    let rows: Row[];
    let advisors: Advisor[] = [];
    try {
      const [found, list] = await Promise.all([
        post<{ summonses: Row[] }>("/api/search", { q: number }),
        get<{ advisors: Advisor[] }>("/api/advisors"),
      ]);
      rows = found.summonses;
      advisors = list.advisors;
    } catch (err) {
      draw(html`${errorAlert(err)}`);
      return;
    }
    if (ctx.signal.aborted) return;
    const own = rows.find((r) => r.number === number);
    if (!own) {
      draw(html`<p>${t("notFoundBody", { number })}</p>`);
      return;
    }
    let audit: AuditEntry[] | undefined;
    let auditErr: unknown;
    try {
      audit = (await get<{ entries: AuditEntry[] }>(`/api/meetings/${own.meetingId}/audit`)).entries;
    } catch (err) {
      auditErr = err;
    }
    if (ctx.signal.aborted) return;
    const name = (id: number) => advisors.find((a) => a.id === id)?.name ?? `#${id}`;
    const participants = rows.filter((r) => r.meetingId === own.meetingId);
    const removable = own.form === "group" && participants.some((p) => p.state === "pending");
    let removeErr: unknown;
    const remove = async (r: Row) => {
      const ok = await confirm({ title: t("removeTitle"), body: t("removeBody", { name: r.citizenName }), ok: t("removeOk"), danger: true });
      if (!ok) return;
      try {
        await post(`/api/summonses/${r.summonsId}/remove`);
      } catch (err) {
        removeErr = err;
        show();
        return;
      }
      announce(t("removed", { name: r.citizenName }));
      const stay = r.number === number ? participants.find((p) => p.summonsId !== r.summonsId) : own;
      ctx.navigate(stay ? `/soeg/indkaldelse/${encodeURIComponent(stay.number)}` : "/soeg", true);
    };
    // "Indkald nu" in the summons' details (guide A): a pending summons, with its group meeting's other pending ones, is sent
    const sendNow = async () => {
      try {
        await post("/api/summonses/send", { ids: [own.summonsId] });
      } catch (err) {
        removeErr = err;
        show();
        return;
      }
      announce(t("sentNow"));
      ctx.navigate(`/soeg/indkaldelse/${encodeURIComponent(number)}`, true);
    };
    const numberOf = (e: AuditEntry) => (e.entity === "summons" ? participants.find((p) => p.summonsId === e.entityId)?.number ?? `#${e.entityId}` : "");
    const show = () => draw(html`${errorAlert(removeErr)}<dl class="planner-facts" aria-label=${t("details")}>
        ${fact(t("state"), stateText(own.state), "state")}
        ${fact(t("when"), `${fmtDateTime(own.start)}`, "when")}
        ${fact(t("form"), formText(own.form))}
        ${fact(t("type"), own.variant ? `${own.meetingType} – ${own.variant}` : own.meetingType)}
        ${fact(t("channel"), channelText(own.channel))}
        ${fact(t("team"), own.teamName)}
        ${fact(t("advisors"), html`${own.advisors.map((id, i) => html`${i > 0 ? ", " : ""}${i === 0 ? html`<strong>${name(id)}</strong>` : name(id)}`)}`)}
        ${fact(t("room"), own.roomName ?? "")}
        ${fact(t("summoner"), own.summoner)}
        ${fact(t("holding"), html`${fmtDate(own.holdingDeadline)} ${deadlineIcon(own)}`)}
        ${fact(t("seen"), own.seenAt ? html`${seenIcon(own)} ${fmtDateTime(own.seenAt)}` : t("notSeen"))}
        ${fact(t("jobnet"), html`${jobnetBadge(own)} ${own.jobnetAt ? fmtDateTime(own.jobnetAt) : ""}`, "jobnet")}
        ${fact(t("inCalendar"), yesNo(own.inCalendar))}
      </dl>
      ${own.state === "pending" ? html`<p><button class="button button-primary" type="button" @click=${() => void sendNow()}>${t("sendNow")}</button></p>` : nothing}
      <h2>${t("participants", { n: participants.length })}</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("participants", { n: participants.length })}>
        <table class="table table--compact" id="summons-participants">
          <thead>
            <tr>
              <th scope="col">${t("col.number")}</th>
              <th scope="col">${t("col.name")}</th>
              <th scope="col">${t("col.cpr")}</th>
              <th scope="col">${t("col.state")}</th>
              <th scope="col">${t("col.deadline")}</th>
              <th scope="col">${t("col.seen")}</th>
              <th scope="col">${t("col.jobnet")}</th>
              ${removable ? html`<th scope="col">${t("col.remove")}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${participants.map(
              (r) => html`<tr>
                <td>${r.number === number ? html`<strong>${r.number}</strong>` : html`<a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a>`}</td>
                <td>${r.citizenName}</td>
                <td>${r.cpr}</td>
                <td>${stateText(r.state)}</td>
                <td>${deadlineIcon(r)}</td>
                <td>${seenIcon(r)}</td>
                <td>${jobnetBadge(r)}</td>
                ${removable
                  ? html`<td>${r.state === "pending"
                      ? html`<button class="button button-secondary button-small" type="button" @click=${() => void remove(r)}>${t("remove")}<span class="sr-only">: ${r.citizenName}</span></button>`
                      : nothing}</td>`
                  : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h2>${t("audit")}</h2>
      ${auditErr
        ? errorAlert(auditErr)
        : !audit || audit.length === 0
          ? html`<p>${t("noAudit")}</p>`
          : html`<table class="table table--compact" id="summons-audit">
              <thead>
                <tr>
                  <th scope="col">${t("col.at")}</th>
                  <th scope="col">${t("col.action")}</th>
                  <th scope="col">${t("col.entity")}</th>
                  <th scope="col">${t("col.actor")}</th>
                </tr>
              </thead>
              <tbody>
                ${audit.map(
                  (e) => html`<tr>
                    <td class="planner-nowrap">${fmtDate(e.at)} ${fmtTime(e.at)}</td>
                    <td>${t(`action.${e.action}` as "action.create") || e.action}</td>
                    <td>${t(`entity.${e.entity}` as "entity.meeting")} ${numberOf(e)}</td>
                    <td>${e.actor}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}`);
    show();
  },
};
