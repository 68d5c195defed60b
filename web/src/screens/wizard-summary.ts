// wizard-summary: step 4 "Opsummering" (§4.3): everything entered, each
// part with a way back to its step.

import { html, nothing, type TemplateResult } from "lit-html";
import { define } from "../lib/i18n";
import { fmtDateTime } from "../lib/ui";
import { callerName, channelName, fmtDay, formName, nameOf, pick, type Offer, type Resources } from "./offer-types";
import type { RulesCheck } from "./rules";

const t = define({
  intro: ["Du kan stadig ændre dine valg ved at gå tilbage til et af de foregående trin.", "You can still change your choices by going back to one of the previous steps."],
  s1: ["Tilbudstype", "Offer type"],
  s2: ["Tid", "Time"],
  s3: ["Deltagere", "Participants"],
  change: ["Ret {step}", "Change {step}"],
  name: ["Titel", "Title"],
  description: ["Beskrivelse", "Description"],
  meetingType: ["Samtaletype", "Meeting type"],
  variant: ["Samtaletypevariant", "Variant"],
  form: ["Mødeform", "Meeting form"],
  channel: ["Afholdelsesform", "Channel"],
  caller: ["Kontaktansvarlig", "Who calls"],
  duration: ["Varighed", "Duration"],
  reporting: ["Afrapportering", "Reporting time"],
  minutes: ["{n} minutter", "{n} minutes"],
  starts: ["Mulige starttider", "Start minutes"],
  firstMeeting: ["Første mødedato", "First meeting date"],
  fixedEnd: ["Fast slutdato", "Fixed end date"],
  rolling: ["Løbende slutdato", "Rolling end"],
  weeks: ["{n} uger fra dags dato", "{n} weeks from the day of booking"],
  opensOn: ["Første dato tilbuddet kan bookes", "First date the offer can be booked"],
  team: ["Team", "Team"],
  room: ["Mødelokale", "Meeting room"],
  advisors: ["Vejledere", "Advisors"],
  chooses: ["Borgeren kan vælge vejleder", "The citizen may choose the advisor"],
  otherActor: ["Til borgere henvist til anden aktør", "For citizens referred to an other actor"],
  cancel: ["Accepter afbud", "Accept cancellation"],
  rebook: ["Accepter ombooking", "Accept rebooking"],
  rebookUntil: ["Ja, frem til {n} dage før samtaledato", "Yes, until {n} days before the meeting"],
  sessions: ["Fællesmøder", "Group sessions"],
  seatsRoom: ["pladser efter lokalets størrelse", "seats from the room's capacity"],
  seatsN: ["{n} pladser", "{n} seats"],
  rebookSeats: ["{n} til ombooking", "{n} for rebooking"],
  rules: ["Regler", "Rules"],
  ruleCount: ["Antal regler", "Number of rules"],
  contradictions: ["Reglerne modsiger hinanden delvist – se trin 3.", "The rules partly contradict each other – see step 3."],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
});

const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value === "" || value === undefined || value === null ? "–" : value}</dd></div>`;

/** summary is step 4; goTo(n) opens step n. */
export function summary(d: Offer, res: Resources, check: RulesCheck, goTo: (n: number) => void): TemplateResult {
  const yn = (b: boolean) => (b ? t("yes") : t("no"));
  const part = (n: 1 | 2 | 3, body: TemplateResult) => html`<section class="planner-summary-part" aria-labelledby="sum-${n}">
    <div class="planner-summary-head">
      <h3 id="sum-${n}">${t(`s${n}`)}</h3>
      <button class="button button-tertiary" type="button" @click=${() => goTo(n)}>${t("change", { step: t(`s${n}`).toLowerCase() })}</button>
    </div>
    <dl class="planner-details">${body}</dl>
  </section>`;
  const individual = d.form === "individual";
  const total = d.rules.groups.reduce((n, g) => n + g.rules.length, 0);
  return html`<p>${t("intro")}</p>
    ${part(1, html`${row(t("name"), d.name)} ${row(t("description"), html`<span class="planner-pre">${d.description}</span>`)}
      ${row(t("meetingType"), d.meetingType)} ${row(t("variant"), d.variant)} ${row(t("form"), formName(d.form))} ${row(t("channel"), channelName(d.channel))}
      ${d.caller ? row(t("caller"), callerName(d.caller) + (d.caller === "citizen_calls" && d.phone ? ` (${d.phone})` : "")) : nothing}`)}
    ${part(2, html`${row(t("duration"), t("minutes", { n: d.durationMinutes }))} ${row(t("reporting"), t("minutes", { n: d.reportingMinutes }))}
      ${individual ? row(t("starts"), (d.startMinutes ?? []).map((m) => String(m).padStart(2, "0")).join(", ")) : nothing}
      ${individual ? row(t("firstMeeting"), fmtDay(d.firstMeetingDate)) : nothing} ${row(t("fixedEnd"), fmtDay(d.fixedEnd))}
      ${row(t("rolling"), d.rollingWeeks ? t("weeks", { n: d.rollingWeeks }) : "")} ${row(t("opensOn"), fmtDay(d.opensOn))}
      ${row(t("team"), nameOf(res.teams, d.teamId))} ${row(t("room"), nameOf(res.rooms, d.roomId))}
      ${row(t("advisors"), d.advisors.map((a) => nameOf(res.advisors, a)).join(", "))}
      ${individual ? row(t("chooses"), yn(d.citizenChoosesAdvisor)) : nothing} ${row(t("otherActor"), yn(d.otherActor))}
      ${individual
        ? nothing
        : row(t("sessions"), html`<ul class="planner-plain-list">
            ${(d.sessions ?? []).map(
              (s) => html`<li>${fmtDateTime(s.start)}: ${s.advisors.map((a) => nameOf(res.advisors, a)).join(", ")}${s.roomId ? `, ${nameOf(res.rooms, s.roomId)}` : ""};
                ${s.seatsFromRoom ? t("seatsRoom") : t("seatsN", { n: s.seats ?? 0 })}, ${t("rebookSeats", { n: s.rebookSeats })}</li>`,
            )}
          </ul>`)}
      ${row(t("cancel"), yn(d.terms.acceptCancel))} ${row(t("rebook"), d.terms.acceptRebook ? t("rebookUntil", { n: d.terms.rebookDaysBefore }) : t("no"))}`)}
    ${part(3, html`${row(t("rules"), html`<span data-summary-sentence>${pick(check.description)}</span>`)} ${row(t("ruleCount"), total)}
      ${check.contradictions?.length ? row("", html`<span class="planner-warning-text">${t("contradictions")}</span>`) : nothing}`)}`;
}
