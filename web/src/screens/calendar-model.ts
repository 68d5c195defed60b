// calendar-model: the calendar's API types (GET /api/calendar, §2), the
// texts every calendar file shares, and how an item reads: its time with
// the reporting time, its state, its pushes to the advisors' calendars.

import { define } from "../lib/i18n";
import type { Advisor, Room } from "../lib/types";
import { fmtDate, fmtDateTime, fmtTime, isoDate } from "../lib/ui";
import { wallTime } from "./calendar-zone";

/** DisplayState is an item's §2 state. */
export type DisplayState = "synced_seen" | "synced_seen_overdue" | "synced" | "awaiting_sync" | "external" | "no_participants" | "error" | "absence";

/** Target is a meeting's push to one advisor's own calendar. */
export interface Target {
  advisorId: number;
  state: "pending" | "done" | "failed";
  error?: string;
}

/** CalendarItem is one item of GET /api/calendar. */
export interface CalendarItem {
  kind: "meeting" | "external" | "absence";
  state: DisplayState;
  reason?: string;
  start: string;
  end: string;
  reportingMinutes?: number;
  advisors: number[];
  roomId?: number;
  meetingId?: number;
  absenceId?: number;
  title?: string;
  form?: "individual" | "group";
  participants?: number;
  seats?: number;
  conflict?: boolean;
  absenceClash?: boolean;
  note?: string;
  targets?: Target[];
}

/** CalendarView is the answer of GET /api/calendar. */
export interface CalendarView {
  items: CalendarItem[];
  redBar: number[];
}

/** AdvisorFull is an advisor with its calendar connection's kind. */
export interface AdvisorFull extends Advisor {
  calendar?: { kind?: string };
}

/** Names resolves advisors and rooms by id. */
export interface Names {
  advisors: AdvisorFull[];
  rooms: Room[];
}

