// meeting-tabs: the meeting dialog's Deltagerliste (with "Eksportér til
// Excel", "Tilknyt borgere til møde" and a pending citizen's removal),
// Korrespondance and Revisionslog tabs.

import { html, nothing, type TemplateResult } from "lit-html";
import { post } from "../lib/api";
import { confirm, fieldError, fmtDate, fmtDateTime, invalid } from "../lib/ui";
import { jsonText, t, type AuditEntry, type MeetingDetails, type Participant } from "./meeting-data";

/** Attach is the state of the "Tilknyt borgere til møde" form. */
export interface Attach {
  open: boolean;
  cpr: string;
  reason: string;
  found?: { id: number; name: string };
}

type Change = (f: () => Promise<string | void>) => Promise<void>;

/** participantsTab is the Deltagerliste: guide B's columns, the export and the hand-added citizens. */
export function participantsTab(d: MeetingDetails, a: Attach, busy: boolean, err: unknown, change: Change, redraw: () => void): TemplateResult {
  const id = d.meeting.id;
  const coming = Date.parse(d.meeting.start) > Date.now();
  const canAttach = d.meeting.form === "group" && coming;
  return html`<div class="meeting-toolbar">
      <a class="button button-secondary" href="/api/meetings/${id}/participants.xlsx" download="deltagere-mode-${id}.xlsx">${t("export")}</a>
      ${canAttach
        ? html`<button class="button button-secondary" type="button" aria-expanded=${a.open ? "true" : "false"} aria-controls="meeting-attach-${id}"
            ?disabled=${busy} @click=${() => {
              a.open = !a.open;
              redraw();
            }}>${t("attach")}</button>`
        : nothing}
    </div>
    ${canAttach && a.open ? attachForm(d, a, busy, err, change, redraw) : nothing}
    ${d.participants.length === 0
      ? html`<p>${t("noParticipants")}</p>`
      : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${t("tab.participants")}">
          <table class="table table--compact meeting-participants">
            <thead><tr>
              ${(["name", "cpr", "phone", "note", "holding", "drop", "number", "deadline", "seen", "function"] as const).map((c) => html`<th scope="col">${t(`col.${c}`)}</th>`)}
            </tr></thead>
            <tbody>${d.participants.map((p) => row(p, busy, change))}</tbody>
          </table>
        </div>`}`;
}

function row(p: Participant, busy: boolean, change: Change): TemplateResult {
  return html`<tr data-summons="${p.summonsId}" data-state="${p.state}">
    <th scope="row">${p.name}</th>
    <td>${p.cpr}</td>
    <td>${p.phone ?? ""}</td>
    <td>${p.note ? html`${p.note}${p.noteAt ? html` <span class="form-hint">(${fmtDate(p.noteAt)})</span>` : nothing}` : ""}</td>
    <td>${fmtDate(p.holdingDeadline)}</td>
    <td>${fmtDate(p.dropDate)}</td>
    <td>${p.number}</td>
    <td>${p.deadlineExceeded ? html`<span class="meeting-exceeded">${t("exceeded")}</span>` : ""}</td>
    <td>${p.seenAt ? html`<span title="${fmtDateTime(p.seenAt)}">${t("seen")}</span>` : ""}</td>
    <td>
      ${p.state === "pending"
        ? html`<button class="button button-tertiary" type="button" ?disabled=${busy} aria-label="${t("removeName", { name: p.name })}"
            @click=${() => change(async () => {
              const ok = await confirm({ title: t("confirmRemove"), body: t("confirmRemoveBody", { name: p.name }), ok: t("remove"), danger: true });
              if (!ok) return;
              await post(`/api/summonses/${p.summonsId}/remove`);
              return t("removed", { name: p.name });
            })}>${t("remove")}</button>`
        : html`<span class="form-hint">${t("sentCannotRemove")}</span>`}
    </td>
  </tr>`;
}

/** attachForm finds a citizen by CPR (in a POST body, never a URL) and adds them, with a reason when the rules refuse them. */
function attachForm(d: MeetingDetails, a: Attach, busy: boolean, err: unknown, change: Change, redraw: () => void): TemplateResult {
  const id = `meeting-attach-${d.meeting.id}`;
  if (d.freeSeats <= 0) return html`<p id="${id}" class="meeting-full">${t("full")}</p>`;
  const find = (e: Event) => {
    e.preventDefault();
    a.found = undefined;
    void change(async () => {
      const res = await post<{ citizen?: { id: number; name: string } }>("/api/search", { q: a.cpr.trim() });
      if (!res.citizen) throw new Error(t("notFound"));
      a.found = { id: res.citizen.id, name: res.citizen.name };
      redraw();
    });
  };
  const add = (e: Event) => {
    e.preventDefault();
    const who = a.found!;
    void change(async () => {
      await post(`/api/meetings/${d.meeting.id}/participants`, { citizenId: who.id, reason: a.reason.trim() || undefined });
      a.found = undefined;
      a.cpr = a.reason = "";
      a.open = false;
      return t("attached", { name: who.name });
    });
  };
  return html`<div id="${id}" class="meeting-attach">
    <form novalidate @submit=${find}>
      <div class="form-group">
        <label class="form-label" for="${id}-cpr">${t("attachCPR")}</label>
        <span class="form-hint" id="${id}-cpr-hint">${t("attachHint")}</span>
        <input class="form-input input-width-s" id="${id}-cpr" autocomplete="off" .value=${a.cpr} aria-describedby="${id}-cpr-hint"
          @input=${(e: Event) => (a.cpr = (e.target as HTMLInputElement).value)} />
      </div>
      <button class="button button-secondary" type="submit" ?disabled=${busy}>${t("find")}</button>
    </form>
    ${a.found
      ? html`<form novalidate @submit=${add}>
          <p role="status">${t("found", { name: a.found.name })}</p>
          <div class="form-group ${invalid(err, "reason") ? "form-error" : ""}">
            <label class="form-label" for="${id}-reason">${t("reason")}</label>
            <span class="form-hint" id="${id}-reason-hint">${t("reasonHint")}</span>
            ${fieldError(err, "reason", `${id}-reason`)}
            <textarea class="form-input" id="${id}-reason" rows="2" maxlength="500" .value=${a.reason}
              aria-invalid=${invalid(err, "reason") ? "true" : "false"}
              aria-describedby="${id}-reason-hint${invalid(err, "reason") ? ` ${id}-reason-error` : ""}"
              @input=${(e: Event) => (a.reason = (e.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <button class="button button-primary" type="submit" ?disabled=${busy}>${t("attachOk")}</button>
        </form>`
      : nothing}
  </div>`;
}

/** lettersTab is the Korrespondance: what went to Jobnet and the mails about the meeting. */
export function lettersTab(d: MeetingDetails): TemplateResult {
  if (d.correspondence.length === 0) return html`<p>${t("noLetters")}</p>`;
  const what = (w: string) => (["put", "delete", "conflict", "restored"].includes(w) ? t(`what.${w}` as "what.put") : w);
  const state = (s: string) => (["pending", "done", "sent", "failed"].includes(s) ? t(`state.${s}` as "state.done") : s);
  return html`<table class="table table--compact meeting-letters">
    <thead><tr>${(["at", "channel", "what", "to", "state"] as const).map((c) => html`<th scope="col">${t(`col.${c}`)}</th>`)}</tr></thead>
    <tbody>
      ${d.correspondence.map(
        (l) => html`<tr data-channel="${l.channel}">
          <td>${fmtDateTime(l.at)}</td>
          <td>${t(`ch.${l.channel}`)}</td>
          <td>${what(l.what)}</td>
          <td>${l.channel === "jobnet" ? l.number ?? "" : l.to ?? ""}</td>
          <td>${state(l.state)}${l.error ? html`: ${l.error}` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** auditTab is the Revisionslog, oldest first; an exception shows its reason. */
export function auditTab(entries: AuditEntry[]): TemplateResult {
  if (entries.length === 0) return html`<p>${t("noAudit")}</p>`;
  const known = ["create", "update", "send", "move", "cancel", "delete", "seats", "exception"];
  return html`<table class="table table--compact meeting-audit">
    <thead><tr>${(["at", "actor", "action", "detail"] as const).map((c) => html`<th scope="col">${t(`col.${c}`)}</th>`)}</tr></thead>
    <tbody>
      ${entries.map(
        (e) => html`<tr data-action="${e.action}">
          <td>${fmtDateTime(e.at)}</td>
          <td>${e.actor}</td>
          <td>${t(`entity.${e.entity === "meeting" ? "meeting" : "summons"}`)}: ${known.includes(e.action) ? t(`act.${e.action}` as "act.create") : e.action}</td>
          <td>${e.action === "exception" ? jsonText(e.after?.reason) : e.action === "seats" ? jsonText(e.after?.seats) : ""}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
