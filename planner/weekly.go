package planner

import (
	"cmp"
	"slices"
	"time"
)

// Week is an ISO 8601 week.
type Week struct {
	Year int `json:"year"`
	Week int `json:"week"`
}

// WeekOf returns the ISO week of t's date in loc.
func WeekOf(t time.Time, loc *time.Location) Week {
	y, w := t.In(loc).ISOWeek()
	return Week{y, w}
}

// WeekCount is the number of free places of one advisor in one ISO week
// (§8). Advisor is 0 in an offer's totals.
type WeekCount struct {
	Week
	Advisor AdvisorID `json:"advisorId"`
	Count   int       `json:"count"`
}

// WeeklyCounts counts free places per advisor per ISO week in loc (§8): an
// individual free time counts 1 for its advisor, a group session counts its
// free seats. times must be in start order, as FindFreeTimes returns them.
// The result is ordered by advisor, then week; weeks without a free place
// are absent (shown as "-").
func WeeklyCounts(times []FreeTime, loc *time.Location) []WeekCount {
	idx := map[AdvisorID]map[Week]int{}
	var wk Week
	var weekEnd int64 // the instant the current week ends; times are sorted
	for _, ft := range times {
		if s := ft.Start.Unix(); s >= weekEnd || wk.Year == 0 {
			wk, weekEnd = weekContaining(ft.Start, loc)
		}
		m := idx[ft.Advisor]
		if m == nil {
			m = map[Week]int{}
			idx[ft.Advisor] = m
		}
		m[wk] += places(ft)
	}
	var out []WeekCount
	for a, weeks := range idx {
		for w, n := range weeks {
			out = append(out, WeekCount{Week: w, Advisor: a, Count: n})
		}
	}
	slices.SortFunc(out, func(x, y WeekCount) int {
		if x.Advisor != y.Advisor {
			return cmp.Compare(int64(x.Advisor), int64(y.Advisor))
		}
		return cmpWeek(x.Week, y.Week)
	})
	return out
}

// WeeklyTotals sums WeeklyCounts over advisors: the offer page's live
// figure per ISO week (§4.3).
func WeeklyTotals(counts []WeekCount) []WeekCount {
	sum := map[Week]int{}
	for _, c := range counts {
		sum[c.Week] += c.Count
	}
	out := make([]WeekCount, 0, len(sum))
	for w, n := range sum {
		out = append(out, WeekCount{Week: w, Count: n})
	}
	slices.SortFunc(out, func(x, y WeekCount) int { return cmpWeek(x.Week, y.Week) })
	return out
}

func places(ft FreeTime) int {
	if ft.SessionID != 0 || ft.MeetingID != 0 {
		return ft.FreeSeats
	}
	return 1
}

// weekContaining returns t's ISO week in loc and the instant it ends (local
// midnight starting the next Monday).
func weekContaining(t time.Time, loc *time.Location) (Week, int64) {
	lt := t.In(loc)
	y, w := lt.ISOWeek()
	daysToMonday := (8 - int(lt.Weekday())) % 7
	if daysToMonday == 0 {
		daysToMonday = 7
	}
	end := time.Date(lt.Year(), lt.Month(), lt.Day()+daysToMonday, 0, 0, 0, 0, loc)
	return Week{y, w}, end.Unix()
}

func cmpWeek(a, b Week) int {
	if a.Year != b.Year {
		return cmp.Compare(a.Year, b.Year)
	}
	return cmp.Compare(a.Week, b.Week)
}

// MergedTime is one start time offered to a citizen, with every advisor free
// then (§5: merged over the offer's advisors).
type MergedTime struct {
	Start    time.Time   `json:"start"`
	End      time.Time   `json:"end"`
	Advisors []AdvisorID `json:"advisors"`
}

// Merge groups free times by start, for a citizen who does not choose the
// advisor. times must be in start order.
func Merge(times []FreeTime) []MergedTime {
	var out []MergedTime
	for _, ft := range times {
		if n := len(out); n > 0 && out[n-1].Start.Equal(ft.Start) {
			out[n-1].Advisors = append(out[n-1].Advisors, ft.Advisor)
			continue
		}
		out = append(out, MergedTime{Start: ft.Start, End: ft.End, Advisors: []AdvisorID{ft.Advisor}})
	}
	return out
}
