// meeting-data: the meeting dialog's API types (GET /api/meetings/{id} and
// its revision log) and texts, shared by the dialog's tabs.

import { define } from "../lib/i18n";

/** Participant is a row of the dialog's participant list. */
export interface Participant {
  summonsId: number;
  number: string;
  citizenId: number;
  cpr: string;
  name: string;
  phone?: string;
  note?: string;
  noteAt?: string;
  holdingDeadline?: string;
  dropDate?: string;
  deadlineExceeded: boolean;
  seenAt?: string;
  state: "pending" | "sent";
  jobnet: "pending" | "done" | "failed";
  jobnetAt?: string;
}

/** Letter is one message about the meeting: a push to Jobnet or a mail. */
export interface Letter {
  at: string;
  channel: "jobnet" | "mail";
  what: string;
  number?: string;
  to?: string;
  state: string;
  error?: string;
}

/** MeetingDetails is GET /api/meetings/{id}. */
export interface MeetingDetails {
  meeting: {
    id: number;
    title: string;
    meetingType: string;
    variant?: string;
    form: "individual" | "group";
    channel: string;
    start: string;
    end: string;
    reportingMinutes: number;
    advisors: number[];
    roomId?: number;
    seats?: number;
    terms: { acceptCancel: boolean; acceptRebook: boolean; rebookDaysBefore: number };
  };
  offerName?: string;
  description?: string;
  teamName?: string;
  status?: "pending" | "sent";
  number?: string;
  capacity: number;
  freeSeats: number;
  rebookDeadline?: string;
  createdBy?: string;
  createdAt?: string;
  changedBy?: string;
  changedAt?: string;
  seenAt?: string;
  sentToJobnetAt?: string;
  participants: Participant[];
  correspondence: Letter[];
}

/** AuditEntry is one entry of a meeting's revision log. */
export interface AuditEntry {
  id: number;
  entity: string;
  entityId: number;
  actor: string;
  at: string;
  action: string;
  after?: Record<string, unknown> | null;
}