/** t is the calendar's texts (the calendar, its dialogs and the absence screen share them). */
export const t = define({
  title: ["Kalender", "Calendar"],
  summon: ["Indkald borgere", "Summon citizens"],
  team: ["Team", "Team"],
  advisors: ["Vejledere", "Advisors"],
  rooms: ["Lokaler", "Rooms"],
  all: ["Vælg alle", "Select all"],
  none: ["Fravælg alle", "Deselect all"],
  noRooms: ["Ingen lokaler", "No rooms"],
  noAdvisors: ["Teamet har ingen vejledere. En administrator opretter dem under Administration → Vejledere.", "The team has no advisors. An administrator creates them under Administration → Advisors."],
  choose: ["Vælg en eller flere vejledere eller lokaler for at se kalenderen.", "Choose one or more advisors or rooms to see the calendar."],
  prev: ["Forrige", "Previous"],
  today: ["I dag", "Today"],
  next: ["Næste", "Next"],
  view: ["Visning", "View"],
  day: ["Dag", "Day"],
  week: ["Uge", "Week"],
  month: ["Måned", "Month"],
  legend: ["Farveforklaring", "Colour key"],
  reportAbsence: ["Meld fraværende", "Report absent"],
  reportAbsenceFor: ["Meld {name} fraværende", "Report {name} absent"],
  redBar: ["Har møder i et fravær — flyt dem", "Has meetings during an absence — move them"],
  loading: ["Henter kalenderen …", "Loading the calendar …"],
  updated: ["Opdateret {time}", "Updated {time}"],
  // states
  "state.synced": ["Synkroniseret til Jobnet", "Synced to Jobnet"],
  "state.synced_seen": ["Synkroniseret og set af borgeren", "Synced and seen by the citizen"],
  "state.synced_seen_overdue": ["Set af borgeren, men en frist er overskredet", "Seen by the citizen, but a deadline is exceeded"],
  "state.awaiting_sync": ["Afventer synkronisering", "Awaiting synchronisation"],
  "state.external": ["Aftale fra vejlederens egen kalender", "Appointment from the advisor's own calendar"],
  "state.no_participants": ["Ingen tilmeldte eller afventende indkaldelse", "No one booked, or a pending summons"],
  "state.error": ["Fejl på mødet", "Error on the meeting"],
  "state.absence": ["Fravær", "Absence"],
  "legend.synced": ["Blå: synkroniseret til Jobnet, ikke set endnu", "Blue: synced to Jobnet, not seen yet"],
  "legend.synced_seen": ["Blå med grønt flueben: set af borgeren på Jobnet", "Blue with a green tick: seen by the citizen on Jobnet"],
  "legend.synced_seen_overdue": ["Blå med grønt flueben og rød prik: set, men en frist er overskredet", "Blue with a green tick and a red dot: seen, but a deadline is exceeded"],
  "legend.awaiting_sync": ["Grå: afventer synkronisering", "Grey: awaiting synchronisation"],
  "legend.external": ["Grøn: aftale fra vejlederens egen kalender (kan kun ændres dér)", "Green: appointment from the advisor's own calendar (changed only there)"],
  "legend.no_participants": ["Orange: ingen tilmeldte, eller en afventende indkaldelse", "Orange: no one booked, or a pending summons"],
  "legend.error": ["Rød: fejl på mødet — årsagen vises, når musen eller fokus er på mødet", "Red: error on the meeting — the reason shows on hover or focus"],
  "legend.absence": ["Gul: fravær, med bemærkning", "Yellow: absence, with its note"],
  "legend.reporting": ["Skraveret: afrapporteringstid efter mødet", "Hatched: reporting time after the meeting"],
  "legend.push": ["Felter med initialer: mødet i vejlederens egen kalender — grå venter, blå er i kalenderen, rød er fejlet", "Boxes with initials: the meeting in the advisor's own calendar — grey waiting, blue in the calendar, red failed"],
  "push.pending": ["venter på at komme i {name}s kalender", "waiting to reach {name}'s calendar"],
  "push.done": ["i {name}s kalender", "in {name}'s calendar"],
  "push.failed": ["kunne ikke komme i {name}s kalender: {error}", "could not reach {name}'s calendar: {error}"],
  "push.heading": ["Vejledernes egne kalendere", "The advisors' own calendars"],
  "push.none": ["Ingen af mødets vejledere har en forbundet kalender.", "None of the meeting's advisors has a connected calendar."],
  reporting: ["+{n} min afrapporteringstid", "+{n} min reporting time"],
  private: ["Privat", "Private"],
  allDay: ["Hele dagen", "All day"],
  absence: ["Fravær", "Absence"],
  meeting: ["Møde", "Meeting"],
  noTitle: ["Møde uden titel", "Untitled meeting"],
  conflict: ["Overlapper en aftale i vejlederens egen kalender", "Overlaps an appointment in the advisor's own calendar"],
  absenceClash: ["Ligger i et fravær hos en af mødets vejledere", "Lies in an absence of one of its advisors"],
  participants: ["Deltagere", "Participants"],
  capacity: ["Kapacitet", "Capacity"],
  freeSeats: ["Ledige pladser", "Free seats"],
  seatsLabel: ["Antal pladser", "Number of seats"],
  seatsHint: ["Mindst det antal borgere, der er tilmeldt.", "At least the number of citizens booked."],
  seatsSave: ["Gem pladser", "Save seats"],
  seatsDone: ["Mødet har nu {n} pladser.", "The meeting now has {n} seats."],
  form: ["Form", "Form"],
  "form.individual": ["Individuelt møde", "Individual meeting"],
  "form.group": ["Fællesmøde", "Group meeting"],
  time: ["Tidspunkt", "Time"],
  room: ["Lokale", "Room"],
  noRoom: ["Intet lokale", "No room"],
  state: ["Status", "State"],
  reason: ["Årsag", "Reason"],
  note: ["Bemærkning", "Note"],
  // actions
  details: ["Detaljer", "Details"],
  move: ["Flyt", "Move"],
  delete: ["Slet", "Delete"],
  close: ["Luk", "Close"],
  present: ["Tilstedeværende", "Present"],
  readOnly: ["Aftalen kommer fra vejlederens egen kalender og kan kun ændres eller slettes dér.", "The appointment comes from the advisor's own calendar and can be changed or deleted only there."],
  moveTitle: ["Flyt mødet", "Move the meeting"],
  moveAdvisor: ["Vejleder", "Advisor"],
  moveAdvisorN: ["Vejleder {n}", "Advisor {n}"],
  moveDate: ["Dato", "Date"],
  moveTime: ["Starttidspunkt", "Start time"],
  moveHint: ["Borgeren får besked om ændringen via Jobnet.", "The citizen is told of the change via Jobnet."],
  moveOk: ["Bekræft flytning", "Confirm the move"],
  cancel: ["Annuller", "Cancel"],
  confirmMove: ["Flyt mødet?", "Move the meeting?"],
  confirmMoveBody: ["Flyt »{title}« til {who} {when}? Borgeren får besked via Jobnet.", "Move “{title}” to {who} {when}? The citizen is told via Jobnet."],
  confirmDelete: ["Slet mødet?", "Delete the meeting?"],
  confirmDeleteBody: ["Slet »{title}« {when} med dets indkaldelser? Borgeren får besked via Jobnet.", "Delete “{title}” {when} with its summonses? The citizen is told via Jobnet."],
  confirmPresent: ["Meld tilstedeværende?", "Report present?"],
  confirmPresentBody: ["Fraværet {when} slettes.", "The absence {when} is deleted."],
  moved: ["Mødet er flyttet. Borgeren får besked via Jobnet.", "The meeting is moved. The citizen is told via Jobnet."],
  deleted: ["Mødet er slettet. Borgeren får besked via Jobnet.", "The meeting is deleted. The citizen is told via Jobnet."],
  presentDone: ["Fraværet er slettet: vejlederen er tilstedeværende.", "The absence is deleted: the advisor is present."],
  inform: [
    "Mødets tidspunkt ligger inden for de næste 7 dage: du skal også selv informere borgeren om ændringen.",
    "The meeting's time lies within the next 7 days: you must also inform the citizen personally.",
  ],
  mixedDrop: ["Et møde kan flyttes mellem vejledere eller mellem lokaler, ikke fra en vejleder til et lokale.", "A meeting moves between advisors or between rooms, not from an advisor to a room."],
  // absence screen
  "abs.title": ["Meld fraværende", "Report absent"],
  "abs.advisor": ["Vejleder", "Advisor"],
  "abs.fromDate": ["Fra dato", "From date"],
  "abs.fromTime": ["Fra klokken", "From time"],
  "abs.toDate": ["Til dato", "To date"],
  "abs.toTime": ["Til klokken", "To time"],
  "abs.note": ["Beskrivelse af fravær (valgfri)", "Description of the absence (optional)"],
  "abs.confirmRebook": ["Bekræft og fortsæt til ombooking", "Confirm and continue to rebooking"],
  "abs.confirmOnly": ["Bekræft uden ombooking", "Confirm without rebooking"],
  "abs.back": ["Tilbage til kalenderen", "Back to the calendar"],
  "abs.created": ["{name} er meldt fraværende {when}.", "{name} is reported absent {when}."],
  "abs.rebookHeading": ["Ombooking", "Rebooking"],
  "abs.rebookIntro": ["Møderne i fraværet. Vælg de forslag, der skal bruges, og ombook.", "The meetings in the absence. Choose the proposals to use, and rebook."],
  "abs.noMeetings": ["Vejlederen har ingen møder i fraværet.", "The advisor has no meetings in the absence."],
  "abs.meeting": ["Møde", "Meeting"],
  "abs.proposal": ["Forslag", "Proposal"],
  "abs.use": ["Ombook", "Rebook"],
  "abs.useOne": ["Ombook {title} {when}", "Rebook {title} {when}"],
  "abs.sameAdvisor": ["samme vejleder", "same advisor"],
  "abs.noProposal": ["Ingen ledig tid fundet — flyt mødet i kalenderen", "No free time found — move the meeting in the calendar"],
  "abs.apply": ["Ombook valgte", "Rebook the chosen"],
  "abs.applied": ["{n} møder er ombooket. Borgerne får besked via Jobnet.", "{n} meetings are rebooked. The citizens are told via Jobnet."],
  "abs.applied1": ["1 møde er ombooket. Borgeren får besked via Jobnet.", "1 meeting is rebooked. The citizen is told via Jobnet."],
  "abs.result": ["Resultat", "Result"],
  "abs.moved": ["Flyttet", "Moved"],
  "abs.informOne": ["Inden for 7 dage: du skal også selv informere borgeren.", "Within 7 days: you must also inform the citizen personally."],
  "abs.noneChosen": ["Vælg mindst ét forslag.", "Choose at least one proposal."],
  "abs.upcoming": ["Vejlederens fravær de næste 8 uger", "The advisor's absences over the next 8 weeks"],
  "abs.noUpcoming": ["Intet fravær.", "No absences."],
  "abs.period": ["Periode", "Period"],
  "abs.presentFor": ["Meld tilstedeværende {when}", "Report present {when}"],
  "abs.edit": ["Ret", "Change"],
  "abs.editFor": ["Ret fraværet {when}", "Change the absence {when}"],
  "abs.editing": ["Ret fraværet {when}", "Change the absence {when}"],
  "abs.cancelEdit": ["Annuller ændringen", "Cancel the change"],
  editAbsence: ["Ret fravær", "Change the absence"],
});

