// summon: "Indkald borgere" (guide A: the summoning flow's three steps).
// Step 1 chooses citizens by CPR (in a POST body, never a URL); step 2 an
// offer — its meeting type, variant and channel — and either the first
// free times for all, or one time chosen from the free times Planner
// shows (reporting time, rooms, absences and the advisors' own calendars
// respected), or a group meeting with free seats; the summonses are then
// created pending (orange, on the pending list). Step 3 reviews them as
// they are now — a change in the calendar shows here — and sends them
// ("Indkald nu") or leaves them on the pending list. The flow lives in
// memory, so going to the calendar and back keeps it.

import { html, nothing, render, type TemplateResult } from "lit-html";
import type { FreeTime } from "../citizen/types"; // the staff's free times have the portal's form
import { ApiError, get, post } from "../lib/api";
import type { Route } from "../lib/router";
import { announce, errorAlert, fieldError, fmtDate, fmtTime, invalid, warningAlert } from "../lib/ui";
import { channelName, formName, loadResources, nameOf, type Offer, type Resources } from "./offer-types";
import { loadReview, resetReview, reviewStep, t, type Chosen, type Flow } from "./summon-review";

/** flow is the summoning in progress: in memory only (CPRs never leave the page). */
let flow: Flow = { step: 1, citizens: [], created: [], unplaced: [] };

/** chooseForSummoning puts a citizen into the flow (the citizen card's link to /indkald). */
export function chooseForSummoning(c: Chosen): void {
  if (flow.step === 3) {
    flow = { step: 1, citizens: [], created: [], unplaced: [] };
    resetReview();
  }
  if (!flow.citizens.some((x) => x.id === c.id)) flow.citizens.push(c);
  flow.step = 1;
}

