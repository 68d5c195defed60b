// freetimes: an offer's free times for the citizen (§5) — a month
// calendar that opens on the month of the first free time, the days with
// free times selectable, the chosen day's times listed; the advisor to
// choose where the offer allows it; booking, or (with ?flyt=<summons>)
// moving one's booking to the chosen time.

import { html, nothing, render } from "lit-html";
import { get, post } from "../lib/api";
import { define, locale } from "../lib/i18n";
import type { Route } from "../lib/router";
import { announce, confirm, errorAlert, fmtDate, fmtTime, isoDate, warningAlert } from "../lib/ui";
import { when } from "./meetings";
import { channelText, emptyText, t as common } from "./texts";
import type { Booking, BookingAnswer, FreeTime, PortalOffer, PortalTimes } from "./types";

const t = define({
  title: ["Ledige tider", "Free times"],
  back: ["Tilbage til Mine møder", "Back to My meetings"],
  cannotMove: ["Mødet kan ikke længere flyttes her. Se dine møder under Mine møder.", "The meeting can no longer be moved here. See your meetings under My meetings."],
  notOpen: ["Tilbuddet findes ikke, eller du kan ikke booke det.", "The offer does not exist, or you cannot book it."],
  moving: ["Du flytter dit møde {when}. Vælg en ny tid.", "You are moving your meeting {when}. Choose a new time."],
  advisor: ["Vejleder", "Advisor"],
  advisorHint: ["Vælg, hvem du vil holde mødet med.", "Choose whom you want to meet."],
  anyAdvisor: ["Alle vejledere", "Any advisor"],
  calendar: ["Vælg en dag", "Choose a day"],
  prev: ["Forrige måned", "Previous month"],
  next: ["Næste måned", "Next month"],
  alreadyBooked: ["Du har allerede booket et møde i dette tilbud. Du kan flytte det under Mine møder.", "You have already booked a meeting of this offer. You can move it under My meetings."],
  noneInMonth: ["Der er ingen ledige tider i {month}.", "There are no free times in {month}."],
  firstFree: ["Første ledige tid er {date}.", "The first free time is {date}."],
  dayLabel: ["{date}, {n} ledige tider", "{date}, {n} free times"],
  dayLabel1: ["{date}, 1 ledig tid", "{date}, 1 free time"],
  timesOf: ["Ledige tider {date}", "Free times on {date}"],
  chooseDay: ["Vælg en dag med ledige tider i kalenderen.", "Choose a day with free times in the calendar."],
  seats: ["{n} ledige pladser", "{n} free seats"],
  seats1: ["1 ledig plads", "1 free seat"],
  withName: ["hos {name}", "with {name}"],
  bookQ: ["Book mødet?", "Book the meeting?"],
  bookBody: ["{offer} {when}{who}.", "{offer} {when}{who}."],
  bookOk: ["Book tiden", "Book the time"],
  moveQ: ["Flyt mødet?", "Move the meeting?"],
  moveOk: ["Flyt til denne tid", "Move to this time"],
  shown: ["{n} ledige tider den {date}", "{n} free times on {date}"],
});

/** month arithmetic on "YYYY-MM" */
function addMonth(m: string, n: number): string {
  const [y, mo] = m.split("-").map(Number);
  const d = new Date(Date.UTC(y, mo - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

function monthName(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, mo - 1, 15)));
}