/** advisorName is an advisor's name, or "#id". */
export function advisorName(n: Names, id: number): string {
  return n.advisors.find((a) => a.id === id)?.name ?? `#${id}`;
}

/** roomName is a room's name, or "#id". */
export function roomName(n: Names, id: number): string {
  return n.rooms.find((r) => r.id === id)?.name ?? `#${id}`;
}

/** initials are a name's initials, "BP". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .slice(0, 3)
    .join("");
}

/** allDay tells whether an item spans whole days in the job centre's zone. */
export function allDay(it: CalendarItem): boolean {
  const s = new Date(it.start), e = new Date(it.end);
  return wallTime(s) === "00:00" && wallTime(e) === "00:00" && e.getTime() - s.getTime() >= 23 * 3600_000;
}

/** timeText is "09:00 - 09:30 (+15 min afrapporteringstid)", or "Hele dagen". */
export function timeText(it: CalendarItem): string {
  if (allDay(it)) {
    const last = new Date(new Date(it.end).getTime() - 1);
    return isoDate(new Date(it.start)) === isoDate(last) ? t("allDay") : `${fmtDate(it.start)} - ${fmtDate(last)}`;
  }
  if (isoDate(new Date(it.start)) !== isoDate(new Date(new Date(it.end).getTime() - 1))) return `${fmtDateTime(it.start)} - ${fmtDateTime(it.end)}`;
  const s = `${fmtTime(it.start)} - ${fmtTime(it.end)}`;
  return it.reportingMinutes ? `${s} (${t("reporting", { n: it.reportingMinutes })})` : s;
}

