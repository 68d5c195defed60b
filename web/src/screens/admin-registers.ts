// admin-registers: the registers an offer's rules choose from (guide B):
// the job centre's other actors ("anden aktør henvisning") and its own
// person-group marks, beside the state's and the region's that the
// national data hub (DFDG) supplies and only it changes.

import { html, nothing, type TemplateResult } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import { crudRoute } from "./admin-crud";

const t = define({
  actors: ["Andre aktører", "Other actors"],
  name: ["Navn", "Name"],
  cvr: ["CVR-nummer", "CVR number"],
  cvrHint: ["Otte cifre. Kan udelades.", "Eight digits. May be left out."],
  newActor: ["Ny anden aktør", "New other actor"],
  editActor: ["Rediger anden aktør: {name}", "Edit other actor: {name}"],
  marks: ["Persongruppemarkeringer", "Person-group marks"],
  level: ["Ejer", "Owner"],
  "level.state": ["Stat (fra DFDG)", "State (from DFDG)"],
  "level.region": ["Region {region} (fra DFDG)", "Region {region} (from DFDG)"],
  "level.jobcenter": ["Jobcentret", "The job centre"],
  binds: ["Binder borgeren til vejledere med samme markering", "Binds the citizen to advisors with the same mark"],
  bindsHint: ["Vælg Ja, hvis borgere med markeringen kun må booke vejledere, der har den samme markering.", "Choose Yes if citizens with the mark may only book advisors who have the same mark."],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
  newMark: ["Ny persongruppemarkering", "New person-group mark"],
  editMark: ["Rediger persongruppemarkering: {name}", "Edit person-group mark: {name}"],
  carried: ["Persongruppemarkeringer", "Person-group marks"],
  carriedNone: ["Jobcentret kan ikke se nogen persongruppemarkeringer endnu.", "The job centre sees no person-group marks yet."],
  bindsShort: ["binder til vejleder", "binds to advisor"],
  variants: ["Samtaletypevarianter", "Meeting type variants"],
  meetingType: ["Samtaletype", "Meeting type"],
  meetingTypeHint: ["Samtaletyperne er en fast liste. En variants samtaletype kan ikke ændres.", "The meeting types are a fixed list. A variant's meeting type cannot be changed."],
  chooseType: ["Vælg samtaletype", "Choose a meeting type"],
  newVariant: ["Ny variant", "New variant"],
  editVariant: ["Rediger variant: {name}", "Edit variant: {name}"],
  variantsIntro: ["Varianter skelner ens onlinetilbud fra hinanden, så Planner udstiller tider til det rigtige tilbud. Omdøbes en variant, følger tilbuddene med.", "Variants tell alike online offers apart, so Planner shows times for the right offer. When a variant is renamed, its offers follow."],
  hubOnly: ["Kun jobcentrets egne markeringer kan ændres her. Statens og regionernes hentes fra DFDG hver nat.", "Only the job centre's own marks are changed here. The state's and the regions' are fetched from DFDG every night."],
});

interface OtherActor {
  id: number;
  name: string;
  cvr?: string;
}

/** Mark is a person-group mark as GET /api/marks answers it. */
export interface Mark {
  id: number;
  name: string;
  level: "state" | "region" | "jobcenter";
  region?: string;
  bindsAdvisor: boolean;
}

export const adminOtherActors = crudRoute<OtherActor>({
  path: "/admin/andre-aktoerer",
  title: () => t("actors"),
  api: "/api/other-actors",
  listKey: "otherActors",
  columns: () => [
    { label: t("name"), cell: (x) => x.name },
    { label: t("cvr"), cell: (x) => x.cvr ?? "" },
  ],
  fields: () => [
    { key: "name", label: t("name"), required: true },
    { key: "cvr", label: t("cvr"), hint: t("cvrHint") },
  ],
  name: (x) => x.name,
  newHeading: () => t("newActor"),
  editHeading: (x) => t("editActor", { name: x.name }),
  values: (x) => ({ name: x?.name ?? "", cvr: x?.cvr ?? "" }),
  body: (v, x) => ({ ...(x ?? {}), name: v.name, cvr: v.cvr.trim() }),
});

