// wizard-steps: the wizard's step 1 "Tilbudstype" and step 2 "Tid" (§4.1),
// drawn from the draft offer; every input writes straight into the draft
// and each field shows the API's message for it.

import { html, nothing, type TemplateResult } from "lit-html";
import { define } from "../lib/i18n";
import { callerName, channelName, formName, instantOf, wallTime, type Offer, type Resources, type Session, type Template } from "./offer-types";
import type { F } from "./wizard";

const t = define({
  details: ["Detaljer", "Details"],
  name: ["Navn på tilbud", "Name of the offer"],
  nameHint: ["Vises for borgeren på Jobnet. Angiv fx målgruppe eller sagsbehandlers navn.", "Shown to the citizen on Jobnet, e.g. with the target group or the advisor's name."],
  nameLocked: ["Et fællesmødes navn kan ikke ændres.", "The name of a group offer cannot change."],
  description: ["Beskrivelse af tilbud", "Description of the offer"],
  descHint: ["Højst 500 tegn, uden formatering. {n} tegn skrevet.", "At most 500 characters, no formatting. {n} characters written."],
  template: ["Indkaldelseskabelon", "Summons template"],
  templateHint: ["En skabelon udfylder de næste felter; alle felter kan rettes bagefter.", "A template fills in the next fields; every field can be changed afterwards."],
  noTemplate: ["Ingen skabelon", "No template"],
  meeting: ["Samtaledetaljer", "Meeting details"],
  meetingType: ["Samtaletype", "Meeting type"],
  variant: ["Samtaletypevariant (valgfri)", "Variant (optional)"],
  chooseType: ["Vælg samtaletype", "Choose a meeting type"],
  noVariant: ["Ingen variant", "No variant"],
  variantHint: ["Varianterne oprettes under Administration → Varianter.", "Variants are kept under Administration → Variants."],
  form: ["Mødeform", "Meeting form"],
  formLocked: ["Mødeformen kan ikke ændres, når tilbuddet er oprettet.", "The meeting form cannot change once the offer exists."],
  channel: ["Afholdelsesform", "Channel"],
  caller: ["Kontaktansvarlig", "Who calls"],
  phone: ["Telefonnummer, borgeren ringer til", "The number the citizen calls"],
  phoneHint: ["Tomt: vejlederens nummer, ellers teamets.", "Empty: the advisor's number, else the team's."],
  duration: ["Møde varighed og start", "Duration and start"],
  minutes: ["Varighed (antal minutter)", "Duration (minutes)"],
  reporting: ["Afrapportering (antal minutter)", "Reporting time (minutes)"],
  starts: ["Mulige starttider for mødet (minuttal)", "Possible start minutes"],
  startsHint: ["Vælges fx 15 og 45, kan borgeren booke kl. 11:15, 11:45, 12:15 osv.", "Choosing 15 and 45 lets the citizen book 11:15, 11:45, 12:15 and so on."],
  period: ["Tilbudsperiode", "Offer period"],
  firstMeeting: ["Første mødedato", "First meeting date"],
  fixedEnd: ["Fast slutdato (valgfri)", "Fixed end date (optional)"],
  rolling: ["Løbende slutdato: tilbud åbent antal uger fra dags dato (valgfri, 0 = ingen)", "Rolling end: weeks ahead from the day of booking (optional, 0 = none)"],
  opensOn: ["Tilbud åbnes for booking", "Opens for booking on"],
  resources: ["Ressourcer", "Resources"],
  team: ["Team", "Team"],
  choose: ["Vælg her", "Choose"],
  room: ["Mødelokale (valgfrit)", "Meeting room (optional)"],
  noRoom: ["Intet lokale", "No room"],
  advisors: ["Vejledere", "Advisors"],
  chooses: ["Borgeren kan vælge vejleder til mødet", "The citizen may choose the advisor"],
  otherActor: ["Tilbud til borgere henvist til anden aktør", "Offer for citizens referred to an other actor"],
  booking: ["Booking og ombooking", "Booking and rebooking"],
  acceptCancel: ["Accepter afbud", "Accept cancellation"],
  rebook: ["Accepter ombooking", "Accept rebooking"],
  no: ["Nej", "No"],
  yesUntil: ["Ja – frem til et antal dage før samtaledato", "Yes – until a number of days before the meeting"],
  days: ["Antal dage før samtaledato", "Days before the meeting"],
  sessions: ["Fællesmøder", "Group sessions"],
  session: ["Møde {n}", "Session {n}"],
  date: ["Dato", "Date"],
  time: ["Tidspunkt", "Time"],
  sessionRoom: ["Mødelokale", "Room"],
  offerRoom: ["Tilbuddets lokale", "The offer's room"],
  seats: ["Antal pladser", "Seats"],
  fromRoom: ["Antal borgere pr. møde bestemmes af mødelokalets størrelse", "The room's capacity gives the seats"],
  given: ["Angiv antal indkaldelser pr. fællesmøde", "Give the number of summonses per session"],
  seatCount: ["Antal indkaldelser", "Number of summonses"],
  rebookSeats: ["Antal pladser til ombooking", "Seats kept for rebooking"],
  addSession: ["Tilføj møde", "Add session"],
  removeSession: ["Fjern møde {n}", "Remove session {n}"],
  noSessions: ["Ingen møder endnu.", "No sessions yet."],
});

