// calendar: the calendar (§2). Choose a team, then any of its advisors and
// rooms; each chosen advisor and room gets its own FullCalendar — columns
// side by side in the day view, rows in the week and month views — so a
// meeting is moved to another advisor by dragging it from one calendar to
// the other (FullCalendar's eventLeave/eventReceive; the commercial
// resource views are not used). Every meeting is also focusable and opens
// its details with Enter or Space, where "Flyt" moves it with fields and
// "Slet" deletes it. The view polls every 5 seconds, keeping its place.

import { Calendar, type EventInput, type EventApi } from "@fullcalendar/core";
import daLocale from "@fullcalendar/core/locales/da";
import enLocale from "@fullcalendar/core/locales/en-gb";
import dayGridPlugin from "@fullcalendar/daygrid";
import interactionPlugin from "@fullcalendar/interaction";
import timeGridPlugin from "@fullcalendar/timegrid";
import { html, nothing, render, type TemplateResult } from "lit-html";
import { del, get, put, query } from "../lib/api";
import { lang } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Room, Team } from "../lib/types";
import { announce, confirm, errorAlert, fmtDateTime, fmtTime, isoDate, successAlert, warningAlert, zone } from "../lib/ui";
import { openDetails, type Actions, type MeetingMove } from "./calendar-dialog";
import {
  advisorName,
  allDay,
  describe,
  initials,
  pushText,
  roomName,
  t,
  timeText,
  titleText,
  whenText,
  type AdvisorFull,
  type CalendarItem,
  type CalendarView,
  type DisplayState,
  type Names,
} from "./calendar-model";
import { wallTime, zonePlugin } from "./calendar-zone";

type View = "dag" | "uge" | "maaned";
const fcView: Record<View, string> = { dag: "timeGridDay", uge: "timeGridWeek", maaned: "dayGridMonth" };
const legendStates: DisplayState[] = ["synced", "synced_seen", "synced_seen_overdue", "awaiting_sync", "external", "no_participants", "error", "absence"];

/** Column is one advisor's or room's calendar. */
interface Column {
  key: string; // "a3" or "r2"
  kind: "advisor" | "room";
  id: number;
  el: HTMLElement;
  head: HTMLElement;
  cal: Calendar;
  sig: string; // the last drawn events, to redraw only on change
  hours?: string; // the hours drawn, "07:00:00-18:00:00"
}

/** teamAndBelow is a team's id with its sub-teams' ids. */
function teamAndBelow(teams: Team[], id: number): Set<number> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const tm of teams) {
      if (tm.parentId && out.has(tm.parentId) && !out.has(tm.id)) {
        out.add(tm.id);
        grew = true;
      }
    }
  }
  return out;
}

