// offers: the offer list (§4.3): active or inactive offers, filtered by
// name, team, meeting type, form, channel and target contact group (the API
// filters), sortable by name, type, form, channel, last changed and active.

import { html, render } from "lit-html";
import { get, query } from "../lib/api";
import { define } from "../lib/i18n";
import type { Route } from "../lib/router";
import type { Team } from "../lib/types";
import { announce, errorAlert, fmtDateTime } from "../lib/ui";
import { channelName, formName, type Offer, type Texts } from "./offer-types";

const t = define({
  title: ["Onlinetilbud", "Online offers"],
  create: ["Opret onlinetilbud", "Create online offer"],
  filter: ["Filtrer visning", "Filter"],
  name: ["Søg på navn", "Search by name"],
  team: ["Team", "Team"],
  meetingType: ["Samtaletype", "Meeting type"],
  form: ["Mødeform", "Meeting form"],
  channel: ["Afholdelsesform", "Channel"],
  contactGroup: ["Online tilbuddets målgruppe (kontaktgruppe)", "Target group (contact group)"],
  choose: ["Vælg her", "Choose"],
  search: ["Søg", "Search"],
  reset: ["Nulstil", "Reset"],
  status: ["Vis", "Show"],
  active: ["Aktive", "Active"],
  inactive: ["Inaktive", "Inactive"],
  colName: ["Navn", "Name"],
  colType: ["Samtaletype", "Meeting type"],
  colForm: ["Mødeform", "Meeting form"],
  colChannel: ["Afholdelsesform", "Channel"],
  colChanged: ["Sidst ændret", "Last changed"],
  colActive: ["Aktiv", "Active"],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
  none: ["Ingen onlinetilbud passer til filtreringen.", "No online offer matches the filter."],
  count: ["{n} onlinetilbud", "{n} online offers"],
  sortBy: ["Sorter efter {col}", "Sort by {col}"],
  caption: ["Onlinetilbud, sorteret efter {col} ({dir})", "Online offers, sorted by {col} ({dir})"],
  asc: ["stigende", "ascending"],
  desc: ["faldende", "descending"],
});

type Col = "name" | "meetingType" | "form" | "channel" | "changedAt" | "active";

interface Filter {
  name: string;
  teamId: string;
  meetingType: string;
  form: string;
  channel: string;
  contactGroup: string;
  active: "true" | "false";
}

const empty = (): Filter => ({ name: "", teamId: "", meetingType: "", form: "", channel: "", contactGroup: "", active: "true" });

interface RuleTypesAnswer {
  types: { type: string; values: { value: string; name: Texts }[] }[];
}

