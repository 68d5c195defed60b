// rules: the wizard's step 3 "Deltagere", the rule builder (§4.2): groups
// matching "alle af følgende" (AND) or "en af følgende" (OR), joined to the
// group before by AND or OR, of 1–30 rules (type, condition, criterion).
// The types, conditions and criteria come from GET /api/rule-types; the
// readable sentence and the contradictions from POST /api/offers/validate
// (step 3), asked again shortly after every change — nothing about the
// rules' meaning is computed here.

import { html, nothing, type TemplateResult } from "lit-html";
import { define } from "../lib/i18n";
import { pick, type Rule, type RuleGroup, type Texts } from "./offer-types";

const t = define({
  intro: [
    "Regelmotoren afgrænser, hvilke borgere der kan selvbooke tilbuddet. Der skal være mindst 1 og højst {max} regler.",
    "The rule engine limits which citizens can book the offer themselves. There must be at least 1 and at most {max} rules.",
  ],
  group: ["Regelgruppe {n}", "Rule group {n}"],
  join: ["Forbindes med gruppen før med", "Joined to the group before by"],
  and: ["Og", "And"],
  or: ["Eller", "Or"],
  match: ["Borgeren skal opfylde", "The citizen must match"],
  all: ["Alle af følgende", "All of the following"],
  any: ["En af følgende", "Any of the following"],
  rule: ["Regel {n}", "Rule {n}"],
  type: ["Regeltype", "Rule type"],
  cond: ["Betingelse", "Condition"],
  value: ["Kriterium", "Criterion"],
  choose: ["Vælg her", "Choose"],
  noValues: ["Jobcentret har ingen værdier af denne type", "The job centre has no values of this type"],
  addRule: ["Tilføj regel", "Add rule"],
  remove: ["Fjern", "Remove"],
  removeWhich: ["regel {r} i gruppe {g}", "rule {r} of group {g}"],
  addGroup: ["Tilføj regelgruppe", "Add rule group"],
  removeGroup: ["Fjern regelgruppe {g}", "Remove rule group {g}"],
  count: ["{n} af højst {max} regler", "{n} of at most {max} rules"],
  sentence: ["Reglerne læst som en sætning", "The rules as a sentence"],
  checking: ["Reglerne kontrolleres …", "Checking the rules …"],
  incomplete: ["Sætningen vises, når reglerne er udfyldt korrekt.", "The sentence shows once the rules are filled in correctly."],
  contradictions: ["Reglerne modsiger hinanden", "The rules contradict each other"],
  never: ["Ingen borger kan opfylde reglerne, så tilbuddet vil ikke blive vist for nogen.", "No citizen can match the rules, so the offer would be shown to no one."],
  some: ["En del af reglerne kan aldrig opfyldes:", "Part of the rules can never be matched:"],
  where: ["gruppe {g}, regel {r}", "group {g}, rule {r}"],
  rulesLabel: ["Regler", "Rules"],
});

/** Choice is a condition or criterion value the builder offers. */
export interface Choice {
  value: string;
  name: Texts;
}

/** RuleTypeInfo is one rule type from GET /api/rule-types. */
export interface RuleTypeInfo {
  type: string;
  name: Texts;
  criterion: "number" | "list" | "text";
  conds: Choice[];
  values: Choice[];
}

/** RuleTypes is GET /api/rule-types. */
export interface RuleTypes {
  types: RuleTypeInfo[];
  maxRules: number;
}

/** Contradiction is an AND scope no citizen can match. */
export interface Contradiction {
  scope: number;
  rules: string[];
  reason: string;
  reasonDa: string;
}

/** RulesCheck is what the last step-3 validation said. */
export interface RulesCheck {
  pending: boolean;
  description?: Texts;
  contradictions?: Contradiction[];
  neverMatches?: boolean;
}

/** Field helpers the wizard gives: the id, error and invalid state of an API field. */
export interface Fields {
  id(field: string): string;
  error(field: string): TemplateResult | typeof nothing;
  invalid(field: string): boolean;
  label(field: string, text: string): void;
}