const num = (e: Event): number => {
  const v = (e.target as HTMLInputElement).value;
  return v === "" ? 0 : Number(v);
};
const val = (e: Event): string => (e.target as HTMLInputElement).value;

/** input draws one labelled input bound to the draft. */
function input(f: F, field: string, label: string, value: string | number, set: (e: Event) => void, opts: { type?: string; hint?: string; cls?: string; disabled?: boolean; list?: string } = {}): TemplateResult {
  const id = f.id(field);
  f.label(field, label);
  const desc = [opts.hint ? `${id}-hint` : "", f.invalid(field) ? `${id}-error` : ""].filter(Boolean).join(" ");
  return html`<div class=${f.cls(field)}>
    <label class="form-label" for=${id}>${label}</label>
    ${opts.hint ? html`<span class="form-hint" id="${id}-hint">${opts.hint}</span>` : nothing} ${f.error(field)}
    <input class="form-input ${opts.cls ?? ""}" id=${id} type=${opts.type ?? "text"} .value=${String(value ?? "")} ?disabled=${opts.disabled} list=${opts.list ?? nothing}
      inputmode=${opts.type === "number" ? "numeric" : nothing} aria-invalid=${f.invalid(field) ? "true" : "false"} aria-describedby=${desc || nothing}
      @input=${(e: Event) => {
        set(e);
      }} />
  </div>`;
}

/** choice draws a labelled select of options [value, label]. */
function choice(f: F, field: string, label: string, value: string, options: [string, string][], set: (v: string) => void, hint = ""): TemplateResult {
  const id = f.id(field);
  f.label(field, label);
  const desc = [hint ? `${id}-hint` : "", f.invalid(field) ? `${id}-error` : ""].filter(Boolean).join(" ");
  return html`<div class=${f.cls(field)}>
    <label class="form-label" for=${id}>${label}</label>
    ${hint ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : nothing} ${f.error(field)}
    <select class="form-select" id=${id} aria-invalid=${f.invalid(field) ? "true" : "false"} aria-describedby=${desc || nothing}
      @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
  </div>`;
}

/** radios draws a labelled group of radio buttons. */
function radios(f: F, field: string, legend: string, value: string, options: [string, string][], set: (v: string) => void, disabled = false, hint = ""): TemplateResult {
  const id = f.id(field);
  f.label(field, legend);
  return html`<div class=${f.cls(field)}>
    <fieldset aria-describedby=${[hint ? `${id}-hint` : "", f.invalid(field) ? `${id}-error` : ""].filter(Boolean).join(" ") || nothing}>
      <legend class="form-label">${legend}</legend>
      ${hint ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : nothing} ${f.error(field)}
      ${options.map(
        ([v, label], i) => html`<div class="form-group-radio">
          <input type="radio" class="form-radio" name=${id} id=${i === 0 ? id : `${id}-${v}`} value=${v} .checked=${value === v} ?disabled=${disabled}
            @change=${() => {
              set(v);
              f.redraw();
            }} />
          <label class="form-label" for=${i === 0 ? id : `${id}-${v}`}>${label}</label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}

/** checkbox draws one checkbox. */
function checkbox(f: F, field: string, label: string, checked: boolean, set: (v: boolean) => void, id = f.id(field)): TemplateResult {
  return html`<div class="form-group-checkbox">
    <input type="checkbox" class="form-checkbox" id=${id} .checked=${checked} @change=${(e: Event) => {
      set((e.target as HTMLInputElement).checked);
      f.redraw();
    }} />
    <label class="form-label" for=${id}>${label}</label>
  </div>`;
}

