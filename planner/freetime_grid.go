package planner

import (
	"cmp"
	"slices"
	"time"
)

// The individual-time search works in Unix seconds: busy intervals are
// merged into sorted disjoint spans per advisor, days are prepared once per
// search, and candidates are visited day by day, minute by minute, advisor
// by advisor — so the output comes out sorted with no sort, and each
// advisor's busy spans are walked once with a pointer.

// span is the half-open range [start, end) in Unix seconds.
type span struct{ start, end int64 }

// day is one calendar day of a search, prepared once.
type day struct {
	date     Date
	wd       time.Weekday
	midnight int64 // first instant of the day
	next     int64 // first instant of the next day
	fast     bool  // no UTC offset change in the day: instant = midnight + minutes*60
	closed   bool
}

// prepareDays returns the days First..Last of w in loc.
func prepareDays(w Window, loc *time.Location, closures Closures) []day {
	n := w.First.DaysUntil(w.Last) + 1
	if n <= 0 {
		return nil
	}
	days := make([]day, 0, n)
	next := w.First.In(loc)
	for d := w.First; !d.After(w.Last); d = d.AddDays(1) {
		mid := next
		next = time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, loc)
		_, off1 := mid.Zone()
		_, off2 := next.Add(-time.Second).Zone()
		_, closed := closures.Closed(d)
		days = append(days, day{
			date: d, wd: d.Weekday(), midnight: mid.Unix(), next: next.Unix(),
			fast:   off1 == off2 && next.Sub(mid) == 24*time.Hour,
			closed: closed,
		})
	}
	return days
}

// instant returns the Unix time of wall clock c on day d; ok is false when
// that local time does not exist (the spring-forward gap). A local time that
// occurs twice (the autumn fall-back hour) gives its earlier instant.
func (d day) instant(c Clock, loc *time.Location) (int64, bool) {
	if d.fast {
		return d.midnight + int64(c)*60, true
	}
	if c >= 1440 {
		return d.next, true
	}
	t := time.Date(d.date.Year, d.date.Month, d.date.Day, int(c)/60, int(c)%60, 0, 0, loc)
	if t.Hour()*60+t.Minute() != int(c) || t.Day() != d.date.Day {
		return 0, false // normalised out of a gap
	}
	if e := t.Add(-time.Hour); e.Hour() == t.Hour() && e.Minute() == t.Minute() && e.Day() == t.Day() {
		return e.Unix(), true // repeated hour: the earlier of the two
	}
	return t.Unix(), true
}

// busySpans converts busy intervals to sorted, merged spans, leaving out
// the excluded meeting.
func busySpans(busy []Busy, exclude MeetingID) []span {
	spans := make([]span, 0, len(busy))
	for _, b := range busy {
		if exclude != 0 && b.Kind == BusyMeeting && b.Ref == int64(exclude) {
			continue
		}
		if b.End.After(b.Start) {
			spans = append(spans, span{b.Start.Unix(), b.End.Unix()})
		}
	}
	return mergeSpans(spans)
}

