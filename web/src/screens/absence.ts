// absence: report an advisor absent (§3) from–to with a note; the two
// confirmations ("Bekræft og fortsæt til ombooking" / "Bekræft uden
// ombooking"); the rebooking step lists the advisor's meetings in the
// absence with the proposed new times and advisors, to choose and apply;
// the advisor's coming absences can be cancelled ("Tilstedeværende").

import { html, nothing, render } from "lit-html";
import { del, get, post, put, query } from "../lib/api";
import type { Route } from "../lib/router";
import { announce, confirm, errorAlert, fieldError, fmtDateTime, infoAlert, invalid, isoDate, successAlert, warningAlert } from "../lib/ui";
import { advisorName, t, titleText, whenText, type AdvisorFull, type CalendarItem, type CalendarView, type Names } from "./calendar-model";
import { wallTime, wallToInstant } from "./calendar-zone";

/** Absence is an advisor's absence. */
interface Absence {
  id: number;
  advisorId: number;
  start: string;
  end: string;
  note?: string;
}

/** Proposal is a rebooking proposal of POST /api/absences. */
interface Proposal {
  meetingId: number;
  advisorId: number;
  start: string;
  end: string;
  sameAdvisor: boolean;
}

interface Step {
  absence: Absence;
  proposals: Proposal[];
  meetings: CalendarItem[]; // the advisor's meetings in the absence
  chosen: Set<number>;
  result?: Record<string, boolean>;
}

const plusDays = (d: string, n: number) => isoDate(new Date(new Date(`${d}T12:00:00Z`).getTime() + n * 86400_000));

