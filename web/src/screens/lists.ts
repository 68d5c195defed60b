// lists: the pending list ("/afventer") and the follow-up list
// ("/opfoelgning") of §6. The database filters, sorts and pages (POST
// /api/summonses/query), so a page stays fast on 100,000 summonses. The
// filters, sort and page live in the address; the free-text search — which
// may be a CPR number — lives only in memory and travels in the request body.

import { html, nothing, render, type TemplateResult } from "lit-html";
import { get, post } from "../lib/api";
import { define } from "../lib/i18n";
import type { Ctx, Route } from "../lib/router";
import type { Advisor, Team } from "../lib/types";
import { announce, confirm, errorAlert, fieldError, fmtDate, fmtDateTime, invalid, successAlert } from "../lib/ui";
import { channelText, deadlineIcon, jobnetBadge, queryList, seenIcon, yesNo, type List, type ListBody, type Page, type Row } from "./lists-data";

const t = define({
  summon: ["Indkald borgere", "Summon citizens"],
  "title.pending": ["Afventerliste", "Pending list"],
  "title.follow_up": ["Opfølgningsliste", "Follow-up list"],
  "intro.pending": [
    "Indkaldelser, der er oprettet internt og endnu ikke sendt til Jobnet. Markeres en indkaldelse til et fællesmøde, markeres alle mødets deltagere.",
    "Summonses created internally and not yet sent to Jobnet. Selecting a group meeting's summons selects all its participants.",
  ],
  "intro.follow_up": ["Indkaldelser, der er sendt til Jobnet: én række pr. borger pr. indkaldelse.", "Summonses sent to Jobnet: one row per citizen per summons."],
  tabs: ["Lister over indkaldelser", "Summons lists"],
  counter: ["{n} afventende møder fra i dag", "{n} pending meetings from today"],
  filters: ["Filtrér", "Filter"],
  search: ["Søg på indkaldelsesnr., navn eller CPR-nr.", "Search by summons no., name or CPR no."],
  searchHint: ["Søgningen gemmes ikke i adressen.", "The search is not kept in the address."],
  searchButton: ["Søg", "Search"],
  dateField: ["Datofelt", "Date field"],
  "dateField.none": ["Ingen datofiltrering", "No date filter"],
  "dateField.meeting": ["Indkaldelsesdato", "Summons date"],
  "dateField.holding_deadline": ["Afholdelsesfrist", "Holding deadline"],
  "dateField.sent": ["Sendt til Jobnet", "Sent to Jobnet"],
  from: ["Fra", "From"],
  to: ["Til", "To"],
  team: ["Team (med underteams)", "Team (with sub-teams)"],
  advisor: ["Ansvarlig vejleder", "Responsible advisor"],
  type: ["Samtaletype", "Meeting type"],
  variant: ["Samtaletypevariant", "Variant"],
  channel: ["Afholdelsesform", "Channel"],
  deadline: ["Frist overskredet", "Deadline exceeded"],
  seen: ["Set af borgeren", "Seen by the citizen"],
  status: ["Status", "Status"],
  "status.all": ["Alle møder", "All meetings"],
  "status.current": ["Skjul gamle møder", "Hide old meetings"],
  all: ["Alle", "All"],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
  reset: ["Nulstil", "Reset"],
  "col.select": ["Vælg", "Select"],
  "col.number": ["Indkaldelsesnr.", "Summons no."],
  "col.name": ["Navn", "Name"],
  "col.cpr": ["CPR-nr.", "CPR no."],
  "col.date": ["Indkaldelsesdato", "Summons date"],
  "col.rebook": ["Ombookingsfrist", "Rebook deadline"],
  "col.holding": ["Afholdelsesfrist", "Holding deadline"],
  "col.deadline": ["Frist", "Deadline"],
  "col.seen": ["Set", "Seen"],
  "col.team": ["Team", "Team"],
  "col.advisor": ["Ansvarlig vejleder", "Responsible advisor"],
  "col.advisors": ["Vejledere", "Advisors"],
  "col.room": ["Lokale", "Room"],
  "col.summoner": ["Indkalder", "Summoner"],
  "col.type": ["Type", "Type"],
  "col.jobnet": ["Jobnet sync status", "Jobnet sync status"],
  "col.jobnetAt": ["Jobnet sync dato", "Jobnet sync date"],
  "col.inCalendar": ["Overført til kalender", "Transferred to calendar"],
  sortNone: [", klik for at sortere", ", click to sort"],
  sortAsc: [", sorteret stigende", ", sorted ascending"],
  sortDesc: [", sorteret faldende", ", sorted descending"],
  selectAll: ["Vælg alle", "Select all"],
  selectRow: ["Vælg {number} {name}", "Select {number} {name}"],
  selected: ["{n} valgt", "{n} selected"],
  noneSelected: ["Ingen rækker valgt", "No rows selected"],
  groupSelected: ["Fællesmøde: alle {n} deltagere er valgt", "Group meeting: all {n} participants selected"],
  groupDeselected: ["Fællesmøde: alle {n} deltagere er fravalgt", "Group meeting: all {n} participants deselected"],
  send: ["Indkald valgte", "Send selected"],
  delete: ["Slet valgte", "Delete selected"],
  sent: ["{n} indkaldelser er sendt til Jobnet.", "{n} summonses were sent to Jobnet."],
  sent1: ["1 indkaldelse er sendt til Jobnet.", "1 summons was sent to Jobnet."],
  deleted: ["{n} indkaldelser er slettet.", "{n} summonses were deleted."],
  deleted1: ["1 indkaldelse er slettet.", "1 summons was deleted."],
  confirmTitle: ["Slet internt oprettede aftaler", "Delete summonses created internally"],
  confirmBody: [
    "Er du sikker på, at du vil slette de {n} valgte internt oprettede aftaler? Det kan ikke fortrydes.",
    "Are you sure you want to delete the {n} selected summonses created internally? This cannot be undone.",
  ],
  confirmOk: ["Slet", "Delete"],
  rows: ["Viser {first}–{last} af {total} rækker", "Showing {first}–{last} of {total} rows"],
  noRows: ["Ingen indkaldelser passer til filtreringen.", "No summonses match the filter."],
  loading: ["Henter …", "Loading …"],
  perPage: ["Rækker pr. side", "Rows per page"],
  paging: ["Skift side i tabellen", "Change the table's page"],
  prev: ["Forrige side", "Previous page"],
  next: ["Næste side", "Next page"],
  pageOf: ["Side {page} af {pages}", "Page {page} of {pages}"],
  tableLabel: ["{list}: indkaldelser", "{list}: summonses"],
});

