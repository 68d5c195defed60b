package planner

import (
	"fmt"
	"strings"
)

// Trigger is one of the five situations of §7 that send a notification mail.
type Trigger int

// The triggers of §7, numbered as the guide numbers its mails.
const (
	// NoOffer is mail 1: a citizen opens "My meetings" and no offer matches.
	NoOffer Trigger = 1 + iota
	// NoFreeTime is mail 2: a citizen chose an offer but gets no free time.
	NoFreeTime
	// InstantNoTime is mail 3: an instant booking finds no free time or offer.
	InstantNoTime
	// Conflict is mail 4: an advisor's private appointment over a Planner
	// citizen meeting, seen by the two-way sync.
	Conflict
	// BrowseEmpty is mail 5: a citizen browses Jobnet months without free times.
	BrowseEmpty
	// Restored tells an advisor that a Planner meeting changed or deleted
	// in the mail calendar was put back (§2 ownership rule; the guide states
	// the rule, the mail is inferred).
	Restored
	// CalendarRefused tells an advisor and the administrators that the
	// calendar server refused Planner's credentials, so the advisor's
	// busy time is no longer read (§9, inferred).
	CalendarRefused
)

// String returns the trigger's stable name, used in dedup keys and metrics.
func (t Trigger) String() string {
	switch t {
	case NoOffer:
		return "no_offer"
	case NoFreeTime:
		return "no_free_time"
	case InstantNoTime:
		return "instant_no_time"
	case Conflict:
		return "conflict"
	case BrowseEmpty:
		return "browse_empty"
	case Restored:
		return "restored"
	case CalendarRefused:
		return "calendar_refused"
	}
	return fmt.Sprintf("trigger(%d)", int(t))
}

// Notification is a decided notification mail: which situation, to whom,
// about what. Sending it is someone else's job. By design it carries no
// citizen at all, so no CPR can reach a mail, a dedup key or a log line.
type Notification struct {
	Trigger     Trigger     `json:"trigger"`
	Reason      EmptyReason `json:"reason,omitempty"` // mails 2 and 3
	To          string      `json:"to"`
	TeamID      TeamID      `json:"teamId,omitempty"` // the team whose address is used
	JobcenterID JobcenterID `json:"jobcenterId"`
	OfferID     OfferID     `json:"offerId,omitempty"`
	AdvisorID   AdvisorID   `json:"advisorId,omitempty"`
	MeetingID   MeetingID   `json:"meetingId,omitempty"`
	Day         Date        `json:"day"`
}

// DedupKey identifies the situation (job centre, trigger, reason, offer,
// advisor, meeting), the address (case-insensitively) and the day: the same
// situation mails the same address at most once a day (§7, inferred).
func (n Notification) DedupKey() string {
	return fmt.Sprintf("%d|%s|%s|o%d|a%d|m%d|%s|%s", n.JobcenterID, n.Trigger, n.Reason,
		n.OfferID, n.AdvisorID, n.MeetingID, strings.ToLower(n.To), n.Day)
}

// NotifyNoOffer decides mail 1: to the address at the top of the team tree.
func NotifyNoOffer(jc Jobcenter, teams TeamTree, day Date) (Notification, bool) {
	addr, team, ok := teams.TopMail()
	return Notification{Trigger: NoOffer, To: addr, TeamID: team, JobcenterID: jc.ID, Day: day}, ok
}

// NotifyNoFreeTime decides mail 2: to the offer team's address, or the
// nearest ancestor's; no address on the way up means no mail (§7).
func NotifyNoFreeTime(o Offer, reason EmptyReason, teams TeamTree, day Date) (Notification, bool) {
	addr, team, ok := teams.MailFor(o.TeamID)
	return Notification{Trigger: NoFreeTime, Reason: reason, To: addr, TeamID: team,
		JobcenterID: o.JobcenterID, OfferID: o.ID, Day: day}, ok
}

// NotifyInstantNoTime decides mail 3: to the offer team's address up the
// tree, or, when no offer matched at all (o == nil), to the top address.
func NotifyInstantNoTime(jc Jobcenter, o *Offer, reason EmptyReason, teams TeamTree, day Date) (Notification, bool) {
	n := Notification{Trigger: InstantNoTime, Reason: reason, JobcenterID: jc.ID, Day: day}
	var ok bool
	if o == nil {
		n.To, n.TeamID, ok = teams.TopMail()
		return n, ok
	}
	n.OfferID = o.ID
	n.To, n.TeamID, ok = teams.MailFor(o.TeamID)
	return n, ok
}

// NotifyConflict decides mail 4: one mail to each advisor of meeting m who
// has an address, unless the job centre switched the mail off (§7).
func NotifyConflict(jc Jobcenter, m Meeting, advisors []Advisor, day Date) []Notification {
	if !jc.Settings.ConflictMail {
		return nil
	}
	var out []Notification
	for _, a := range advisors {
		if a.Mail == "" || !m.HasAdvisor(a.ID) {
			continue
		}
		out = append(out, Notification{Trigger: Conflict, To: a.Mail, JobcenterID: jc.ID,
			OfferID: m.OfferID, AdvisorID: a.ID, MeetingID: m.ID, Day: day})
	}
	return out
}

// NotifyBrowseEmpty decides mail 5: to the advisor the citizen asked for,
// only when the job centre switched the mail on (off by default, §7).
func NotifyBrowseEmpty(jc Jobcenter, o Offer, a Advisor, day Date) (Notification, bool) {
	n := Notification{Trigger: BrowseEmpty, To: a.Mail, JobcenterID: jc.ID, OfferID: o.ID, AdvisorID: a.ID, Day: day}
	return n, jc.Settings.BrowseMail && a.Mail != ""
}

