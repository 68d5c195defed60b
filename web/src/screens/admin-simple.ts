// admin-simple: the administration's teams (a tree), rooms and templates,
// each a table with a form (admin-crud).

import { html } from "lit-html";
import { get } from "../lib/api";
import { define } from "../lib/i18n";
import type { Room, Team } from "../lib/types";
import { crudRoute } from "./admin-crud";
import { ownHours, resetHours, standardHours, type OwnHours, type WeeklyHours } from "./admin-form";

const t = define({
  teams: ["Teams", "Teams"],
  team: ["Team", "Team"],
  name: ["Navn", "Name"],
  parent: ["Overordnet team", "Parent team"],
  parentHint: ["Teamet hører under dette team i træet.", "The team belongs under this team in the tree."],
  top: ["Intet (øverst i træet)", "None (top of the tree)"],
  mail: ["Mail", "Mail"],
  mailHint: ["Notifikationsmails til teamet sendes hertil.", "Notification mails to the team go here."],
  phone: ["Telefon", "Phone"],
  newTeam: ["Nyt team", "New team"],
  editTeam: ["Rediger team: {name}", "Edit team: {name}"],
  rooms: ["Lokaler", "Rooms"],
  capacity: ["Pladser", "Capacity"],
  capacityHint: ["Hvor mange lokalet har plads til.", "How many the room seats."],
  newRoom: ["Nyt lokale", "New room"],
  editRoom: ["Rediger lokale: {name}", "Edit room: {name}"],
  templates: ["Skabeloner", "Templates"],
  templateName: ["Skabelonens navn", "Template name"],
  meetingType: ["Mødetype", "Meeting type"],
  form: ["Mødeform", "Meeting form"],
  individual: ["Individuel samtale", "Individual meeting"],
  group: ["Fællesmøde", "Group meeting"],
  channel: ["Afholdelsesform", "Channel"],
  in_person: ["Personligt fremmøde", "In person"],
  phoneChannel: ["Telefon", "Phone"],
  digital: ["Digitalt", "Online"],
  duration: ["Varighed (minutter)", "Duration (minutes)"],
  description: ["Beskrivelse til borgeren", "Description for the citizen"],
  newTemplate: ["Ny skabelon", "New template"],
  fills: ["Udfylder også", "Also fills in"],
  "f.variant": ["variant", "variant"],
  "f.reporting": ["afrapportering", "reporting time"],
  "f.starts": ["starttider", "start times"],
  "f.rolling": ["løbende slutdato", "rolling end"],
  "f.team": ["team", "team"],
  "f.room": ["lokale", "room"],
  "f.advisors": ["vejledere", "advisors"],
  "f.terms": ["afbud og ombooking", "cancelling and rebooking"],
  "f.rules": ["regler", "rules"],
  editTemplate: ["Rediger skabelon: {name}", "Edit template: {name}"],
  depth: ["niveau {n}", "level {n}"],
  ownHours: ["Teamets egne arbejdstider", "The team's own working hours"],
  ownHoursHint: ["Gælder teamets vejledere uden egne arbejdstider. Uden dem gælder det overordnede teams eller jobcentrets.", "Apply to the team's advisors without their own. Without them, the parent team's or the job centre's apply."],
});

/** num sends a whole number as a number, anything else as typed (the API names the field). */
export function num(v: string): number | string {
  return /^-?\d+$/.test(v.trim()) ? Number(v) : v;
}

let teams: Team[] = [];
const teamHours: OwnHours = { own: false, hours: standardHours() };

