// meetings: "Mine møder" (§5) — the citizen's booked meetings with cancel
// and rebook where the booking's terms allow, the offers open to them,
// and "Book første ledige tid", the instant booking.

import { html, nothing, render } from "lit-html";
import { del, get, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import { announce, confirm, errorAlert, fmtDate, fmtTime, infoAlert, successAlert } from "../lib/ui";
import { channelText, t as common } from "./texts";
import type { Booking, BookingAnswer, PortalOffer } from "./types";

const t = define({
  title: ["Mine møder", "My meetings"],
  call: ["Opkald", "Call"],
  youCall: ["Du ringer til jobcentret på", "You call the job centre on"],
  youCallNoNumber: ["Du ringer til jobcentret. Nummeret står i din indkaldelse.", "You call the job centre. The number is in your summons."],
  weCall: ["Din vejleder ringer dig op.", "Your advisor calls you."],
  booked: ["Dine bookede møder", "Your booked meetings"],
  noneBooked: ["Du har ingen bookede møder.", "You have no booked meetings."],
  offers: ["Book et møde", "Book a meeting"],
  noOffer: [
    "Der er ingen møder, du kan booke lige nu. Jobcentret kontakter dig, hvis du skal til et møde, eller du kan selv kontakte jobcentret.",
    "There is no meeting you can book right now. The job centre will contact you if you are to attend a meeting, or you can contact the job centre yourself.",
  ],
  seeTimes: ["Se ledige tider", "See free times"],
  seeTimesFor: ["Se ledige tider: {name}", "See free times: {name}"],
  instant: ["Book første ledige tid", "Book the first free time"],
  instantHint: ["Vi booker den første ledige tid i et af dine mødetilbud.", "We book the first free time of one of your meeting offers."],
  instantQ: ["Book første ledige tid?", "Book the first free time?"],
  instantBody: ["Du får den første ledige tid i et af de møder, du kan booke. Du kan se tiden bagefter.", "You get the first free time of a meeting you can book. You see the time afterwards."],
  instantOk: ["Book tiden", "Book the time"],
  when: ["Tid", "Time"],
  with: ["Vejleder", "Advisor"],
  where: ["Sted", "Place"],
  number: ["Mødenummer", "Meeting number"],
  at: ["{date} kl. {from}–{to}", "{date}, {from}–{to}"],
  cancel: ["Meld afbud", "Cancel"],
  cancelTo: ["Meld afbud: {title} {date}", "Cancel: {title} {date}"],
  cancelQ: ["Meld afbud til mødet?", "Cancel the meeting?"],
  cancelBody: ["Du melder afbud til {title} {date}. Tiden bliver ledig for andre.", "You cancel {title} {date}. The time becomes free for others."],
  cancelOk: ["Meld afbud", "Cancel the meeting"],
  cancelKeep: ["Behold mødet", "Keep the meeting"],
  cancelled: ["Du har meldt afbud til {title} {date}.", "You have cancelled {title} {date}."],
  rebook: ["Flyt tid", "Move the time"],
  rebookTo: ["Flyt tid: {title} {date}", "Move the time: {title} {date}"],
  rebookUntil: ["Du kan flytte tiden til og med {date}.", "You can move the time until {date}."],
  noChange: ["Mødet kan ikke flyttes eller aflyses her. Kontakt jobcentret, hvis du ikke kan komme.", "The meeting cannot be moved or cancelled here. Contact the job centre if you cannot come."],
  minutes: ["{n} min.", "{n} min."],
  uses: ["Se, hvornår jobcentret har brugt dine oplysninger", "See when the job centre used your details"],
});

/** when is a booking's or free time's date and clock times. */
export function when(start: string, end: string): string {
  return t("at", { date: fmtDate(start), from: fmtTime(start), to: fmtTime(end) });
}

/** bookingDetails lists a booking's time, advisor, place and number. */
export function bookingDetails(b: Booking) {
  return html`<dl class="planner-details">
    <div><dt>${t("when")}</dt><dd>${when(b.start, b.end)}</dd></div>
    ${b.advisorName ? html`<div><dt>${t("with")}</dt><dd>${b.advisorName}</dd></div>` : nothing}
    <div><dt>${t("where")}</dt><dd>${channelText(b.channel)}${b.roomName ? `, ${b.roomName}` : ""}</dd></div>
    ${b.call
      ? html`<div><dt>${t("call")}</dt><dd data-call=${b.call.caller}>${b.call.caller === "citizen_calls"
          ? b.call.phone
            ? html`${t("youCall")} <a href="tel:${b.call.phone.replace(/[^\d+]/g, "")}">${b.call.phone}</a>`
            : t("youCallNoNumber")
          : t("weCall")}</dd></div>`
      : nothing}
    <div><dt>${t("number")}</dt><dd>${b.number}</dd></div>
  </dl>`;
}

export const myMeetings: Route = {
  path: "/borger",
  title: () => t("title"),
  async render(ctx) {
    let bookings: Booking[] = [];
    let offers: PortalOffer[] = [];
    let err: unknown;
    let done = "";
    let loaded = false;
    const draw = () =>
      render(
        html`<h1>${t("title")}</h1>
          ${errorAlert(err)} ${successAlert(done)}
          ${loaded
            ? html`<section aria-labelledby="booked-h">
                  <h2 id="booked-h">${t("booked")}</h2>
                  ${bookings.length === 0
                    ? html`<p>${t("noneBooked")}</p>`
                    : html`<ul class="planner-cards" data-bookings>
                        ${bookings.map((b) => bookingCard(b))}
                      </ul>`}
                </section>
                <section aria-labelledby="offers-h">
                  <h2 id="offers-h">${t("offers")}</h2>
                  ${offers.length === 0
                    ? infoAlert(t("noOffer"))
                    : html`<div class="planner-instant">
                          <button class="button button-primary" type="button" @click=${instant}>${t("instant")}</button>
                          <p class="form-hint">${t("instantHint")}</p>
                        </div>
                        <ul class="planner-cards" data-offers>
                          ${offers.map(
                            (o) => html`<li class="card planner-card">
                              <div class="card-content">
                                <h3 class="header-title">${o.name}</h3>
                                ${o.description ? html`<p>${o.description}</p>` : nothing}
                                <p class="planner-meta">
                                  ${common(`form.${o.form}` as "form.group")} · ${channelText(o.channel)} · ${t("minutes", { n: o.durationMinutes })}
                                </p>
                                <a class="button button-secondary" href="/borger/tilbud/${o.id}" aria-label=${t("seeTimesFor", { name: o.name })}>${t("seeTimes")}</a>
                              </div>
                            </li>`,
                          )}
                        </ul>`}
                </section>
                <p class="mt-7"><a href="/borger/brug-af-oplysninger">${t("uses")}</a></p>`
            : nothing}`,
        ctx.main,
      );
    const bookingCard = (b: Booking) => {
      const label = { title: b.title, date: fmtDate(b.start) };
      return html`<li class="card planner-card" data-summons=${b.summonsId}>
        <div class="card-content">
          <h3 class="header-title">${b.title}</h3>
          ${bookingDetails(b)}
          ${b.mayRebook && b.rebookUntil ? html`<p class="form-hint">${t("rebookUntil", { date: fmtDate(b.rebookUntil) })}</p>` : nothing}
          ${!b.mayCancel && !b.mayRebook ? html`<p class="form-hint">${t("noChange")}</p>` : nothing}
          <div class="planner-actions">
            ${b.mayRebook && b.offerId
              ? html`<a class="button button-secondary" href="/borger/tilbud/${b.offerId}?flyt=${b.summonsId}" aria-label=${t("rebookTo", label)}>${t("rebook")}</a>`
              : nothing}
            ${b.mayCancel
              ? html`<button class="button button-tertiary" type="button" aria-label=${t("cancelTo", label)} @click=${() => cancel(b)}>${t("cancel")}</button>`
              : nothing}
          </div>
        </div>
      </li>`;
    };
    const load = async () => {
      try {
        const [bs, os] = await Promise.all([get<{ bookings: Booking[] }>("/api/portal/bookings"), get<{ offers: PortalOffer[] }>("/api/portal/offers")]);
        bookings = bs.bookings;
        offers = os.offers.filter((o) => !o.booked); // a booked offer is under "Dine bookede møder", to move
        err = undefined;
      } catch (e) {
        err = e;
      }
      loaded = true;
      draw();
    };
    const cancel = async (b: Booking) => {
      const label = { title: b.title, date: when(b.start, b.end) };
      const ok = await confirm({ title: t("cancelQ"), body: t("cancelBody", label), ok: t("cancelOk"), cancel: t("cancelKeep"), danger: true });
      if (!ok) return;
      try {
        await del(`/api/portal/bookings/${b.summonsId}`);
        done = t("cancelled", label);
        announce(done);
        err = undefined;
      } catch (e) {
        err = e;
        done = "";
      }
      await load();
      ctx.main.querySelector<HTMLElement>("h1")?.focus();
    };
    const instant = async () => {
      const ok = await confirm({ title: t("instantQ"), body: t("instantBody"), ok: t("instantOk") });
      if (!ok) return;
      try {
        const a = await post<BookingAnswer>("/api/portal/instant-bookings");
        ctx.navigate(`/borger/bekraeftelse/${a.summons.id}`);
      } catch (e) {
        err = e;
        done = "";
        draw();
      }
    };
    draw();
    await load();
  },
};