/** checkboxes draws a group of checkboxes for a list of ids. */
function idList(f: F, field: string, legend: string, chosen: number[], options: { id: number; name: string }[], set: (ids: number[]) => void): TemplateResult {
  const id = f.id(field);
  f.label(field, legend);
  return html`<div class=${f.cls(field)}>
    <fieldset aria-describedby=${f.described(field)}>
      <legend class="form-label">${legend}</legend>
      ${f.error(field)}
      <div class="planner-checkbox-columns">
        ${options.map((o, i) =>
          checkbox(f, field, o.name, chosen.includes(o.id), (on) => set(on ? [...chosen, o.id] : chosen.filter((x) => x !== o.id)), i === 0 ? id : `${id}-${o.id}`),
        )}
      </div>
    </fieldset>
  </div>`;
}

/** Kinds are the meeting types (a fixed list) and the job centre's variants of them (GET /api/variants). */
export interface Kinds {
  meetingTypes: string[];
  variants: { meetingType: string; name: string }[];
}

/** wizardStep1 is step 1 "Tilbudstype". */
export function wizardStep1(d: Offer, f: F, templates: Template[], kinds: Kinds, editing: boolean, useTemplate: (t: Template | undefined) => void): TemplateResult {
  const variants = kinds.variants.filter((v) => v.meetingType === d.meetingType).map((v) => v.name);
  if (d.variant && !variants.includes(d.variant)) variants.push(d.variant); // an offer's own, even if renamed meanwhile
  const groupLocked = editing && d.form === "group";
  f.label("description", t("description"));
  return html`<fieldset>
      <legend class="h3">${t("details")}</legend>
      ${input(f, "name", t("name"), d.name, (e) => (d.name = val(e)), { hint: groupLocked ? t("nameLocked") : t("nameHint"), disabled: groupLocked })}
      <div class=${f.cls("description")}>
        <label class="form-label" for=${f.id("description")}>${t("description")}</label>
        <span class="form-hint" id="${f.id("description")}-hint" data-chars>${t("descHint", { n: [...d.description].length })}</span>
        ${f.error("description")}
        <textarea class="form-input" id=${f.id("description")} rows="4" .value=${d.description}
          aria-invalid=${f.invalid("description") ? "true" : "false"}
          aria-describedby=${[`${f.id("description")}-hint`, f.invalid("description") ? `${f.id("description")}-error` : ""].filter(Boolean).join(" ")}
          @input=${(e: Event) => {
            d.description = (e.target as HTMLTextAreaElement).value;
            f.redraw();
          }}></textarea>
      </div>
    </fieldset>
    ${templates.length > 0
      ? html`<fieldset>
          <legend class="h3">${t("template")}</legend>
          <div class="form-group">
            <label class="form-label" for="f-template">${t("template")}</label>
            <span class="form-hint" id="f-template-hint">${t("templateHint")}</span>
            <select class="form-select" id="f-template" aria-describedby="f-template-hint" @change=${(e: Event) => {
              const v = Number((e.target as HTMLSelectElement).value);
              useTemplate(templates.find((x) => x.id === v));
            }}>
              <option value="">${t("noTemplate")}</option>
              ${templates.map((x) => html`<option value=${String(x.id)} ?selected=${d.templateId === x.id}>${x.name}</option>`)}
            </select>
          </div>
        </fieldset>`
      : nothing}
    <fieldset>
      <legend class="h3">${t("meeting")}</legend>
      ${choice(f, "meetingType", t("meetingType"), d.meetingType, [["", t("chooseType")], ...kinds.meetingTypes.map((m): [string, string] => [m, m])], (v) => {
        d.meetingType = v;
        d.variant = "";
        f.redraw();
      })}
      ${choice(f, "variant", t("variant"), d.variant ?? "", [["", t("noVariant")], ...variants.map((v): [string, string] => [v, v])], (v) => (d.variant = v), t("variantHint"))}
      ${radios(f, "form", t("form"), d.form, [["individual", formName("individual")], ["group", formName("group")]], (v) => {
        d.form = v as Offer["form"];
        if (d.form === "group") delete d.caller;
      }, editing, editing ? t("formLocked") : "")}
      ${radios(f, "channel", t("channel"), d.channel, [["digital", channelName("digital")], ["in_person", channelName("in_person")], ["phone", channelName("phone")]], (v) => {
        d.channel = v as Offer["channel"];
        if (d.channel === "phone" && d.form === "individual") d.caller ??= "advisor_calls";
        else delete d.caller;
      })}
      ${d.channel === "phone" && d.form === "individual"
        ? html`${radios(f, "caller", t("caller"), d.caller ?? "", [["advisor_calls", callerName("advisor_calls")], ["citizen_calls", callerName("citizen_calls")]], (v) => (d.caller = v as Offer["caller"]))}
          ${d.caller === "citizen_calls" ? input(f, "phone", t("phone"), d.phone ?? "", (e) => (d.phone = val(e)), { type: "tel", hint: t("phoneHint"), cls: "input-width-s" }) : nothing}`
        : nothing}
    </fieldset>`;
}

