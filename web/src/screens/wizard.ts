// wizard: creating and editing an online offer in four steps (§4.1–§4.3):
// 1 "Tilbudstype", 2 "Tid", 3 "Deltagere" (the rule builder, rules.ts),
// 4 "Opsummering". Each step is checked by POST /api/offers/validate?step=N
// before the next opens; the API's message is shown at its field, in a
// summary at the top, and the field gets the focus. Save is POST /api/offers
// (new) or PUT /api/offers/{id} (edit).

import { html, nothing, render, type TemplateResult } from "lit-html";
import { ApiError, get, post, put } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import { announce, errorAlert, fieldError, invalid, isoDate, successAlert } from "../lib/ui";
import { ruleBuilder, newRule, type RulesCheck, type RuleTypes } from "./rules";
import { loadResources, type Offer, type Resources, type Template } from "./offer-types";
import { wizardStep1, wizardStep2, type Kinds } from "./wizard-steps";
import { summary } from "./wizard-summary";

const t = define({
  asTemplate: ["Gem som skabelon", "Save as a template"],
  asTemplateHint: ["Alle tilbuddets felter undtagen navn og datoer gemmes som en indkaldelseskabelon, der kan udfylde nye tilbud.", "Every field of the offer but its name and dates is saved as a summons template that can fill in new offers."],
  templateName: ["Skabelonens navn", "Template name"],
  saveTemplate: ["Gem skabelonen", "Save the template"],
  templateSaved: ["Skabelonen {name} er gemt.", "The template {name} is saved."],
  create: ["Opret onlinetilbud", "Create online offer"],
  edit: ["Rediger onlinetilbud", "Edit online offer"],
  steps: ["Trin", "Steps"],
  stepOf: ["Trin {n} af {total}", "Step {n} of {total}"],
  s1: ["Tilbudstype", "Offer type"],
  s2: ["Tid", "Time"],
  s3: ["Deltagere", "Participants"],
  s4: ["Opsummering", "Summary"],
  done: ["gennemført", "completed"],
  failed: ["fejl", "error"],
  back: ["Tilbage", "Back"],
  next: ["Næste", "Next"],
  save: ["Gem tilbud", "Save offer"],
  cancel: ["Annuller", "Cancel"],
  errors: ["Der er fejl i trin {n}: {step}", "There is an error in step {n}: {step}"],
  saved: ["Tilbuddet er gemt.", "The offer is saved."],
});

/** F is what the steps need to draw a field bound to the draft with its API error. */
export interface F {
  id(field: string): string;
  error(field: string): TemplateResult | typeof nothing;
  invalid(field: string): boolean;
  /** cls is "form-group" with "form-error" when the API refused field. */
  cls(field: string): string;
  /** aria are the aria-invalid and aria-describedby values of field's input. */
  described(field: string): string | typeof nothing;
  redraw(): void;
  /** label notes the label of field's input, for the error summary. */
  label(field: string, text: string): void;
}

/** kept is the wizard's state when its screen was left, so a language switch (which draws the screen again) keeps what was entered. */
let kept: { path: string; at: number; draft: Offer; step: number; reached: number } | undefined;

const stepOfField = (field: string): number => {
  if (/^(name|description|templateId|meetingType|variant|form|channel|caller|phone)\b/.test(field)) return 1;
  if (field.startsWith("rules")) return 3;
  return 2;
};

/** blank is a new offer as the guide's wizard opens: 30 minutes, no reporting time, open from today. */
function blank(types: RuleTypes): Offer {
  const today = isoDate(new Date());
  return {
    name: "", description: "", meetingType: "", variant: "", form: "individual", channel: "in_person",
    durationMinutes: 30, reportingMinutes: 0, startMinutes: [0, 30], firstMeetingDate: today, fixedEnd: "", rollingWeeks: 0, opensOn: today,
    teamId: 0, advisors: [], citizenChoosesAdvisor: false, otherActor: false,
    terms: { acceptCancel: true, acceptRebook: false, rebookDaysBefore: 0 }, sessions: [],
    rules: { groups: [{ match: "all", rules: [newRule(types)] }] }, active: true,
  };
}

