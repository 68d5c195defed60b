// explain: "why is this time not free" ("/ledige-tider/forklar"): choose
// an offer, an advisor, a date and a time; GET /api/offers/{id}/explain
// answers free, or every obstacle — the busy interval behind each, in the
// job centre's zone. The choice is kept in the address (no CPR in it).

import { html, nothing, render } from "lit-html";
import { ApiError, get, query } from "../lib/api";
import { define, lang } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Advisor } from "../lib/types";
import { errorAlert, fieldError, fmtDate, fmtTime, invalid, isoDate, successAlert, zone } from "../lib/ui";

/** sameDay tells whether two instants fall on one Copenhagen date (an absence over days names both). */
const sameDay = (a: string, b: string) => isoDate(new Date(a)) === isoDate(new Date(b));

const t = define({
  title: ["Hvorfor er tiden ikke ledig?", "Why is this time not free?"],
  intro: [
    "Vælg et onlinetilbud, en vejleder og et tidspunkt. Planner svarer, om tiden er ledig, og ellers hvad der forhindrer den.",
    "Choose an online offer, an advisor and a time. Planner answers whether the time is free and, if not, what stands in its way.",
  ],
  back: ["Tilbage til ledige tider", "Back to free times"],
  offer: ["Onlinetilbud", "Online offer"],
  chooseOffer: ["Vælg et tilbud", "Choose an offer"],
  inactive: ["{name} (ikke aktivt)", "{name} (not active)"],
  advisor: ["Vejleder", "Advisor"],
  chooseAdvisor: ["Vælg en vejleder", "Choose an advisor"],
  date: ["Dato", "Date"],
  time: ["Klokkeslæt", "Time"],
  submit: ["Undersøg tiden", "Check the time"],
  required: ["Skal udfyldes", "Is required"],
  free: ["Tiden {when} er ledig hos {advisor}.", "The time {when} is free with {advisor}."],
  notFree: ["Tiden {when} er ikke ledig hos {advisor}:", "The time {when} is not free with {advisor}:"],
  answer: ["Svar", "Answer"],
  detail: ["Detaljer: {text}", "Details: {text}"],
  "code.offer_inactive": ["Tilbuddet er ikke aktivt.", "The offer is not active."],
  "code.offer_not_open": ["Tilbuddet er endnu ikke åbnet for booking.", "The offer is not yet open for booking."],
  "code.advisor_not_on_offer": ["Vejlederen er ikke tilknyttet tilbuddet.", "The advisor is not on the offer."],
  "code.off_grid": ["Tidspunktet passer ikke med tilbuddets starttidspunkter.", "The time is not one of the offer's start times."],
  "code.notice": ["En booking kræver mindst 1 dags varsel.", "A booking needs 1 day's notice."],
  "code.before_first_date": ["Tidspunktet ligger før tilbuddets første mødedato.", "The time is before the offer's first meeting date."],
  "code.window": ["Tidspunktet ligger uden for bookingperioden.", "The time is outside the booking period."],
  "code.holiday": ["Jobcentret har lukket den dag.", "The job centre is closed that day."],
  "code.outside_hours": ["Tidspunktet ligger uden for vejlederens arbejdstid.", "The time is outside the advisor's working hours."],
  "code.absence": ["Vejlederen er fraværende.", "The advisor is absent."],
  "code.external_busy": ["Vejlederens egen kalender er optaget.", "The advisor's own calendar is busy."],
  "code.calendar_unreadable": ["Vejlederens egen kalender kan ikke læses, så der tilbydes ingen tider.", "The advisor's own calendar cannot be read, so no time is offered."],
  "code.meeting": ["Vejlederen har et andet møde (afrapporteringstid medregnet).", "The advisor has another meeting (reporting time included)."],
  "code.room_busy": ["Lokalet er optaget.", "The room is booked."],
  "code.no_session": ["Ingen session i tilbuddet starter på dette tidspunkt.", "No session of the offer starts at this time."],
  "code.seats_full": ["Alle pladser er optaget.", "Every seat is taken."],
  "code.seats_kept": ["De resterende pladser er reserveret til ombooking.", "The seats left are kept for rebooking."],
  busy: ["Optaget {from}–{to}", "Busy {from}–{to}"],
});

interface Offer {
  id: number;
  name: string;
  form: string;
  active: boolean;
  advisors: number[];
}

interface Obstacle {
  code: string;
  detail: string;
  detailDa?: string;
  interval?: { start: string; end: string };
}

/** zonedInstant is the instant of a wall-clock date and time in the job centre's zone. */
export function zonedInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const offset = (ms: number) => {
    const p = fmt.formatToParts(new Date(ms));
    const g = (k: string) => Number(p.find((x) => x.type === k)?.value);
    return Date.UTC(g("year"), g("month") - 1, g("day"), g("hour"), g("minute"), g("second")) - ms;
  };
  let ts = wall - offset(wall);
  ts = wall - offset(ts);
  return new Date(ts);
}

const rfc3339 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

