package planner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// OtherActor is an other actor (anden aktør) the job centre has
// registered: the list a referral rule chooses from (guide B: "Valgliste
// over jobcenterets registrerede 'anden aktør(er)'").
type OtherActor struct {
	ID          OtherActorID `json:"id"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	Name        string       `json:"name"`
	// CVR is the actor's company number, eight digits, when known.
	CVR string `json:"cvr,omitempty"`
}

// Validate checks the actor's fields; errors name the field.
func (a OtherActor) Validate() error {
	switch {
	case strings.TrimSpace(a.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(a.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case a.CVR != "" && (len(a.CVR) != 8 || !allDigits(a.CVR)):
		return fieldErr("cvr", "must be a CVR number of eight digits", "skal være et CVR-nummer på otte cifre")
	}
	return nil
}

// SicknessCategories returns the sickness-benefit categories a citizen
// can be assessed in and a rule can test (guide B: "en liste over de
// sygedagpengekategorier"): the three categories of the sickness-benefit
// act's follow-up (sygedagpengelovens § 12).
func SicknessCategories() []string {
	return []string{"Kategori 1", "Kategori 2", "Kategori 3"}
}

// Validate checks a person-group mark: a name, its
// level and owner. State and region marks come from the national data
// hub, never from a job centre.
func (m Mark) Validate() error {
	switch {
	case strings.TrimSpace(m.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(m.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case m.Level != MarkState && m.Level != MarkRegion && m.Level != MarkJobcenter:
		return fieldErr("level", "must be state, region or jobcenter", "skal være »state«, »region« eller »jobcenter«")
	case m.Level == MarkRegion && strings.TrimSpace(m.Region) == "":
		return fieldErr("region", "is required for a region mark", "er påkrævet for en regional markering")
	case m.Level == MarkJobcenter && m.JobcenterID == 0:
		return fieldErr("jobcenterId", "is required for a job centre's mark", "er påkrævet for et jobcenters markering")
	}
	return nil
}

// MeetingTypes returns the meeting types (samtaletyper) an offer is one of:
// the national data hub's types of a job centre's planned talks.
func MeetingTypes() []string {
	return []string{"Jobsamtale", "Opfølgningssamtale", "CV-samtale", "Informationsmøde", "Fleksjobopfølgningssamtale"}
}

// Variant is a job centre's variant of a meeting type (samtaletypevariant,
// guide B: "Vælg en af de samtaletypevarianter oprettet i
// administrationsmodulet"), which tells alike offers apart.
type Variant struct {
	ID          VariantID   `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	MeetingType string      `json:"meetingType"`
	Name        string      `json:"name"`
}

// Validate checks the variant's fields; errors name the field.
func (v Variant) Validate() error {
	switch {
	case !slices.Contains(MeetingTypes(), v.MeetingType):
		return fieldErr("meetingType", "is not a meeting type", "er ikke en samtaletype")
	case strings.TrimSpace(v.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(v.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	}
	return nil
}
