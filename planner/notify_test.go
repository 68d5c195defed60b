package planner

import (
	"regexp"
	"strings"
	"testing"
)

// notifyTree: Jobcenter (top, mail) ← Ydelse (no mail) ← Team Syd (no mail);
// a second top team "Projekter" without mail ← "Unge" with mail.
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

func TestNotifyAddress(t *testing.T) {
	day := NewDate(2026, 3, 10)
	jc := Jobcenter{ID: 1, Name: "Jobcenter Glostrup", Settings: DefaultSettings()}
	offer := func(team TeamID) Offer { return Offer{ID: 8, JobcenterID: 1, TeamID: team} }
	tests := []struct {
		name   string
		top    string
		decide func(TeamTree) (Notification, bool)
		want   string // "" means no mail
	}{
		{"§7 mail address found two teams up", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(3), EmptyAdvisorsBusy, tr, day)
		}, "top@jobcenter.dk"},
		{"§7 the offer team's own address first", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(5), EmptyAdvisorsBusy, tr, day)
		}, "unge@jobcenter.dk"},
		{"§7 no address up the tree → no mail", "", func(tr TeamTree) (Notification, bool) {
			return NotifyNoFreeTime(offer(3), EmptyOfferEnd, tr, day)
		}, ""},
		{"§7 mail 1 goes to the top team's address", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyNoOffer(jc, tr, day)
		}, "top@jobcenter.dk"},
		{"§7 mail 1 without a top address goes to the shallowest one", "", func(tr TeamTree) (Notification, bool) {
			return NotifyNoOffer(jc, tr, day)
		}, "unge@jobcenter.dk"},
		{"§7 mail 3 with an offer goes up from its team", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			o := offer(3)
			return NotifyInstantNoTime(jc, &o, EmptyAdvisorsBusy, tr, day)
		}, "top@jobcenter.dk"},
		{"§7 mail 3 without any offer goes to the top", "top@jobcenter.dk", func(tr TeamTree) (Notification, bool) {
			return NotifyInstantNoTime(jc, nil, "", tr, day)
		}, "top@jobcenter.dk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := tc.decide(notifyTree(t, tc.top))
			if ok != (tc.want != "") || (ok && n.To != tc.want) {
				t.Errorf("mail = %q, %v; want %q", n.To, ok, tc.want)
			}
		})
	}
}

func TestNotifyConflict(t *testing.T) {
	day := NewDate(2026, 3, 10)
	m := Meeting{ID: 4, OfferID: 8, Advisors: []AdvisorID{1, 2}}
	advisors := []Advisor{{ID: 1, Mail: "bo@jobcenter.dk"}, {ID: 2, Mail: "sarah@jobcenter.dk"}, {ID: 3, Mail: "other@jobcenter.dk"}}
	jc := Jobcenter{ID: 1, Settings: DefaultSettings()}
	t.Run("§7 mail 4 goes to each advisor involved", func(t *testing.T) {
		ns := NotifyConflict(jc, m, advisors, day)
		if len(ns) != 2 || ns[0].To != "bo@jobcenter.dk" || ns[1].To != "sarah@jobcenter.dk" {
			t.Errorf("mails = %+v, want one to each of the meeting's two advisors", ns)
		}
	})
	t.Run("§7 mail 4 can be switched off per job centre", func(t *testing.T) {
		off := jc
		off.Settings.ConflictMail = false
		if ns := NotifyConflict(off, m, advisors, day); len(ns) != 0 {
			t.Errorf("mails = %+v, want none", ns)
		}
	})
}

func TestNotifyBrowseEmpty(t *testing.T) {
	jc := Jobcenter{ID: 1, Settings: DefaultSettings()}
	a := Advisor{ID: 1, Mail: "bo@jobcenter.dk"}
	if _, ok := NotifyBrowseEmpty(jc, Offer{ID: 8}, a, NewDate(2026, 3, 10)); ok {
		t.Error("§7 mail 5 is off by default")
	}
	jc.Settings.BrowseMail = true
	if n, ok := NotifyBrowseEmpty(jc, Offer{ID: 8}, a, NewDate(2026, 3, 10)); !ok || n.To != a.Mail {
		t.Errorf("§7 mail 5 switched on = %q, %v; want the advisor's address", n.To, ok)
	}
}

func TestNotificationDedupKey(t *testing.T) {
	base := Notification{Trigger: NoFreeTime, Reason: EmptyAdvisorsBusy, To: "top@jobcenter.dk", JobcenterID: 1, OfferID: 8, Day: NewDate(2026, 3, 10)}
	same := base
	same.To = "TOP@jobcenter.dk"
	if base.DedupKey() != same.DedupKey() {
		t.Error("§7 the same situation, address and day must give the same key")
	}
	for name, edit := range map[string]func(*Notification){
		"another day":     func(n *Notification) { n.Day = n.Day.AddDays(1) },
		"another address": func(n *Notification) { n.To = "syd@jobcenter.dk" },
		"another reason":  func(n *Notification) { n.Reason = EmptyOfferEnd },
		"another offer":   func(n *Notification) { n.OfferID = 9 },
		"another trigger": func(n *Notification) { n.Trigger = InstantNoTime },
	} {
		n := base
		edit(&n)
		if n.DedupKey() == base.DedupKey() {
			t.Errorf("§7 %s must give another key", name)
		}
	}
}

func TestNotificationText(t *testing.T) {
	tenDigits := regexp.MustCompile(`\d{6}-?\d{4}`)
	for _, trig := range []Trigger{NoOffer, NoFreeTime, InstantNoTime, Conflict, BrowseEmpty} {
		for _, lang := range []Lang{Danish, English} {
			n := Notification{Trigger: trig, Reason: EmptyBookingDeadline}
			subject, body := n.Text(lang, "Jobsamtale for unge", "https://planner.example/offers/8")
			if subject == "" || !strings.Contains(body, "Jobsamtale for unge") || !strings.Contains(body, "https://planner.example/offers/8") {
				t.Errorf("%s/%s: subject %q, body %q: want a subject, the offer name and the link", trig, lang, subject, body)
			}
			if tenDigits.MatchString(subject + body) {
				t.Errorf("%s/%s: the text holds a CPR-like number", trig, lang)
			}
		}
	}
	_, body := Notification{Trigger: NoFreeTime, Reason: EmptyReferralEnd}.Text(Danish, "x", "")
	if !strings.Contains(body, "henvisningsperiode") {
		t.Errorf("§7.2 d reason missing in %q", body)
	}
}
