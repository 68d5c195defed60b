// meeting-dialog: a Planner meeting opened from the calendar (guide B's
// "Indkaldelsesdetaljer"): tabs Generel, Deltagerliste, Korrespondance and
// Revisionslog over GET /api/meetings/{id}; "Indkald nu" sends its pending
// summonses, "Opdater" reads it again. The tabs follow the WAI-ARIA tabs
// pattern: arrow keys, Home and End move between them.

import { html, nothing, type TemplateResult } from "lit-html";
import { get, post } from "../lib/api";
import { announce, errorAlert, fieldError, fmtDate, fmtDateTime, infoAlert, invalid, successAlert } from "../lib/ui";
import { modal, openMove, type Actions, type Modal } from "./calendar-dialog";
import { advisorName, pushText, roomName, t as ct, titleText, whenText, type CalendarItem, type Names } from "./calendar-model";
import { t, type AuditEntry, type MeetingDetails } from "./meeting-data";
import { channelName } from "./offer-types";
import { auditTab, lettersTab, participantsTab, type Attach } from "./meeting-tabs";

const tabs = ["general", "participants", "letters", "audit"] as const;
type Tab = (typeof tabs)[number];

let seq = 0;

/** openMeeting shows a meeting's dialog with its four tabs. */
export function openMeeting(n: Names, it: CalendarItem, act: Actions, opener: Element | null, column: string): void {
  const id = `meeting-${++seq}`;
  const path = `/api/meetings/${it.meetingId}`;
  let tab: Tab = "general";
  let d: MeetingDetails | undefined;
  let audit: AuditEntry[] | undefined;
  let err: unknown;
  let notice: TemplateResult | typeof nothing = nothing;
  let busy = false;
  const attach: Attach = { open: false, cpr: "", reason: "" };
  let m: Modal;

  const load = async () => {
    try {
      d = await get<MeetingDetails>(path);
      if (tab === "audit") audit = (await get<{ entries: AuditEntry[] }>(`${path}/audit`)).entries;
    } catch (e) {
      err = e;
    }
    if (m.el.isConnected) m.redraw();
  };
  // act runs a change, then reads the meeting and the calendar again.
  const change = async (f: () => Promise<string | void>) => {
    busy = true;
    err = undefined;
    notice = nothing;
    m.redraw();
    try {
      const done = await f();
      if (done) {
        notice = successAlert(done);
        announce(done);
      }
      await Promise.all([load(), act.changed()]);
    } catch (e) {
      err = e;
    } finally {
      busy = false;
      if (m.el.isConnected) {
        m.redraw();
        // a refusal: the field it names, else the alert, takes the focus
        if (err) (m.el.querySelector<HTMLElement>("[aria-invalid=true]") ?? m.el.querySelector<HTMLElement>(".alert-error"))?.focus();
      }
    }
  };
  const choose = (next: Tab, focus: boolean) => {
    tab = next;
    if (next === "audit" && !audit) void load();
    m.redraw();
    if (focus) m.el.querySelector<HTMLElement>(`#${id}-tab-${next}`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(tab);
    const to = { ArrowRight: (i + 1) % tabs.length, ArrowLeft: (i + tabs.length - 1) % tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(tabs[to], true);
  };
  const sendNow = () =>
    change(async () => {
      const ids = (d?.participants ?? []).filter((p) => p.state === "pending").map((p) => p.summonsId);
      await post("/api/summonses/send", { ids });
      return t("sent");
    });

  m = modal(
    titleText(it),
    () => html`<div class="modal-body">
        <p class="meeting-subtitle">${t("subtitle", { when: whenText(it), form: ct(`form.${it.form ?? "individual"}`) })}</p>
        ${errorAlert(err)} ${notice}
        <div class="tab-container meeting-tabs">
          <div class="tab-list" role="tablist" aria-label="${titleText(it)}" @keydown=${onKey}>
            ${tabs.map(
              (x) => html`<button type="button" class="tab-button" role="tab" id="${id}-tab-${x}" aria-controls="${id}-panel"
                aria-selected=${tab === x ? "true" : "false"} tabindex=${tab === x ? "0" : "-1"} @click=${() => choose(x, false)}>
                ${t(`tab.${x}`)}
              </button>`,
            )}
          </div>
          <div class="tab-panel" role="tabpanel" id="${id}-panel" aria-labelledby="${id}-tab-${tab}" tabindex="0">
            ${tab === "general" ? general(n, it, d, act, busy, err, change, sendNow) : nothing}
            ${tab === "participants"
              ? d
                ? participantsTab(d, attach, busy, err, change, () => m.redraw())
                : infoAlert(t("loading"))
              : nothing}
            ${tab === "letters" ? (d ? lettersTab(d) : infoAlert(t("loading"))) : nothing}
            ${tab === "audit" ? (audit ? auditTab(audit) : infoAlert(t("loading"))) : nothing}
          </div>
        </div>
      </div>
      <div class="modal-footer">
        <button class="button button-primary" type="button" ?disabled=${busy} @click=${() => {
          m.close();
          openMove(n, it, act, opener, column);
        }}>${ct("move")}</button>
        <button class="button button-secondary" type="button" ?disabled=${busy} @click=${async () => {
          await act.remove(it);
          if (m.el.isConnected) m.close();
        }}>${ct("delete")}</button>
        <button class="button button-secondary" type="button" ?disabled=${busy} @click=${() => change(async () => {})}>${t("refresh")}</button>
        <button class="button button-tertiary" type="button" @click=${() => m.close()}>${ct("close")}</button>
      </div>`,
    opener,
  );
  void load();
}

type Change = (f: () => Promise<string | void>) => Promise<void>;

/** general is the Generel tab: the meeting, its status and its history. */
function general(n: Names, it: CalendarItem, d: MeetingDetails | undefined, act: Actions, busy: boolean, err: unknown, change: Change, sendNow: () => void): TemplateResult {
  const fact = (label: string, value: unknown) =>
    value === undefined || value === "" ? nothing : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const mt = d?.meeting;
  return html`<dl class="cal-facts">
      ${fact(ct("time"), whenText(it))}
      <div><dt>${ct("state")}</dt><dd><span class="cal-swatch cal-state-${it.state}" aria-hidden="true"></span> ${ct(`state.${it.state}`)}</dd></div>
      ${it.state === "error" && it.reason ? html`<div><dt>${ct("reason")}</dt><dd class="cal-reason-text">${it.reason}</dd></div>` : nothing}
      ${fact(t("offer"), d?.offerName)}
      ${fact(t("talkType"), mt ? [mt.meetingType, mt.variant].filter(Boolean).join(" – ") : undefined)}
      ${fact(ct("form"), ct(`form.${it.form ?? "individual"}`))}
      ${fact(t("channel"), mt ? channelName(mt.channel) : undefined)}
      ${fact(t("team"), d?.teamName)}
      ${fact(ct("advisors"), it.advisors.map((a) => advisorName(n, a)).join(", "))}
      ${fact(ct("room"), it.roomId ? roomName(n, it.roomId) : ct("noRoom"))}
      ${mt ? fact(t("duration"), t("minutes", { n: Math.round((Date.parse(mt.end) - Date.parse(mt.start)) / 60000) })) : nothing}
      ${mt ? fact(t("reporting"), t("minutes", { n: mt.reportingMinutes })) : nothing}
      ${mt ? fact(t("rebook"), mt.terms.acceptRebook && d?.rebookDeadline ? fmtDate(d.rebookDeadline) : t("noRebook")) : nothing}
      ${fact(ct("participants"), String(d ? d.participants.length : (it.participants ?? 0)))}
      ${it.form === "group" && it.seats
        ? html`${fact(ct("capacity"), String(d?.capacity ?? it.seats))}
            ${fact(ct("freeSeats"), String(d?.freeSeats ?? Math.max(0, it.seats - (it.participants ?? 0))))}`
        : nothing}
      ${fact(t("number"), d?.number)}
    </dl>
    ${d?.description ? html`<h3 class="h5">${t("description")}</h3><p class="meeting-description">${d.description}</p>` : nothing}
    ${d
      ? html`<div class="meeting-status">
          <p><strong>${t("status")}:</strong> <span data-status="${d.status ?? "none"}">${t(`status.${d.status ?? "none"}`)}</span></p>
          ${d.status === "pending"
            ? html`<button class="button button-primary" type="button" ?disabled=${busy} @click=${sendNow}>${t("sendNow")}</button>`
            : nothing}
        </div>`
      : nothing}
    ${it.form === "group" && it.seats ? seatsForm(it, act, busy, err, change) : nothing}
    ${d
      ? html`<h3 class="h5">${t("details")}</h3>
          <dl class="cal-facts">
            ${fact(t("createdBy"), d.createdBy)} ${fact(t("createdAt"), d.createdAt ? fmtDateTime(d.createdAt) : undefined)}
            ${fact(t("changedBy"), d.changedBy)} ${fact(t("changedAt"), d.changedAt ? fmtDateTime(d.changedAt) : undefined)}
            ${fact(t("seenAt"), d.seenAt ? fmtDateTime(d.seenAt) : t("notYet"))}
            ${fact(t("sentAt"), d.sentToJobnetAt ? fmtDateTime(d.sentToJobnetAt) : t("notYet"))}
          </dl>`
      : nothing}
    ${it.conflict ? html`<p class="cal-flag">${ct("conflict")}</p>` : nothing}
    ${it.absenceClash ? html`<p class="cal-flag">${ct("absenceClash")}</p>` : nothing}
    <h3 class="h5">${ct("push.heading")}</h3>
    ${(it.targets ?? []).length === 0
      ? html`<p>${ct("push.none")}</p>`
      : html`<ul class="cal-push-list">
          ${(it.targets ?? []).map(
            (p) => html`<li data-push-advisor="${p.advisorId}" data-push-state="${p.state}"><span class="cal-push cal-push-${p.state}" aria-hidden="true"></span> ${pushText(n, p)}</li>`,
          )}
        </ul>`}`;
}

/** seatsForm changes a group meeting's number of seats (guide B). */
function seatsForm(it: CalendarItem, act: Actions, busy: boolean, err: unknown, change: Change): TemplateResult {
  return html`<form class="cal-seats" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    const v = ((e.target as HTMLFormElement).querySelector<HTMLInputElement>("#cal-seats")?.value ?? "").trim();
    void change(async () => {
      await act.seats(it, /^\d+$/.test(v) ? Number(v) : v);
      it.seats = Number(v);
    });
  }}>
    <div class="form-group ${invalid(err, "seats") ? "form-error" : ""}">
      <label class="form-label" for="cal-seats">${ct("seatsLabel")}</label>
      <span class="form-hint" id="cal-seats-hint">${ct("seatsHint")}</span>
      ${fieldError(err, "seats", "cal-seats")}
      <input class="form-input input-width-xs" id="cal-seats" type="number" min="1" .value=${String(it.seats)}
        aria-invalid=${invalid(err, "seats") ? "true" : "false"} aria-describedby="cal-seats-hint${invalid(err, "seats") ? " cal-seats-error" : ""}" />
    </div>
    <button class="button button-secondary" type="submit" ?disabled=${busy}>${ct("seatsSave")}</button>
  </form>`;
}