// Text returns the mail's subject and body in lang. It names the situation,
// the offer and the reason and links to the offer page; it holds no
// citizen data, as a Notification has none.
func (n Notification) Text(lang Lang, offerName, offerURL string) (subject, body string) {
	t := mailTexts[English]
	if lang == Danish {
		t = mailTexts[Danish]
	}
	subject = t.subjects[n.Trigger]
	var b strings.Builder
	b.WriteString(t.bodies[n.Trigger])
	if offerName != "" {
		fmt.Fprintf(&b, "\n\n%s: %s", t.offer, offerName)
	}
	if r := t.reasons[n.Reason]; r != "" {
		fmt.Fprintf(&b, "\n%s: %s", t.reason, r)
	}
	if offerURL != "" {
		fmt.Fprintf(&b, "\n%s: %s", t.link, offerURL)
	}
	return subject, b.String()
}

type mailText struct {
	offer, reason, link string
	subjects, bodies    map[Trigger]string
	reasons             map[EmptyReason]string
}

var mailTexts = map[Lang]mailText{
	Danish: {
		offer: "Onlinetilbud", reason: "Årsag", link: "Se tilbuddet",
		subjects: map[Trigger]string{
			NoOffer:         "Planner: en borger fandt ingen onlinetilbud",
			NoFreeTime:      "Planner: en borger fandt ingen ledige tider",
			InstantNoTime:   "Planner: straks-booking fandt ingen ledig tid",
			Conflict:        "Planner: privat aftale oven i et borgermøde",
			BrowseEmpty:     "Planner: en borger bladrede i måneder uden ledige tider",
			Restored:        "Planner: et møde i din kalender er sat tilbage",
			CalendarRefused: "Planner: din kalender afviser Planners adgang",
		},
		bodies: map[Trigger]string{
			NoOffer:         "En borger åbnede \"Mine møder\" på Jobnet, men ingen af jobcenterets onlinetilbud passede til borgeren.",
			NoFreeTime:      "En borger valgte et onlinetilbud på Jobnet, men fik ingen ledige tider præsenteret.",
			InstantNoTime:   "En borger forsøgte en straks-booking på Jobnet, men der blev ikke fundet nogen ledig tid.",
			Conflict:        "Der er oprettet en privat aftale i en vejleders kalender oven i et borgermøde i Planner, som du deltager i. Flyt mødet eller aftalen.",
			BrowseEmpty:     "En borger bladrede i Jobnet-kalenderen i perioder uden ledige tider hos dig.",
			Restored:        "Et borgermøde fra Planner blev ændret eller slettet i din mailkalender. Møder ændres kun i Planner, så mødet er sat tilbage, som det står i Planner.",
			CalendarRefused: "Din mailkalender afviser Planners adgangsoplysninger. Indtil forbindelsen er rettet, læser Planner ikke dine aftaler, og dine tider tilbydes ikke borgerne.",
		},
		reasons: map[EmptyReason]string{
			EmptyBookingDeadline: "der er ingen ledige tider inden for borgerens bookingfrist",
			EmptyAdvisorsBusy:    "de tilknyttede vejledere er ikke tilgængelige eller har ingen ledige tider",
			EmptyOfferEnd:        "der er ingen ledige tider inden onlinetilbuddets slutdato",
			EmptyReferralEnd:     "der er ingen ledige tider før borgerens henvisningsperiode til anden aktør udløber",
		},
	},
	English: {
		offer: "Online offer", reason: "Reason", link: "See the offer",
		subjects: map[Trigger]string{
			NoOffer:         "Planner: a citizen found no online offer",
			NoFreeTime:      "Planner: a citizen found no free time",
			InstantNoTime:   "Planner: an instant booking found no free time",
			Conflict:        "Planner: a private appointment over a citizen meeting",
			BrowseEmpty:     "Planner: a citizen browsed months without free times",
			Restored:        "Planner: a meeting in your calendar was put back",
			CalendarRefused: "Planner: your calendar refuses Planner's access",
		},
		bodies: map[Trigger]string{
			NoOffer:         "A citizen opened \"My meetings\" on Jobnet, but none of the job centre's online offers matched them.",
			NoFreeTime:      "A citizen chose an online offer on Jobnet but was shown no free time.",
			InstantNoTime:   "A citizen tried an instant booking on Jobnet, but no free time was found.",
			Conflict:        "A private appointment was created in an advisor's calendar over a Planner citizen meeting you take part in. Move the meeting or the appointment.",
			BrowseEmpty:     "A citizen browsed the Jobnet calendar through periods without free times with you.",
			Restored:        "A citizen meeting from Planner was changed or deleted in your mail calendar. Meetings are changed only in Planner, so it was put back as Planner has it.",
			CalendarRefused: "Your mail calendar refuses Planner's credentials. Until the connection is fixed, Planner does not read your appointments and your times are not offered to citizens.",
		},
		reasons: map[EmptyReason]string{
			EmptyBookingDeadline: "there is no free time before the citizen's booking deadline",
			EmptyAdvisorsBusy:    "the offer's advisors are unavailable or fully booked",
			EmptyOfferEnd:        "there is no free time before the offer's end date",
			EmptyReferralEnd:     "there is no free time before the citizen's referral period to the other actor ends",
		},
	},
}