export const summon: Route = {
  path: "/indkald",
  title: () => t("title"),
  async render(ctx) {
    let res: Resources = { teams: [], advisors: [], rooms: [] };
    let offers: Offer[] = [];
    let times: FreeTime[] = [];
    let mode: "auto" | "chosen" = "auto";
    let chosen = -1;
    let cpr = "";
    let err: unknown;
    let busy = false;
    const draw = () => render(page(), ctx.main);
    const act = async (f: () => Promise<void>) => {
      busy = true;
      err = undefined;
      draw();
      try {
        await f();
      } catch (e) {
        err = e;
      }
      busy = false;
      if (ctx.signal.aborted) return;
      draw();
      ctx.main.querySelector<HTMLElement>("[aria-invalid=true], .alert-error")?.focus();
    };
    const offer = () => offers.find((o) => o.id === flow.offerId);
    const loadTimes = async () => {
      times = [];
      chosen = -1;
      if (!flow.offerId) return;
      times = (await get<{ times: FreeTime[] }>(`/api/offers/${flow.offerId}/free-times`)).times;
    };

    const addCitizen = (e: Event) => {
      e.preventDefault();
      void act(async () => {
        const q = cpr.trim();
        if (!q) throw fieldProblem("cpr", t("cprRequired"));
        const ans = await post<{ citizen?: { id: number; name: string } }>("/api/search", { q }).catch(() => ({ citizen: undefined }));
        if (!ans.citizen) throw fieldProblem("cpr", t("cprUnknown"));
        if (!flow.citizens.some((c) => c.id === ans.citizen!.id)) flow.citizens.push({ id: ans.citizen.id, name: ans.citizen.name });
        if (cpr.trim() === q) cpr = ""; // what was typed meanwhile stays
        announce(t("added", { name: ans.citizen.name }));
      });
    };
    const create = () =>
      act(async () => {
        const o = offer();
        if (!o) throw fieldProblem("offer", t("offerRequired"));
        if (mode === "chosen") {
          const ft = times[chosen];
          if (!ft) throw fieldProblem("time", t("timeRequired"));
          for (const c of flow.citizens) {
            const ans = await post<{ summons: { id: number; meetingId: number } }>("/api/summonses", { citizenId: c.id, offerId: o.id, ...ft });
            flow.created.push({ summonsId: ans.summons.id, meetingId: ans.summons.meetingId });
          }
          flow.unplaced = [];
        } else {
          const ans = await post<{ summonses: { id: number; meetingId: number }[]; unplaced: number[] }>("/api/summonses/bulk", { offerId: o.id, citizens: flow.citizens.map((c) => c.id) });
          flow.created.push(...ans.summonses.map((s) => ({ summonsId: s.id, meetingId: s.meetingId })));
          flow.unplaced = flow.citizens.filter((c) => ans.unplaced.includes(c.id));
        }
        flow.step = 3;
        resetReview();
        await loadReview(flow);
        announce(t(flow.created.length === 1 ? "created1" : "created", { n: flow.created.length }));
      });

    const steps = [t("step1"), t("step2"), t("step3")];
    const indicator = () => html`<nav aria-label=${t("steps")}>
      <ol class="step-indicator">
        ${steps.map(
          (name, i) => html`<li class=${i + 1 === flow.step ? "current" : i + 1 > flow.step ? "disabled" : ""}>
            <div class="step" aria-current=${i + 1 === flow.step ? "step" : nothing}>
              <span class="step-number"><span>${i + 1}</span></span><div><span class="step-title">${name}</span></div>
            </div>
          </li>`,
        )}
      </ol>
    </nav>`;

    const step1 = () => html`<h2>${t("step1")}</h2>
      <form class="planner-summon-cpr" novalidate @submit=${addCitizen}>
        <div class="form-group ${invalid(err, "cpr") ? "form-error" : ""}">
          <label class="form-label" for="summon-cpr">${t("cpr")}</label>
          <span class="form-hint" id="summon-cpr-hint">${t("cprHint")}</span>
          ${fieldError(err, "cpr", "summon-cpr")}
          <div class="planner-search-row">
            <input class="form-input input-width-s" id="summon-cpr" autocomplete="off" .value=${cpr}
              aria-invalid=${invalid(err, "cpr") ? "true" : "false"} aria-describedby="summon-cpr-hint${invalid(err, "cpr") ? " summon-cpr-error" : ""}"
              @input=${(e: Event) => (cpr = (e.target as HTMLInputElement).value)} />
            <button class="button button-secondary" type="submit" ?disabled=${busy}>${t("add")}</button>
          </div>
        </div>
      </form>
      <h3>${t("chosen", { n: flow.citizens.length })}</h3>
      ${flow.citizens.length === 0
        ? html`<p>${t("noneChosen")}</p>`
        : html`<ul class="planner-summon-citizens">
            ${flow.citizens.map(
              (c) => html`<li>${c.name}
                <button class="button button-tertiary" type="button" aria-label=${t("removeName", { name: c.name })} @click=${() => {
                  flow.citizens = flow.citizens.filter((x) => x.id !== c.id);
                  draw();
                }}>${t("remove")}</button></li>`,
            )}
          </ul>`}
      <div class="planner-wizard-nav">
        <button class="button button-primary" type="button" ?disabled=${flow.citizens.length === 0 || busy} @click=${() =>
          act(async () => {
            offers = (await get<{ offers: Offer[] }>("/api/offers")).offers;
            await loadTimes();
            flow.step = 2;
          })}>${t("next")}</button>
      </div>`;

    const timeLabel = (ft: FreeTime) =>
      ft.sessionId
        ? t("sessionLabel", { date: fmtDate(ft.start), from: fmtTime(ft.start), to: fmtTime(ft.end), n: ft.freeSeats ?? 0 })
        : t("timeLabel", { date: fmtDate(ft.start), from: fmtTime(ft.start), to: fmtTime(ft.end), advisor: nameOf(res.advisors, ft.advisorId) });
    const canChoose = () => flow.citizens.length === 1 || offer()?.form === "group";

    const step2 = () => {
      const o = offer();
      const shown = times.filter((ft) => !ft.sessionId || (ft.freeSeats ?? 0) >= flow.citizens.length).slice(0, 40);
      return html`<h2>${t("step2")}</h2>
        <p>${t("summoning", { names: flow.citizens.map((c) => c.name).join(", ") })}</p>
        <div class="form-group ${invalid(err, "offer") ? "form-error" : ""}">
          <label class="form-label" for="summon-offer">${t("offer")}</label>
          <span class="form-hint" id="summon-offer-hint">${t("offerHint")}</span>
          ${fieldError(err, "offer", "summon-offer")}
          <select class="form-select planner-summon-offer" id="summon-offer" aria-describedby="summon-offer-hint${invalid(err, "offer") ? " summon-offer-error" : ""}"
            aria-invalid=${invalid(err, "offer") ? "true" : "false"}
            @change=${(e: Event) => {
              flow.offerId = Number((e.target as HTMLSelectElement).value) || undefined;
              mode = "auto";
              void act(loadTimes);
            }}>
            <option value="">${t("chooseOffer")}</option>
            ${offers.map(
              (x) => html`<option value=${x.id} ?selected=${x.id === flow.offerId}>
                ${[x.meetingType, x.variant].filter(Boolean).join(" – ")} · ${formName(x.form)} · ${channelName(x.channel)}: ${x.name}
              </option>`,
            )}
          </select>
        </div>
        ${o
          ? html`<fieldset class="planner-summon-mode">
              <legend class="form-label">${t("when")}</legend>
              <div class="form-group-radio">
                <input type="radio" name="summon-mode" id="summon-auto" class="form-radio" .checked=${mode === "auto"} @change=${() => {
                  mode = "auto";
                  draw();
                }} />
                <label for="summon-auto">${t("auto")}</label>
              </div>
              <div class="form-group-radio">
                <input type="radio" name="summon-mode" id="summon-chosen" class="form-radio" .checked=${mode === "chosen"} ?disabled=${!canChoose()}
                  aria-describedby=${canChoose() ? nothing : "summon-chosen-hint"} @change=${() => {
                    mode = "chosen";
                    draw();
                  }} />
                <label for="summon-chosen">${o.form === "group" ? t("chooseSession") : t("chooseTime")}</label>
                ${canChoose() ? nothing : html`<span class="form-hint" id="summon-chosen-hint">${t("chooseOne")}</span>`}
              </div>
            </fieldset>
            ${times.length === 0 ? warningAlert(t("noTimes")) : nothing}
            ${mode === "chosen" && shown.length > 0
              ? html`<fieldset class="planner-summon-times ${invalid(err, "time") ? "form-error" : ""}">
                  <legend class="form-label">${o.form === "group" ? t("sessions") : t("times")}</legend>
                  ${fieldError(err, "time", "summon-time")}
                  ${shown.map(
                    (ft, i) => html`<div class="form-group-radio">
                      <input type="radio" class="form-radio" name="summon-time" id="summon-time-${i}" .checked=${times.indexOf(ft) === chosen}
                        @change=${() => (chosen = times.indexOf(ft))} />
                      <label for="summon-time-${i}">${timeLabel(ft)}</label>
                    </div>`,
                  )}
                </fieldset>`
              : nothing}`
          : nothing}
        <div class="planner-wizard-nav">
          <button class="button button-secondary" type="button" @click=${() => {
            flow.step = 1;
            err = undefined;
            draw();
          }}>${t("back")}</button>
          <button class="button button-primary" type="button" ?disabled=${busy || !o || times.length === 0} @click=${create}>${t("create")}</button>
        </div>`;
    };

    const page = (): TemplateResult => html`<h1>${t("title")}</h1>
      ${indicator()}
      ${invalid(err, "cpr") || invalid(err, "offer") || invalid(err, "time") ? nothing : errorAlert(err)}
      ${flow.step === 1 ? step1() : nothing}
      ${flow.step === 2 ? step2() : nothing}
      ${flow.step === 3
        ? reviewStep(ctx, flow, res, draw, () => {
            flow = { step: 1, citizens: [], created: [], unplaced: [] };
            if (!ctx.signal.aborted) draw();
          })
        : nothing}`;

    try {
      res = await loadResources();
      if (flow.step === 2) {
        offers = (await get<{ offers: Offer[] }>("/api/offers")).offers;
        await loadTimes();
      }
    } catch (e) {
      err = e;
    }
    draw();
    // step 3 shows the summonses as they are now: a change made in the calendar shows here
    ctx.every(10_000, async () => {
      if (flow.step !== 3) return;
      await loadReview(flow);
      if (!ctx.signal.aborted) draw();
    });
  },
};

/** fieldProblem is a refusal of the screen's own, shown at a field like the API's. */
function fieldProblem(field: string, reason: string): ApiError {
  return new ApiError(422, reason, reason, [{ field, reason }], "");
}