/** wizardStep2 is step 2 "Tid": duration and start, period, resources, booking terms, and a group offer's sessions. */
export function wizardStep2(d: Offer, f: F, res: Resources): TemplateResult {
  const individual = d.form === "individual";
  const starts = d.startMinutes ?? [];
  f.label("startMinutes", t("starts"));
  f.label("teamId", t("team"));
  f.label("sessions", t("sessions"));
  return html`<fieldset>
      <legend class="h3">${t("duration")}</legend>
      ${input(f, "durationMinutes", t("minutes"), d.durationMinutes, (e) => (d.durationMinutes = num(e)), { type: "number", cls: "input-width-xs" })}
      ${input(f, "reportingMinutes", t("reporting"), d.reportingMinutes, (e) => (d.reportingMinutes = num(e)), { type: "number", cls: "input-width-xs" })}
      ${individual
        ? html`<div class=${f.cls("startMinutes")}>
            <fieldset aria-describedby="${f.id("startMinutes")}-hint${f.invalid("startMinutes") ? ` ${f.id("startMinutes")}-error` : ""}">
              <legend class="form-label">${t("starts")}</legend>
              <span class="form-hint" id="${f.id("startMinutes")}-hint">${t("startsHint")}</span>
              ${f.error("startMinutes")}
              <div class="planner-checkbox-columns">
                ${[0, 15, 20, 30, 40, 45].map((m, i) =>
                  checkbox(f, "startMinutes", String(m).padStart(2, "0"), starts.includes(m), (on) => {
                    d.startMinutes = on ? [...starts, m].sort((a, b) => a - b) : starts.filter((x) => x !== m);
                  }, i === 0 ? f.id("startMinutes") : `${f.id("startMinutes")}-${m}`),
                )}
              </div>
            </fieldset>
          </div>`
        : nothing}
    </fieldset>
    <fieldset>
      <legend class="h3">${t("period")}</legend>
      ${individual ? input(f, "firstMeetingDate", t("firstMeeting"), d.firstMeetingDate, (e) => (d.firstMeetingDate = val(e)), { type: "date", cls: "input-width-s" }) : nothing}
      ${input(f, "fixedEnd", t("fixedEnd"), d.fixedEnd, (e) => (d.fixedEnd = val(e)), { type: "date", cls: "input-width-s" })}
      ${input(f, "rollingWeeks", t("rolling"), d.rollingWeeks ?? 0, (e) => (d.rollingWeeks = num(e)), { type: "number", cls: "input-width-xs" })}
      ${input(f, "opensOn", t("opensOn"), d.opensOn, (e) => (d.opensOn = val(e)), { type: "date", cls: "input-width-s" })}
    </fieldset>
    <fieldset>
      <legend class="h3">${t("resources")}</legend>
      <div class=${f.cls("teamId")}>
        <label class="form-label" for=${f.id("teamId")}>${t("team")}</label>
        ${f.error("teamId")}
        <select class="form-select" id=${f.id("teamId")} aria-invalid=${f.invalid("teamId") ? "true" : "false"} aria-describedby=${f.described("teamId")}
          @change=${(e: Event) => (d.teamId = Number((e.target as HTMLSelectElement).value))}>
          <option value="0">${t("choose")}</option>
          ${res.teams.map((x) => html`<option value=${String(x.id)} ?selected=${d.teamId === x.id}>${x.name}</option>`)}
        </select>
      </div>
      <div class=${f.cls("roomId")}>
        <label class="form-label" for=${f.id("roomId")}>${t("room")}</label>
        ${f.error("roomId")}
        <select class="form-select" id=${f.id("roomId")} @change=${(e: Event) => (d.roomId = Number((e.target as HTMLSelectElement).value) || undefined)}>
          <option value="0">${t("noRoom")}</option>
          ${res.rooms.map((x) => html`<option value=${String(x.id)} ?selected=${d.roomId === x.id}>${x.name} (${x.capacity})</option>`)}
        </select>
      </div>
      ${idList(f, "advisors", t("advisors"), d.advisors, res.advisors, (ids) => (d.advisors = ids))}
      ${individual ? checkbox(f, "citizenChoosesAdvisor", t("chooses"), d.citizenChoosesAdvisor, (v) => (d.citizenChoosesAdvisor = v)) : nothing}
      ${checkbox(f, "otherActor", t("otherActor"), d.otherActor, (v) => (d.otherActor = v))}
    </fieldset>
    ${individual ? nothing : sessions(d, f, res)}
    <fieldset>
      <legend class="h3">${t("booking")}</legend>
      ${checkbox(f, "terms.acceptCancel", t("acceptCancel"), d.terms.acceptCancel, (v) => (d.terms.acceptCancel = v))}
      ${radios(f, "terms.acceptRebook", t("rebook"), d.terms.acceptRebook ? "yes" : "no", [["no", t("no")], ["yes", t("yesUntil")]], (v) => (d.terms.acceptRebook = v === "yes"))}
      ${d.terms.acceptRebook
        ? input(f, "terms.rebookDaysBefore", t("days"), d.terms.rebookDaysBefore, (e) => (d.terms.rebookDaysBefore = num(e)), { type: "number", cls: "input-width-xs" })
        : nothing}
    </fieldset>`;
}

