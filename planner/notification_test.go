package planner

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// notifyTree: Jobcenter (1, top, mail topMail) ← Ydelse (2, no mail) ← Team
// Syd (3, no mail); a second top team Projekter (4, no mail) ← Unge (5, mail).
func notifyTree(t *testing.T, topMail string) TeamTree {
	t.Helper()
	tr, err := NewTeamTree([]Team{
		{ID: 1, JobcenterID: 1, Name: "Jobcenter", Mail: topMail},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "Ydelse"},
		{ID: 3, JobcenterID: 1, ParentID: 2, Name: "Team Syd"},
		{ID: 4, JobcenterID: 1, Name: "Projekter"},
		{ID: 5, JobcenterID: 1, ParentID: 4, Name: "Unge", Mail: "unge@jobcenter.dk"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

var notifyDay = NewDate(2026, 3, 10)

func TestNotifyAddress(t *testing.T) {
	jc := Jobcenter{ID: 1, Name: "Jobcenter Glostrup", Settings: DefaultSettings()}
	offer := func(team TeamID) Offer { return Offer{ID: 8, JobcenterID: 1, TeamID: team} }
	tests := []struct {
		name     string
		top      string // the top team's address
		decide   func(TeamTree) (Notification, bool)
		want     string // "" means no mail
		wantTeam TeamID // the team whose address is used
	}{
		{"§7 mail address found two teams up", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(3), EmptyAdvisorsBusy, tr, notifyDay)
		}, "top@jobcenter.dk", 1},
		{"§7 the offer team's own address first", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(5), EmptyAdvisorsBusy, tr, notifyDay)
		}, "unge@jobcenter.dk", 5},
		{"§7 no address up the tree → no mail", "", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(3), EmptyOfferEnd, tr, notifyDay)
		}, "", 0},
		{"§7 an offer of an unknown team → no mail", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(99), EmptyOfferEnd, tr, notifyDay)
		}, "", 0},
		{"§7 mail 1 goes to the top team's address", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoOffer(jc, tr, notifyDay)
		}, "top@jobcenter.dk", 1},
		{"§7 mail 1 without a top address goes to the shallowest one", "", func(tr TeamTree) (Notification, bool) {
			return NotifyNoOffer(jc, tr, notifyDay)
		}, "unge@jobcenter.dk", 5},
		{"§7 mail 3 with an offer goes up from its team", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			o := offer(3)
			return NotifyInstantNoTime(jc, &o, EmptyAdvisorsBusy, tr, notifyDay)
		}, "top@jobcenter.dk", 1},
		{"§7 mail 3 without any offer goes to the top", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyInstantNoTime(jc, nil, "", tr, notifyDay)
		}, "top@jobcenter.dk", 1},
		{"§7 mail 3 without any offer and no address → no mail", "", func(tr TeamTree) (Notification, bool) {
			tr, _ = NewTeamTree([]Team{{ID: 1, JobcenterID: 1, Name: "Jobcenter"}})
			return NotifyInstantNoTime(jc, nil, "", tr, notifyDay)
		}, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := tc.decide(notifyTree(t, tc.top))
			if ok != (tc.want != "") {
				t.Fatalf("ok = %v, want %v (to %q)", ok, tc.want != "", n.To)
			}
			if !ok {
				return
			}
			if n.To != tc.want {
				t.Errorf("To = %q, want %q", n.To, tc.want)
			}
			if n.TeamID != tc.wantTeam {
				t.Errorf("TeamID = %d, want %d", n.TeamID, tc.wantTeam)
			}
			if n.Day != notifyDay || n.JobcenterID != 1 {
				t.Errorf("Day, JobcenterID = %s, %d, want %s, 1", n.Day, n.JobcenterID, notifyDay)
			}
		})
	}
}

func TestNotifyFields(t *testing.T) {
	jc := Jobcenter{ID: 1, Settings: DefaultSettings()}
	tr := notifyTree(t, "top@jobcenter.dk")
	o := Offer{ID: 8, JobcenterID: 1, TeamID: 3}
	t.Run("§7.2 mail 2 states the offer and the reason", func(t *testing.T) {
		n, _ := NotifyNoFreeTime(o, EmptyReferralEnd, tr, notifyDay)
		if n.Trigger != NoFreeTime || n.OfferID != 8 || n.Reason != EmptyReferralEnd {
			t.Errorf("Trigger, OfferID, Reason = %s, %d, %q, want no_free_time, 8, %q", n.Trigger, n.OfferID, n.Reason, EmptyReferralEnd)
		}
	})
	t.Run("§7 mail 3 states the offer and the reason", func(t *testing.T) {
		n, _ := NotifyInstantNoTime(jc, &o, EmptyBookingDeadline, tr, notifyDay)
		if n.Trigger != InstantNoTime || n.OfferID != 8 || n.Reason != EmptyBookingDeadline {
			t.Errorf("Trigger, OfferID, Reason = %s, %d, %q, want instant_no_time, 8, %q", n.Trigger, n.OfferID, n.Reason, EmptyBookingDeadline)
		}
	})
	t.Run("§7 mail 1 names no offer", func(t *testing.T) {
		if n, _ := NotifyNoOffer(jc, tr, notifyDay); n.Trigger != NoOffer || n.OfferID != 0 {
			t.Errorf("Trigger, OfferID = %s, %d, want no_offer, 0", n.Trigger, n.OfferID)
		}
	})
}

