// front: the front page (§3): who is absent right now, the three counts
// and the pending list's counter, refreshed every 10 seconds.

import { html, render } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Advisor } from "../lib/types";
import { errorAlert, fmtTime } from "../lib/ui";

const t = define({
  title: ["Forside", "Front page"],
  absent: ["Fraværende lige nu", "Absent right now"],
  noneAbsent: ["Ingen vejledere er fraværende lige nu.", "No advisor is absent right now."],
  counts: ["Status", "Status"],
  notSent: ["Indkaldelser, der ikke er sendt til Jobnet", "Summonses not sent to Jobnet"],
  withAbsent: ["Indkaldelser i kalenderen hos en fraværende vejleder", "Summonses in the calendar of an absent advisor"],
  deadline: ["Indkaldelser med overskredet afholdelsesfrist", "Summonses whose holding deadline is exceeded"],
  pending: ["Afventerlisten", "Pending list"],
  pendingCount: ["{n} afventende møder fra i dag", "{n} pending meetings from today"],
  updated: ["Opdateret {time}", "Updated {time}"],
  toCalendar: ["Se i kalenderen", "See in the calendar"],
});

interface FrontPageAnswer {
  frontPage: { absentNow: number[]; notSent: number; withAbsentAdvisor: number; deadlineExceeded: number };
  pendingCounter: number;
  at: string;
}

export const front: Route = {
  path: "/",
  title: () => t("title"),
  async render(ctx) {
    let advisors: Advisor[] = [];
    const draw = (fp?: FrontPageAnswer, err?: unknown) => {
      const names = (fp?.frontPage.absentNow ?? []).map((id) => advisors.find((a) => a.id === id)?.name ?? `#${id}`);
      render(
        html`<h1>${t("title")}</h1>
          ${errorAlert(err)}
          ${fp
            ? html`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${t("absent")}</h2>
                    ${names.length === 0
                      ? html`<p>${t("noneAbsent")}</p>`
                      : html`<ul class="planner-absent">
                          ${names.map((n) => html`<li>${n}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${t("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${t("notSent")}</dt><dd data-count="notSent">${fp.frontPage.notSent}</dd></div>
                      <div><dt>${t("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${fp.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${t("deadline")}</dt><dd data-count="deadlineExceeded">${fp.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${t("pending")}</a>: <span data-count="pendingCounter">${t("pendingCount", { n: fp.pendingCounter })}</span></p>
                  </section>
                </div>
                <p class="form-hint">${t("updated", { time: fmtTime(fp.at) })}</p>`
            : ""}`,
        ctx.main,
      );
    };
    const load = async () => {
      try {
        const [list, fp] = await Promise.all([get<{ advisors: Advisor[] }>("/api/advisors"), get<FrontPageAnswer>("/api/front-page")]);
        advisors = list.advisors;
        draw(fp);
      } catch (err) {
        draw(undefined, err);
      }
    };
    await load();
    ctx.every(10_000, load);
  },
};
