package planner

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Team is a node of a job centre's team tree (team and underteam). A team may
// carry one notification mail address (§7) and a phone number (the fallback
// number of phone offers, §4.1).
type Team struct {
	ID          TeamID       `json:"id"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	ParentID    TeamID       `json:"parentId,omitempty"` // 0 for a top team
	Name        string       `json:"name"`
	Mail        string       `json:"mail,omitempty"`
	Phone       string       `json:"phone,omitempty"`
	Hours       *WeeklyHours `json:"hours,omitempty"` // default hours of its advisors; nil inherits
}

// Validate checks the team's own fields; errors name the field. The tree
// shape (no cycles, parent in the same job centre) is checked by NewTeamTree.
func (t Team) Validate() error {
	switch {
	case strings.TrimSpace(t.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(t.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case t.Mail != "" && !validMail(t.Mail):
		return fieldErr("mail", "is not a mail address", "er ikke en gyldig mailadresse")
	case t.Phone != "" && !validPhone(t.Phone):
		return fieldErr("phone", "must be 8 digits, optionally with +45 and spaces", "skal være 8 cifre, eventuelt med +45 og mellemrum")
	case t.ParentID != 0 && t.ParentID == t.ID:
		return fieldErr("parentId", "cannot be the team itself", "kan ikke være teamet selv")
	}
	if t.Hours != nil {
		return prefixed("hours", t.Hours.Validate())
	}
	return nil
}

// TeamTree is a job centre's teams, indexed for walking up and down.
type TeamTree struct {
	byID     map[TeamID]Team
	children map[TeamID][]TeamID
	roots    []TeamID
}

// NewTeamTree indexes teams. It fails when a parent is missing or the parent
// links form a cycle.
func NewTeamTree(teams []Team) (TeamTree, error) {
	tr := TeamTree{byID: make(map[TeamID]Team, len(teams)), children: map[TeamID][]TeamID{}}
	for _, t := range teams {
		if _, dup := tr.byID[t.ID]; dup {
			return TeamTree{}, fmt.Errorf("team %d appears twice: %w", t.ID, ErrInvalid)
		}
		tr.byID[t.ID] = t
	}
	for _, t := range teams {
		if t.ParentID == 0 {
			tr.roots = append(tr.roots, t.ID)
			continue
		}
		p, ok := tr.byID[t.ParentID]
		if !ok || p.JobcenterID != t.JobcenterID {
			return TeamTree{}, fieldErr("parentId", fmt.Sprintf("team %d has no parent %d in its job centre", t.ID, t.ParentID),
				fmt.Sprintf("peger for team %d på team %d, som ikke findes i jobcentret", t.ID, t.ParentID))
		}
		tr.children[t.ParentID] = append(tr.children[t.ParentID], t.ID)
	}
	for id := range tr.byID {
		if len(tr.Path(id)) == 0 {
			return TeamTree{}, fieldErr("parentId", fmt.Sprintf("team %d is part of a cycle", id),
				fmt.Sprintf("gør team %d til en del af en ring af overordnede teams", id))
		}
	}
	slices.Sort(tr.roots)
	for _, c := range tr.children {
		slices.Sort(c)
	}
	return tr, nil
}

// Team returns the team with id.
func (tr TeamTree) Team(id TeamID) (Team, bool) {
	t, ok := tr.byID[id]
	return t, ok
}

// Path returns the team and its ancestors, nearest first, ending at a top
// team. It is empty for an unknown team or one caught in a cycle.
func (tr TeamTree) Path(id TeamID) []Team {
	var path []Team
	for id != 0 {
		t, ok := tr.byID[id]
		if !ok || len(path) > len(tr.byID) {
			return nil
		}
		path = append(path, t)
		id = t.ParentID
	}
	return path
}

// Subtree returns id and every team below it, for filters that "include
// sub-teams" (§6).
func (tr TeamTree) Subtree(id TeamID) []TeamID {
	if _, ok := tr.byID[id]; !ok {
		return nil
	}
	out := []TeamID{id}
	for i := 0; i < len(out); i++ {
		out = append(out, tr.children[out[i]]...)
	}
	return out
}

// MailFor returns the notification address of a team: its own, else that of
// the nearest ancestor that has one (§7). ok is false when no team on the way
// to the top has an address; then no mail is sent.
func (tr TeamTree) MailFor(id TeamID) (addr string, from TeamID, ok bool) {
	for _, t := range tr.Path(id) {
		if t.Mail != "" {
			return t.Mail, t.ID, true
		}
	}
	return "", 0, false
}

// TopMail returns the address "registered at the top of the team hierarchy"
// (§7 mail 1): the address of the shallowest team that has one, ties broken
// by the lower team id, so a job centre whose top team has no address still
// reaches the highest team below it that has one.
func (tr TeamTree) TopMail() (addr string, from TeamID, ok bool) {
	level := slices.Clone(tr.roots)
	for len(level) > 0 {
		var next []TeamID
		for _, id := range level {
			if t := tr.byID[id]; t.Mail != "" {
				return t.Mail, t.ID, true
			}
			next = append(next, tr.children[id]...)
		}
		slices.Sort(next)
		level = next
	}
	return "", 0, false
}

// PhoneFor returns the team's phone, else the nearest ancestor's.
func (tr TeamTree) PhoneFor(id TeamID) string {
	for _, t := range tr.Path(id) {
		if t.Phone != "" {
			return t.Phone
		}
	}
	return ""
}

// validPhone accepts a Danish number: 8 digits, optionally "+45" and spaces.
func validPhone(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	s = strings.TrimPrefix(s, "+45")
	if len(s) != 8 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func indexed(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }
