package sync

import (
	"cmp"
	"slices"

	"github.com/planner-dk/planner/planner"
)

// Conflict is an external appointment that overlaps a Planner meeting of the
// same advisor, reporting time included (SPEC §7 mail 4, §9). Only external
// items count: the advisor's own copy of a Planner meeting is never one, nor
// is a stray copy of it, since neither is imported as busy time
// (PROTOCOLS.md §4.4).
type Conflict struct {
	MeetingID planner.MeetingID
	AdvisorID planner.AdvisorID
	Href      string // the external object
	Item      Item
}

// Conflicts finds the conflicts of one advisor's external items (by href)
// with the advisor's meetings, ordered by meeting and start.
func Conflicts(advisor planner.AdvisorID, items map[string][]Item, meetings []planner.Meeting) []Conflict {
	var out []Conflict
	for _, m := range meetings {
		if !m.HasAdvisor(advisor) {
			continue
		}
		busy := m.Busy()
		for href, its := range items {
			for _, it := range its {
				if it.Start.Before(busy.End) && busy.Start.Before(it.End) {
					out = append(out, Conflict{MeetingID: m.ID, AdvisorID: advisor, Href: href, Item: it})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Conflict) int {
		return cmp.Or(cmp.Compare(a.MeetingID, b.MeetingID), a.Item.Start.Compare(b.Item.Start), cmp.Compare(a.Href, b.Href))
	})
	return out
}