func TestNotifyConflict(t *testing.T) {
	m := Meeting{ID: 4, OfferID: 8, Advisors: []AdvisorID{1, 2, 3}}
	advisors := []Advisor{
		{ID: 1, Mail: "bo@jobcenter.dk"},
		{ID: 2, Mail: "sarah@jobcenter.dk"},
		{ID: 3},                             // in the meeting, no address
		{ID: 4, Mail: "other@jobcenter.dk"}, // not in the meeting
	}
	jc := Jobcenter{ID: 1, Settings: DefaultSettings()}
	t.Run("§7 mail 4 goes to each advisor involved", func(t *testing.T) {
		ns := NotifyConflict(jc, m, advisors, notifyDay)
		var to []string
		for _, n := range ns {
			to = append(to, n.To)
			if n.Trigger != Conflict || n.MeetingID != 4 || n.OfferID != 8 || n.Day != notifyDay {
				t.Errorf("mail = %+v, want trigger conflict about meeting 4 of offer 8 on %s", n, notifyDay)
			}
		}
		if got, want := strings.Join(to, " "), "bo@jobcenter.dk sarah@jobcenter.dk"; got != want {
			t.Errorf("mails to = %q, want %q", got, want)
		}
		if len(ns) == 2 && (ns[0].AdvisorID != 1 || ns[1].AdvisorID != 2) {
			t.Errorf("AdvisorIDs = %d, %d, want 1, 2", ns[0].AdvisorID, ns[1].AdvisorID)
		}
	})
	t.Run("§7 mail 4 is on by default", func(t *testing.T) {
		if !DefaultSettings().ConflictMail {
			t.Errorf("DefaultSettings().ConflictMail = false, want true")
		}
	})
	t.Run("§7 mail 4 can be switched off per job centre", func(t *testing.T) {
		off := jc
		off.Settings.ConflictMail = false
		if ns := NotifyConflict(off, m, advisors, notifyDay); len(ns) != 0 {
			t.Errorf("mails = %+v, want none", ns)
		}
	})
	t.Run("§7 mail 4 each advisor's mail has its own key", func(t *testing.T) {
		ns := NotifyConflict(jc, m, advisors, notifyDay)
		if len(ns) == 2 && ns[0].DedupKey() == ns[1].DedupKey() {
			t.Errorf("DedupKey = %q for both advisors, want two keys", ns[0].DedupKey())
		}
	})
}

func TestNotifyBrowseEmpty(t *testing.T) {
	jc := Jobcenter{ID: 1, Settings: DefaultSettings()}
	a := Advisor{ID: 1, Mail: "bo@jobcenter.dk"}
	o := Offer{ID: 8}
	t.Run("§7 mail 5 is off by default", func(t *testing.T) {
		if _, ok := NotifyBrowseEmpty(jc, o, a, notifyDay); ok {
			t.Errorf("ok = true, want false")
		}
	})
	on := jc
	on.Settings.BrowseMail = true
	t.Run("§7 mail 5 switched on goes to the advisor asked for", func(t *testing.T) {
		n, ok := NotifyBrowseEmpty(on, o, a, notifyDay)
		if !ok || n.To != a.Mail || n.AdvisorID != 1 || n.OfferID != 8 {
			t.Errorf("mail = %+v, %v, want to %s about offer 8", n, ok, a.Mail)
		}
	})
	t.Run("§7 mail 5 to an advisor without an address → no mail", func(t *testing.T) {
		if _, ok := NotifyBrowseEmpty(on, o, Advisor{ID: 2}, notifyDay); ok {
			t.Errorf("ok = true, want false")
		}
	})
}

func TestNotificationDedupKey(t *testing.T) {
	base := Notification{Trigger: NoFreeTime, Reason: EmptyAdvisorsBusy, To: "top@jobcenter.dk", TeamID: 1,
		JobcenterID: 1, OfferID: 8, Day: notifyDay}
	same := []struct {
		name string
		edit func(*Notification)
	}{
		{"§7 the same situation, address and day give the same key", func(*Notification) {}},
		{"§7 the address is compared without case", func(n *Notification) { n.To = "TOP@Jobcenter.dk" }},
	}
	for _, tc := range same {
		t.Run(tc.name, func(t *testing.T) {
			n := base
			tc.edit(&n)
			if got, want := n.DedupKey(), base.DedupKey(); got != want {
				t.Errorf("DedupKey = %q, want %q", got, want)
			}
		})
	}
	other := []struct {
		name string
		edit func(*Notification)
	}{
		{"§7 another day gives another key", func(n *Notification) { n.Day = n.Day.AddDays(1) }},
		{"§7 another address gives another key", func(n *Notification) { n.To = "syd@jobcenter.dk" }},
		{"§7.2 another reason gives another key", func(n *Notification) { n.Reason = EmptyOfferEnd }},
		{"§7 another offer gives another key", func(n *Notification) { n.OfferID = 9 }},
		{"§7 another trigger gives another key", func(n *Notification) { n.Trigger = InstantNoTime }},
		{"§7 another meeting gives another key", func(n *Notification) { n.MeetingID = 4 }},
		{"§7 another advisor gives another key", func(n *Notification) { n.AdvisorID = 2 }},
		{"§7 another job centre gives another key", func(n *Notification) { n.JobcenterID = 2 }},
	}
	for _, tc := range other {
		t.Run(tc.name, func(t *testing.T) {
			n := base
			tc.edit(&n)
			if n.DedupKey() == base.DedupKey() {
				t.Errorf("DedupKey = %q for both, want two keys", n.DedupKey())
			}
		})
	}
}