/** treeOrder is the teams depth first, each with its depth. */
export function treeOrder(all: Team[]): { team: Team; depth: number }[] {
  const out: { team: Team; depth: number }[] = [];
  const ids = new Set(all.map((x) => x.id));
  const walk = (parent: number | undefined, depth: number) => {
    for (const tm of all.filter((x) => (x.parentId && ids.has(x.parentId) ? x.parentId : undefined) === parent).sort((a, b) => a.name.localeCompare(b.name, "da"))) {
      out.push({ team: tm, depth });
      if (depth < 20) walk(tm.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

/** teamOptions are the teams as a select's options, indented by depth. */
export function teamOptions(all: Team[], except?: number): { value: string; label: string }[] {
  return treeOrder(all)
    .filter((x) => x.team.id !== except)
    .map((x) => ({ value: String(x.team.id), label: `${"— ".repeat(x.depth)}${x.team.name}` }));
}

export const adminTeams = crudRoute<Team & { hours?: WeeklyHours | null }>({
  path: "/admin/teams",
  title: () => t("teams"),
  api: "/api/teams",
  listKey: "teams",
  async prepare() {
    teams = (await get<{ teams: Team[] }>("/api/teams")).teams;
  },
  sort: (items) => treeOrder(items).map((x) => x.team),
  columns: () => [
    {
      label: t("name"),
      cell: (tm) => {
        const depth = treeOrder(teams).find((x) => x.team.id === tm.id)?.depth ?? 0;
        return html`<span class="planner-depth planner-depth-${Math.min(depth, 5)}">${tm.name}</span>${depth ? html`<span class="sr-only">, ${t("depth", { n: depth + 1 })}</span>` : ""}`;
      },
    },
    { label: t("parent"), cell: (tm) => teams.find((x) => x.id === tm.parentId)?.name ?? "" },
    { label: t("mail"), cell: (tm) => tm.mail ?? "" },
    { label: t("phone"), cell: (tm) => tm.phone ?? "" },
  ],
  fields: (editing) => [
    { key: "name", label: t("name"), required: true },
    { key: "parentId", label: t("parent"), hint: t("parentHint"), options: [{ value: "", label: t("top") }, ...teamOptions(teams, editing?.id)] },
    { key: "mail", label: t("mail"), hint: t("mailHint"), type: "email", autocomplete: "email" },
    { key: "phone", label: t("phone"), type: "tel", autocomplete: "tel" },
  ],
  extraKeys: ["hours"],
  reset: (tm) => resetHours(teamHours, tm?.hours),
  extra: (_tm, err, redraw) => ownHours(teamHours, t("ownHours"), t("ownHoursHint"), err, redraw),
  name: (tm) => tm.name,
  newHeading: () => t("newTeam"),
  editHeading: (tm) => t("editTeam", { name: tm.name }),
  values: (tm) => ({ name: tm?.name ?? "", parentId: tm?.parentId ? String(tm.parentId) : "", mail: tm?.mail ?? "", phone: tm?.phone ?? "" }),
  body: (v, tm) => ({ ...(tm ?? {}), name: v.name, parentId: v.parentId ? Number(v.parentId) : 0, mail: v.mail, phone: v.phone, hours: teamHours.own ? teamHours.hours : null }),
});

export const adminRooms = crudRoute<Room>({
  path: "/admin/lokaler",
  title: () => t("rooms"),
  api: "/api/rooms",
  listKey: "rooms",
  columns: () => [
    { label: t("name"), cell: (r) => r.name },
    { label: t("capacity"), cell: (r) => String(r.capacity) },
  ],
  fields: () => [
    { key: "name", label: t("name"), required: true },
    { key: "capacity", label: t("capacity"), hint: t("capacityHint"), type: "number" },
  ],
  name: (r) => r.name,
  newHeading: () => t("newRoom"),
  editHeading: (r) => t("editRoom", { name: r.name }),
  values: (r) => ({ name: r?.name ?? "", capacity: r ? String(r.capacity) : "" }),
  body: (v, r) => ({ ...(r ?? {}), name: v.name, capacity: num(v.capacity) }),
});

/** Template is an offer template: a name and the offer fields it fills in. */
interface Template {
  id: number;
  name: string;
  fields: Record<string, unknown> & { meetingType?: string; form?: string; channel?: string; durationMinutes?: number; description?: string };
}

/** filled names the offer fields a template fills in beyond the columns shown. */
function filled(f: Template["fields"]): string {
  const names: [string, string][] = [
    ["variant", t("f.variant")], ["reportingMinutes", t("f.reporting")], ["startMinutes", t("f.starts")], ["rollingWeeks", t("f.rolling")],
    ["teamId", t("f.team")], ["roomId", t("f.room")], ["advisors", t("f.advisors")], ["terms", t("f.terms")], ["rules", t("f.rules")],
  ];
  const set = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "object" && v !== null ? Object.values(v).some(set) : !!v);
  return names.filter(([k]) => set(f[k])).map(([, n]) => n).join(", ");
}

export const adminTemplates = crudRoute<Template>({
  path: "/admin/skabeloner",
  title: () => t("templates"),
  api: "/api/templates",
  listKey: "templates",
  columns: () => [
    { label: t("templateName"), cell: (x) => x.name },
    { label: t("meetingType"), cell: (x) => x.fields.meetingType ?? "" },
    { label: t("form"), cell: (x) => (x.fields.form ? t(x.fields.form as "group") : "") },
    { label: t("duration"), cell: (x) => (x.fields.durationMinutes ? String(x.fields.durationMinutes) : "") },
    { label: t("fills"), cell: (x) => filled(x.fields) },
  ],
  fields: () => [
    { key: "name", label: t("templateName"), required: true },
    { key: "fields.meetingType", label: t("meetingType") },
    { key: "fields.form", label: t("form"), options: [{ value: "", label: "—" }, { value: "individual", label: t("individual") }, { value: "group", label: t("group") }] },
    {
      key: "fields.channel",
      label: t("channel"),
      options: [{ value: "", label: "—" }, { value: "in_person", label: t("in_person") }, { value: "phone", label: t("phoneChannel") }, { value: "digital", label: t("digital") }],
    },
    { key: "fields.durationMinutes", label: t("duration"), type: "number" },
    { key: "fields.description", label: t("description") },
  ],
  name: (x) => x.name,
  newHeading: () => t("newTemplate"),
  editHeading: (x) => t("editTemplate", { name: x.name }),
  values: (x) => ({
    name: x?.name ?? "",
    "fields.meetingType": x?.fields.meetingType ?? "",
    "fields.form": x?.fields.form ?? "",
    "fields.channel": x?.fields.channel ?? "",
    "fields.durationMinutes": x?.fields.durationMinutes ? String(x.fields.durationMinutes) : "",
    "fields.description": x?.fields.description ?? "",
  }),
  body: (v, x) => {
    const fields: Record<string, unknown> = { ...(x?.fields ?? {}) };
    const set = (k: string, val: unknown) => {
      if (val === "" || val === undefined) delete fields[k];
      else fields[k] = val;
    };
    set("meetingType", v["fields.meetingType"]);
    set("form", v["fields.form"]);
    set("channel", v["fields.channel"]);
    set("durationMinutes", v["fields.durationMinutes"] ? num(v["fields.durationMinutes"]) : "");
    set("description", v["fields.description"]);
    return { ...(x ?? {}), name: v.name, fields };
  },
});