/** The free-text search of each list: in memory only, never in the address. */
const searches: Record<List, string> = { pending: "", follow_up: "" };

/** Filters are the list state kept in the address. */
interface Filters {
  dateField: string;
  from: string;
  to: string;
  team: string;
  advisor: string;
  type: string;
  variant: string;
  channel: string;
  deadline: string; // "", "yes", "no"
  seen: string;
  status: string; // "", "current"
  sort: string;
  desc: boolean;
  page: number;
  size: number;
}

const sizes = [25, 50, 100];
const filterKeys = ["dateField", "from", "to", "team", "advisor", "type", "variant", "channel", "deadline", "seen", "status"] as const;

function readFilters(q: URLSearchParams): Filters {
  const size = Number(q.get("size"));
  return {
    dateField: q.get("dateField") ?? "",
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    team: q.get("team") ?? "",
    advisor: q.get("advisor") ?? "",
    type: q.get("type") ?? "",
    variant: q.get("variant") ?? "",
    channel: q.get("channel") ?? "",
    deadline: q.get("deadline") ?? "",
    seen: q.get("seen") ?? "",
    status: q.get("status") ?? "",
    sort: q.get("sort") ?? "",
    desc: q.get("desc") === "true",
    page: Math.max(1, Number(q.get("page")) || 1),
    size: sizes.includes(size) ? size : sizes[0],
  };
}

