package planner

import (
	"strings"
	"testing"
	"time"
)

// TestExplainSpeaksDanish: issue 23 — "Hvorfor er tiden ikke ledig" named
// one day's hours for an absence over two days and leaked Go's
// formatting ("[0 30]", "2026-12-08 18:44"); a span over days names both
// days, and minutes and times read as Danes write them.
func TestExplainSpeaksDanish(t *testing.T) {
	from, to := at(2026, 12, 9, 8, 0), at(2026, 12, 10, 16, 0)
	if got := fmtSpan(from, to, cph); got != "9.12.2026 08.00–10.12.2026 16.00" {
		t.Errorf("a span over two days = %q", got)
	}
	if got := fmtSpan(from, from.Add(90*time.Minute), cph); got != "08.00–09.30" {
		t.Errorf("a span within a day = %q", got)
	}
	if got := minuteList([]int{0, 20, 40}, "og"); got != "00, 20 og 40" {
		t.Errorf("minutes = %q", got)
	}
	o := testOffer()
	q := search(o, at(2026, 12, 8, 18, 44), everyDay(clock(9, 0), clock(12, 0)))
	for _, ob := range q.Explain(1, at(2026, 12, 9, 9, 15)) {
		for _, text := range []string{ob.Detail, ob.DetailDA} {
			if strings.ContainsAny(text, "[]") || strings.Contains(text, "2026-12") {
				t.Errorf("obstacle %s reads %q", ob.Code, text)
			}
		}
	}
}
