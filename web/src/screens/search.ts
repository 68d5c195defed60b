// search: "/soeg" finds a citizen by CPR (the citizen card) or a summons by
// its number (§2) through POST /api/search, so the text travels in a body.
// A CPR opens the card on this same address — never in a URL; the last
// answer stays in memory, so going back returns to it, and a reload starts
// with an empty search. A summons number opens "/soeg/indkaldelse/:number".

import { html, nothing, render } from "lit-html";
import { ApiError, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import { errorAlert, fieldError, invalid } from "../lib/ui";
import { citizenCard, type Citizen } from "./citizen-card";
import type { Row } from "./lists-data";

const t = define({
  title: ["Søg", "Search"],
  intro: ["Søg på en borgers CPR-nummer for at åbne borgerkortet, eller på et indkaldelsesnummer for at åbne indkaldelsen.", "Search by a citizen's CPR number to open the citizen card, or by a summons number to open the summons."],
  label: ["CPR-nr. eller indkaldelsesnr.", "CPR no. or summons no."],
  hint: ["Fx 010190-1234 eller 10100-819387", "E.g. 010190-1234 or 10100-819387"],
  button: ["Søg", "Search"],
  required: ["Skriv et CPR-nummer eller et indkaldelsesnummer.", "Enter a CPR number or a summons number."],
  notFound: ["Der er ingen borger eller indkaldelse med det nummer i jobcentret.", "There is no citizen or summons with that number in the job centre."],
  noSummons: ["Der er ingen indkaldelse med det nummer.", "There is no summons with that number."],
});

/** SearchAnswer is POST /api/search's answer. */
export interface SearchAnswer {
  citizen?: Citizen;
  /** cpr is the CPR in full for a card opened by id. */
  cpr?: string;
  summonses: Row[];
}

/** last is the last citizen card: in memory only, never in the address. */
let last: { q: string; cpr: string; answer: SearchAnswer } | undefined;

/**
 * openCitizenCard opens the card of a citizen shown elsewhere by id (a CPR
 * on the offer page): the search answers it with the CPR in full, kept in
 * memory like a typed search, and the card opens at /soeg. The API's
 * refusal is thrown.
 */
export async function openCitizenCard(ctx: Ctx, citizenId: number): Promise<void> {
  const answer = await post<SearchAnswer>("/api/search", { citizenId });
  if (!answer.citizen) return;
  const cpr = answer.cpr ?? "";
  last = { q: cpr, cpr, answer };
  ctx.navigate("/soeg");
}

/** normalCPR writes a CPR the user typed as DDMMYY-SSSS. */
function normalCPR(q: string): string {
  const d = q.replace(/\D/g, "");
  return d.length === 10 ? `${d.slice(0, 6)}-${d.slice(6)}` : q;
}

export const search: Route = {
  path: "/soeg",
  title: () => t("title"),
  render(ctx) {
    let err: unknown;
    let busy = false;
    let value = last?.q ?? "";
    const submit = async (e: Event) => {
      e.preventDefault();
      const input = ctx.main.querySelector<HTMLInputElement>("#search-q")!;
      value = input.value.trim();
      if (!value) {
        err = new ApiError(422, t("required"), t("required"), [{ field: "q", reason: t("required") }], "");
        draw();
        return;
      }
      busy = true;
      err = undefined;
      draw();
      try {
        const answer = await post<SearchAnswer>("/api/search", { q: value });
        if (ctx.signal.aborted) return;
        if (answer.citizen) {
          last = { q: value, cpr: normalCPR(value), answer };
        } else if (answer.summonses.length > 0) {
          last = undefined;
          ctx.navigate(`/soeg/indkaldelse/${encodeURIComponent(value)}`);
          return;
        } else {
          last = undefined;
          err = new ApiError(404, t("noSummons"), t("noSummons"), [{ field: "q", reason: t("noSummons") }], "");
        }
      } catch (e2) {
        last = undefined;
        err = e2 instanceof ApiError && e2.status === 404 ? new ApiError(404, t("notFound"), t("notFound"), [{ field: "q", reason: t("notFound") }], "") : e2;
      }
      busy = false;
      draw();
      if (last) ctx.main.querySelector<HTMLElement>("#citizen-card-h")?.focus();
    };
    const draw = () => {
      const bad = invalid(err, "q");
      render(
        html`<h1>${t("title")}</h1>
          <p>${t("intro")}</p>
          <form class="planner-searchform" role="search" @submit=${submit}>
            <div class="form-group ${bad ? "form-error" : ""}">
              <label class="form-label" for="search-q">${t("label")}</label>
              <span class="form-hint" id="search-q-hint">${t("hint")}</span>
              ${fieldError(err, "q", "search-q")}
              <div class="planner-search-row">
                <input class="form-input" id="search-q" name="q" type="search" autocomplete="off" .value=${value}
                  aria-invalid=${bad ? "true" : nothing} aria-describedby="search-q-hint${bad ? " search-q-error" : ""}" />
                <button class="button button-primary" type="submit" ?disabled=${busy}>${t("button")}</button>
              </div>
            </div>
          </form>
          ${bad ? nothing : errorAlert(err)}
          ${last?.answer.citizen ? citizenCard(last.answer.citizen, last.cpr, last.answer.summonses) : nothing}`,
        ctx.main,
      );
    };
    draw();
  },
};
