package planner

import (
	"slices"
	"testing"
	"time"
)

var cph = mustZone("Europe/Copenhagen")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at returns the instant of a wall-clock time in Copenhagen.
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, cph)
}

func clock(hh, mm int) Clock { return Clock(hh*60 + mm) }

// everyDay returns hours from–to on all seven days.
func everyDay(from, to Clock) WeeklyHours {
	var h WeeklyHours
	for d := range h.Days {
		h.Days[d] = []ClockRange{{from, to}}
	}
	return h
}

// testOffer is an active individual offer: 30 minutes, starts at :00 and
// :30, open from 2026-01-01, first meeting 2026-01-01.
func testOffer() Offer {
	return Offer{
		ID: 1, Name: "Jobsamtale", MeetingType: "Jobsamtale", Form: Individual, Channel: InPerson,
		DurationMinutes: 30, StartMinutes: []int{0, 30}, TeamID: 1, Advisors: []AdvisorID{1},
		FirstMeetingDate: NewDate(2026, 1, 1), OpensOn: NewDate(2026, 1, 1), Active: true,
	}
}

// search returns a search for o at now with one advisor working hours h.
func search(o Offer, now time.Time, h WeeklyHours, busy ...Busy) Search {
	return Search{
		Offer: o, Zone: cph, Now: now,
		Closures:  NewClosures(DefaultSettings(), 2025, 2028),
		Calendars: []AdvisorCalendar{{Advisor: 1, Hours: h, Busy: busy}},
	}
}

// starts lists the local "15:04" start times of ts on day d.
func starts(ts []FreeTime, d Date) []string {
	var out []string
	for _, t := range ts {
		if DateOf(t.Start, cph) == d {
			out = append(out, t.Start.In(cph).Format("15:04"))
		}
	}
	return out
}

func busyAt(kind BusyKind, ref int64, from, to time.Time) Busy {
	return Busy{Interval: Interval{from, to}, Kind: kind, Ref: ref}
}

func TestFindFreeTimesGrid(t *testing.T) {
	mon := NewDate(2026, 3, 9) // an ordinary Monday
	now := at(2026, 3, 2, 9, 0)
	tests := []struct {
		name  string
		edit  func(*Offer)
		hours WeeklyHours
		busy  []Busy
		want  []string
	}{
		{
			name:  "§4.1 start minutes 15 and 45 give 11:15, 11:45, 12:15, 12:45",
			edit:  func(o *Offer) { o.StartMinutes = []int{45, 15} },
			hours: StandardHours(clock(11, 0), clock(13, 30)),
			want:  []string{"11:15", "11:45", "12:15", "12:45"},
		},
		{
			name:  "§5 duration plus reporting time must fit inside the working hours",
			edit:  func(o *Offer) { o.ReportingMinutes = 15 },
			hours: StandardHours(clock(14, 0), clock(16, 0)),
			want:  []string{"14:00", "14:30", "15:00"},
		},
		{
			name:  "§2 a meeting blocks its reporting time: 09:00-09:30 (+15) occupies 09:00-09:45",
			edit:  func(o *Offer) { o.StartMinutes = []int{0, 15, 30, 45}; o.DurationMinutes = 15 },
			hours: StandardHours(clock(9, 0), clock(10, 15)),
			busy:  []Busy{busyAt(BusyMeeting, 7, at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 45))},
			want:  []string{"09:45", "10:00"},
		},
		{
			name:  "§5 an external busy appointment blocks",
			hours: StandardHours(clock(9, 0), clock(11, 0)),
			busy:  []Busy{busyAt(BusyExternal, 3, at(2026, 3, 9, 9, 10), at(2026, 3, 9, 9, 40))},
			want:  []string{"10:00", "10:30"},
		},
		{
			name:  "§5 an absence blocks",
			hours: StandardHours(clock(9, 0), clock(11, 0)),
			busy:  []Busy{busyAt(BusyAbsence, 4, at(2026, 3, 9, 0, 0), at(2026, 3, 9, 10, 0))},
			want:  []string{"10:00", "10:30"},
		},
		{
			name:  "§5 touching intervals do not overlap",
			hours: StandardHours(clock(9, 0), clock(10, 30)),
			busy:  []Busy{busyAt(BusyMeeting, 5, at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0))},
			want:  []string{"09:00", "10:00"},
		},
		{
			name:  "§5 split working hours: a meeting may not span the lunch break",
			hours: WeeklyHours{Days: [7][]ClockRange{time.Monday: {{clock(9, 0), clock(10, 0)}, {clock(10, 15), clock(11, 0)}}}},
			want:  []string{"09:00", "09:30", "10:30"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOffer()
			if tc.edit != nil {
				tc.edit(&o)
			}
			res := FindFreeTimes(search(o, now, tc.hours, tc.busy...))
			if got := starts(res.Times, mon); !slices.Equal(got, tc.want) {
				t.Errorf("starts on %s = %v, want %v", mon, got, tc.want)
			}
		})
	}
}