export const absence: Route = {
  path: "/kalender/fravaer",
  title: () => t("abs.title"),
  async render(ctx) {
    const names: Names = { advisors: [], rooms: [] };
    let err: unknown;
    try {
      names.advisors = (await get<{ advisors: AdvisorFull[] }>("/api/advisors")).advisors;
    } catch (e) {
      err = e;
    }
    if (ctx.signal.aborted) return;
    const back = (ctx.query.get("tilbage") ?? "").startsWith("/kalender") ? ctx.query.get("tilbage")! : "/kalender";
    let advisor = Number(ctx.query.get("advisor")) || names.advisors[0]?.id || 0;
    const today = isoDate(new Date());
    let fromDate = today, fromTime = "08:00", toDate = today, toTime = "16:00", note = "";
    let created = "";
    let step: Step | undefined;
    let busy = false;
    let upcoming: CalendarItem[] = [];
    let notice = "";
    let editing: CalendarItem | undefined; // the absence being changed, or none (a new one)
    const editId = Number(ctx.query.get("ret")) || 0;

    const loadUpcoming = async () => {
      if (!advisor) return;
      try {
        const v = await get<CalendarView>(`/api/calendar${query({ advisors: [advisor], from: today, to: plusDays(today, 56) })}`);
        upcoming = v.items.filter((it) => it.kind === "absence");
      } catch (e) {
        err = e;
      }
    };

    const submit = async (rebook: boolean) => {
      busy = true;
      err = undefined;
      created = "";
      notice = "";
      step = undefined;
      draw();
      try {
        const body = { advisorId: advisor, start: wallToInstant(fromDate, fromTime).toISOString(), end: wallToInstant(toDate, toTime).toISOString(), note };
        const res = editing
          ? await put<{ absence: Absence; proposals: Proposal[] }>(`/api/absences/${editing.absenceId}`, body)
          : await post<{ absence: Absence; proposals: Proposal[] }>("/api/absences", body);
        editing = undefined;
        const a = res.absence;
        created = t("abs.created", { name: advisorName(names, a.advisorId), when: `${fmtDateTime(a.start)} - ${fmtDateTime(a.end)}` });
        announce(created);
        if (rebook) {
          const v = await get<CalendarView>(`/api/calendar${query({ advisors: [a.advisorId], from: isoDate(new Date(a.start)), to: isoDate(new Date(new Date(a.end).getTime() - 1)) })}`);
          const s = new Date(a.start).getTime(), e = new Date(a.end).getTime();
          const meetings = v.items.filter((it) => it.kind === "meeting" && new Date(it.start).getTime() < e && new Date(it.end).getTime() + (it.reportingMinutes ?? 0) * 60000 > s);
          step = { absence: a, proposals: res.proposals, meetings, chosen: new Set(res.proposals.map((p) => p.meetingId)) };
        }
        await loadUpcoming();
      } catch (e) {
        err = e;
      }
      busy = false;
      draw();
      if (step) ctx.main.querySelector<HTMLElement>("#abs-rebook-h")?.focus();
      else ctx.main.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    };

    const apply = async () => {
      if (!step) return;
      const chosen = step.proposals.filter((p) => step!.chosen.has(p.meetingId));
      if (chosen.length === 0) {
        notice = t("abs.noneChosen");
        draw();
        return;
      }
      busy = true;
      err = undefined;
      draw();
      try {
        const res = await post<{ informCitizen: Record<string, boolean> }>("/api/absences/rebooking", { advisorId: step.absence.advisorId, proposals: chosen });
        step.result = res.informCitizen;
        announce(t(chosen.length === 1 ? "abs.applied1" : "abs.applied", { n: chosen.length }));
      } catch (e) {
        err = e;
      }
      busy = false;
      draw();
    };

    const edit = (it: CalendarItem | undefined) => {
      editing = it;
      created = "";
      notice = "";
      step = undefined;
      err = undefined;
      if (it) {
        const s = new Date(it.start), e = new Date(it.end);
        fromDate = isoDate(s);
        fromTime = wallTime(s);
        toDate = isoDate(e);
        toTime = wallTime(e);
        note = it.note ?? "";
      }
      draw();
      ctx.main.querySelector<HTMLElement>(it ? "#abs-from-date" : "#abs-advisor")?.focus();
    };

    const present = async (it: CalendarItem) => {
      const ok = await confirm({ title: t("confirmPresent"), body: t("confirmPresentBody", { when: whenText(it) }), ok: t("present") });
      if (!ok) return;
      try {
        await del(`/api/absences/${it.absenceId}`);
        notice = "";
        created = t("presentDone");
        announce(t("presentDone"));
        if (step?.absence.id === it.absenceId) step = undefined;
      } catch (e) {
        err = e;
      }
      await loadUpcoming();
      draw();
    };

    const field = (id: string, label: string, apiField: string, input: unknown) => html`<div class="form-group ${invalid(err, apiField) ? "form-error" : ""}">
      <label class="form-label" for="${id}">${label}</label>
      ${fieldError(err, apiField, id)}
      ${input}
    </div>`;
    const aria = (apiField: string, id: string) => ({ invalid: invalid(err, apiField) ? "true" : "false", desc: invalid(err, apiField) ? `${id}-error` : nothing });

    const rebookStep = (s: Step) => {
      const byId = new Map(s.meetings.map((m) => [m.meetingId!, m]));
      const rows = [...s.meetings.filter((m) => !s.proposals.some((p) => p.meetingId === m.meetingId))];
      return html`<section aria-labelledby="abs-rebook-h" class="abs-rebook">
        <h2 id="abs-rebook-h" tabindex="-1">${t("abs.rebookHeading")}</h2>
        ${s.meetings.length === 0 && s.proposals.length === 0
          ? html`<p>${t("abs.noMeetings")}</p>`
          : html`<p>${t("abs.rebookIntro")}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact abs-table">
                  <thead>
                    <tr>
                      <th scope="col">${s.result ? t("abs.result") : t("abs.use")}</th>
                      <th scope="col">${t("abs.meeting")}</th>
                      <th scope="col">${t("abs.proposal")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${s.proposals.map((p) => {
                      const m = byId.get(p.meetingId);
                      const label = m ? `${titleText(m)}, ${whenText(m)}` : `#${p.meetingId}`;
                      const moved = s.result && p.meetingId in s.result;
                      return html`<tr data-meeting="${p.meetingId}">
                        <td>
                          ${s.result
                            ? moved
                              ? html`<span class="badge badge-success">${t("abs.moved")}</span>${s.result[p.meetingId]
                                    ? html`<div class="abs-inform" role="note">${t("abs.informOne")}</div>`
                                    : nothing}`
                              : html`—`
                            : html`<div class="form-group-checkbox abs-use"><input class="form-checkbox" type="checkbox" id="abs-use-${p.meetingId}" .checked=${s.chosen.has(p.meetingId)}
                                  @change=${(e: Event) => {
                                    if ((e.target as HTMLInputElement).checked) s.chosen.add(p.meetingId);
                                    else s.chosen.delete(p.meetingId);
                                  }} /><label class="form-label" for="abs-use-${p.meetingId}"><span class="sr-only">${t("abs.useOne", { title: label, when: "" })}</span></label></div>`}
                        </td>
                        <td>${label}</td>
                        <td>
                          ${fmtDateTime(p.start)} – ${fmtDateTime(p.end).split(" ").pop()}, ${advisorName(names, p.advisorId)}${p.sameAdvisor ? html` (${t("abs.sameAdvisor")})` : nothing}
                        </td>
                      </tr>`;
                    })}
                    ${rows.map(
                      (m) => html`<tr data-meeting="${m.meetingId}">
                        <td>—</td>
                        <td>${titleText(m)}, ${whenText(m)}</td>
                        <td>${t("abs.noProposal")}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${s.result
                ? html`${successAlert(t(Object.keys(s.result).length === 1 ? "abs.applied1" : "abs.applied", { n: Object.keys(s.result).length }))}
                    ${Object.values(s.result).some(Boolean) ? warningAlert(t("inform")) : nothing}`
                : s.proposals.length > 0
                  ? html`<button class="button button-primary" type="button" ?disabled=${busy} @click=${apply}>${t("abs.apply")}</button>`
                  : nothing}`}
      </section>`;
    };

    const draw = () => {
      const ids = { adv: "abs-advisor", fd: "abs-from-date", ft: "abs-from-time", td: "abs-to-date", tt: "abs-to-time", note: "abs-note" };
      render(
        html`<h1>${t("abs.title")}</h1>
          <p><a href="${back}">${t("abs.back")}</a></p>
          ${errorAlert(err)}
          ${successAlert(created)}
          ${notice ? infoAlert(notice) : nothing}
          ${editing ? html`<h2 class="h3">${t("abs.editing", { when: whenText(editing) })}</h2>` : nothing}
          <form class="abs-form" novalidate @submit=${(e: Event) => {
            e.preventDefault();
            void submit(true);
          }}>
            ${field(ids.adv, t("abs.advisor"), "advisorId", html`<select class="form-select" id="${ids.adv}" ?disabled=${editing !== undefined} aria-invalid=${aria("advisorId", ids.adv).invalid}
              aria-describedby=${aria("advisorId", ids.adv).desc}
              @change=${async (e: Event) => {
                advisor = Number((e.target as HTMLSelectElement).value);
                await loadUpcoming();
                draw();
              }}>
              ${names.advisors.map((a) => html`<option value="${a.id}" ?selected=${a.id === advisor}>${a.name}</option>`)}
            </select>`)}
            <div class="abs-when">
              ${field(ids.fd, t("abs.fromDate"), "start", html`<input class="form-input input-width-s" type="date" id="${ids.fd}" .value=${fromDate}
                aria-invalid=${aria("start", ids.fd).invalid} aria-describedby=${aria("start", ids.fd).desc}
                @input=${(e: Event) => {
                  fromDate = (e.target as HTMLInputElement).value;
                  if (toDate < fromDate) {
                    toDate = fromDate;
                    draw();
                  }
                }} />`)}
              ${field(ids.ft, t("abs.fromTime"), "start.time", html`<input class="form-input input-width-xs" type="time" id="${ids.ft}" .value=${fromTime} step="300"
                @input=${(e: Event) => (fromTime = (e.target as HTMLInputElement).value)} />`)}
            </div>
            <div class="abs-when">
              ${field(ids.td, t("abs.toDate"), "end", html`<input class="form-input input-width-s" type="date" id="${ids.td}" .value=${toDate}
                aria-invalid=${aria("end", ids.td).invalid} aria-describedby=${aria("end", ids.td).desc}
                @input=${(e: Event) => (toDate = (e.target as HTMLInputElement).value)} />`)}
              ${field(ids.tt, t("abs.toTime"), "end.time", html`<input class="form-input input-width-xs" type="time" id="${ids.tt}" .value=${toTime} step="300"
                @input=${(e: Event) => (toTime = (e.target as HTMLInputElement).value)} />`)}
            </div>
            ${field(ids.note, t("abs.note"), "note", html`<textarea class="form-input" id="${ids.note}" rows="3" maxlength="500" .value=${note}
              aria-invalid=${aria("note", ids.note).invalid} aria-describedby=${aria("note", ids.note).desc}
              @input=${(e: Event) => (note = (e.target as HTMLTextAreaElement).value)}></textarea>`)}
            <div class="abs-actions">
              <button class="button button-primary" type="submit" ?disabled=${busy}>${t("abs.confirmRebook")}</button>
              <button class="button button-secondary" type="button" ?disabled=${busy} @click=${() => submit(false)}>${t("abs.confirmOnly")}</button>
              ${editing ? html`<button class="button button-tertiary" type="button" @click=${() => edit(undefined)}>${t("abs.cancelEdit")}</button>` : nothing}
            </div>
          </form>
          ${step ? rebookStep(step) : nothing}
          <section aria-labelledby="abs-upcoming-h" class="abs-upcoming">
            <h2 id="abs-upcoming-h">${t("abs.upcoming")}</h2>
            ${upcoming.length === 0
              ? html`<p>${t("abs.noUpcoming")}</p>`
              : html`<ul class="nobullet-list abs-list">
                  ${upcoming.map(
                    (it) => html`<li data-absence="${it.absenceId}">
                      <span>${whenText(it)}${it.note ? html` — ${it.note}` : nothing}</span>
                      <button class="button button-secondary" type="button" aria-label=${t("abs.editFor", { when: whenText(it) })} @click=${() => edit(it)}>${t("abs.edit")}</button>
                      <button class="button button-secondary" type="button" aria-label=${t("abs.presentFor", { when: whenText(it) })} @click=${() => present(it)}>${t("present")}</button>
                    </li>`,
                  )}
                </ul>`}
          </section>`,
        ctx.main,
      );
    };
    await loadUpcoming();
    if (ctx.signal.aborted) return;
    draw();
    const asked = upcoming.find((it) => it.absenceId === editId);
    if (asked) edit(asked);
  },
};
