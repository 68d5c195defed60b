// lists-data: the summons lists' rows (§6) as POST /api/summonses/query
// answers them, and the texts their cells share with the search screen.

import { html, nothing, type TemplateResult } from "lit-html";
import { post } from "../lib/api";
import { define } from "../lib/i18n";
import { fmtDate } from "../lib/ui";

const t = define({
  "jobnet.pending": ["Afventer", "Waiting"],
  "jobnet.done": ["Synkroniseret", "Synced"],
  "jobnet.failed": ["Fejlet", "Failed"],
  "state.pending": ["Internt oprettet", "Created internally"],
  "state.sent": ["Eksternt kommunikeret", "Sent"],
  "channel.digital": ["Digitalt", "Digital"],
  "channel.in_person": ["Personligt fremmøde", "In person"],
  "channel.phone": ["Telefonisk", "By phone"],
  "form.individual": ["Individuelt møde", "Individual meeting"],
  "form.group": ["Fællesmøde", "Group meeting"],
  deadlineExceeded: ["Frist overskredet", "Deadline exceeded"],
  seenOn: ["Set af borgeren {date}", "Seen by the citizen {date}"],
  yes: ["Ja", "Yes"],
  no: ["Nej", "No"],
});

export type List = "pending" | "follow_up";

/** Row is one citizen's summons in a list (§6). */
export interface Row {
  summonsId: number;
  number: string;
  meetingId: number;
  form: "individual" | "group";
  citizenId: number;
  citizenName: string;
  contactGroup?: string;
  cpr: string;
  cprFull?: string;
  state: "pending" | "sent";
  start: string;
  holdingDeadline: string;
  deadlineExceeded: boolean;
  seenAt?: string;
  teamId: number;
  teamName: string;
  advisors: number[];
  advisorName: string;
  roomName?: string;
  summoner: string;
  meetingType: string;
  variant?: string;
  channel: "digital" | "in_person" | "phone";
  jobnet: "pending" | "done" | "failed";
  jobnetAt?: string;
  inCalendar: boolean;
  rebookDeadline?: string;
}

/** Page is a page of a list and the number of rows in all. */
export interface Page {
  rows: Row[];
  total: number;
}

/** ListBody is the body of POST /api/summonses/query. */
export interface ListBody {
  list: List;
  search?: string;
  dateField?: string;
  from?: string;
  to?: string;
  teams?: number[];
  advisorId?: number;
  meetingType?: string;
  variant?: string;
  channel?: string;
  deadlineExceeded?: boolean;
  seen?: boolean;
  hideOld?: boolean;
  sort?: string;
  desc?: boolean;
  limit?: number;
  offset?: number;
}

/** queryList asks for one page of a list; the search travels in the body. */
export function queryList(body: ListBody): Promise<Page> {
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)) clean[k] = v;
  return post<Page>("/api/summonses/query", clean);
}

/** jobnetText is the Jobnet sync state in words. */
export const jobnetText = (s: Row["jobnet"]) => t(`jobnet.${s}` as "jobnet.done");
/** stateText is the summons state in words. */
export const stateText = (s: Row["state"]) => t(`state.${s}` as "state.sent");
/** channelText is the channel in words. */
export const channelText = (c: string) => (c ? t(`channel.${c}` as "channel.digital") : "");
/** formText is the meeting form in words. */
export const formText = (f: string) => t(`form.${f}` as "form.group");
/** yesNo is "Ja" or "Nej". */
export const yesNo = (b: boolean) => (b ? t("yes") : t("no"));

/** deadlineIcon is the deadline-exceeded icon (nothing when within it). */
export function deadlineIcon(r: Row): TemplateResult | typeof nothing {
  if (!r.deadlineExceeded) return nothing;
  return html`<span class="planner-icon planner-icon--deadline" role="img" aria-label=${t("deadlineExceeded")} title=${t("deadlineExceeded")}>!</span>`;
}

/** seenIcon is the seen icon (nothing when not seen). */
export function seenIcon(r: Row): TemplateResult | typeof nothing {
  if (!r.seenAt) return nothing;
  const text = t("seenOn", { date: fmtDate(r.seenAt) });
  return html`<span class="planner-icon planner-icon--seen" role="img" aria-label=${text} title=${text}>✓</span>`;
}

/** jobnetBadge is the Jobnet sync state as a coloured word. */
export function jobnetBadge(r: Row): TemplateResult {
  return html`<span class="planner-sync planner-sync--${r.jobnet}">${jobnetText(r.jobnet)}</span>`;
}
