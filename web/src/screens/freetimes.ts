// freetimes: the free-times overview (§8, "Ledige tider"): every active
// offer with its form and the number of free places in each of the coming
// 12 ISO weeks ("-" for none), a row per advisor under each offer.

import { html, nothing, render } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Advisor } from "../lib/types";
import { errorAlert, fmtTime, isoDate } from "../lib/ui";
import { formText } from "./lists-data";

const t = define({
  title: ["Ledige tider", "Free times"],
  intro: [
    "Antal ledige tider pr. onlinetilbud og vejleder i de kommende 12 uger. Det aktuelle tal for ét tilbud ses på tilbuddets side.",
    "Free places per online offer and advisor over the coming 12 weeks. The offer's own page shows its live figure.",
  ],
  offer: ["Onlinetilbud", "Online offer"],
  form: ["Mødeform", "Meeting form"],
  week: ["Uge {n}", "Week {n}"],
  weekLong: ["Uge {n} {year}", "Week {n} {year}"],
  none: ["Ingen ledige tider", "No free times"],
  noOffers: ["Der er ingen aktive onlinetilbud.", "There are no active online offers."],
  showAdvisors: ["Vis vejledere for {offer}", "Show advisors of {offer}"],
  allAdvisors: ["Alle vejledere (fællesmøde)", "All advisors (group meeting)"],
  explain: ["Hvorfor er en tid ikke ledig?", "Why is a time not free?"],
  updated: ["Opdateret {time}", "Updated {time}"],
  caption: ["Ledige tider pr. uge", "Free times per week"],
  loading: ["Henter …", "Loading …"],
});

interface WeekCount {
  year: number;
  week: number;
  advisorId: number;
  count: number;
}

interface OfferWeeks {
  offerId: number;
  name: string;
  form: string;
  weeks: WeekCount[];
}

/** isoWeek is the ISO 8601 week of a calendar date "YYYY-MM-DD". */
export function isoWeek(day: string): { year: number; week: number } {
  const [y, m, d] = day.split("-").map(Number);
  const t0 = new Date(Date.UTC(y, m - 1, d));
  const wd = t0.getUTCDay() || 7;
  t0.setUTCDate(t0.getUTCDate() + 4 - wd);
  const jan1 = Date.UTC(t0.getUTCFullYear(), 0, 1);
  return { year: t0.getUTCFullYear(), week: Math.ceil(((t0.getTime() - jan1) / 86_400_000 + 1) / 7) };
}

/** comingWeeks are the n ISO weeks from this week on (in the job centre's zone). */
function comingWeeks(n: number): { year: number; week: number }[] {
  const [y, m, d] = isoDate(new Date()).split("-").map(Number);
  const out: { year: number; week: number }[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + 7 * i)).toISOString().slice(0, 10);
    out.push(isoWeek(day));
  }
  return out;
}

export const freeTimes: Route = {
  path: "/ledige-tider",
  title: () => t("title"),
  async render(ctx) {
    const open = new Set<number>();
    let data: OfferWeeks[] | undefined;
    let advisors: Advisor[] = [];
    let err: unknown;
    let at: Date | undefined;
    const weeks = comingWeeks(12);
    const name = (id: number) => (id === 0 ? t("allAdvisors") : (advisors.find((a) => a.id === id)?.name ?? `#${id}`));
    const cell = (n: number | undefined) => (n ? html`<td class="planner-num">${n}</td>` : html`<td class="planner-num"><span aria-hidden="true">-</span><span class="sr-only">${t("none")}</span></td>`);
    const draw = () => {
      if (ctx.signal.aborted) return;
      render(
        html`<h1>${t("title")}</h1>
          <p>${t("intro")}</p>
          <p><a href="/ledige-tider/forklar">${t("explain")}</a></p>
          ${errorAlert(err)}
          ${!data
            ? err
              ? nothing
              : html`<p>${t("loading")}</p>`
            : data.length === 0
              ? html`<p>${t("noOffers")}</p>`
              : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("caption")}>
                  <table class="table table--compact planner-freetimes" id="free-times">
                    <caption class="sr-only">${t("caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${t("offer")}</th>
                        <th scope="col">${t("form")}</th>
                        ${weeks.map((w) => html`<th scope="col" class="planner-num"><abbr title=${t("weekLong", { n: w.week, year: w.year })}>${t("week", { n: w.week })}</abbr></th>`)}
                      </tr>
                    </thead>
                    ${data.map((o) => {
                      const total = (w: { year: number; week: number }) => o.weeks.filter((c) => c.year === w.year && c.week === w.week).reduce((s, c) => s + c.count, 0);
                      const advs = [...new Set(o.weeks.map((c) => c.advisorId))];
                      const expanded = open.has(o.offerId);
                      return html`<tbody data-offer=${o.offerId}>
                        <tr class="planner-offerrow">
                          <th scope="row">
                            ${advs.length > 0
                              ? html`<button class="button button-unstyled planner-expand" type="button" aria-expanded=${expanded ? "true" : "false"}
                                  aria-controls=${advs.map((a) => `ft-${o.offerId}-${a}`).join(" ")} @click=${() => {
                                    expanded ? open.delete(o.offerId) : open.add(o.offerId);
                                    draw();
                                  }}><span aria-hidden="true">${expanded ? "▾" : "▸"}</span><span class="sr-only">${t("showAdvisors", { offer: o.name })}</span></button>`
                              : nothing}
                            <a href="/tilbud/${o.offerId}">${o.name}</a>
                          </th>
                          <td>${formText(o.form)}</td>
                          ${weeks.map((w) => cell(total(w)))}
                        </tr>
                        ${advs.map(
                          (a) => html`<tr class="planner-advisorrow" id="ft-${o.offerId}-${a}" ?hidden=${!expanded} data-advisor=${a}>
                            <th scope="row" class="planner-indent">${name(a)}</th>
                            <td></td>
                            ${weeks.map((w) => cell(o.weeks.find((c) => c.advisorId === a && c.year === w.year && c.week === w.week)?.count))}
                          </tr>`,
                        )}
                      </tbody>`;
                    })}
                  </table>
                </div>
                ${at ? html`<p class="form-hint">${t("updated", { time: fmtTime(at) })}</p>` : nothing}`}`,
        ctx.main,
      );
    };
    draw();
    try {
      const [ov, list] = await Promise.all([get<{ offers: OfferWeeks[] }>("/api/free-times-overview?weeks=12"), get<{ advisors: Advisor[] }>("/api/advisors")]);
      data = ov.offers;
      advisors = list.advisors;
      at = new Date();
    } catch (e) {
      err = e;
    }
    draw();
  },
};