export const explain: Route = {
  path: "/ledige-tider/forklar",
  title: () => t("title"),
  async render(ctx) {
    let offers: Offer[] = [];
    let advisors: Advisor[] = [];
    const sel = { offer: ctx.query.get("offer") ?? "", advisor: ctx.query.get("advisor") ?? "", date: ctx.query.get("date") ?? "", time: ctx.query.get("time") ?? "" };
    let err: unknown;
    let answer: { free: boolean; obstacles: Obstacle[]; when: string; advisor: string } | undefined;
    let busy = false;

    const offerOf = () => offers.find((o) => String(o.id) === sel.offer);
    const advisorName = (id: string) => advisors.find((a) => String(a.id) === id)?.name ?? id;

    const missing = (): ApiError | undefined => {
      const fields = (["offer", "advisor", "date", "time"] as const).filter((k) => !sel[k]).map((k) => ({ field: k, reason: t("required") }));
      return fields.length ? new ApiError(422, t("required"), "", fields, "") : undefined;
    };

    const check = async () => {
      answer = undefined;
      err = missing();
      if (err) return draw();
      busy = true;
      draw();
      try {
        const start = zonedInstant(sel.date, sel.time);
        const res = await get<{ free: boolean; obstacles: Obstacle[] }>(`/api/offers/${sel.offer}/explain${query({ advisorId: sel.advisor, start: rfc3339(start) })}`);
        if (ctx.signal.aborted) return;
        answer = { ...res, when: `${fmtDate(start)} ${fmtTime(start)}`, advisor: advisorName(sel.advisor) };
        // the API names the query's fields; show them at the inputs they come from
      } catch (e) {
        err = e instanceof ApiError && e.fields.length ? new ApiError(e.status, e.title, e.detail, e.fields.map((f) => ({ field: f.field === "advisorId" ? "advisor" : f.field === "start" ? "date" : f.field === "id" ? "offer" : f.field, reason: f.reason })), e.type, e.code) : e;
      }
      busy = false;
      draw();
      ctx.main.querySelector<HTMLElement>("#explain-answer")?.focus();
    };

    const field = (key: "date" | "time", type: string) => {
      const id = `explain-${key}`;
      const bad = invalid(err, key);
      return html`<div class="form-group ${bad ? "form-error" : ""}">
        <label class="form-label" for=${id}>${t(key)}</label>
        ${fieldError(err, key, id)}
        <input class="form-input planner-date" id=${id} name=${key} type=${type} .value=${sel[key]} step=${type === "time" ? "300" : nothing}
          aria-invalid=${bad ? "true" : nothing} aria-describedby=${bad ? `${id}-error` : nothing}
          @change=${(e: Event) => (sel[key] = (e.target as HTMLInputElement).value)} />
      </div>`;
    };

    const choice = (key: "offer" | "advisor", options: { value: string; label: string }[], placeholder: string) => {
      const id = `explain-${key}`;
      const bad = invalid(err, key);
      return html`<div class="form-group ${bad ? "form-error" : ""}">
        <label class="form-label" for=${id}>${t(key)}</label>
        ${fieldError(err, key, id)}
        <select class="form-select" id=${id} name=${key} .value=${sel[key]} aria-invalid=${bad ? "true" : nothing} aria-describedby=${bad ? `${id}-error` : nothing}
          @change=${(e: Event) => {
            sel[key] = (e.target as HTMLSelectElement).value;
            if (key === "offer" && !offerOf()?.advisors.map(String).includes(sel.advisor)) sel.advisor = "";
            draw();
          }}>
          <option value="" ?selected=${!sel[key]}>${placeholder}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === sel[key]}>${o.label}</option>`)}
        </select>
      </div>`;
    };

    const draw = () => {
      if (ctx.signal.aborted) return;
      const o = offerOf();
      const advs = o ? advisors.filter((a) => o.advisors.includes(a.id)) : advisors;
      render(
        html`<p><a href="/ledige-tider" class="back-link">${t("back")}</a></p>
          <h1>${t("title")}</h1>
          <p>${t("intro")}</p>
          <form class="planner-explain" novalidate @submit=${(e: Event) => {
            e.preventDefault();
            history.replaceState(history.state, "", location.pathname + query(sel));
            void check();
          }}>
            ${choice("offer", offers.map((x) => ({ value: String(x.id), label: x.active ? x.name : t("inactive", { name: x.name }) })), t("chooseOffer"))}
            ${choice("advisor", advs.map((a) => ({ value: String(a.id), label: a.name })), t("chooseAdvisor"))}
            <div class="planner-daterange">${field("date", "date")} ${field("time", "time")}</div>
            <button class="button button-primary" type="submit" ?disabled=${busy}>${t("submit")}</button>
          </form>
          ${err instanceof ApiError && err.fields.length ? nothing : errorAlert(err)}
          ${answer
            ? html`<section id="explain-answer" tabindex="-1" aria-label=${t("answer")} class="planner-answer">
                ${answer.free
                  ? successAlert(t("free", { when: answer.when, advisor: answer.advisor }))
                  : html`<div class="alert alert-warning" role="status">
                      <div class="alert-body">
                        <p class="alert-heading">${t("notFree", { when: answer.when, advisor: answer.advisor })}</p>
                        <ul class="planner-obstacles">
                          ${answer.obstacles.map(
                            (ob) => html`<li data-code=${ob.code}>
                              <strong>${t(`code.${ob.code}` as "code.meeting")}</strong>
                              ${ob.interval ? html` ${t("busy", { from: `${fmtDate(ob.interval.start)} ${fmtTime(ob.interval.start)}`, to: sameDay(ob.interval.start, ob.interval.end) ? fmtTime(ob.interval.end) : `${fmtDate(ob.interval.end)} ${fmtTime(ob.interval.end)}` })}.` : nothing}
                              <br /><span class="form-hint" data-detail>${t("detail", { text: (lang() === "da" && ob.detailDa) || ob.detail })}</span>
                            </li>`,
                          )}
                        </ul>
                      </div>
                    </div>`}
              </section>`
            : nothing}`,
        ctx.main,
      );
    };
    draw();
    try {
      const [o, a] = await Promise.all([get<{ offers: Offer[] }>("/api/offers"), get<{ advisors: Advisor[] }>("/api/advisors")]);
      offers = o.offers;
      advisors = a.advisors;
    } catch (e) {
      err = e;
    }
    draw();
    if (sel.offer && sel.advisor && sel.date && sel.time) await check();
  },
};
