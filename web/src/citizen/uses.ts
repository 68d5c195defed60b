// uses: "Brug af dine oplysninger" — the citizen's own report of when the
// job centre used their personal data and what for, without the staff's
// names (issue 21, Datatilsynet's practice since 2024).

import { html, nothing, render } from "lit-html";
import { get } from "../lib/api";
import { define, lang } from "../lib/i18n";
import type { Route } from "../lib/router";
import { errorAlert, fmtDateTime } from "../lib/ui";

const t = define({
  title: ["Brug af dine oplysninger", "Use of your details"],
  intro: [
    "Her kan du se, hvornår jobcentret har brugt dine personoplysninger i Planner det seneste år, og hvad det var til. Medarbejdernes navne står ikke her; vil du vide mere, kan du bede jobcentret om indsigt.",
    "Here you see when the job centre used your personal details in Planner in the last year, and what for. The staff's names are not shown; to know more, ask the job centre for access.",
  ],
  none: ["Jobcentret har ikke brugt dine oplysninger i Planner det seneste år.", "The job centre has not used your details in Planner in the last year."],
  when: ["Tidspunkt", "Time"],
  what: ["Hvad", "What"],
  back: ["Tilbage til Mine møder", "Back to My meetings"],
});

/** Use is one use of the citizen's data, as the portal API answers it. */
interface Use {
  at: string;
  action: string;
  purpose: string;
  purposeEn: string;
}

export const myDataUses: Route = {
  path: "/borger/brug-af-oplysninger",
  title: () => t("title"),
  async render(ctx) {
    let uses: Use[] | undefined;
    let err: unknown;
    const draw = () =>
      render(
        html`<h1>${t("title")}</h1>
          <p>${t("intro")}</p>
          ${errorAlert(err)}
          ${uses === undefined
            ? nothing
            : uses.length === 0
              ? html`<p>${t("none")}</p>`
              : html`<table class="table table--compact" data-uses>
                  <thead>
                    <tr>
                      <th scope="col">${t("when")}</th>
                      <th scope="col">${t("what")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${uses.map((u) => html`<tr><td>${fmtDateTime(u.at)}</td><td>${lang() === "en" ? u.purposeEn : u.purpose}</td></tr>`)}
                  </tbody>
                </table>`}
          <p class="mt-7"><a href="/borger">${t("back")}</a></p>`,
        ctx.main,
      );
    draw();
    try {
      uses = (await get<{ uses: Use[] }>("/api/portal/access-log")).uses;
    } catch (e) {
      err = e;
    }
    draw();
  },
};