function ids(s: string | null): number[] | undefined {
  if (s === null) return undefined;
  return s
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** itemKey identifies an item inside one column. */
function itemKey(it: CalendarItem, i: number): string {
  if (it.kind === "meeting") return `m${it.meetingId}`;
  if (it.kind === "absence") return `a${it.absenceId}`;
  return `x${it.advisors[0]}-${it.start}-${i}`;
}

export const calendar: Route = {
  path: "/kalender",
  title: () => t("title"),
  async render(ctx) {
    let teams: Team[] = [];
    const names: Names = { advisors: [], rooms: [] };
    let loadErr: unknown;
    try {
      const [ts, as, rs] = await Promise.all([
        get<{ teams: Team[] }>("/api/teams"),
        get<{ advisors: AdvisorFull[] }>("/api/advisors"),
        get<{ rooms: Room[] }>("/api/rooms"),
      ]);
      teams = ts.teams;
      names.advisors = as.advisors;
      names.rooms = rs.rooms;
    } catch (e) {
      loadErr = e;
    }
    if (ctx.signal.aborted) return;

    const q = ctx.query;
    let team = Number(q.get("team")) || 0;
    if (!teams.some((tm) => tm.id === team)) team = teams.find((tm) => !tm.parentId)?.id ?? teams[0]?.id ?? 0;
    const inTeam = () => {
      const set = teamAndBelow(teams, team);
      return names.advisors.filter((a) => set.has(a.teamId));
    };
    let advisors = ids(q.get("advisors")) ?? inTeam().map((a) => a.id);
    advisors = advisors.filter((id) => inTeam().some((a) => a.id === id));
    let rooms = (ids(q.get("rooms")) ?? []).filter((id) => names.rooms.some((r) => r.id === id));
    let view: View = (["dag", "uge", "maaned"] as const).find((v) => v === q.get("visning")) ?? "uge";
    let date = /^\d{4}-\d{2}-\d{2}$/.test(q.get("dato") ?? "") ? q.get("dato")! : isoDate(new Date());

    let data: CalendarView = { items: [], redBar: [] };
    let notice: TemplateResult | typeof nothing = nothing;
    let err: unknown = loadErr;
    let rangeTitle = "";
    let updated = "";
    let columns: Column[] = [];
    let acting = false; // a drag, a confirmation or a request is under way: the poll waits
    let generation = 0;
    let leaving: { col: Column; item: CalendarItem } | undefined;

    const remember = () => {
      const url = `/kalender${query({ team, advisors: advisors.length ? advisors : undefined, rooms, visning: view, dato: date })}`;
      // an empty advisors list is remembered as "advisors=" (none), not as "all"
      history.replaceState(null, "", advisors.length ? url : url + (url.includes("?") ? "&" : "?") + "advisors=");
    };

    // the tooltip: an item's words on hover and on keyboard focus
    const tip = document.createElement("div");
    tip.className = "cal-tip";
    tip.id = "cal-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    let tipAnchor: HTMLElement | undefined;
    const showTip = (el: HTMLElement, lines: string[]) => {
      tipAnchor = el;
      tip.replaceChildren(...lines.map((l) => Object.assign(document.createElement("div"), { textContent: l })));
      tip.hidden = false;
      const r = el.getBoundingClientRect();
      tip.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8))}px`;
      tip.style.top = `${window.scrollY + r.bottom + 4}px`;
    };
    const hideTip = () => (tip.hidden = true);

    const area = document.createElement("div");
    area.className = "cal-area";

    const actions: Actions = {
      move: async (it, to) => {
        acting = true;
        try {
          const res = await put<{ informCitizen: boolean }>(`/api/meetings/${it.meetingId}`, to);
          done(res.informCitizen, t("moved"));
        } finally {
          acting = false;
          await refresh();
        }
      },
      remove: async (it) => {
        acting = true;
        try {
          const ok = await confirm({ title: t("confirmDelete"), body: t("confirmDeleteBody", { title: titleText(it), when: whenText(it) }), ok: t("delete"), danger: true });
          if (!ok) return;
          const res = await del<{ informCitizen: boolean }>(`/api/meetings/${it.meetingId}`);
          done(res.informCitizen, t("deleted"));
        } finally {
          acting = false;
          await refresh();
        }
      },
      changed: () => refresh(),
      seats: async (it, seats) => {
        acting = true;
        try {
          const res = await put<{ seats: number }>(`/api/meetings/${it.meetingId}/seats`, { seats });
          notice = successAlert(t("seatsDone", { n: res.seats }));
          announce(t("seatsDone", { n: res.seats }));
          draw();
        } finally {
          acting = false;
          await refresh();
        }
      },
      present: async (it) => {
        acting = true;
        try {
          const ok = await confirm({ title: t("confirmPresent"), body: t("confirmPresentBody", { when: whenText(it) }), ok: t("present") });
          if (!ok) return;
          await del(`/api/absences/${it.absenceId}`);
          notice = successAlert(t("presentDone"));
          announce(t("presentDone"));
          draw();
        } finally {
          acting = false;
          await refresh();
        }
      },
    };

    const done = (inform: boolean, text: string) => {
      notice = inform
        ? html`${successAlert(text)}${warningAlert(t("inform"))}`
        : successAlert(text);
      announce(inform ? `${text} ${t("inform")}` : text);
      draw();
    };

    /** moveByDrag confirms and sends a drag; a refusal or a no puts the meeting back. */
    const moveByDrag = async (it: CalendarItem, to: MeetingMove, revert: () => void, who: string) => {
      acting = true;
      try {
        const when = fmtDateTime(to.start);
        const ok = await confirm({ title: t("confirmMove"), body: t("confirmMoveBody", { title: titleText(it), who, when }), ok: t("move") });
        if (!ok) {
          revert();
          return;
        }
        const res = await put<{ informCitizen: boolean }>(`/api/meetings/${it.meetingId}`, to);
        err = undefined;
        done(res.informCitizen, t("moved"));
      } catch (e) {
        revert();
        err = e;
        notice = nothing;
        draw();
        announce(e instanceof Error ? e.message : String(e));
      } finally {
        acting = false;
        await refresh(true);
      }
    };

    const itemsOf = (col: Column): CalendarItem[] =>
      data.items.filter((it) => (col.kind === "advisor" ? it.advisors.includes(col.id) : it.kind === "meeting" && it.roomId === col.id));

    const toEvent = (col: Column, it: CalendarItem, i: number): EventInput => {
      const whole = allDay(it);
      const end = new Date(new Date(it.end).getTime() + (it.reportingMinutes ?? 0) * 60000);
      return {
        id: itemKey(it, i),
        start: whole ? isoDate(new Date(it.start)) : it.start,
        end: whole ? isoDate(new Date(new Date(it.end).getTime() + 1)) : end.toISOString(),
        allDay: whole,
        startEditable: it.kind === "meeting",
        durationEditable: false,
        classNames: ["cal-item", `cal-state-${it.state}`, `cal-kind-${it.kind}`, ...(it.conflict ? ["cal-conflict"] : []), ...(it.absenceClash ? ["cal-clash"] : [])],
        extendedProps: { item: it, col: col.key },
      };
    };

    /** content draws an item inside FullCalendar's event box. */
    const content = (it: CalendarItem): Node[] => {
      const box = document.createElement("div");
      box.className = "cal-ev";
      const talk = document.createElement("div");
      talk.className = "cal-ev-talk";
      const time = Object.assign(document.createElement("span"), { className: "cal-ev-time", textContent: timeText(it) });
      const title = Object.assign(document.createElement("span"), { className: "cal-ev-title", textContent: titleText(it) });
      talk.append(time, " ", title);
      if (it.state === "synced_seen" || it.state === "synced_seen_overdue") talk.prepend(Object.assign(document.createElement("span"), { className: "cal-tick", textContent: "✓" }));
      if (it.state === "synced_seen_overdue") talk.prepend(Object.assign(document.createElement("span"), { className: "cal-dot" }));
      if (it.state === "error" && it.reason) talk.append(Object.assign(document.createElement("span"), { className: "cal-ev-reason", textContent: it.reason }));
      if (it.targets?.length) {
        const pushes = document.createElement("span");
        pushes.className = "cal-pushes";
        for (const p of it.targets) {
          const chip = Object.assign(document.createElement("span"), { className: `cal-push cal-push-${p.state}`, textContent: initials(advisorName(names, p.advisorId)) });
          chip.dataset.pushAdvisor = String(p.advisorId);
          chip.dataset.pushState = p.state;
          chip.title = pushText(names, p);
          pushes.append(chip);
        }
        talk.append(pushes);
      }
      box.append(talk);
      if (it.reportingMinutes) {
        const talkMin = (new Date(it.end).getTime() - new Date(it.start).getTime()) / 60000;
        talk.style.flexGrow = String(Math.max(talkMin, 1));
        const rep = Object.assign(document.createElement("div"), { className: "cal-ev-report" });
        rep.style.flexGrow = String(it.reportingMinutes);
        box.append(rep);
      }
      return [box];
    };

    const makeColumn = (kind: "advisor" | "room", id: number): Column => {
      const key = `${kind === "advisor" ? "a" : "r"}${id}`;
      const el = document.createElement("section");
      el.className = "cal-col";
      el.dataset.col = key;
      el.setAttribute("aria-labelledby", `${key}-h`);
      const head = document.createElement("div");
      const body = document.createElement("div");
      body.className = "cal-fc";
      el.append(head, body);
      const col = { key, kind, id, el, head, sig: "" } as unknown as Column;
      col.cal = new Calendar(body, {
        plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin, zonePlugin],
        locale: lang() === "en" ? enLocale : daLocale,
        timeZone: zone,
        initialView: fcView[view],
        initialDate: date,
        headerToolbar: false,
        height: "auto",
        slotMinTime: "07:00:00",
        slotMaxTime: "18:00:00",
        scrollTime: "07:00:00",
        nowIndicator: true,
        eventDisplay: "block",
        dayMaxEvents: false,
        editable: true,
        droppable: true,
        eventInteractive: true,
        eventDurationEditable: false,
        snapDuration: "00:15:00",
        eventContent: (arg) => ({ domNodes: content(arg.event.extendedProps.item as CalendarItem) }),
        eventDidMount: (arg) => {
          const it = arg.event.extendedProps.item as CalendarItem;
          const a = arg.el;
          a.setAttribute("role", "button");
          a.setAttribute("aria-label", describe(names, it).join(". "));
          a.dataset.key = `${key}-${arg.event.id}`;
          a.dataset.state = it.state;
          a.dataset.kind = it.kind;
          if (it.meetingId) a.dataset.meeting = String(it.meetingId);
          if (it.absenceId) a.dataset.absence = String(it.absenceId);
          const lines = () => describe(names, it);
          a.addEventListener("mouseenter", () => showTip(a, lines()));
          a.addEventListener("focus", () => showTip(a, lines()));
          a.addEventListener("mouseleave", () => document.activeElement !== a && hideTip());
          a.addEventListener("blur", hideTip);
        },
        eventClick: (arg) => {
          arg.jsEvent.preventDefault();
          hideTip();
          openDetails(names, arg.event.extendedProps.item as CalendarItem, actions, arg.el, key);
        },
        eventDragStart: () => {
          acting = true;
          hideTip();
          tip.classList.add("cal-tip-off"); // no tooltip while dragging
        },
        eventDragStop: () => {
          tip.classList.remove("cal-tip-off");
          hideTip();
          // eventDrop / eventReceive take over; a drop outside every calendar ends here
          window.setTimeout(() => {
            if (!document.querySelector("dialog[open]")) acting = false;
          }, 300);
        },
        eventDrop: (arg) => {
          const it = arg.event.extendedProps.item as CalendarItem;
          const to = moveOf(it, arg.event);
          void moveByDrag(it, to, arg.revert, kind === "advisor" ? advisorName(names, id) : roomName(names, id));
        },
        eventLeave: (arg) => {
          leaving = { col, item: arg.event.extendedProps.item as CalendarItem };
        },
        eventReceive: (arg) => {
          const it = arg.event.extendedProps.item as CalendarItem;
          const from = leaving?.col;
          leaving = undefined;
          const revert = () => arg.revert();
          if (!from || from.kind !== kind) {
            revert();
            err = undefined;
            notice = warningAlert(t("mixedDrop"));
            draw();
            void refresh(true);
            return;
          }
          const to = moveOf(it, arg.event);
          if (kind === "advisor") to.advisors = [...new Set(it.advisors.map((a) => (a === from.id ? id : a)))];
          else to.roomId = id;
          void moveByDrag(it, to, revert, kind === "advisor" ? advisorName(names, id) : roomName(names, id));
        },
      });
      return col;
    };

    /** moveOf is the move a drag asks for: the new start, the talk's length kept. */
    const moveOf = (it: CalendarItem, ev: EventApi): MeetingMove => {
      const start = ev.start ?? new Date(it.start);
      const length = new Date(it.end).getTime() - new Date(it.start).getTime();
      const to: MeetingMove = { start: start.toISOString(), end: new Date(start.getTime() + length).toISOString(), advisors: [...it.advisors] };
      if (it.roomId) to.roomId = it.roomId;
      return to;
    };

    const drawHead = (col: Column) => {
      const red = col.kind === "advisor" && data.redBar.includes(col.id);
      const name = col.kind === "advisor" ? advisorName(names, col.id) : roomName(names, col.id);
      render(
        html`<div class="cal-col-head ${red ? "cal-redbar" : ""}" data-redbar=${red ? "true" : "false"}>
          <h3 class="cal-col-name" id="${col.key}-h">${name}</h3>
          ${red ? html`<span class="cal-redbar-text">${t("redBar")}</span>` : nothing}
          ${col.kind === "advisor"
            ? html`<a class="cal-col-action" href="/kalender/fravaer${query({ advisor: col.id, tilbage: location.pathname + location.search })}"
                aria-label=${t("reportAbsenceFor", { name })}>${t("reportAbsence")}</a>`
            : nothing}
        </div>`,
        col.head,
      );
    };

    const build = () => {
      for (const c of columns) c.cal.destroy();
      columns = [];
      area.replaceChildren();
      area.className = `cal-area cal-area-${view}`;
      for (const a of advisors) columns.push(makeColumn("advisor", a));
      for (const r of rooms) columns.push(makeColumn("room", r));
      for (const c of columns) {
        area.append(c.el);
        drawHead(c);
        c.cal.render();
      }
      rangeTitle = columns[0]?.cal.view.title ?? "";
    };

    /** refresh loads the visible period and redraws the columns whose items changed. */
    const refresh = async (force = false) => {
      if (columns.length === 0) {
        data = { items: [], redBar: [] };
        draw();
        return;
      }
      const gen = ++generation;
      const v = columns[0].cal.view;
      const from = isoDate(v.activeStart);
      const to = isoDate(new Date(v.activeEnd.getTime() - 1));
      try {
        const got = await get<CalendarView>(`/api/calendar${query({ advisors, rooms, from, to })}`);
        if (gen !== generation || ctx.signal.aborted) return;
        data = got;
        updated = fmtTime(new Date());
        if (!force && acting) return;
        // the day's hours: 07–18, widened to show every item (an early or a late meeting is never hidden)
        let lo = 7, hi = 18;
        for (const it of data.items) {
          if (allDay(it)) continue;
          const end = new Date(new Date(it.end).getTime() + (it.reportingMinutes ?? 0) * 60000);
          const [sh] = wallTime(new Date(it.start)).split(":").map(Number);
          const [eh, em] = wallTime(end).split(":").map(Number);
          if (isoDate(new Date(it.start)) !== isoDate(new Date(end.getTime() - 1))) {
            lo = Math.min(lo, sh);
            hi = 24;
            continue;
          }
          lo = Math.min(lo, sh);
          hi = Math.max(hi, eh + (em > 0 ? 1 : 0));
        }
        const range = [`${String(lo).padStart(2, "0")}:00:00`, `${String(hi).padStart(2, "0")}:00:00`];
        for (const c of columns) {
          if (c.hours !== range.join("-")) {
            c.hours = range.join("-");
            c.cal.setOption("slotMinTime", range[0]);
            c.cal.setOption("slotMaxTime", range[1]);
          }
        }
        const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-key]")?.dataset.key;
        for (const c of columns) {
          const items = itemsOf(c);
          const sig = JSON.stringify(items);
          if (sig !== c.sig || force) {
            c.sig = sig;
            c.cal.batchRendering(() => {
              c.cal.removeAllEvents();
              items.forEach((it, i) => c.cal.addEvent(toEvent(c, it, i)));
            });
          }
          drawHead(c);
        }
        if (tipAnchor && !tipAnchor.isConnected) hideTip();
        if (focused && !document.querySelector("dialog[open]")) {
          const again = area.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
          if (again && document.activeElement !== again) again.focus();
        }
        if (loadErr === undefined && err && !(err as { status?: number }).status) err = undefined;
      } catch (e) {
        if (gen !== generation || ctx.signal.aborted) return;
        err = e;
      }
      draw();
    };

    const go = (how: "prev" | "next" | "today") => {
      for (const c of columns) c.cal[how]();
      if (columns[0]) {
        date = isoDate(columns[0].cal.getDate());
        rangeTitle = columns[0].cal.view.title;
      } else {
        const d = new Date(`${date}T12:00:00Z`);
        const step = view === "dag" ? 1 : view === "uge" ? 7 : 30;
        date = how === "today" ? isoDate(new Date()) : isoDate(new Date(d.getTime() + (how === "next" ? step : -step) * 86400_000));
      }
      remember();
      for (const c of columns) c.sig = "";
      void refresh();
      announce(rangeTitle);
    };

    const setView = (v: View) => {
      view = v;
      area.className = `cal-area cal-area-${view}`;
      for (const c of columns) {
        c.cal.changeView(fcView[v]);
        c.sig = "";
      }
      rangeTitle = columns[0]?.cal.view.title ?? "";
      remember();
      void refresh();
    };

    const select = () => {
      remember();
      build();
      void refresh();
    };

    const toggle = (list: number[], id: number, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

    const legend = () => html`<details class="cal-legend-box" open>
      <summary>${t("legend")}</summary>
      <ul class="cal-legend nobullet-list">
        ${legendStates.map(
          (s) => html`<li data-legend="${s}">
            <span class="cal-swatch cal-state-${s}" aria-hidden="true">${s === "synced_seen" || s === "synced_seen_overdue" ? html`<span class="cal-tick">✓</span>` : nothing}${s === "synced_seen_overdue" ? html`<span class="cal-dot"></span>` : nothing}</span>
            ${t(`legend.${s}`)}
          </li>`,
        )}
        <li data-legend="reporting"><span class="cal-swatch cal-swatch-report" aria-hidden="true"></span>${t("legend.reporting")}</li>
        <li data-legend="push">
          <span class="cal-push cal-push-pending" aria-hidden="true">BP</span><span class="cal-push cal-push-done" aria-hidden="true">BP</span><span class="cal-push cal-push-failed" aria-hidden="true">BP</span>
          ${t("legend.push")}
        </li>
      </ul>
    </details>`;

    const draw = () => {
      const list = inTeam();
      render(
        html`<div class="planner-heading-row"><h1>${t("title")}</h1><a class="button button-secondary" href="/indkald">${t("summon")}</a></div>
          <div class="cal-layout">
            <aside class="cal-side" aria-label=${t("title")}>
              <div class="form-group">
                <label class="form-label" for="cal-team">${t("team")}</label>
                <select class="form-select" id="cal-team" @change=${(e: Event) => {
                  team = Number((e.target as HTMLSelectElement).value);
                  advisors = inTeam().map((a) => a.id);
                  select();
                }}>
                  ${teams.map((tm) => html`<option value="${tm.id}" ?selected=${tm.id === team}>${tm.name}</option>`)}
                </select>
              </div>
              <fieldset class="cal-choice">
                <legend class="form-label">${t("advisors")}</legend>
                ${list.length === 0 ? html`<p>${t("noAdvisors")}</p>` : nothing}
                <ul class="nobullet-list">
                  ${list.map(
                    (a) => html`<li class="form-group-checkbox">
                      <input class="form-checkbox" type="checkbox" id="cal-adv-${a.id}" .checked=${advisors.includes(a.id)}
                        @change=${(e: Event) => {
                          advisors = toggle(advisors, a.id, (e.target as HTMLInputElement).checked);
                          advisors = list.map((x) => x.id).filter((x) => advisors.includes(x));
                          select();
                        }} />
                      <label class="form-label" for="cal-adv-${a.id}">${a.name}</label>
                    </li>`,
                  )}
                </ul>
                <button class="button button-tertiary cal-all" type="button" @click=${() => {
                  advisors = advisors.length === list.length ? [] : list.map((a) => a.id);
                  select();
                }}>${advisors.length === list.length ? t("none") : t("all")}</button>
              </fieldset>
              <fieldset class="cal-choice">
                <legend class="form-label">${t("rooms")}</legend>
                ${names.rooms.length === 0 ? html`<p>${t("noRooms")}</p>` : nothing}
                <ul class="nobullet-list">
                  ${names.rooms.map(
                    (r) => html`<li class="form-group-checkbox">
                      <input class="form-checkbox" type="checkbox" id="cal-room-${r.id}" .checked=${rooms.includes(r.id)}
                        @change=${(e: Event) => {
                          rooms = toggle(rooms, r.id, (e.target as HTMLInputElement).checked);
                          rooms = names.rooms.map((x) => x.id).filter((x) => rooms.includes(x));
                          select();
                        }} />
                      <label class="form-label" for="cal-room-${r.id}">${r.name}</label>
                    </li>`,
                  )}
                </ul>
              </fieldset>
              ${legend()}
            </aside>
            <section class="cal-main" aria-labelledby="cal-range">
              <div class="cal-notice">${errorAlert(err)}${notice}</div>
              <div class="cal-toolbar">
                <div class="cal-nav">
                  <button class="button button-secondary" type="button" @click=${() => go("prev")}>${t("prev")}</button>
                  <button class="button button-secondary" type="button" @click=${() => go("today")}>${t("today")}</button>
                  <button class="button button-secondary" type="button" @click=${() => go("next")}>${t("next")}</button>
                </div>
                <h2 id="cal-range" class="cal-range">${rangeTitle || t("title")}</h2>
                <div class="cal-views" role="group" aria-label=${t("view")}>
                  ${(["dag", "uge", "maaned"] as const).map(
                    (v) => html`<button class="button ${view === v ? "button-primary" : "button-secondary"}" type="button" aria-pressed=${view === v ? "true" : "false"}
                      @click=${() => setView(v)}>${t(v === "dag" ? "day" : v === "uge" ? "week" : "month")}</button>`,
                  )}
                </div>
              </div>
              ${columns.length === 0 ? html`<p class="cal-empty">${t("choose")}</p>` : nothing}
              <div class="cal-area-host"></div>
              ${updated ? html`<p class="form-hint cal-updated">${t("updated", { time: updated })}</p>` : nothing}
            </section>
          </div>`,
        ctx.main,
      );
      const host = ctx.main.querySelector(".cal-area-host");
      if (host && area.parentElement !== host) host.append(area);
    };

    ctx.signal.addEventListener("abort", () => {
      for (const c of columns) c.cal.destroy();
      tip.remove();
      document.querySelectorAll("dialog.cal-dialog").forEach((d) => d.remove());
    });
    draw();
    build();
    draw();
    ctx.main.append(tip);
    await refresh();
    ctx.every(5000, () => {
      if (!acting && !document.querySelector("dialog[open]")) void refresh();
    });
  },
};