function address(f: Filters): string {
  const q = new URLSearchParams();
  for (const k of filterKeys) if (f[k]) q.set(k, f[k]);
  if (f.sort) q.set("sort", f.sort);
  if (f.desc) q.set("desc", "true");
  if (f.page > 1) q.set("page", String(f.page));
  if (f.size !== sizes[0]) q.set("size", String(f.size));
  const s = q.toString();
  return location.pathname + (s ? `?${s}` : "");
}

const tri = (v: string) => (v === "yes" ? true : v === "no" ? false : undefined);

function body(list: List, f: Filters, search: string): ListBody {
  return {
    list,
    search: search.trim(),
    dateField: f.dateField,
    from: f.dateField ? f.from : "",
    to: f.dateField ? f.to : "",
    teams: f.team ? [Number(f.team)] : [],
    advisorId: f.advisor ? Number(f.advisor) : undefined,
    meetingType: f.type,
    variant: f.variant,
    channel: f.channel,
    deadlineExceeded: tri(f.deadline),
    seen: tri(f.seen),
    hideOld: f.status === "current" || undefined,
    sort: f.sort,
    desc: f.desc || undefined,
    limit: f.size,
    offset: (f.page - 1) * f.size,
  };
}

/** Column is one column of a list; sort names its API column. */
interface Column {
  key: string;
  label: () => string;
  sort?: string;
  cell: (r: Row) => TemplateResult | string | typeof nothing;
  className?: string;
}

/** teamOptions lists the teams as a tree, sub-teams indented. */
function teamOptions(teams: Team[]): { id: number; label: string }[] {
  const out: { id: number; label: string }[] = [];
  const walk = (parent: number | undefined, depth: number) => {
    for (const tm of teams.filter((x) => (x.parentId ?? 0) === (parent ?? 0)).sort((a, b) => a.name.localeCompare(b.name, "da"))) {
      out.push({ id: tm.id, label: `${"\u00a0\u00a0".repeat(depth)}${tm.name}` });
      walk(tm.id, depth + 1);
    }
  };
  walk(undefined, 0);
  for (const tm of teams) if (!out.some((o) => o.id === tm.id)) out.push({ id: tm.id, label: tm.name });
  return out;
}

interface Offer {
  id: number;
  meetingType: string;
  variant?: string;
}

function screen(list: List): Route {
  return {
    path: list === "pending" ? "/afventer" : "/opfoelgning",
    title: () => t(`title.${list}`),
    async render(ctx) {
      await listScreen(ctx, list);
    },
  };
}