func TestFindFreeTimesRoom(t *testing.T) {
	o := testOffer()
	o.RoomID = 9
	q := search(o, at(2026, 3, 2, 9, 0), StandardHours(clock(9, 0), clock(10, 30)))
	q.RoomBusy = []Busy{busyAt(BusyMeeting, 11, at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0))}
	if got, want := starts(FindFreeTimes(q).Times, NewDate(2026, 3, 9)), []string{"09:00", "10:00"}; !slices.Equal(got, want) {
		t.Errorf("§5 the room must be free: starts = %v, want %v", got, want)
	}
}

func TestFindFreeTimesClosedDays(t *testing.T) {
	h := everyDay(clock(9, 0), clock(10, 0))
	tests := []struct {
		name     string
		settings func(*Settings)
		day      Date
		open     bool
	}{
		{"§5 2. påskedag (Easter Monday) is closed", nil, NewDate(2026, 4, 6), false},
		{"§5 Kristi himmelfartsdag is closed", nil, NewDate(2026, 5, 14), false},
		{"§5 2. pinsedag is closed", nil, NewDate(2026, 5, 25), false},
		{"§5 store bededag is a working day since 2024", nil, NewDate(2026, 5, 1), true},
		{"§5 24 December is a closing day by default", nil, NewDate(2026, 12, 24), false},
		{"§5 24 December opens when the job centre says so", func(s *Settings) { s.OpenDec24 = true }, NewDate(2026, 12, 24), true},
		{"§5 31 December is a closing day by default", nil, NewDate(2026, 12, 31), false},
		{"§5 31 December opens when the job centre says so", func(s *Settings) { s.OpenDec31 = true }, NewDate(2026, 12, 31), true},
		{"§5 an extra closing day is closed", func(s *Settings) { s.ExtraClosingDays = []Date{NewDate(2026, 3, 10)} }, NewDate(2026, 3, 10), false},
		{"§5 an ordinary Tuesday is open", nil, NewDate(2026, 3, 10), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := DefaultSettings()
			if tc.settings != nil {
				tc.settings(&s)
			}
			q := search(testOffer(), at(2026, 2, 1, 8, 0), h)
			q.Closures = NewClosures(s, 2026, 2026)
			q.HorizonDays = 365
			got := len(starts(FindFreeTimes(q).Times, tc.day)) > 0
			if got != tc.open {
				t.Errorf("times on %s offered = %v, want %v", tc.day, got, tc.open)
			}
		})
	}
}

func TestFindFreeTimesNotice(t *testing.T) {
	now := at(2026, 3, 9, 10, 0) // Monday 10:00
	res := FindFreeTimes(search(testOffer(), now, StandardHours(clock(9, 0), clock(12, 0))))
	got := starts(res.Times, NewDate(2026, 3, 10))
	if want := []string{"10:00", "10:30", "11:00", "11:30"}; !slices.Equal(got, want) {
		t.Errorf("§5 1 day's notice: Tuesday starts = %v, want %v", got, want)
	}
	if got := starts(res.Times, NewDate(2026, 3, 9)); len(got) != 0 {
		t.Errorf("§5 no time today: got %v", got)
	}
}

func TestFindFreeTimesWindow(t *testing.T) {
	now := at(2026, 3, 2, 9, 0) // Monday
	h := StandardHours(clock(9, 0), clock(10, 0))
	lastDay := func(res Result) Date {
		if len(res.Times) == 0 {
			return Date{}
		}
		return DateOf(res.Times[len(res.Times)-1].Start, cph)
	}
	tests := []struct {
		name      string
		edit      func(*Offer, *Search)
		wantFirst Date
		wantLast  Date
		wantBound Bound
	}{
		{
			name: "§4.1 first meeting date",
			edit: func(o *Offer, _ *Search) {
				o.FirstMeetingDate = NewDate(2026, 3, 11)
				o.FixedEnd = NewDate(2026, 3, 13)
			},
			wantFirst: NewDate(2026, 3, 11), wantLast: NewDate(2026, 3, 13), wantBound: BoundFixedEnd,
		},
		{
			name:      "§4.1 rolling 8 weeks with a fixed end in a year: 8 weeks ahead",
			edit:      func(o *Offer, _ *Search) { o.RollingWeeks = 8; o.FixedEnd = NewDate(2027, 3, 2) },
			wantFirst: NewDate(2026, 3, 3), wantLast: NewDate(2026, 4, 27), wantBound: BoundRolling,
		},
		{
			name: "§4.1 rolling 8 weeks with a fixed end in a year: the fixed end draws closer",
			edit: func(o *Offer, q *Search) {
				o.RollingWeeks = 8
				o.FixedEnd = NewDate(2027, 3, 2)
				q.Now = at(2027, 2, 15, 9, 0)
			},
			wantFirst: NewDate(2027, 2, 16), wantLast: NewDate(2027, 3, 2), wantBound: BoundFixedEnd,
		},
		{
			name:      "§5 the citizen's booking deadline",
			edit:      func(o *Offer, q *Search) { q.Citizen = &Citizen{BookingDeadline: NewDate(2026, 3, 5)} },
			wantFirst: NewDate(2026, 3, 3), wantLast: NewDate(2026, 3, 5), wantBound: BoundBookingDeadline,
		},
		{
			name: "§5 other actor: the end of the referral period",
			edit: func(o *Offer, q *Search) {
				o.OtherActor = true
				q.Citizen = &Citizen{Referrals: []Referral{{Actor: 3, From: NewDate(2026, 1, 1), To: NewDate(2026, 3, 4)}}}
			},
			wantFirst: NewDate(2026, 3, 3), wantLast: NewDate(2026, 3, 4), wantBound: BoundReferral,
		},
		{
			name:      "§5 without an end the horizon ends the search",
			edit:      func(o *Offer, q *Search) { q.HorizonDays = 10 },
			wantFirst: NewDate(2026, 3, 3), wantLast: NewDate(2026, 3, 13), wantBound: BoundHorizon,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOffer()
			q := search(o, now, h)
			tc.edit(&o, &q)
			q.Offer = o
			res := FindFreeTimes(q)
			if len(res.Times) == 0 {
				t.Fatalf("no times; empty = %q", res.Empty)
			}
			if got := DateOf(res.Times[0].Start, cph); got != tc.wantFirst {
				t.Errorf("first day = %s, want %s", got, tc.wantFirst)
			}
			if got := lastDay(res); got != tc.wantLast {
				t.Errorf("last day = %s, want %s", got, tc.wantLast)
			}
			if res.Window.Bound != tc.wantBound {
				t.Errorf("bound = %q, want %q", res.Window.Bound, tc.wantBound)
			}
		})
	}
}

