package planner

import (
	"slices"
	"testing"
)

func TestEaster(t *testing.T) {
	// Easter Sundays from the Danish almanac.
	for year, want := range map[int]Date{
		2019: NewDate(2019, 4, 21), 2024: NewDate(2024, 3, 31), 2025: NewDate(2025, 4, 20),
		2026: NewDate(2026, 4, 5), 2027: NewDate(2027, 3, 28), 2038: NewDate(2038, 4, 25),
	} {
		if got := Easter(year); got != want {
			t.Errorf("Easter(%d) = %s, want %s", year, got, want)
		}
	}
}

func TestPublicHolidays(t *testing.T) {
	var got []string
	for _, h := range PublicHolidays(2026) {
		got = append(got, h.Date.String()+" "+h.Name)
	}
	want := []string{
		"2026-01-01 Nytårsdag", "2026-04-02 Skærtorsdag", "2026-04-03 Langfredag", "2026-04-05 Påskedag",
		"2026-04-06 2. påskedag", "2026-05-14 Kristi himmelfartsdag", "2026-05-24 Pinsedag",
		"2026-05-25 2. pinsedag", "2026-12-25 Juledag", "2026-12-26 2. juledag",
	}
	if !slices.Equal(got, want) {
		t.Errorf("§5 public holidays 2026 = %v, want %v", got, want)
	}
	t.Run("store bededag until 2023", func(t *testing.T) {
		has := func(y int) bool {
			return slices.ContainsFunc(PublicHolidays(y), func(h Holiday) bool { return h.Name == "Store bededag" })
		}
		if !has(2023) || has(2024) {
			t.Errorf("store bededag in 2023 = %v, in 2024 = %v; want true, false", has(2023), has(2024))
		}
		if h := PublicHolidays(2023)[5]; h.Date != NewDate(2023, 5, 5) {
			t.Errorf("store bededag 2023 = %s, want 2023-05-05", h.Date)
		}
	})
}

func TestClosures(t *testing.T) {
	c := NewClosures(DefaultSettings(), 2026, 2026)
	for _, tc := range []struct {
		day    Date
		closed bool
	}{
		{NewDate(2026, 6, 5), true}, {NewDate(2026, 12, 24), true}, {NewDate(2026, 12, 31), true},
		{NewDate(2026, 4, 3), true}, {NewDate(2026, 6, 4), false}, {NewDate(2027, 1, 1), false}, // outside the years asked for
	} {
		if _, got := c.Closed(tc.day); got != tc.closed {
			t.Errorf("Closed(%s) = %v, want %v", tc.day, got, tc.closed)
		}
	}
	s := DefaultSettings()
	s.OpenConstitutionDay = true
	if _, closed := NewClosures(s, 2026, 2026).Closed(NewDate(2026, 6, 5)); closed {
		t.Error("5 June closed although the job centre opens it")
	}
}