// mergeSpans sorts spans and merges those that overlap or touch.
func mergeSpans(spans []span) []span {
	sortSpans(spans)
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// sortSpans sorts by start. A monomorphic quicksort: the generic
// slices.SortFunc with a comparator closure took a sixth of a search.
func sortSpans(s []span) {
	for len(s) > 12 {
		// Median of three as pivot, then a Hoare partition.
		m := len(s) / 2
		if s[m].start < s[0].start {
			s[m], s[0] = s[0], s[m]
		}
		if s[len(s)-1].start < s[0].start {
			s[len(s)-1], s[0] = s[0], s[len(s)-1]
		}
		if s[len(s)-1].start < s[m].start {
			s[len(s)-1], s[m] = s[m], s[len(s)-1]
		}
		p := s[m].start
		i, j := 0, len(s)-1
		for i <= j {
			for s[i].start < p {
				i++
			}
			for s[j].start > p {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part, loop on the larger.
		if j+1 < len(s)-i {
			sortSpans(s[:j+1])
			s = s[i:]
		} else {
			sortSpans(s[i:])
			s = s[:j+1]
		}
	}
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && s[k].start < s[k-1].start; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}

// advisorState is one advisor during a search.
type advisorState struct {
	id    AdvisorID
	hours *WeeklyHours
	spans []span
	next  int // first span that may still matter
}

// free reports whether [s, e) misses every busy span. Calls must come with
// non-decreasing s.
func (a *advisorState) free(s, e int64) bool {
	for a.next < len(a.spans) && a.spans[a.next].end <= s {
		a.next++
	}
	return a.next == len(a.spans) || a.spans[a.next].start >= e
}

// individualTimes enumerates the grid day by day, minute by minute,
// advisor by advisor (advisors in id order), so the result is sorted.
func (q Search) individualTimes(w Window) []FreeTime {
	grid := slices.Clone(q.Offer.StartMinutes)
	slices.Sort(grid)
	talk := int64(q.Offer.DurationMinutes) * 60
	block := talk + int64(q.Offer.ReportingMinutes)*60
	earliest := w.Earliest.Unix()
	room := busySpans(q.RoomBusy, q.Exclude)

	advisors := make([]advisorState, len(q.Calendars))
	for i := range q.Calendars {
		c := &q.Calendars[i]
		spans := busySpans(c.Busy, q.Exclude)
		if len(room) > 0 {
			spans = mergeSpans(append(spans, room...))
		}
		advisors[i] = advisorState{id: c.Advisor, hours: &c.Hours, spans: spans}
	}
	slices.SortFunc(advisors, func(a, b advisorState) int { return cmp.Compare(int64(a.id), int64(b.id)) })

	// Hits are collected pointer-free first, then turned into FreeTimes in
	// one exact allocation: growing a []FreeTime (which holds pointers)
	// costs more than the search itself.
	type hit struct {
		start int64
		adv   int
	}
	days := prepareDays(w, q.Zone, q.Closures)
	hits := make([]hit, 0, estimateHits(days, advisors, len(grid)))
	for _, d := range days {
		if d.closed {
			continue
		}
		lo, hi := dayBounds(advisors, d.wd)
		for h := lo / 60; h*60 < hi; h++ {
			for _, m := range grid {
				c := h*60 + Clock(m)
				if c < lo || c >= hi {
					continue
				}
				s, ok := d.instant(c, q.Zone)
				if !ok || s < earliest {
					continue
				}
				for i := range advisors {
					a := &advisors[i]
					if a.inHours(d, c, s+block, q.Zone) && a.free(s, s+block) {
						hits = append(hits, hit{s, i})
					}
				}
			}
		}
	}
	out := make([]FreeTime, len(hits))
	for i, h := range hits {
		out[i] = FreeTime{Start: time.Unix(h.start, 0).UTC(), End: time.Unix(h.start+talk, 0).UTC(), Advisor: advisors[h.adv].id}
	}
	return out
}

// estimateHits bounds the number of free times from above for open days,
// so the hits buffer grows at most rarely.
func estimateHits(days []day, advisors []advisorState, gridLen int) int {
	n := 0
	for _, d := range days {
		if d.closed {
			continue
		}
		lo, hi := dayBounds(advisors, d.wd)
		if hi > lo {
			n += int(hi-lo+59) / 60 * gridLen * len(advisors)
		}
	}
	return n
}

// dayBounds returns the earliest start and latest end of any advisor's
// working ranges on weekday wd.
func dayBounds(advisors []advisorState, wd time.Weekday) (lo, hi Clock) {
	lo, hi = 1440, 0
	for i := range advisors {
		for _, r := range advisors[i].hours.Days[wd] {
			lo, hi = min(lo, r.From), max(hi, r.To)
		}
	}
	return lo, hi
}

// inHours reports whether a meeting starting at wall clock c on day d and
// ending at the instant end lies inside one of the advisor's working ranges.
// The end is compared as an instant, so on a DST day a meeting keeps its
// real length.
func (a *advisorState) inHours(d day, c Clock, end int64, loc *time.Location) bool {
	for _, r := range a.hours.Days[d.wd] {
		if c < r.From || c >= r.To {
			continue
		}
		if d.fast {
			return end <= d.midnight+int64(r.To)*60
		}
		rEnd, ok := d.instant(r.To, loc)
		return ok && end <= rEnd
	}
	return false
}