/** halves are the date and time a session's inputs hold, while one of them is still empty. */
const halves = new WeakMap<Session, [string, string]>();

/** sessions draws a group offer's sessions (§4.1 "group meetings instead list concrete sessions"). */
function sessions(d: Offer, f: F, res: Resources): TemplateResult {
  const list = (d.sessions ??= []);
  const one = (s: Session, i: number) => {
    const p = `sessions[${i}]`;
    const parts = (halves.get(s) ?? (s.start ? wallTime(s.start) : ["", ""])) as [string, string];
    halves.set(s, parts);
    const [date, time] = parts;
    const setStart = (which: 0 | 1, v: string) => {
      parts[which] = v;
      s.start = parts[0] && parts[1] ? instantOf(parts[0], parts[1]) : "";
    };
    return html`<li class="planner-session">
      <fieldset>
        <legend class="h4">${t("session", { n: i + 1 })}</legend>
        <div class="planner-row">
          ${input(f, `${p}.start`, t("date"), date, (e) => setStart(0, val(e)), { type: "date", cls: "input-width-s" })}
          ${input(f, `${p}.time`, t("time"), time, (e) => setStart(1, val(e)), { type: "time", cls: "input-width-xs" })}
        </div>
        ${idList(f, `${p}.advisors`, t("advisors"), s.advisors, res.advisors, (ids) => (s.advisors = ids))}
        <div class=${f.cls(`${p}.roomId`)}>
          <label class="form-label" for=${f.id(`${p}.roomId`)}>${t("sessionRoom")}</label>
          ${f.error(`${p}.roomId`)}
          <select class="form-select" id=${f.id(`${p}.roomId`)} aria-describedby=${f.described(`${p}.roomId`)} @change=${(e: Event) => (s.roomId = Number((e.target as HTMLSelectElement).value) || undefined)}>
            <option value="0">${t("offerRoom")}</option>
            ${res.rooms.map((x) => html`<option value=${String(x.id)} ?selected=${s.roomId === x.id}>${x.name} (${x.capacity})</option>`)}
          </select>
        </div>
        ${radios(f, `${p}.seatsFromRoom`, t("seats"), s.seatsFromRoom ? "room" : "given", [["room", t("fromRoom")], ["given", t("given")]], (v) => (s.seatsFromRoom = v === "room"))}
        ${s.seatsFromRoom ? nothing : input(f, `${p}.seats`, t("seatCount"), s.seats ?? 0, (e) => (s.seats = num(e)), { type: "number", cls: "input-width-xs" })}
        ${input(f, `${p}.rebookSeats`, t("rebookSeats"), s.rebookSeats, (e) => (s.rebookSeats = num(e)), { type: "number", cls: "input-width-xs" })}
        <button class="button button-tertiary" type="button" @click=${() => {
          list.splice(i, 1);
          f.redraw();
        }}>${t("removeSession", { n: i + 1 })}</button>
      </fieldset>
    </li>`;
  };
  return html`<fieldset>
    <legend class="h3">${t("sessions")}</legend>
    ${f.error("sessions")}
    ${list.length === 0 ? html`<p id=${f.id("sessions")} tabindex="-1">${t("noSessions")}</p>` : nothing}
    <ol class="planner-sessions no-max-width">${list.map(one)}</ol>
    <button class="button button-secondary" type="button" @click=${() => {
      list.push({ start: "", advisors: [...d.advisors], seatsFromRoom: false, seats: 10, rebookSeats: 0 });
      f.redraw();
    }}>${t("addSession")}</button>
  </fieldset>`;
}