interface Variant {
  id: number;
  meetingType: string;
  name: string;
}

let meetingTypes: string[] = [];

export const adminVariants = crudRoute<Variant>({
  path: "/admin/varianter",
  title: () => t("variants"),
  api: "/api/variants",
  listKey: "variants",
  async prepare() {
    meetingTypes = (await get<{ meetingTypes: string[] }>("/api/variants")).meetingTypes;
  },
  columns: () => [
    { label: t("name"), cell: (v) => v.name },
    { label: t("meetingType"), cell: (v) => v.meetingType },
  ],
  fields: (editing) => [
    {
      key: "meetingType",
      label: t("meetingType"),
      hint: t("meetingTypeHint"),
      options: editing ? [{ value: editing.meetingType, label: editing.meetingType }] : [{ value: "", label: t("chooseType") }, ...meetingTypes.map((m) => ({ value: m, label: m }))],
    },
    { key: "name", label: t("name"), required: true },
  ],
  intro: () => html`<p>${t("variantsIntro")}</p>`,
  name: (v) => v.name,
  newHeading: () => t("newVariant"),
  editHeading: (v) => t("editVariant", { name: v.name }),
  values: (v) => ({ meetingType: v?.meetingType ?? "", name: v?.name ?? "" }),
  body: (v, x) => ({ ...(x ?? {}), meetingType: x?.meetingType ?? v.meetingType, name: v.name }),
});

const levelText = (m: Mark) => t(`level.${m.level}`, { region: m.region ?? "" });

export const adminMarks = crudRoute<Mark>({
  path: "/admin/markeringer",
  title: () => t("marks"),
  api: "/api/marks",
  listKey: "marks",
  columns: () => [
    { label: t("name"), cell: (m) => m.name },
    { label: t("level"), cell: (m) => levelText(m) },
    { label: t("binds"), cell: (m) => (m.bindsAdvisor ? t("yes") : t("no")) },
  ],
  editable: (m) => m.level === "jobcenter",
  fields: () => [
    { key: "name", label: t("name"), required: true },
    { key: "bindsAdvisor", label: t("binds"), hint: t("bindsHint"), options: [{ value: "false", label: t("no") }, { value: "true", label: t("yes") }] },
  ],
  intro: () => html`<p>${t("hubOnly")}</p>`,
  name: (m) => m.name,
  newHeading: () => t("newMark"),
  editHeading: (m) => t("editMark", { name: m.name }),
  values: (m) => ({ name: m?.name ?? "", bindsAdvisor: m?.bindsAdvisor ? "true" : "false" }),
  body: (v, m) => ({ ...(m ?? {}), name: v.name, bindsAdvisor: v.bindsAdvisor === "true" }),
});

/**
 * markChecks draws the marks as checkboxes in a fieldset (an advisor's or a
 * citizen's marks); chosen holds the ids ticked and changes as they are.
 */
export function markChecks(id: string, marks: Mark[], chosen: Set<number>, legend = t("carried")): TemplateResult {
  return html`<fieldset class="planner-marks" aria-describedby=${marks.length ? nothing : `${id}-none`}>
    <legend class="form-label">${legend}</legend>
    ${marks.length === 0 ? html`<p class="form-hint" id="${id}-none">${t("carriedNone")}</p>` : nothing}
    ${marks.map(
      (m) => html`<div class="form-group-checkbox">
        <input type="checkbox" class="form-checkbox" id="${id}-${m.id}" .checked=${chosen.has(m.id)}
          @change=${(e: Event) => ((e.target as HTMLInputElement).checked ? chosen.add(m.id) : chosen.delete(m.id))} />
        <label for="${id}-${m.id}">${m.name} <span class="form-hint">(${levelText(m)}${m.bindsAdvisor ? `, ${t("bindsShort")}` : ""})</span></label>
      </div>`,
    )}
  </fieldset>`;
}