func TestFindFreeTimesEmptyReason(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	h := StandardHours(clock(9, 0), clock(10, 0))
	allBusy := busyAt(BusyExternal, 1, at(2026, 3, 1, 0, 0), at(2027, 3, 1, 0, 0))
	tests := []struct {
		name string
		edit func(*Offer, *Search)
		want EmptyReason
	}{
		{"§7.2 a: none before the citizen's booking deadline", func(o *Offer, q *Search) {
			q.Citizen = &Citizen{BookingDeadline: NewDate(2026, 3, 2)}
		}, EmptyBookingDeadline},
		{"§7.2 a: deadline binding but times exist only after it", func(o *Offer, q *Search) {
			q.Citizen = &Citizen{BookingDeadline: NewDate(2026, 3, 6)}
			q.Calendars[0].Busy = []Busy{busyAt(BusyExternal, 1, at(2026, 3, 1, 0, 0), at(2026, 3, 7, 0, 0))}
		}, EmptyBookingDeadline},
		{"§7.2 b: the advisors are fully booked", func(o *Offer, q *Search) {
			q.Calendars[0].Busy = []Busy{allBusy}
		}, EmptyAdvisorsBusy},
		{"§7.2 b: busy up to the deadline and beyond is still (b)", func(o *Offer, q *Search) {
			q.Citizen = &Citizen{BookingDeadline: NewDate(2026, 3, 6)}
			q.Calendars[0].Busy = []Busy{allBusy}
		}, EmptyAdvisorsBusy},
		{"§7.2 c: none before the offer's end date", func(o *Offer, q *Search) {
			o.FixedEnd = NewDate(2026, 3, 2)
		}, EmptyOfferEnd},
		{"§7.2 c: the rolling end counts as the offer's end", func(o *Offer, q *Search) {
			o.RollingWeeks = 1
			q.Calendars[0].Busy = []Busy{busyAt(BusyAbsence, 1, at(2026, 3, 1, 0, 0), at(2026, 3, 10, 0, 0))}
		}, EmptyOfferEnd},
		{"§7.2 d: other actor, the referral period ends first", func(o *Offer, q *Search) {
			o.OtherActor = true
			q.Citizen = &Citizen{Referrals: []Referral{{Actor: 3, From: NewDate(2026, 1, 1), To: NewDate(2026, 3, 2)}}}
		}, EmptyReferralEnd},
		{"§7.2 d: other actor, no current referral at all", func(o *Offer, q *Search) {
			o.OtherActor = true
			q.Citizen = &Citizen{}
		}, EmptyReferralEnd},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOffer()
			q := search(o, now, h)
			tc.edit(&o, &q)
			q.Offer = o
			res := FindFreeTimes(q)
			if len(res.Times) != 0 {
				t.Fatalf("got %d times, want none", len(res.Times))
			}
			if res.Empty != tc.want {
				t.Errorf("empty = %q, want %q", res.Empty, tc.want)
			}
		})
	}
	t.Run("a result with times has no empty reason", func(t *testing.T) {
		if res := FindFreeTimes(search(testOffer(), now, h)); res.Empty != "" || len(res.Times) == 0 {
			t.Errorf("times = %d, empty = %q", len(res.Times), res.Empty)
		}
	})
}