/** newRule is a rule of the first type with its first condition. */
export function newRule(types: RuleTypes): Rule {
  const first = types.types[0];
  return { type: first?.type ?? "age", cond: first?.conds[0]?.value ?? "", value: "" };
}

/** ruleBuilder draws the groups; change() is called after every edit. */
export function ruleBuilder(groups: RuleGroup[], types: RuleTypes, check: RulesCheck, f: Fields, change: () => void): TemplateResult {
  const total = groups.reduce((n, g) => n + g.rules.length, 0);
  const full = total >= types.maxRules;
  const info = (r: Rule) => types.types.find((x) => x.type === r.type);
  const path = (g: number, r: number, part: string) => `rules.groups[${g}].rules[${r}].${part}`;
  const where2 = (field: string) => {
    const m = /^rules\.groups\[(\d+)\](?:\.rules\[(\d+)\])?/.exec(field);
    return m ? (m[2] === undefined ? t("group", { n: Number(m[1]) + 1 }) : `${t("group", { n: Number(m[1]) + 1 })}, ${t("rule", { n: Number(m[2]) + 1 }).toLowerCase()}`) : "";
  };
  const sel = (field: string, label: string, value: string, options: Choice[], set: (v: string) => void, placeholder = false) => (f.label(field, `${where2(field)}: ${label}`), html`<div class="form-group ${f.invalid(field) ? "form-error" : ""}">
    <label class="form-label" for=${f.id(field)}>${label}</label>
    ${f.error(field)}
    <select class="form-select" id=${f.id(field)} aria-invalid=${f.invalid(field) ? "true" : "false"} aria-describedby=${f.invalid(field) ? `${f.id(field)}-error` : nothing}
      @change=${(e: Event) => {
        set((e.target as HTMLSelectElement).value);
        change();
      }}>
      ${placeholder ? html`<option value="" ?selected=${value === ""}>${t("choose")}</option>` : nothing}
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${pick(o.name)}</option>`)}
    </select>
  </div>`);
  const criterion = (gi: number, ri: number, r: Rule) => {
    const ti = info(r);
    const field = path(gi, ri, "value");
    f.label(field, `${where2(field)}: ${t("value")}`);
    if (ti?.criterion === "list") {
      if (ti.values.length === 0) return html`<div class="form-group"><p class="form-label">${t("value")}</p><p class="form-hint">${t("noValues")}</p></div>`;
      return sel(field, t("value"), r.value, ti.values, (v) => (r.value = v), true);
    }
    return html`<div class="form-group ${f.invalid(field) ? "form-error" : ""}">
      <label class="form-label" for=${f.id(field)}>${t("value")}</label>
      ${f.error(field)}
      <input class="form-input ${ti?.criterion === "number" ? "input-width-xs" : ""}" id=${f.id(field)} type=${ti?.criterion === "number" ? "number" : "text"}
        inputmode=${ti?.criterion === "number" ? "numeric" : nothing} .value=${r.value}
        aria-invalid=${f.invalid(field) ? "true" : "false"} aria-describedby=${f.invalid(field) ? `${f.id(field)}-error` : nothing}
        @input=${(e: Event) => {
          r.value = (e.target as HTMLInputElement).value;
          change();
        }} />
    </div>`;
  };
  const ruleRow = (g: RuleGroup, gi: number, r: Rule, ri: number) => html`<li class="planner-rule" data-rule=${`${gi}.${ri}`}>
    <fieldset>
      <legend class="sr-only">${t("group", { n: gi + 1 })}, ${t("rule", { n: ri + 1 })}</legend>
      ${sel(path(gi, ri, "type"), t("type"), r.type, types.types.map((x) => ({ value: x.type, name: x.name })), (v) => {
        r.type = v;
        const ti = info(r);
        r.cond = ti?.conds[0]?.value ?? "";
        r.value = "";
      })}
      ${sel(path(gi, ri, "cond"), t("cond"), r.cond, info(r)?.conds ?? [], (v) => (r.cond = v))}
      ${criterion(gi, ri, r)}
      <button class="button button-tertiary planner-remove" type="button" ?disabled=${total <= 1} @click=${() => {
          g.rules.splice(ri, 1);
          if (g.rules.length === 0) groups.splice(gi, 1);
          change();
        }}>${t("remove")}<span class="sr-only"> ${t("removeWhich", { r: ri + 1, g: gi + 1 })}</span></button>
    </fieldset>
  </li>`;
  const groupBox = (g: RuleGroup, gi: number) => html`<fieldset class="planner-rule-group" data-group=${String(gi)}>
    <legend class="h4">${t("group", { n: gi + 1 })}</legend>
    ${f.error(`rules.groups[${gi}].rules`)}
    <div class="planner-rule-head">
      ${gi > 0
        ? sel(`rules.groups[${gi}].join`, t("join"), g.join ?? "and", [
            { value: "and", name: { da: "Og", en: "And" } },
            { value: "or", name: { da: "Eller", en: "Or" } },
          ], (v) => (g.join = v as "and" | "or"))
        : nothing}
      ${sel(`rules.groups[${gi}].match`, t("match"), g.match, [
        { value: "all", name: { da: t("all"), en: t("all") } },
        { value: "any", name: { da: t("any"), en: t("any") } },
      ], (v) => (g.match = v as "all" | "any"))}
    </div>
    <ol class="planner-rules no-max-width">
      ${g.rules.map((r, ri) => ruleRow(g, gi, r, ri))}
    </ol>
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${full} @click=${() => {
        g.rules.push(newRule(types));
        change();
      }}>${t("addRule")}<span class="sr-only"> (${t("group", { n: gi + 1 })})</span></button>
      ${groups.length > 1
        ? html`<button class="button button-tertiary" type="button" @click=${() => {
            groups.splice(gi, 1);
            if (groups[0]) delete groups[0].join;
            change();
          }}>${t("removeGroup", { g: gi + 1 })}</button>`
        : nothing}
    </div>
  </fieldset>`;
  const where = (p: string) => {
    const m = /^groups\[(\d+)\]\.rules\[(\d+)\]$/.exec(p);
    return m ? t("where", { g: Number(m[1]) + 1, r: Number(m[2]) + 1 }) : p;
  };
  const live = () => {
    if (check.pending && !check.description) return html`<p>${t("checking")}</p>`;
    if (!check.description) return html`<p class="form-hint">${t("incomplete")}</p>`;
    const cs = check.contradictions ?? [];
    return html`<p class="planner-sentence" data-sentence>${pick(check.description)}</p>
      ${cs.length > 0
        ? html`<div class="alert alert-warning" data-contradictions>
            <div class="alert-body">
              <p class="alert-heading">${t("contradictions")}</p>
              <p class="alert-text">${check.neverMatches ? t("never") : t("some")}</p>
              <ul class="alert-text">
                ${cs.map((c) => html`<li>${c.rules.map(where).join(", ")}: ${pick({ da: c.reasonDa || c.reason, en: c.reason })}</li>`)}
              </ul>
            </div>
          </div>`
        : nothing}`;
  };
  f.label("rules.groups", t("rulesLabel"));
  return html`<p>${t("intro", { max: types.maxRules })}</p>
    ${f.error("rules.groups")}
    ${groups.map(groupBox)}
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${full} @click=${() => {
        groups.push({ join: "and", match: "all", rules: [newRule(types)] });
        change();
      }}>${t("addGroup")}</button>
      <span class="form-hint" data-rule-count>${t("count", { n: total, max: types.maxRules })}</span>
    </div>
    <section class="planner-rules-live" aria-labelledby="sentence-h">
      <h3 id="sentence-h" class="h4">${t("sentence")}</h3>
      <div aria-live="polite" aria-busy=${check.pending ? "true" : "false"}>${live()}</div>
    </section>`;
}
