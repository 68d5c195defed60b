// offer-types: the offer screens' shared API types (planner.Offer and its
// parts, as openapi.json names them), their labels, and the job centre's
// teams, advisors and rooms the screens name.

import { get } from "../lib/api";
import { define, lang } from "../lib/i18n";
import type { Advisor, Room, Team } from "../lib/types";
import { zone } from "../lib/ui";

/** Rule is one rule (type, condition, criterion) of §4.2. */
export interface Rule {
  type: string;
  cond: string;
  value: string;
}

/** RuleGroup is a group matched on all or any of its rules. */
export interface RuleGroup {
  join?: "and" | "or";
  match: "all" | "any";
  rules: Rule[];
}

/** Session is one meeting of a group offer. */
export interface Session {
  id?: number;
  start: string;
  advisors: number[];
  roomId?: number;
  seatsFromRoom: boolean;
  seats?: number;
  rebookSeats: number;
}

/** Offer is planner.Offer as the API reads and answers it. */
export interface Offer {
  id?: number;
  jobcenterId?: number;
  name: string;
  description: string;
  templateId?: number;
  meetingType: string;
  variant?: string;
  form: "individual" | "group";
  channel: "digital" | "in_person" | "phone";
  caller?: "advisor_calls" | "citizen_calls";
  phone?: string;
  durationMinutes: number;
  reportingMinutes: number;
  startMinutes?: number[];
  firstMeetingDate: string;
  fixedEnd: string;
  rollingWeeks?: number;
  opensOn: string;
  teamId: number;
  roomId?: number;
  advisors: number[];
  citizenChoosesAdvisor: boolean;
  otherActor: boolean;
  terms: { acceptCancel: boolean; acceptRebook: boolean; rebookDaysBefore: number };
  sessions?: Session[];
  rules: { groups: RuleGroup[] };
  active: boolean;
  changedAt?: string;
  changedBy?: string;
}

/** Template is a saved summons template; its fields pre-fill an offer. */
export interface Template {
  id: number;
  name: string;
  fields: Partial<Offer>;
}

/** Texts is a text in both languages, as the API gives it. */
export interface Texts {
  da: string;
  en: string;
}

/** pick is the visitor's language's text. */
export const pick = (t: Texts | undefined): string => (t ? (lang() === "en" ? t.en : t.da) : "");

const t = define({
  individual: ["Individuelt møde", "Individual meeting"],
  group: ["Fællesmøde", "Group meeting"],
  digital: ["Digitalt", "Digital"],
  in_person: ["Personlig kontakt", "In person"],
  phone: ["Telefon", "Phone"],
  advisor_calls: ["Vejleder ringer til borger", "The advisor calls the citizen"],
  citizen_calls: ["Borger ringer til vejleder", "The citizen calls the advisor"],
});

/** formName is a meeting form's name. */
export const formName = (f: string): string => (f === "individual" || f === "group" ? t(f) : f);
/** channelName is a channel's name. */
export const channelName = (c: string): string => (c === "digital" || c === "in_person" || c === "phone" ? t(c) : c);
/** callerName says who calls. */
export const callerName = (c: string | undefined): string => (c === "advisor_calls" || c === "citizen_calls" ? t(c) : "");

/** Resources are the job centre's teams, advisors and rooms. */
export interface Resources {
  teams: Team[];
  advisors: Advisor[];
  rooms: Room[];
}

/** loadResources reads the teams, advisors and rooms. */
export async function loadResources(): Promise<Resources> {
  const [teams, advisors, rooms] = await Promise.all([
    get<{ teams: Team[] }>("/api/teams"),
    get<{ advisors: Advisor[] }>("/api/advisors"),
    get<{ rooms: Room[] }>("/api/rooms"),
  ]);
  return { teams: teams.teams, advisors: advisors.advisors, rooms: rooms.rooms };
}

/** nameOf finds the name of id among xs ("" when it is not there). */
export const nameOf = (xs: { id: number; name: string }[], id: number | undefined): string => xs.find((x) => x.id === id)?.name ?? "";

/** fmtDay is a date "YYYY-MM-DD" as "03-12-2026", as the guide shows dates. */
export function fmtDay(d: string | undefined): string {
  if (!d) return "";
  const [y, m, day] = d.split("-");
  return `${day}-${m}-${y}`;
}

/** wallTime is an instant's date and clock time in the job centre's zone: ["2026-12-03", "13:00"]. */
export function wallTime(instant: string): [string, string] {
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));
  const [date, time] = parts.split(" ");
  return [date, time];
}

/** instantOf is the RFC 3339 instant of a date and clock time in the job centre's zone (DST included). */
export function instantOf(date: string, time: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const want = Date.UTC(y, m - 1, d, h, mi);
  let guess = want;
  for (let i = 0; i < 3; i++) {
    const [gd, gt] = wallTime(new Date(guess).toISOString());
    const [gy, gm, gday] = gd.split("-").map(Number);
    const [gh, gmi] = gt.split(":").map(Number);
    guess += want - Date.UTC(gy, gm - 1, gday, gh, gmi);
  }
  return new Date(guess).toISOString().replace(".000Z", "Z");
}
