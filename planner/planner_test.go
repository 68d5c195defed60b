package planner

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	d := NewDate(2026, 2, 28)
	if got := d.AddDays(1); got != NewDate(2026, 3, 1) {
		t.Errorf("AddDays(1) = %s, want 2026-03-01", got)
	}
	if got := NewDate(2026, 3, 30).DaysUntil(NewDate(2026, 3, 28)); got != -2 {
		t.Errorf("DaysUntil across DST = %d, want -2", got)
	}
	if y, w := NewDate(2027, 1, 1).ISOWeek(); y != 2026 || w != 53 {
		t.Errorf("ISOWeek(2027-01-01) = %d-W%d, want 2026-W53", y, w)
	}
	if _, err := ParseDate("2026-02-29"); err == nil {
		t.Error("ParseDate accepted 29 February in a common year")
	}
	var back struct{ D Date }
	b, _ := json.Marshal(struct{ D Date }{d})
	if err := json.Unmarshal(b, &back); err != nil || back.D != d || string(b) != `{"D":"2026-02-28"}` {
		t.Errorf("JSON round trip = %s → %v, %v", b, back.D, err)
	}
	if got := NewDate(2026, 3, 29).In(cph); got.Hour() != 0 || got.UTC().Hour() != 23 {
		t.Errorf("In(cph) on the DST Sunday = %s, want local midnight", got)
	}
}

func TestInterval(t *testing.T) {
	a := Interval{at(2026, 3, 2, 9, 0), at(2026, 3, 2, 10, 0)}
	tests := []struct {
		name string
		b    Interval
		want bool
	}{
		{"touching at the end does not overlap", Interval{a.End, a.End.Add(time.Hour)}, false},
		{"touching at the start does not overlap", Interval{a.Start.Add(-time.Hour), a.Start}, false},
		{"inside overlaps", Interval{a.Start.Add(time.Minute), a.End.Add(-time.Minute)}, true},
		{"covering overlaps", Interval{a.Start.Add(-time.Minute), a.End.Add(time.Minute)}, true},
	}
	for _, tc := range tests {
		if got := a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%s: Overlaps = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestWeeklyHoursValidate(t *testing.T) {
	tests := []struct {
		name  string
		h     WeeklyHours
		field string
	}{
		{"standard hours are valid", StandardHours(clock(8, 0), clock(15, 30)), ""},
		{"a range must end after it starts", WeeklyHours{Days: [7][]ClockRange{time.Monday: {{clock(10, 0), clock(9, 0)}}}}, "days[1][0]"},
		{"ranges must not overlap", WeeklyHours{Days: [7][]ClockRange{time.Tuesday: {{clock(8, 0), clock(12, 0)}, {clock(11, 0), clock(15, 0)}}}}, "days[2][1]"},
		{"a range stays inside the day", WeeklyHours{Days: [7][]ClockRange{time.Friday: {{clock(8, 0), 1441}}}}, "days[5][0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.h.Validate(), tc.field)
		})
	}
}

// assertField checks err is a FieldError naming field, or nil when field is "".
func assertField(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("err = %v, want nil", err)
		}
		return
	}
	var fe *FieldError
	if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want a FieldError matching ErrInvalid", err)
	}
	if fe.Field != field {
		t.Errorf("field = %q, want %q (%v)", fe.Field, field, err)
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]Clock{"08:00": 480, "15:30": 930, "24:00": 1440} {
		if got, err := ParseClock(in); err != nil || got != want {
			t.Errorf("ParseClock(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"8", "24:01", "12:60", "ab:cd", "9:5"} {
		if _, err := ParseClock(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseClock(%q) err = %v, want ErrInvalid", in, err)
		}
	}
}

func TestEffectiveHours(t *testing.T) {
	teamHours := StandardHours(clock(7, 0), clock(14, 0))
	own := StandardHours(clock(9, 0), clock(12, 0))
	tree, err := NewTeamTree([]Team{
		{ID: 1, JobcenterID: 1, Name: "Top", Hours: &teamHours},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "Sub"},
		{ID: 3, JobcenterID: 1, Name: "Other"},
	})
	if err != nil {
		t.Fatal(err)
	}
	jc := Jobcenter{Settings: DefaultSettings()}
	tests := []struct {
		name string
		a    Advisor
		want WeeklyHours
	}{
		{"§5 the advisor's own weekly hours", Advisor{TeamID: 2, Hours: &own}, own},
		{"§5 the team default, found up the tree", Advisor{TeamID: 2}, teamHours},
		{"§5 the job centre default", Advisor{TeamID: 3}, jc.Settings.DefaultHours},
	}
	for _, tc := range tests {
		if got := EffectiveHours(tc.a, tree, jc); !got.Equal(tc.want) {
			t.Errorf("%s: hours = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSummonsNumber(t *testing.T) {
	if got := FormatSummonsNumber(10100, 819387); got != "10100-819387" {
		t.Errorf("FormatSummonsNumber = %q", got)
	}
	if p, s, err := ParseSummonsNumber("10100-819387"); err != nil || p != 10100 || s != 819387 {
		t.Errorf("ParseSummonsNumber = %d, %d, %v", p, s, err)
	}
	for _, bad := range []string{"010190-1234", "10100819387", "1010-819387", "10100-8193"} {
		if _, _, err := ParseSummonsNumber(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseSummonsNumber(%q) err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestDeadlineExceeded(t *testing.T) {
	s := Summons{HoldingDeadline: NewDate(2026, 3, 6)}
	if DeadlineExceeded(s, NewDate(2026, 3, 6)) || !DeadlineExceeded(s, NewDate(2026, 3, 7)) {
		t.Error("§6 the deadline icon: a meeting on the deadline is in time, the day after is not")
	}
	if DeadlineExceeded(Summons{}, NewDate(2030, 1, 1)) {
		t.Error("no deadline is never exceeded")
	}
}