export const offers: Route = {
  path: "/tilbud",
  title: () => t("title"),
  async render(ctx) {
    let filter = empty();
    let sort: { col: Col; desc: boolean } = { col: "name", desc: false };
    let list: Offer[] = [];
    let teams: Team[] = [];
    let types: string[] = [];
    let groups: string[] = [];
    let err: unknown;

    const value = (o: Offer, c: Col): string => {
      switch (c) {
        case "form":
          return formName(o.form);
        case "channel":
          return channelName(o.channel);
        case "active":
          return o.active ? "1" : "0";
        case "changedAt":
          return o.changedAt ?? "";
        default:
          return String(o[c] ?? "");
      }
    };
    const sorted = () =>
      [...list].sort((a, b) => {
        const d = value(a, sort.col).localeCompare(value(b, sort.col), "da") || a.name.localeCompare(b.name, "da");
        return sort.desc ? -d : d;
      });
    const colNames: Record<Col, () => string> = {
      name: () => t("colName"),
      meetingType: () => t("colType"),
      form: () => t("colForm"),
      channel: () => t("colChannel"),
      changedAt: () => t("colChanged"),
      active: () => t("colActive"),
    };
    const th = (c: Col) => {
      const on = sort.col === c;
      return html`<th scope="col" aria-sort=${on ? (sort.desc ? "descending" : "ascending") : "none"}>
        <button class="button button-unstyled planner-sort" type="button" data-sort=${c} @click=${() => {
          sort = on ? { col: c, desc: !sort.desc } : { col: c, desc: false };
          draw();
          announce(t("caption", { col: colNames[c](), dir: sort.desc ? t("desc") : t("asc") }));
        }}>${colNames[c]()}<span class="planner-sort-icon" aria-hidden="true">${on ? (sort.desc ? "▼" : "▲") : "⇅"}</span></button>
      </th>`;
    };
    const select = (id: keyof Filter, label: string, options: [string, string][]) => html`<div class="form-group">
      <label class="form-label" for="filter-${id}">${label}</label>
      <select class="form-select" id="filter-${id}" .value=${filter[id]} @change=${(e: Event) => ((filter[id] as string) = (e.target as HTMLSelectElement).value)}>
        <option value="">${t("choose")}</option>
        ${options.map(([v, n]) => html`<option value=${v} ?selected=${filter[id] === v}>${n}</option>`)}
      </select>
    </div>`;

    const draw = () => {
      const rows = sorted();
      render(
        html`<div class="planner-offers-head">
            <h1>${t("title")}</h1>
            <a class="button button-primary" href="/tilbud/ny">${t("create")}</a>
          </div>
          ${errorAlert(err)}
          <div class="row">
            <form class="col-12 col-lg-3 planner-offer-filter" aria-labelledby="filter-h" @submit=${(e: Event) => {
              e.preventDefault();
              void load(true);
            }}>
              <h2 id="filter-h" class="h3">${t("filter")}</h2>
              <div class="form-group">
                <label class="form-label" for="filter-name">${t("name")}</label>
                <input class="form-input" id="filter-name" type="search" .value=${filter.name} @input=${(e: Event) => (filter.name = (e.target as HTMLInputElement).value)} />
              </div>
              ${select("teamId", t("team"), teams.map((x) => [String(x.id), x.name]))}
              ${select("meetingType", t("meetingType"), types.map((x) => [x, x]))}
              ${select("form", t("form"), ["individual", "group"].map((x) => [x, formName(x)]))}
              ${select("channel", t("channel"), ["digital", "in_person", "phone"].map((x) => [x, channelName(x)]))}
              ${select("contactGroup", t("contactGroup"), groups.map((x) => [x, x]))}
              <div class="planner-buttons">
                <button class="button button-primary" type="submit">${t("search")}</button>
                <button class="button button-secondary" type="button" @click=${() => {
                  filter = empty();
                  void load(true);
                }}>${t("reset")}</button>
              </div>
            </form>
            <section class="col-12 col-lg-9" aria-labelledby="list-h">
              <h2 id="list-h" class="sr-only">${t("count", { n: rows.length })}</h2>
              <fieldset class="planner-inline-radios">
                <legend class="form-label">${t("status")}</legend>
                ${(["true", "false"] as const).map(
                  (v) => html`<div class="form-group-radio">
                    <input type="radio" class="form-radio" name="offer-active" id="offer-active-${v}" value=${v} .checked=${filter.active === v} @change=${() => {
                      filter.active = v;
                      void load(true);
                    }} />
                    <label class="form-label" for="offer-active-${v}">${v === "true" ? t("active") : t("inactive")}</label>
                  </div>`,
                )}
              </fieldset>
              <p class="form-hint" data-count>${t("count", { n: rows.length })}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact planner-offer-table">
                  <caption class="sr-only">${t("caption", { col: colNames[sort.col](), dir: sort.desc ? t("desc") : t("asc") })}</caption>
                  <thead>
                    <tr>${th("name")}${th("meetingType")}${th("form")}${th("channel")}${th("changedAt")}${th("active")}</tr>
                  </thead>
                  <tbody>
                    ${rows.length === 0
                      ? html`<tr><td colspan="6">${t("none")}</td></tr>`
                      : rows.map(
                          (o) => html`<tr data-offer=${String(o.id)}>
                            <th scope="row"><a href="/tilbud/${o.id}">${o.name}</a></th>
                            <td>${o.meetingType}</td>
                            <td>${formName(o.form)}</td>
                            <td>${channelName(o.channel)}</td>
                            <td>${fmtDateTime(o.changedAt)}</td>
                            <td>${o.active ? t("yes") : t("no")}</td>
                          </tr>`,
                        )}
                  </tbody>
                </table>
              </div>
            </section>
          </div>`,
        ctx.main,
      );
    };

    const load = async (say = false) => {
      try {
        const ans = await get<{ offers: Offer[] }>(
          "/api/offers" +
            query({ active: filter.active, name: filter.name.trim(), teamId: filter.teamId, meetingType: filter.meetingType, form: filter.form, channel: filter.channel, contactGroup: filter.contactGroup }),
        );
        list = ans.offers;
        err = undefined;
      } catch (e) {
        err = e;
      }
      if (ctx.signal.aborted) return;
      draw();
      if (say) announce(t("count", { n: list.length }));
    };

    try {
      const [ts, all, rt] = await Promise.all([get<{ teams: Team[] }>("/api/teams"), get<{ offers: Offer[] }>("/api/offers"), get<RuleTypesAnswer>("/api/rule-types")]);
      teams = ts.teams;
      types = [...new Set(all.offers.map((o) => o.meetingType))].sort((a, b) => a.localeCompare(b, "da"));
      groups = rt.types.find((x) => x.type === "contact_group")?.values.map((v) => v.value) ?? [];
    } catch (e) {
      err = e;
    }
    await load();
  },
};