// TestNotificationHoldsNoCitizen guards the design: a Notification has no
// field that could hold a citizen, so no CPR can reach a mail or a key.
func TestNotificationHoldsNoCitizen(t *testing.T) {
	cprType, citizenType := reflect.TypeFor[CPR](), reflect.TypeFor[Citizen]()
	for f := range reflect.TypeFor[Notification]().Fields() {
		if f.Type == cprType || f.Type == citizenType || f.Type.Kind() == reflect.Pointer || f.Type.Kind() == reflect.Interface {
			t.Errorf("Notification.%s has type %s, want no field that can hold a citizen", f.Name, f.Type)
		}
	}
	js, err := json.Marshal(Notification{Trigger: Conflict, To: "bo@jobcenter.dk", MeetingID: 4, Day: notifyDay})
	if err != nil || tenDigits.Match(js) {
		t.Errorf("json.Marshal = %s, %v, want no 10-digit run", js, err)
	}
}

// tenDigits matches a CPR in either form, or any run of ten digits.
var tenDigits = regexp.MustCompile(`\d{6}-?\d{4}`)

func TestNotificationText(t *testing.T) {
	const name, url = "Jobsamtale for unge", "https://planner.example/offers/8"
	for _, trig := range []Trigger{NoOffer, NoFreeTime, InstantNoTime, Conflict, BrowseEmpty} {
		for _, lang := range []Lang{Danish, English} {
			t.Run("§7 "+trig.String()+" in "+string(lang)+" names the offer and links to it", func(t *testing.T) {
				n := Notification{Trigger: trig, Reason: EmptyBookingDeadline, To: "top@jobcenter.dk", OfferID: 8, Day: notifyDay}
				subject, body := n.Text(lang, name, url)
				if subject == "" || strings.Contains(subject, "\n") {
					t.Errorf("subject = %q, want one non-empty line", subject)
				}
				if !strings.Contains(body, name) || !strings.Contains(body, url) {
					t.Errorf("body = %q, want the offer name %q and the link %q", body, name, url)
				}
				if tenDigits.MatchString(subject + body) {
					t.Errorf("text = %q %q, want no 10-digit run", subject, body)
				}
			})
		}
	}
	reasons := []struct {
		name   string
		reason EmptyReason
		lang   Lang
		want   string
	}{
		{"§7.2 a worded in Danish", EmptyBookingDeadline, Danish, "bookingfrist"},
		{"§7.2 b worded in Danish", EmptyAdvisorsBusy, Danish, "vejledere"},
		{"§7.2 c worded in Danish", EmptyOfferEnd, Danish, "slutdato"},
		{"§7.2 d worded in Danish", EmptyReferralEnd, Danish, "henvisningsperiode"},
		{"§7.2 a worded in English", EmptyBookingDeadline, English, "booking deadline"},
		{"§7.2 b worded in English", EmptyAdvisorsBusy, English, "fully booked"},
		{"§7.2 c worded in English", EmptyOfferEnd, English, "end date"},
		{"§7.2 d worded in English", EmptyReferralEnd, English, "referral period"},
	}
	for _, tc := range reasons {
		t.Run(tc.name, func(t *testing.T) {
			_, body := Notification{Trigger: NoFreeTime, Reason: tc.reason}.Text(tc.lang, "x", "")
			if !strings.Contains(body, tc.want) {
				t.Errorf("body = %q, want it to contain %q", body, tc.want)
			}
		})
	}
	t.Run("§7 a mail without a reason states none", func(t *testing.T) {
		_, body := Notification{Trigger: NoOffer}.Text(English, "", "")
		if strings.Contains(body, "Reason") {
			t.Errorf("body = %q, want no reason line", body)
		}
	})
}

func TestTriggerString(t *testing.T) {
	want := map[Trigger]string{NoOffer: "no_offer", NoFreeTime: "no_free_time", InstantNoTime: "instant_no_time",
		Conflict: "conflict", BrowseEmpty: "browse_empty", 0: "trigger(0)"}
	for trig, w := range want {
		if got := trig.String(); got != w {
			t.Errorf("Trigger(%d).String() = %q, want %q", int(trig), got, w)
		}
	}
	if NoOffer != 1 || BrowseEmpty != 5 {
		t.Errorf("NoOffer, BrowseEmpty = %d, %d, want 1, 5 (the guide's mail numbers)", NoOffer, BrowseEmpty)
	}
}