/** whenText is the item's date and time. */
export function whenText(it: CalendarItem): string {
  if (allDay(it)) return isoDate(new Date(it.start)) === isoDate(new Date(new Date(it.end).getTime() - 1)) ? `${fmtDate(it.start)}, ${t("allDay")}` : timeText(it);
  if (isoDate(new Date(it.start)) !== isoDate(new Date(new Date(it.end).getTime() - 1))) return timeText(it);
  return `${fmtDate(it.start)} ${timeText(it)}`;
}

/** titleText is what the item is called: its title, "Privat", or the absence's note. */
export function titleText(it: CalendarItem): string {
  if (it.kind === "external") return !it.title || it.title === "Private" ? t("private") : it.title;
  if (it.kind === "absence") return it.note ? `${t("absence")}: ${it.note}` : t("absence");
  return it.title || t("noTitle");
}

/** pushText is one push's state in words. */
export function pushText(n: Names, p: Target): string {
  return t(`push.${p.state}`, { name: advisorName(n, p.advisorId), error: p.error ?? "" });
}

/** describe is the item in words, for its accessible name and its tooltip. */
export function describe(n: Names, it: CalendarItem): string[] {
  const lines = [`${timeText(it)}: ${titleText(it)}`, t(`state.${it.state}`)];
  if (it.state === "error" && it.reason) lines.push(`${t("reason")}: ${it.reason}`);
  if (it.conflict) lines.push(t("conflict"));
  if (it.absenceClash) lines.push(t("absenceClash"));
  for (const p of it.targets ?? []) lines.push(pushText(n, p));
  return lines;
}
