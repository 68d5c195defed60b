// calendar-dialog: an item's details (Enter, Space or a click on it) with
// its actions, and the dialog that moves a meeting without a mouse
// (advisor, date and time fields). Dialogs are modal <dialog>s that keep
// the focus and give it back to the item they were opened from.

import { html, nothing, render, type TemplateResult } from "lit-html";
import { fieldError, errorAlert, fmtDate, invalid, isoDate } from "../lib/ui";
import { wallTime, wallToInstant } from "./calendar-zone";
import { openMeeting } from "./meeting-dialog";
import { advisorName, t, timeText, titleText, whenText, type CalendarItem, type Names } from "./calendar-model";

/** MeetingMove is the body of PUT /api/meetings/{id}. */
export interface MeetingMove {
  start: string;
  end: string;
  advisors: number[];
  roomId?: number;
}

/** Actions are what the calendar does for a dialog. */
export interface Actions {
  /** move asks nothing more: the dialog was the confirmation; it throws the API's refusal. */
  move(it: CalendarItem, to: MeetingMove): Promise<void>;
  remove(it: CalendarItem): Promise<void>;
  present(it: CalendarItem): Promise<void>;
  /** seats changes a group meeting's number of seats; it throws the API's refusal. */
  seats(it: CalendarItem, seats: number | string): Promise<void>;
  /** changed reads the calendar again after a change made in a dialog. */
  changed(): Promise<void>;
}

let seq = 0;

/** Modal is an open dialog. */
export interface Modal {
  el: HTMLDialogElement;
  redraw(): void;
  close(): void;
}

/** modal opens a modal dialog titled title; draw gives its body and footer. */
export function modal(title: string, draw: (m: Modal) => TemplateResult, opener?: Element | null): Modal {
  const id = `cal-dialog-${++seq}`;
  const el = document.createElement("dialog");
  el.className = "fds-modal planner-dialog cal-dialog";
  el.setAttribute("aria-labelledby", `${id}-title`);
  document.body.append(el);
  const back = opener instanceof HTMLElement ? opener : (document.activeElement as HTMLElement | null);
  const m: Modal = {
    el,
    redraw: () =>
      render(
        html`<div class="modal-content">
          <div class="modal-header"><h2 class="modal-heading" id="${id}-title">${title}</h2></div>
          ${draw(m)}
        </div>`,
        el,
      ),
    close: () => {
      if (!el.isConnected) return;
      el.close();
      el.remove();
      if (back?.isConnected) back.focus();
      else document.querySelector<HTMLElement>(`[data-key="${back?.dataset.key ?? ""}"]`)?.focus();
    },
  };
  el.addEventListener("cancel", (e) => {
    e.preventDefault();
    m.close();
  });
  m.redraw();
  el.showModal();
  (el.querySelector<HTMLElement>(".modal-body input, .modal-body select, .modal-footer button") ?? el).focus();
  return m;
}

/** openDetails shows an item with its actions: a Planner meeting opens its tabbed dialog (meeting-dialog.ts). */
export function openDetails(n: Names, it: CalendarItem, act: Actions, opener: Element | null, column: string): void {
  if (it.kind === "meeting" && it.meetingId) {
    openMeeting(n, it, act, opener, column);
    return;
  }
  const title = it.kind === "external" ? titleText(it) : t("absence");
  let err: unknown;
  let busy = false;
  const run = async (m: Modal, f: () => Promise<void>) => {
    busy = true;
    err = undefined;
    m.redraw();
    try {
      await f();
      m.close();
    } catch (e) {
      err = e;
      busy = false;
      if (m.el.isConnected) m.redraw();
    }
  };
  modal(
    title,
    (m) => html`<div class="modal-body">
        ${errorAlert(err)}
        <dl class="cal-facts">
          <div><dt>${t("time")}</dt><dd>${whenText(it)}</dd></div>
          <div><dt>${t("state")}</dt><dd><span class="cal-swatch cal-state-${it.state}" aria-hidden="true"></span> ${t(`state.${it.state}`)}</dd></div>
          <div><dt>${t("advisors")}</dt><dd>${it.advisors.map((a) => advisorName(n, a)).join(", ")}</dd></div>
          ${it.kind === "absence" && it.note ? html`<div><dt>${t("note")}</dt><dd>${it.note}</dd></div>` : nothing}
        </dl>
        ${it.kind === "external" ? html`<p>${t("readOnly")}</p>` : nothing}
      </div>
      <div class="modal-footer">
        ${it.kind === "absence"
          ? html`<button class="button button-primary" type="button" ?disabled=${busy} @click=${() => run(m, () => act.present(it))}>${t("present")}</button>
              <a class="button button-secondary" href="/kalender/fravaer?advisor=${it.advisors[0]}&ret=${it.absenceId}&tilbage=${encodeURIComponent(location.pathname + location.search)}"
                @click=${() => m.close()}>${t("editAbsence")}</a>`
          : nothing}
        <button class="button button-tertiary" type="button" @click=${() => m.close()}>${t("close")}</button>
      </div>`,
    opener,
  );
}