async function listScreen(ctx: Ctx, list: List): Promise<void> {
  let f = readFilters(ctx.query);
  let search = searches[list];
  let page: Page | undefined;
  let err: unknown;
  let actionErr: unknown;
  let done = "";
  let loading = true;
  let counter: number | undefined;
  let teams: Team[] = [];
  let advisors: Advisor[] = [];
  let offers: Offer[] = [];
  const selected = new Set<number>();
  let seq = 0;
  const pending = list === "pending";

  const advisorName = (id: number) => advisors.find((a) => a.id === id)?.name ?? `#${id}`;

  const columns: Column[] = [
    { key: "number", label: () => t("col.number"), sort: "number", cell: (r) => html`<a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a>` },
    { key: "name", label: () => t("col.name"), sort: "name", cell: (r) => r.citizenName },
    { key: "cpr", label: () => t("col.cpr"), sort: "cpr", cell: (r) => r.cprFull || r.cpr, className: "planner-nowrap" },
    { key: "date", label: () => t("col.date"), sort: "date", cell: (r) => fmtDateTime(r.start), className: "planner-nowrap" },
    ...(pending ? [{ key: "rebook", label: () => t("col.rebook"), cell: (r: Row) => fmtDate(r.rebookDeadline), className: "planner-nowrap" }] : []),
    { key: "holding", label: () => t("col.holding"), sort: "holding_deadline", cell: (r) => fmtDate(r.holdingDeadline), className: "planner-nowrap" },
    { key: "deadline", label: () => t("col.deadline"), sort: "deadline_exceeded", cell: deadlineIcon },
    { key: "seen", label: () => t("col.seen"), sort: "seen", cell: seenIcon },
    { key: "team", label: () => t("col.team"), sort: "team", cell: (r) => r.teamName },
    pending
      ? { key: "advisor", label: () => t("col.advisor"), sort: "advisor", cell: (r) => r.advisorName }
      : {
          key: "advisors",
          label: () => t("col.advisors"),
          sort: "advisor",
          cell: (r) =>
            html`${r.advisors.map((id, i) => html`${i > 0 ? ", " : ""}${i === 0 ? html`<strong>${r.advisorName || advisorName(id)}</strong>` : advisorName(id)}`)}`,
        },
    { key: "room", label: () => t("col.room"), sort: "room", cell: (r) => r.roomName ?? "" },
    { key: "summoner", label: () => t("col.summoner"), sort: "summoner", cell: (r) => r.summoner },
    { key: "type", label: () => t("col.type"), sort: "type", cell: (r) => (r.variant ? `${r.meetingType} – ${r.variant}` : r.meetingType) },
    { key: "jobnet", label: () => t("col.jobnet"), sort: "jobnet_state", cell: jobnetBadge },
    { key: "jobnetAt", label: () => t("col.jobnetAt"), sort: "jobnet_date", cell: (r) => fmtDateTime(r.jobnetAt), className: "planner-nowrap" },
    { key: "inCalendar", label: () => t("col.inCalendar"), sort: "in_calendar", cell: (r) => yesNo(r.inCalendar) },
  ];

  const setFilters = (next: Partial<Filters>, keepPage = false) => {
    f = { ...f, ...next, page: keepPage ? (next.page ?? f.page) : (next.page ?? 1) };
    history.replaceState(history.state, "", address(f));
    void load();
  };

  const load = async () => {
    const mine = ++seq;
    loading = true;
    draw();
    try {
      const p = await queryList(body(list, f, search));
      if (mine !== seq || ctx.signal.aborted) return;
      page = p;
      err = undefined;
      const pages = Math.max(1, Math.ceil(p.total / f.size));
      if (f.page > pages && p.total > 0) {
        setFilters({ page: pages }, true);
        return;
      }
    } catch (e) {
      if (mine !== seq) return;
      err = e;
      page = undefined;
    }
    loading = false;
    draw();
  };

  const loadCounter = async () => {
    try {
      counter = (await get<{ pendingCounter: number }>("/api/front-page")).pendingCounter;
      draw();
    } catch {
      /* the counter is a hint; the list shows its own errors */
    }
  };

  /** participants returns the summons ids of row's meeting: all of a group meeting's participants. */
  const participants = async (r: Row): Promise<number[]> => {
    if (r.form !== "group") return [r.summonsId];
    const all = await queryList({ list: "pending", search: r.number, limit: 500 });
    const ids = all.rows.filter((x) => x.meetingId === r.meetingId).map((x) => x.summonsId);
    return ids.length > 0 ? ids : [r.summonsId];
  };

  const toggle = async (rows: Row[], on: boolean) => {
    actionErr = undefined;
    done = "";
    try {
      for (const r of rows) {
        const ids = await participants(r);
        for (const id of ids) on ? selected.add(id) : selected.delete(id);
        if (ids.length > 1 && rows.length === 1) announce(t(on ? "groupSelected" : "groupDeselected", { n: ids.length }));
      }
    } catch (e) {
      actionErr = e;
    }
    draw();
  };

  const act = async (kind: "send" | "delete") => {
    const ids = [...selected];
    if (ids.length === 0) return;
    if (kind === "delete") {
      const ok = await confirm({ title: t("confirmTitle"), body: t("confirmBody", { n: ids.length }), ok: t("confirmOk"), danger: true });
      if (!ok) return;
    }
    actionErr = undefined;
    done = "";
    try {
      await post(kind === "send" ? "/api/summonses/send" : "/api/summonses/delete", { ids });
      selected.clear();
      done = t(`${kind === "send" ? "sent" : "deleted"}${ids.length === 1 ? "1" : ""}` as "sent", { n: ids.length }); // "1 indkaldelse", never "1 indkaldelser"
      announce(done);
    } catch (e) {
      actionErr = e;
    }
    await Promise.all([load(), loadCounter()]);
  };

  const sortBy = (col: string) => {
    const current = f.sort || "date";
    setFilters({ sort: col, desc: current === col ? !f.desc : false }, false);
  };

  const header = (c: Column) => {
    if (!c.sort) return html`<th scope="col">${c.label()}</th>`;
    const current = f.sort || "date";
    const dir = current === c.sort ? (f.desc ? "descending" : "ascending") : undefined;
    return html`<th scope="col" aria-sort=${dir ?? nothing}>
      <button class="button button-unstyled planner-sort" type="button" data-sort=${c.sort} @click=${() => sortBy(c.sort!)}>
        ${c.label()}<span class="sr-only">${dir === "ascending" ? t("sortAsc") : dir === "descending" ? t("sortDesc") : t("sortNone")}</span>
        <span class="planner-sort-icon" aria-hidden="true">${dir === "ascending" ? "▲" : dir === "descending" ? "▼" : "↕"}</span>
      </button>
    </th>`;
  };

  const select = (id: string, label: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void, field = "") =>
    html`<div class="form-group">
      <label class="form-label" for=${id}>${label}</label>
      <select class="form-select" id=${id} name=${id} .value=${value} aria-invalid=${invalid(err, field) ? "true" : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;

  const triOptions = () => [
    { value: "", label: t("all") },
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];

  const dateInput = (key: "from" | "to") => {
    const id = `${list}-${key}`;
    const bad = invalid(err, key);
    return html`<div class="form-group ${bad ? "form-error" : ""}">
      <label class="form-label" for=${id}>${t(key)}</label>
      ${fieldError(err, key, id)}
      <input class="form-input planner-date" type="date" id=${id} name=${key} .value=${f[key]} ?disabled=${!f.dateField}
        aria-invalid=${bad ? "true" : nothing} aria-describedby=${bad ? `${id}-error` : nothing}
        @change=${(e: Event) => setFilters({ [key]: (e.target as HTMLInputElement).value })} />
    </div>`;
  };

  const filterPanel = () => {
    const types = [...new Set(offers.map((o) => o.meetingType).filter(Boolean))].sort((a, b) => a.localeCompare(b, "da"));
    const variants = [...new Set(offers.filter((o) => !f.type || o.meetingType === f.type).map((o) => o.variant ?? "").filter(Boolean))].sort();
    const searchId = `${list}-search`;
    const searchBad = invalid(err, "search");
    return html`<form class="planner-filters" role="search" aria-label=${t("filters")} @submit=${(e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>(`#${searchId}`)!;
      search = input.value;
      searches[list] = search;
      setFilters({});
    }}>
      <h2 class="h4">${t("filters")}</h2>
      <div class="form-group planner-wide ${searchBad ? "form-error" : ""}">
        <label class="form-label" for=${searchId}>${t("search")}</label>
        <span class="form-hint" id="${searchId}-hint">${t("searchHint")}</span>
        ${fieldError(err, "search", searchId)}
        <div class="planner-search-row">
          <input class="form-input" type="search" id=${searchId} name="search" autocomplete="off" .value=${search}
            aria-describedby="${searchId}-hint${searchBad ? ` ${searchId}-error` : ""}" />
          <button class="button button-secondary" type="submit">${t("searchButton")}</button>
        </div>
      </div>
      ${select(`${list}-dateField`, t("dateField"), f.dateField, [
        { value: "", label: t("dateField.none") },
        { value: "meeting", label: t("dateField.meeting") },
        { value: "holding_deadline", label: t("dateField.holding_deadline") },
        { value: "sent", label: t("dateField.sent") },
      ], (v) => setFilters(v ? { dateField: v } : { dateField: "", from: "", to: "" }), "dateField")}
      ${dateInput("from")}${dateInput("to")}
      ${select(`${list}-team`, t("team"), f.team, [{ value: "", label: t("all") }, ...teamOptions(teams).map((o) => ({ value: String(o.id), label: o.label }))], (v) => setFilters({ team: v }))}
      ${select(`${list}-advisor`, t("advisor"), f.advisor, [{ value: "", label: t("all") }, ...advisors.map((a) => ({ value: String(a.id), label: a.name }))], (v) => setFilters({ advisor: v }))}
      ${select(`${list}-type`, t("type"), f.type, [{ value: "", label: t("all") }, ...types.map((x) => ({ value: x, label: x }))], (v) => setFilters({ type: v, variant: "" }))}
      ${select(`${list}-variant`, t("variant"), f.variant, [{ value: "", label: t("all") }, ...variants.map((x) => ({ value: x, label: x }))], (v) => setFilters({ variant: v }))}
      ${select(`${list}-channel`, t("channel"), f.channel, [
        { value: "", label: t("all") },
        ...(["digital", "in_person", "phone"] as const).map((c) => ({ value: c, label: channelText(c) })),
      ], (v) => setFilters({ channel: v }))}
      ${select(`${list}-deadline`, t("deadline"), f.deadline, triOptions(), (v) => setFilters({ deadline: v }))}
      ${select(`${list}-seen`, t("seen"), f.seen, triOptions(), (v) => setFilters({ seen: v }))}
      ${select(`${list}-status`, t("status"), f.status, [
        { value: "", label: t("status.all") },
        { value: "current", label: t("status.current") },
      ], (v) => setFilters({ status: v }))}
      <button class="button button-secondary planner-reset" type="button" @click=${() => {
        search = "";
        searches[list] = "";
        const input = ctx.main.querySelector<HTMLInputElement>(`#${searchId}`);
        if (input) input.value = "";
        setFilters({ dateField: "", from: "", to: "", team: "", advisor: "", type: "", variant: "", channel: "", deadline: "", seen: "", status: "", sort: "", desc: false });
      }}>${t("reset")}</button>
    </form>`;
  };

  const table = (p: Page) => {
    const rows = p.rows;
    const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.summonsId));
    return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${t("tableLabel", { list: t(`title.${list}`) })}>
      <table class="table table--compact planner-list" id="${list}-table" aria-busy=${loading ? "true" : "false"}>
        <thead>
          <tr>
            ${pending
              ? html`<th scope="col" class="planner-select">
                  <div class="form-group-checkbox">
                    <input id="${list}-check-all" type="checkbox" class="form-checkbox" .checked=${allOnPage}
                      @change=${(e: Event) => void toggle(rows, (e.target as HTMLInputElement).checked)} />
                    <label for="${list}-check-all">${t("selectAll")}</label>
                  </div>
                </th>`
              : nothing}
            ${columns.map(header)}
          </tr>
        </thead>
        <tbody>
          ${rows.length === 0
            ? html`<tr><td colspan=${columns.length + (pending ? 1 : 0)}>${t("noRows")}</td></tr>`
            : rows.map(
                (r) => html`<tr class=${selected.has(r.summonsId) ? "planner-selected" : ""} data-summons=${r.summonsId} data-meeting=${r.meetingId}>
                  ${pending
                    ? html`<td class="planner-select">
                        <div class="form-group-checkbox">
                          <input id="${list}-check-${r.summonsId}" type="checkbox" class="form-checkbox" .checked=${selected.has(r.summonsId)}
                            @change=${(e: Event) => void toggle([r], (e.target as HTMLInputElement).checked)} />
                          <label for="${list}-check-${r.summonsId}"><span class="sr-only">${t("selectRow", { number: r.number, name: r.citizenName })}</span></label>
                        </div>
                      </td>`
                    : nothing}
                  ${columns.map((c) => html`<td class=${c.className ?? ""} data-col=${c.key}>${c.cell(r)}</td>`)}
                </tr>`,
              )}
        </tbody>
      </table>
    </div>`;
  };

  const pager = (p: Page) => {
    const pages = Math.max(1, Math.ceil(p.total / f.size));
    const first = p.total === 0 ? 0 : (f.page - 1) * f.size + 1;
    const last = Math.min(p.total, f.page * f.size);
    return html`<div class="planner-pager">
      <p class="rows-message" aria-live="polite" aria-atomic="true" data-rows>${t("rows", { first, last, total: p.total })}</p>
      <div class="form-group planner-pagesize">
        <label class="form-label" for="${list}-size">${t("perPage")}</label>
        <select class="form-select" id="${list}-size" .value=${String(f.size)} @change=${(e: Event) => setFilters({ size: Number((e.target as HTMLSelectElement).value) })}>
          ${sizes.map((s) => html`<option value=${s} ?selected=${s === f.size}>${s}</option>`)}
        </select>
      </div>
      <div class="planner-pagination" role="group" aria-label=${t("paging")}>
        <button class="button button-secondary" type="button" ?disabled=${f.page <= 1} @click=${() => setFilters({ page: f.page - 1 }, true)}>${t("prev")}</button>
        <span data-page>${t("pageOf", { page: f.page, pages })}</span>
        <button class="button button-secondary" type="button" ?disabled=${f.page >= pages} @click=${() => setFilters({ page: f.page + 1 }, true)}>${t("next")}</button>
      </div>
    </div>`;
  };

  const tabs = () =>
    html`<nav class="planner-listtabs" aria-label=${t("tabs")}>
      <ul>
        <li><a href="/afventer" aria-current=${pending ? "page" : "false"}>${t("title.pending")}${counter !== undefined ? html` <span class="badge planner-counter" data-counter aria-hidden="true">(${counter})</span><span class="sr-only"> – ${t("counter", { n: counter })}</span>` : nothing}</a></li>
        <li><a href="/opfoelgning" aria-current=${pending ? "false" : "page"}>${t("title.follow_up")}</a></li>
      </ul>
    </nav>`;

  const draw = () => {
    if (ctx.signal.aborted) return;
    render(
      html`<div class="planner-heading-row"><h1>${t(`title.${list}`)}</h1><a class="button button-secondary" href="/indkald">${t("summon")}</a></div>
        ${tabs()}
        <p>${t(`intro.${list}`)}</p>
        <div class="planner-listlayout">
          ${filterPanel()}
          <section class="planner-listmain" aria-label=${t(`title.${list}`)}>
            ${successAlert(done)} ${errorAlert(actionErr)} ${errorAlert(err)}
            ${page ? html`${pager(page)} ${table(page)}` : loading ? html`<p>${t("loading")}</p>` : nothing}
            ${pending && page
              ? html`<div class="table-actions planner-actions">
                  <p class="table-selected-number" aria-live="polite" data-selected>${selected.size ? t("selected", { n: selected.size }) : t("noneSelected")}</p>
                  <div class="button-group">
                    <button class="button button-primary" type="button" ?disabled=${selected.size === 0} @click=${() => void act("send")}>${t("send")}</button>
                    <button class="button button-secondary" type="button" ?disabled=${selected.size === 0} @click=${() => void act("delete")}>${t("delete")}</button>
                  </div>
                </div>`
              : nothing}
          </section>
        </div>`,
      ctx.main,
    );
  };

  draw();
  const extras = Promise.all([
    get<{ teams: Team[] }>("/api/teams").then((x) => (teams = x.teams)),
    get<{ advisors: Advisor[] }>("/api/advisors").then((x) => (advisors = x.advisors)),
    get<{ offers: Offer[] }>("/api/offers").then((x) => (offers = x.offers)),
  ]).catch((e) => (err = e));
  await Promise.all([load(), extras, loadCounter()]);
  draw();
  ctx.every(10_000, loadCounter);
}

/** pendingList is the pending list (§6, "Afventerliste"). */
export const pendingList = screen("pending");
/** followUpList is the follow-up list (§6, "Opfølgningsliste"). */
export const followUpList = screen("follow_up");
