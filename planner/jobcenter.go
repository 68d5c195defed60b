package planner

import (
	"net/mail"
	"strings"
	"time"
)

// Jobcenter is the tenant: one municipality's job centre (SPEC §1).
type Jobcenter struct {
	ID     JobcenterID `json:"id"`
	Name   string      `json:"name"`
	Zone   string      `json:"zone"`   // IANA zone of every day/week/hour rule, e.g. "Europe/Copenhagen"
	Region string      `json:"region"` // the region whose person-group marks the job centre sees (§4.2)
	// SummonsPrefix is the five-digit first part of the job centre's summons
	// numbers ("10100" in 10100-819387).
	SummonsPrefix int         `json:"summonsPrefix"`
	SubCentres    []SubCentre `json:"subCentres,omitempty"`
	Settings      Settings    `json:"settings"`
}

// SubCentre is a sub job centre (subjobcenter), the criterion of the
// "job centre" rule type (§4.2).
type SubCentre struct {
	ID   SubCentreID `json:"id"`
	Name string      `json:"name"`
}

// Settings are a job centre's switches.
type Settings struct {
	// ConflictMail enables mail 4 (§7): an advisor's private appointment over
	// a Planner citizen meeting. On by default; a job centre may switch it off.
	ConflictMail bool `json:"conflictMail"`
	// BrowseMail enables mail 5 (§7): a citizen browsing months without free
	// times. The guide doubts it still holds, so it is off by default.
	BrowseMail bool `json:"browseMail"`
	// OpenDec24 and OpenDec31 open 24 and 31 December, which are closing days
	// by default. OpenConstitutionDay opens 5 June (Grundlovsdag), which public
	// offices close from noon or all day; Planner closes it by default.
	OpenDec24           bool `json:"openDec24"`
	OpenDec31           bool `json:"openDec31"`
	OpenConstitutionDay bool `json:"openConstitutionDay"`
	// ExtraClosingDays are further days the job centre is closed.
	ExtraClosingDays []Date `json:"extraClosingDays,omitempty"`
	// DefaultHours are the working hours of advisors whose own and whose
	// teams' hours are unset.
	DefaultHours WeeklyHours `json:"defaultHours"`
	// AccessLogMonths is how long the access log of citizens' data keeps
	// an entry, in months (0: the default, 6).
	AccessLogMonths int `json:"accessLogMonths,omitempty"`
}

// DefaultAccessLogMonths is the access log's retention when a job centre
// sets none: the half year the rules for job-centre systems ask.
const DefaultAccessLogMonths = 6

// AccessLogRetention is the access log's retention in months.
func (s Settings) AccessLogRetention() int {
	if s.AccessLogMonths > 0 {
		return s.AccessLogMonths
	}
	return DefaultAccessLogMonths
}

// DefaultSettings returns the settings of a new job centre: mail 4 on,
// mail 5 off, 24/31 December and 5 June closed, Monday–Friday 08:00–15:30.
func DefaultSettings() Settings {
	return Settings{ConflictMail: true, DefaultHours: StandardHours(8*60, 15*60+30)}
}

// Validate checks the job centre's fields; errors name the field.
func (j Jobcenter) Validate() error {
	if strings.TrimSpace(j.Name) == "" {
		return fieldErr("name", "is required", "er påkrævet")
	}
	if _, err := LoadZone(j.Zone); err != nil {
		return err
	}
	if j.SummonsPrefix < 10000 || j.SummonsPrefix > 99999 {
		return fieldErr("summonsPrefix", "must have five digits", "skal have fem cifre")
	}
	if err := j.Settings.DefaultHours.Validate(); err != nil {
		return prefixed("settings.defaultHours", err)
	}
	if j.Settings.AccessLogMonths < 0 || j.Settings.AccessLogMonths > 120 {
		return fieldErr("settings.accessLogMonths", "must be from 1 to 120 months, or 0 for the default 6",
			"skal være fra 1 til 120 måneder, eller 0 for standarden på 6")
	}
	seen := map[SubCentreID]bool{}
	for i, s := range j.SubCentres {
		if strings.TrimSpace(s.Name) == "" {
			return fieldErr(indexed("subCentres", i)+".name", "is required", "er påkrævet")
		}
		if seen[s.ID] {
			return fieldErr(indexed("subCentres", i)+".id", "is used twice", "er brugt to gange")
		}
		seen[s.ID] = true
	}
	return nil
}

// Location returns the job centre's zone.
func (j Jobcenter) Location() (*time.Location, error) { return LoadZone(j.Zone) }

// validMail checks an address of the form local@domain without a display name.
func validMail(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && strings.Contains(s[strings.IndexByte(s, '@'):], ".")
}