/** body is the draft as the API reads it: only the fields of its form. */
function body(d: Offer): Offer {
  const o: Offer = structuredClone(d);
  if (o.form === "group") {
    delete o.startMinutes;
    o.citizenChoosesAdvisor = false;
  } else delete o.sessions;
  if (!(o.form === "individual" && o.channel === "phone")) delete o.caller;
  if (!o.caller) delete o.caller;
  if (o.caller !== "citizen_calls") delete o.phone;
  if (!o.roomId) delete o.roomId;
  if (!o.templateId) delete o.templateId;
  if (!o.terms.acceptRebook) o.terms.rebookDaysBefore = 0;
  for (const k of ["durationMinutes", "reportingMinutes", "rollingWeeks"] as const) if (!Number.isFinite(o[k])) o[k] = 0;
  for (const s of o.sessions ?? []) if (!s.start) s.start = "0001-01-01T00:00:00Z";
  o.rules.groups.forEach((g, i) => (i === 0 ? delete g.join : (g.join ??= "and")));
  return o;
}

async function wizard(ctx: Ctx, id?: number): Promise<void> {
  let res: Resources = { teams: [], advisors: [], rooms: [] };
  let types: RuleTypes = { types: [], maxRules: 30 };
  let templates: Template[] = [];
  let kinds: Kinds = { meetingTypes: [], variants: [] };
  let draft: Offer | undefined;
  let loadErr: unknown;
  let step = 1;
  let reached = 1;
  let err: unknown; // the API's answer to the last check or save
  let errStep = 0;
  let busy = false;
  let check: RulesCheck = { pending: false };
  let timer = 0;
  let asked = 0;
  let savedOnce = false;
  let quiet = false; // the error came from a live check while typing: shown at its field, not announced in the summary

  const fieldOf = (want: string): string => {
    if (!(err instanceof ApiError) || err.fields.length === 0) return "";
    const got = err.fields[0].field;
    return got === want || new RegExp(`^${want.replace(/[.[\]]/g, "\\$&")}\\[\\d+\\]$`).test(got) ? got : "";
  };
  const f: F = {
    id: (field) => "f-" + field.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, ""),
    error: (field) => {
      const got = fieldOf(field);
      return got ? fieldError(err, got, f.id(field)) : nothing;
    },
    invalid: (field) => fieldOf(field) !== "",
    cls: (field) => (fieldOf(field) ? "form-group form-error" : "form-group"),
    described: (field) => (fieldOf(field) ? `${f.id(field)}-error` : nothing),
    redraw: () => draw(),
    label: (field, text) => labels.set(field, text),
  };
  const labels = new Map<string, string>();
  const stepName = (n: number) => t(`s${n}` as "s1");

  /** focusError moves the focus to the refused field, or the nearest one drawn. */
  const focusError = () => {
    if (!(err instanceof ApiError) || err.fields.length === 0) return;
    let field = err.fields[0].field;
    for (;;) {
      const el = document.getElementById(f.id(field));
      if (el) return el.focus();
      const up = field.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (up === field) break;
      field = up;
    }
    ctx.main.querySelector<HTMLElement>(".planner-error-summary")?.focus();
  };

  const labelOf = (field: string): string => {
    for (let x = field; ; ) {
      const l = labels.get(x);
      if (l) return `${l}: `;
      const up = x.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (up === x) return "";
      x = up;
    }
  };
  const summaryBox = () => {
    if (quiet) return nothing;
    if (!(err instanceof ApiError)) return errorAlert(err);
    const field = err.fields[0]?.field;
    if (!field) return errorAlert(err);
    return html`<div class="alert alert-error planner-error-summary" role="alert" tabindex="-1">
      <div class="alert-body">
        <p class="alert-heading">${t("errors", { n: errStep, step: stepName(errStep) })}</p>
        <ul class="alert-text nobullet-list">
          <li><a href="#${f.id(field)}" @click=${(e: Event) => {
            e.preventDefault();
            focusError();
          }}>${labelOf(field)}${err.detail || err.title}</a></li>
        </ul>
      </div>
    </div>`;
  };

  const indicator = () => html`<nav aria-label=${t("steps")}>
    <p class="step-subheading d-md-none">${t("stepOf", { n: step, total: 4 })}</p>
    <ol class="step-indicator d-none d-md-flex">
      ${[1, 2, 3, 4].map((n) => {
        const disabled = n > reached;
        const bad = err instanceof ApiError && errStep === n;
        const cls = [n === step ? "current" : "", disabled ? "disabled" : "", bad ? "error" : ""].join(" ").trim();
        const inner = html`<span class="step-number"><span>${n}</span></span>
          <div>
            <span class="step-title">${stepName(n)}</span>
            ${bad ? html`<span class="sr-only"> (${t("failed")})</span>` : n < reached && n !== step ? html`<span class="sr-only"> (${t("done")})</span>` : nothing}
          </div>`;
        return html`<li class=${cls}>
          ${disabled
            ? html`<div class="step">${inner}</div>`
            : html`<a class="step" href="#trin-${n}" aria-current=${n === step ? "step" : nothing} @click=${(e: Event) => {
                e.preventDefault();
                void goTo(n);
              }}>${inner}</a>`}
        </li>`;
      })}
    </ol>
  </nav>`;

  const content = (d: Offer) => {
    switch (step) {
      case 1:
        return wizardStep1(d, f, templates, kinds, id !== undefined, (tpl) => applyTemplate(d, tpl));
      case 2:
        return wizardStep2(d, f, res);
      case 3:
        return ruleBuilder(d.rules.groups, types, check, f, () => {
          draw();
          askRules();
        });
      default:
        return summary(d, res, check, (n) => void goTo(n));
    }
  };

  const draw = () => {
    const d = draft;
    labels.clear();
    const body = d ? content(d) : nothing;
    render(
      html`<h1>${id === undefined ? t("create") : t("edit")}${d && id !== undefined ? html`: ${d.name}` : nothing}</h1>
        ${d
          ? html`${indicator()} ${summaryBox()}
              <form class="planner-wizard" novalidate @submit=${(e: Event) => {
                e.preventDefault();
                void (step < 4 ? goTo(step + 1) : save());
              }}>
                <h2 id="step-h" tabindex="-1">${t("stepOf", { n: step, total: 4 })}: ${stepName(step)}</h2>
                ${body}
                <div class="planner-buttons planner-wizard-nav">
                  ${step > 1 ? html`<button class="button button-secondary" type="button" @click=${() => void goTo(step - 1)}>${t("back")}</button>` : nothing}
                  <button class="button button-primary" type="submit" ?disabled=${busy}>${step < 4 ? t("next") : t("save")}</button>
                  <a class="button button-tertiary" href=${id === undefined ? "/tilbud" : `/tilbud/${id}`}>${t("cancel")}</a>
                </div>
              </form>
              ${step === 4 ? templateForm(d) : nothing}`
          : errorAlert(loadErr)}`,
      ctx.main,
    );
  };

  function applyTemplate(d: Offer, tpl: Template | undefined) {
    d.templateId = tpl?.id;
    if (!tpl) return draw();
    const fields = tpl.fields as Record<string, unknown>;
    const into = d as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(fields)) {
      if (["id", "jobcenterId", "changedAt", "changedBy", "active", "templateId"].includes(k)) continue;
      const set = Array.isArray(v) ? v.length > 0 : v !== "" && v !== 0 && v !== null && v !== undefined && v !== false;
      if (k === "rules" && !(v as Offer["rules"])?.groups?.length) continue;
      if (k === "terms" && JSON.stringify(v) === JSON.stringify({ acceptCancel: false, acceptRebook: false, rebookDaysBefore: 0 })) continue;
      if (set) into[k] = structuredClone(v);
    }
    draw();
  }

  /** validate asks the API about one step; it answers true when the step is valid. */
  const validate = async (n: number, live = false): Promise<boolean> => {
    if (n === 4 || !draft) return true;
    quiet = live;
    try {
      const ans = await post<{ valid: boolean; description?: { da: string; en: string }; contradictions?: RulesCheck["contradictions"]; neverMatches?: boolean }>(`/api/offers/validate?step=${n}`, body(draft));
      if (n === 3) check = { pending: false, description: ans.description, contradictions: ans.contradictions, neverMatches: ans.neverMatches };
      if (errStep === n) {
        err = undefined;
        errStep = 0;
      }
      return true;
    } catch (e) {
      err = e;
      errStep = e instanceof ApiError && e.fields[0] ? stepOfField(e.fields[0].field) : n;
      if (n === 3) check = { pending: false };
      return false;
    }
  };

  /** goTo opens step n; going forward checks every step on the way. */
  async function goTo(n: number) {
    if (!draft || busy) return;
    busy = true;
    let ok = true;
    if (n > step) {
      for (let s = step; s < n && ok; s++) {
        ok = await validate(s);
        if (!ok) n = s;
      }
    }
    busy = false;
    if (ctx.signal.aborted) return;
    const moved = n !== step;
    step = n;
    reached = Math.max(reached, ok ? n : reached);
    draw();
    if (!ok) {
      focusError();
      announce(err instanceof ApiError ? err.detail || err.title : "");
    } else if (moved) {
      document.getElementById("step-h")?.focus();
      announce(`${t("stepOf", { n: step, total: 4 })}: ${stepName(step)}`);
    }
    if (ok && step === 3) askRules(0);
  }

  /** askRules checks the rules shortly after the last change, for the live sentence and contradictions. */
  function askRules(wait = 400) {
    window.clearTimeout(timer);
    check = { ...check, pending: true };
    const me = ++asked;
    timer = window.setTimeout(async () => {
      if (!draft || ctx.signal.aborted) return;
      await validate(3, true);
      if (me !== asked || ctx.signal.aborted) return;
      draw();
    }, wait);
    ctx.signal.addEventListener("abort", () => window.clearTimeout(timer), { once: true });
  }

  // "Gem som skabelon": the offer's fields as a template (guide B's templates
  // carry every field of an offer), without what belongs to this offer only
  let tplName = "";
  let tplErr: unknown;
  let tplDone = "";
  const templateForm = (d: Offer) => html`<form class="planner-template-save" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    void saveTemplate(d);
  }}>
    <h3>${t("asTemplate")}</h3>
    <p>${t("asTemplateHint")}</p>
    ${successAlert(tplDone)}
    <div class="form-group ${invalid(tplErr, "name") ? "form-error" : ""}">
      <label class="form-label" for="tpl-name">${t("templateName")}</label>
      ${fieldError(tplErr, "name", "tpl-name")}
      <input class="form-input" id="tpl-name" .value=${tplName} aria-invalid=${invalid(tplErr, "name") ? "true" : "false"}
        aria-describedby=${invalid(tplErr, "name") ? "tpl-name-error" : nothing}
        @input=${(e: Event) => (tplName = (e.target as HTMLInputElement).value)} />
    </div>
    ${invalid(tplErr, "name") ? nothing : errorAlert(tplErr)}
    <button class="button button-secondary" type="submit">${t("saveTemplate")}</button>
  </form>`;
  async function saveTemplate(d: Offer) {
    const fields = body(d) as unknown as Record<string, unknown>;
    for (const k of ["id", "jobcenterId", "name", "sessions", "active", "changedAt", "changedBy", "templateId", "firstMeetingDate", "opensOn", "fixedEnd"]) delete fields[k];
    try {
      const saved = await post<Template>("/api/templates", { name: tplName, fields });
      templates = [...templates.filter((x) => x.id !== saved.id), saved];
      tplErr = undefined;
      tplDone = t("templateSaved", { name: saved.name });
      tplName = "";
      announce(tplDone);
    } catch (e) {
      tplErr = e;
      tplDone = "";
    }
    draw();
  }

  async function save() {
    if (!draft || busy) return;
    busy = true;
    quiet = false;
    draw();
    try {
      const saved = id === undefined ? await post<Offer>("/api/offers", body(draft)) : await put<Offer>(`/api/offers/${id}`, body(draft));
      busy = false;
      savedOnce = true;
      announce(t("saved"));
      ctx.navigate(`/tilbud/${saved.id}`);
      return;
    } catch (e) {
      busy = false;
      err = e;
      errStep = e instanceof ApiError && e.fields[0] ? stepOfField(e.fields[0].field) : 4;
      if (errStep !== 4) step = errStep;
      draw();
      focusError();
    }
  }

  ctx.signal.addEventListener("abort", () => {
    if (draft && !savedOnce) kept = { path: location.pathname, at: Date.now(), draft, step, reached };
  });
  try {
    const [r, rt, tpl, all, existing] = await Promise.all([
      loadResources(),
      get<RuleTypes>("/api/rule-types"),
      get<{ templates: Template[] }>("/api/templates"),
      get<Kinds>("/api/variants"),
      id === undefined ? Promise.resolve(undefined) : get<Offer>(`/api/offers/${id}`),
    ]);
    res = r;
    types = rt;
    templates = tpl.templates;
    kinds = all;
    draft = existing ?? blank(types);
    draft.terms ??= { acceptCancel: false, acceptRebook: false, rebookDaysBefore: 0 };
    draft.sessions ??= [];
    draft.startMinutes ??= [];
    if (!draft.rules?.groups?.length) draft.rules = { groups: [{ match: "all", rules: [newRule(types)] }] };
    if (existing) reached = 4;
    if (kept && kept.path === location.pathname && Date.now() - kept.at < 1500) ({ draft, step, reached } = kept);
    kept = undefined;
  } catch (e) {
    loadErr = e;
  }
  draw();
}

export const wizardNew: Route = {
  path: "/tilbud/ny",
  title: () => t("create"),
  render: (ctx) => wizard(ctx),
};

export const wizardEdit: Route = {
  path: "/tilbud/:id/rediger",
  title: () => t("edit"),
  render: (ctx) => wizard(ctx, Number(ctx.params.id)),
};