/** t is the meeting dialog's texts. */
export const t = define({
  "tab.general": ["Generel", "General"],
  "tab.participants": ["Deltagerliste", "Participants"],
  "tab.letters": ["Korrespondance", "Correspondence"],
  "tab.audit": ["Revisionslog", "Revision log"],
  subtitle: ["Indkaldelsesdetaljer – {when} – {form}", "Summons details – {when} – {form}"],
  refresh: ["Opdater", "Refresh"],
  loading: ["Henter mødet …", "Loading the meeting …"],
  meetingType: ["Mødetype", "Meeting type"],
  talkType: ["Samtaletype", "Type of talk"],
  form: ["Mødeform", "Form"],
  channel: ["Afholdelsesform", "Held as"],
  offer: ["Navn på tilbud", "Offer"],
  resources: ["Ressourcer", "Resources"],
  team: ["Team", "Team"],
  when: ["Dato og tidspunkt", "Date and time"],
  duration: ["Varighed", "Duration"],
  minutes: ["{n} minutter", "{n} minutes"],
  reporting: ["Tid til rapportering", "Reporting time"],
  rebook: ["Frist for ombooking", "Rebooking deadline"],
  noRebook: ["Ombooking via Jobnet er ikke tilladt", "Rebooking on Jobnet is not allowed"],
  description: ["Beskrivelse", "Description"],
  status: ["Status", "Status"],
  "status.pending": ["Internt oprettet", "Created internally"],
  "status.sent": ["Eksternt kommunikeret", "Sent to the citizen"],
  "status.none": ["Ingen indkaldte", "No one summoned"],
  sendNow: ["Indkald nu", "Summon now"],
  sent: ["Indkaldelsen er sendt til Jobnet.", "The summons is sent to Jobnet."],
  summary: ["Summeret information", "Summary"],
  number: ["Indkaldelsesnr.", "Summons no."],
  count: ["Antal deltagere", "Participants"],
  details: ["Aftaledetaljer", "Appointment details"],
  createdBy: ["Oprettet af", "Created by"],
  createdAt: ["Oprettet den", "Created on"],
  changedBy: ["Sidst ændret af", "Last changed by"],
  changedAt: ["Sidst ændret den", "Last changed on"],
  seenAt: ["Set på Jobnet.dk", "Seen on Jobnet.dk"],
  sentAt: ["Sendt til Jobnet.dk", "Sent to Jobnet.dk"],
  notYet: ["Ikke endnu", "Not yet"],
  // participants
  export: ["Eksportér til Excel", "Export to Excel"],
  attach: ["Tilknyt borgere til møde", "Add citizens to the meeting"],
  noParticipants: ["Ingen borgere er tilknyttet mødet.", "No citizens are on the meeting."],
  "col.name": ["Navn", "Name"],
  "col.cpr": ["CPR", "CPR"],
  "col.phone": ["Telefon", "Phone"],
  "col.note": ["Seneste notat", "Latest note"],
  "col.holding": ["Afholdelsesfrist", "Holding deadline"],
  "col.drop": ["Falddato", "Drop date"],
  "col.number": ["Brevnr.", "Letter no."],
  "col.deadline": ["Frist", "Deadline"],
  "col.seen": ["Set", "Seen"],
  "col.function": ["Funktion", "Actions"],
  exceeded: ["Overskredet", "Exceeded"],
  seen: ["Set", "Seen"],
  remove: ["Fjern", "Remove"],
  removeName: ["Fjern {name} fra mødet", "Remove {name} from the meeting"],
  confirmRemove: ["Fjern borgeren fra mødet?", "Remove the citizen from the meeting?"],
  confirmRemoveBody: ["{name} fjernes fra mødet. De andre deltagere bliver.", "{name} is removed from the meeting. The other participants stay."],
  removed: ["{name} er fjernet fra mødet.", "{name} is removed from the meeting."],
  sentCannotRemove: ["Sendt – aflys mødet for at fjerne", "Sent – cancel the meeting to remove"],
  // attach
  attachCPR: ["Borgerens CPR-nummer", "The citizen's CPR number"],
  attachHint: ["Fx 010190-1234", "E.g. 010190-1234"],
  find: ["Find borger", "Find citizen"],
  notFound: ["Der er ingen borger med det CPR-nummer i jobcentret.", "There is no citizen with that CPR number in the job centre."],
  found: ["Fundet: {name}", "Found: {name}"],
  reason: ["Begrundelse for undtagelse", "Reason for the exception"],
  reasonHint: ["Kun nødvendig, når borgeren ikke opfylder tilbuddets regler. Begrundelsen gemmes i revisionsloggen.", "Only needed when the citizen does not meet the offer's rules. The reason is kept in the revision log."],
  attachOk: ["Tilknyt", "Add"],
  attached: ["{name} er tilknyttet mødet som afventende indkaldelse.", "{name} is added to the meeting as a pending summons."],
  full: ["Mødet har ingen ledige pladser.", "The meeting has no free seats."],
  // correspondence
  noLetters: ["Der er ikke sendt noget om mødet endnu.", "Nothing has been sent about the meeting yet."],
  "col.at": ["Tidspunkt", "Time"],
  "col.channel": ["Kanal", "Channel"],
  "col.what": ["Indhold", "Content"],
  "col.to": ["Til", "To"],
  "col.state": ["Status", "State"],
  "ch.jobnet": ["Jobnet", "Jobnet"],
  "ch.mail": ["Mail", "Mail"],
  "what.put": ["Indkaldelse sendt eller ændret", "Summons sent or changed"],
  "what.delete": ["Indkaldelse aflyst", "Summons cancelled"],
  "what.conflict": ["Mail om overlap med egen kalender", "Mail about an overlap with the own calendar"],
  "what.restored": ["Mail om genskabt møde", "Mail about a restored meeting"],
  "state.pending": ["Venter", "Waiting"],
  "state.done": ["Modtaget", "Received"],
  "state.sent": ["Sendt", "Sent"],
  "state.failed": ["Fejlet", "Failed"],
  // revision log
  noAudit: ["Revisionsloggen er tom.", "The revision log is empty."],
  "col.actor": ["Hvem", "Who"],
  "col.action": ["Handling", "Action"],
  "col.detail": ["Detaljer", "Details"],
  "act.create": ["Oprettet", "Created"],
  "act.update": ["Ændret", "Changed"],
  "act.send": ["Indkaldt", "Summoned"],
  "act.move": ["Flyttet", "Moved"],
  "act.cancel": ["Aflyst", "Cancelled"],
  "act.delete": ["Slettet", "Deleted"],
  "act.seats": ["Pladser ændret", "Seats changed"],
  "act.exception": ["Tilknyttet som undtagelse", "Added as an exception"],
  "entity.meeting": ["Mødet", "The meeting"],
  "entity.summons": ["Indkaldelse", "Summons"],
});

/** jsonText is one value of a revision-log entry, as text. */
export function jsonText(v: unknown): string {
  return typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v);
}