function longDate(day: string): string {
  return new Intl.DateTimeFormat(locale(), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

/** weeks are the month's days, Monday first, "" outside the month. */
function weeks(m: string): string[][] {
  const [y, mo] = m.split("-").map(Number);
  const lead = (new Date(Date.UTC(y, mo - 1, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const cells = [...Array<string>(lead).fill(""), ...Array.from({ length: days }, (_, i) => `${m}-${String(i + 1).padStart(2, "0")}`)];
  while (cells.length % 7 !== 0) cells.push("");
  const out: string[][] = [];
  for (let i = 0; i < cells.length; i += 7) out.push(cells.slice(i, i + 7));
  return out;
}

function weekdays(): { short: string; long: string }[] {
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1 + i, 12));
    const f = (w: "short" | "long") => new Intl.DateTimeFormat(locale(), { weekday: w, timeZone: "UTC" }).format(d);
    return { short: f("short"), long: f("long") };
  });
}

export const freeTimes: Route = {
  path: "/borger/tilbud/:id",
  title: () => t("title"),
  async render(ctx) {
    const id = Number(ctx.params.id);
    const moving = Number(ctx.query.get("flyt") ?? 0);
    let offer: PortalOffer | undefined;
    let booking: Booking | undefined;
    let res: PortalTimes | undefined;
    let err: unknown;
    let loaded = false;
    let advisor = 0;
    let month = "";
    let day = "";
    const today = isoDate(new Date()).slice(0, 7);

    const visible = (): FreeTime[] => (res?.times ?? []).filter((ft) => !advisor || ft.advisorId === advisor);
    const byDay = (): Map<string, FreeTime[]> => {
      const m = new Map<string, FreeTime[]>();
      for (const ft of visible()) {
        const d = isoDate(new Date(ft.start));
        m.set(d, [...(m.get(d) ?? []), ft]);
      }
      return m;
    };
    const advisorName = (id: number) => res?.advisors?.find((a) => a.id === id)?.name ?? "";

    const draw = () => {
      if (!moving && loaded && offer?.booked && !err) {
        // issue 23: one coming booking per offer; it is moved, not booked twice
        render(
          html`<p><a href="/borger/" class="back-link">${t("back")}</a></p>
            <h1 tabindex="-1">${offer.name}</h1>
            ${warningAlert(t("alreadyBooked"))}`,
          ctx.main,
        );
        return;
      }
      if (moving && loaded && !booking && !err) {
        // a stale or foreign "move" link: never fall back to booking a second meeting
        render(
          html`<p><a href="/borger/" class="back-link">${t("back")}</a></p>
            <h1 tabindex="-1">${offer?.name ?? t("title")}</h1>
            ${warningAlert(t("cannotMove"))}`,
          ctx.main,
        );
        return;
      }
      const days = byDay();
      const all = visible();
      const last = all.length ? isoDate(new Date(all[all.length - 1].start)).slice(0, 7) : month;
      const first = all.length ? isoDate(new Date(all[0].start)) : "";
      const inMonth = [...days.keys()].some((d) => d.startsWith(month));
      const chosen = days.get(day) ?? [];
      render(
        html`<p><a href="/borger/" class="back-link">${t("back")}</a></p>
          <h1 tabindex="-1">${offer?.name ?? t("title")}</h1>
          ${errorAlert(err)}
          ${loaded && !offer && !err ? warningAlert(t("notOpen")) : nothing}
          ${offer
            ? html`${offer.description ? html`<p>${offer.description}</p>` : nothing}
                <p class="planner-meta">${common(`form.${offer.form}` as "form.group")} · ${channelText(offer.channel)} · ${common("minutes", { n: offer.durationMinutes })}</p>
                ${booking ? html`<div class="alert alert-info" role="status"><div class="alert-body"><p class="alert-text">${t("moving", { when: when(booking.start, booking.end) })}</p></div></div>` : nothing}`
            : nothing}
          ${offer && res && res.times.length === 0
            ? html`<div class="alert alert-warning" data-empty=${res.empty || "none"}><div class="alert-body"><p class="alert-text">${emptyText(res.empty)}</p></div></div>`
            : nothing}
          ${offer && res && res.times.length > 0
            ? html`${offer.citizenChoosesAdvisor && (res.advisors?.length ?? 0) > 0
                  ? html`<div class="form-group">
                      <label class="form-label" for="advisor">${t("advisor")}</label>
                      <span class="form-hint" id="advisor-hint">${t("advisorHint")}</span>
                      <select class="form-select" id="advisor" aria-describedby="advisor-hint" @change=${(e: Event) => chooseAdvisor(Number((e.target as HTMLSelectElement).value))}>
                        <option value="0" ?selected=${advisor === 0}>${t("anyAdvisor")}</option>
                        ${res.advisors!.map((a) => html`<option value=${a.id} ?selected=${advisor === a.id}>${a.name}</option>`)}
                      </select>
                    </div>`
                  : nothing}
                <section class="planner-month" aria-labelledby="month-h">
                  <h2 class="h3">${t("calendar")}</h2>
                  <div class="planner-month-nav">
                    <button class="button button-secondary" type="button" ?disabled=${month <= today} @click=${() => go(-1)}>
                      <span aria-hidden="true">‹</span> <span class="sr-only">${t("prev")}</span>
                    </button>
                    <p class="planner-month-name" id="month-h" aria-live="polite">${monthName(month)}</p>
                    <button class="button button-secondary" type="button" ?disabled=${month >= last} @click=${() => go(1)}>
                      <span class="sr-only">${t("next")}</span> <span aria-hidden="true">›</span>
                    </button>
                  </div>
                  <table class="planner-month-grid">
                    <caption class="sr-only">${monthName(month)}</caption>
                    <thead>
                      <tr>
                        ${weekdays().map((w) => html`<th scope="col" abbr=${w.long}><span aria-hidden="true">${w.short.slice(0, 2)}</span><span class="sr-only">${w.long}</span></th>`)}
                      </tr>
                    </thead>
                    <tbody>
                      ${weeks(month).map(
                        (wk) => html`<tr>
                          ${wk.map((d) => {
                            if (!d) return html`<td></td>`;
                            const n = days.get(d)?.length ?? 0;
                            const num = Number(d.slice(8));
                            if (!n) return html`<td><span class="planner-day planner-day-none">${num}</span></td>`;
                            const label = n === 1 ? t("dayLabel1", { date: longDate(d) }) : t("dayLabel", { date: longDate(d), n });
                            return html`<td>
                              <button type="button" class="planner-day planner-day-free" data-day=${d} aria-pressed=${d === day ? "true" : "false"} aria-label=${label} @click=${() => chooseDay(d)}>${num}</button>
                            </td>`;
                          })}
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                  ${!inMonth ? html`<p>${t("noneInMonth", { month: monthName(month) })} ${first ? t("firstFree", { date: fmtDate(first) }) : ""}</p>` : nothing}
                </section>
                <section class="planner-times" aria-labelledby="times-h">
                  <h2 class="h3" id="times-h">${day && chosen.length ? t("timesOf", { date: longDate(day) }) : t("chooseDay")}</h2>
                  ${day && chosen.length
                    ? html`<ul class="planner-time-list" data-times>
                        ${chosen.map((ft) => html`<li><button type="button" class="button button-secondary planner-time" @click=${() => book(ft)}>${timeText(ft)}</button></li>`)}
                      </ul>`
                    : nothing}
                </section>`
            : nothing}`,
        ctx.main,
      );
    };
    const timeText = (ft: FreeTime) => {
      const parts = [`${fmtTime(ft.start)}–${fmtTime(ft.end)}`];
      if (ft.advisorId && advisorName(ft.advisorId)) parts.push(t("withName", { name: advisorName(ft.advisorId) }));
      if (ft.freeSeats) parts.push(ft.freeSeats === 1 ? t("seats1") : t("seats", { n: ft.freeSeats }));
      return parts.join(" · ");
    };
    const chooseDay = (d: string) => {
      day = d;
      draw();
      announce(t("shown", { n: byDay().get(d)?.length ?? 0, date: longDate(d) }));
    };
    // reported tells Planner a month shown without a free time (guide A, mail 5: the advisor asked for hears of it)
    const reported = () => {
      if ([...byDay().keys()].some((d) => d.startsWith(month))) return;
      post(`/api/portal/offers/${id}/browsed`, { month, advisorId: advisor || undefined }).catch(() => undefined);
    };
    const go = (n: number) => {
      month = addMonth(month, n);
      const firstDay = [...byDay().keys()].find((d) => d.startsWith(month));
      if (firstDay) day = firstDay;
      draw();
      reported();
    };
    const chooseAdvisor = (a: number) => {
      advisor = a;
      const days = byDay();
      if (!days.has(day)) {
        day = [...days.keys()][0] ?? "";
        if (day) month = day.slice(0, 7);
      }
      draw();
      reported();
    };
    const book = async (ft: FreeTime) => {
      if (moving && !booking) return; // see draw: a move link never books anew
      const who = ft.advisorId && advisorName(ft.advisorId) ? ` ${t("withName", { name: advisorName(ft.advisorId) })}` : "";
      const body = t("bookBody", { offer: offer!.name, when: when(ft.start, ft.end), who });
      const ok = await confirm(booking ? { title: t("moveQ"), body, ok: t("moveOk") } : { title: t("bookQ"), body, ok: t("bookOk") });
      if (!ok) return;
      try {
        if (booking) {
          const a = await post<BookingAnswer>(`/api/portal/bookings/${booking.summonsId}/rebook`, ft);
          ctx.navigate(`/borger/bekraeftelse/${a.summons.id}?flyttet=1`);
        } else {
          const a = await post<BookingAnswer>("/api/portal/bookings", { ...ft, offerId: id });
          ctx.navigate(`/borger/bekraeftelse/${a.summons.id}`);
        }
      } catch (e) {
        err = e;
        await load();
        ctx.main.querySelector<HTMLElement>("[role=alert]")?.focus();
      }
    };
    const load = async () => {
      try {
        const [os, bs, times] = await Promise.all([
          get<{ offers: PortalOffer[] }>("/api/portal/offers"),
          moving ? get<{ bookings: Booking[] }>("/api/portal/bookings") : Promise.resolve({ bookings: [] as Booking[] }),
          get<PortalTimes>(`/api/portal/offers/${id}/free-times${moving ? `?rebook=${moving}` : ""}`),
        ]);
        offer = os.offers.find((o) => o.id === id);
        booking = bs.bookings.find((b) => b.summonsId === moving && b.mayRebook);
        res = times;
        if (!month) {
          month = res.openMonth ?? today;
          day = res.times.length ? isoDate(new Date(res.times[0].start)) : "";
        } else if (!byDay().has(day)) {
          day = [...byDay().keys()][0] ?? "";
        }
      } catch (e) {
        err = e;
      }
      loaded = true;
      draw();
    };
    draw();
    await load();
  },
};