/**
 * openMove moves a meeting with fields: the advisor in the column it was
 * opened from (and any other advisors), the date, the start time and the
 * room. The talk keeps its length; the reporting time follows it.
 */
export function openMove(n: Names, it: CalendarItem, act: Actions, opener: Element | null, column: string): void {
  const start = new Date(it.start);
  const length = new Date(it.end).getTime() - start.getTime();
  const advisors = [...it.advisors];
  let date = isoDate(start);
  let time = wallTime(start);
  let room = it.roomId ?? 0;
  let err: unknown;
  let busy = false;
  const id = `cal-move-${++seq}`;
  void column;
  const submit = async (m: Modal, e: Event) => {
    e.preventDefault();
    if (!date || !time) return;
    const at = wallToInstant(date, time);
    const body: MeetingMove = { start: at.toISOString(), end: new Date(at.getTime() + length).toISOString(), advisors: [...new Set(advisors)] };
    if (room) body.roomId = room;
    busy = true;
    err = undefined;
    m.redraw();
    try {
      await act.move(it, body);
      m.close();
    } catch (x) {
      err = x;
      busy = false;
      if (m.el.isConnected) {
        m.redraw();
        m.el.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      }
    }
  };
  modal(
    t("moveTitle"),
    (m) => html`<form novalidate @submit=${(e: Event) => submit(m, e)}>
      <div class="modal-body">
        <p>${titleText(it)}, ${fmtDate(it.start)} ${timeText(it)}</p>
        ${errorAlert(err)}
        ${advisors.map(
          (a, i) => html`<div class="form-group ${invalid(err, "advisors") ? "form-error" : ""}">
            <label class="form-label" for="${id}-adv${i}">${advisors.length > 1 ? t("moveAdvisorN", { n: i + 1 }) : t("moveAdvisor")}</label>
            ${i === 0 ? fieldError(err, "advisors", `${id}-adv0`) : nothing}
            <select class="form-select" id="${id}-adv${i}" name="advisor${i}" aria-invalid=${invalid(err, "advisors") ? "true" : "false"}
              aria-describedby=${i === 0 && invalid(err, "advisors") ? `${id}-adv0-error` : nothing}
              @change=${(e: Event) => (advisors[i] = Number((e.target as HTMLSelectElement).value))}>
              ${n.advisors.map((o) => html`<option value="${o.id}" ?selected=${o.id === a}>${o.name}</option>`)}
            </select>
          </div>`,
        )}
        <div class="form-group ${invalid(err, "start") ? "form-error" : ""}">
          <label class="form-label" for="${id}-date">${t("moveDate")}</label>
          ${fieldError(err, "start", `${id}-date`)}
          <input class="form-input input-width-s" type="date" id="${id}-date" name="date" required min=${isoDate(new Date())} .value=${date}
            aria-invalid=${invalid(err, "start") ? "true" : "false"} aria-describedby=${invalid(err, "start") ? `${id}-date-error` : nothing}
            @input=${(e: Event) => (date = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="form-group ${invalid(err, "start") ? "form-error" : ""}">
          <label class="form-label" for="${id}-time">${t("moveTime")}</label>
          <input class="form-input input-width-xs" type="time" id="${id}-time" name="time" required step="300" .value=${time}
            aria-invalid=${invalid(err, "start") ? "true" : "false"} aria-describedby=${invalid(err, "start") ? `${id}-date-error` : nothing}
            @input=${(e: Event) => (time = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="form-group ${invalid(err, "roomId") ? "form-error" : ""}">
          <label class="form-label" for="${id}-room">${t("room")}</label>
          ${fieldError(err, "roomId", `${id}-room`)}
          <select class="form-select" id="${id}-room" name="room" aria-invalid=${invalid(err, "roomId") ? "true" : "false"}
            aria-describedby=${invalid(err, "roomId") ? `${id}-room-error` : nothing}
            @change=${(e: Event) => (room = Number((e.target as HTMLSelectElement).value))}>
            <option value="0" ?selected=${room === 0}>${t("noRoom")}</option>
            ${n.rooms.map((r) => html`<option value="${r.id}" ?selected=${r.id === room}>${r.name}</option>`)}
          </select>
        </div>
        <p class="form-hint">${t("moveHint")}</p>
      </div>
      <div class="modal-footer">
        <button class="button button-primary" type="submit" ?disabled=${busy}>${t("moveOk")}</button>
        <button class="button button-secondary" type="button" @click=${() => m.close()}>${t("cancel")}</button>
      </div>
    </form>`,
    opener,
  );
}
