package planner

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxNoteLength is the longest citizen note, in characters.
const MaxNoteLength = 2000

// Citizen is a citizen known to a job centre, with every attribute an offer's
// rules can test (§4.2) and the deadlines that bound self-booking (§5).
type Citizen struct {
	ID          CitizenID   `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	CPR         CPR         `json:"cpr"`
	Name        string      `json:"name"`
	// Phone is the citizen's phone number, shown to staff in a meeting's
	// participant list (Telefon).
	Phone string `json:"phone,omitempty"`
	// Note is the latest note staff wrote about the citizen (Seneste
	// notat); NoteAt, set by the store, is when it last changed.
	Note   string     `json:"note,omitempty"`
	NoteAt *time.Time `json:"noteAt,omitempty"`

	ContactGroup     string      `json:"contactGroup,omitempty"`     // one of ContactGroups()
	Assessment       string      `json:"assessment,omitempty"`       // one of Assessments() (visitationsgruppe)
	SubCentre        SubCentreID `json:"subCentreId,omitempty"`      // the sub job centre the citizen belongs to
	OtherActor       bool        `json:"otherActor"`                 // the citizen is with an other actor
	Referrals        []Referral  `json:"referrals,omitempty"`        // referrals to other actors
	SicknessCategory string      `json:"sicknessCategory,omitempty"` // sickness-benefit category
	RegisteredSince  Date        `json:"registeredSince"`            // start of unemployment/registration
	InActivation     bool        `json:"inActivation"`
	UnemploymentFund string      `json:"unemploymentFund,omitempty"` // A-kasse
	Marks            []MarkID    `json:"marks,omitempty"`            // person-group marks

	BookingDeadline Date `json:"bookingDeadline"` // own deadline for self-booking (bookingfrist)
	DropDate        Date `json:"dropDate"`        // legal deadline for having had the meeting (falddato)
}

// Referral is a referral of the citizen to an other actor for a period.
type Referral struct {
	Actor OtherActorID `json:"otherActorId"`
	From  Date         `json:"from"`
	To    Date         `json:"to"` // last day of the referral period
}

// Validate checks the citizen's fields; errors name the field, never a value.
func (c Citizen) Validate() error {
	switch {
	case c.CPR.IsZero():
		return fieldErr("cpr", "is required", "er påkrævet")
	case strings.TrimSpace(c.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(c.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case !validAnyPhone(c.Phone):
		return fieldErr("phone", "must be a phone number of digits, spaces and + - ( ), at most 20 characters", "skal være et telefonnummer af cifre, mellemrum og + - ( ), højst 20 tegn") // a citizen may have a foreign number
	case utf8.RuneCountInString(c.Note) > MaxNoteLength:
		return fieldErr("note", "must be at most 2000 characters", "må højst være på 2000 tegn")
	case c.ContactGroup != "" && !slices.Contains(ContactGroups(), c.ContactGroup):
		return fieldErr("contactGroup", "is not a known contact group", "er ikke en kendt kontaktgruppe")
	case c.Assessment != "" && !slices.Contains(Assessments(), c.Assessment):
		return fieldErr("assessment", "is not a known assessment group", "er ikke en kendt visitationsgruppe")
	case c.SicknessCategory != "" && !slices.Contains(SicknessCategories(), c.SicknessCategory):
		return fieldErr("sicknessCategory", "is not a sickness-benefit category", "er ikke en sygedagpengekategori")
	}
	for i, r := range c.Referrals {
		if r.Actor == 0 {
			return fieldErr(indexed("referrals", i)+".otherActorId", "is required", "er påkrævet")
		}
		if r.From.IsZero() || r.To.IsZero() || r.To.Before(r.From) {
			return fieldErr(indexed("referrals", i)+".to", "must be a date on or after from", "skal være samme dato som »from« eller senere")
		}
	}
	return nil
}

// ValidateOn checks the citizen's fields as Validate does, and that the
// CPR number's birth date is not after today (issue 23: a 7th digit that
// puts the birth in a coming year is refused, never an age of -24).
func (c Citizen) ValidateOn(today Date) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.CPR.BirthDate().After(today) {
		return fieldErr("cpr", "holds a birth date in the future", "indeholder en fødselsdato i fremtiden")
	}
	return nil
}

// HasMark reports whether the citizen carries mark m.
func (c Citizen) HasMark(m MarkID) bool { return slices.Contains(c.Marks, m) }

// ReferredTo reports whether the citizen has a referral to actor covering day.
func (c Citizen) ReferredTo(actor OtherActorID, day Date) bool {
	for _, r := range c.Referrals {
		if r.Actor == actor && !day.Before(r.From) && !day.After(r.To) {
			return true
		}
	}
	return false
}

// ReferralEnd returns the last day of the latest referral period covering
// day; ok is false when no referral covers it (§5, §7.2 d).
func (c Citizen) ReferralEnd(day Date) (end Date, ok bool) {
	for _, r := range c.Referrals {
		if !day.Before(r.From) && !day.After(r.To) && (!ok || r.To.After(end)) {
			end, ok = r.To, true
		}
	}
	return end, ok
}

// RegistrationWeeks returns the whole weeks of unemployment/registration on
// day, 0 when RegisteredSince is unset or later.
func (c Citizen) RegistrationWeeks(day Date) int {
	if c.RegisteredSince.IsZero() || day.Before(c.RegisteredSince) {
		return 0
	}
	return c.RegisteredSince.DaysUntil(day) / 7
}

// ContactGroups returns the contact groups (kontaktgrupper) a rule can test,
// as the guide lists them (§4.2).
func ContactGroups() []string {
	return []string{
		"Dagpengemodtager", "Fleksjobansat", "Fleksjobvisiteret", "For-revalidering",
		"Integrationsydelsesmodtager", "Integrationsydelsesmodtager med uddannelsespålæg",
		"Integrationsydelsesmodtager omfattet af integrationsprogrammet", "Jobafklaring",
		"Kontanthjælpsmodtager", "Kontanthjælpsmodtager omfattet af integrationsprogrammet",
		"Modtager af uddannelseshjælp", "Rehabilient", "Revalidering", "Sygedagpengemodtager",
		"Sygedagpengemodtager fra beskæftigelse", "Sygedagpengemodtager fra ledighed", "Uden ydelse",
	}
}

// Assessments returns the assessment groups (visitationsgrupper) (§4.2).
func Assessments() []string {
	return []string{"Aktivitetsparat", "Ikke visiteret", "Jobparat", "Uddannelsesparat", "Åbenlyst uddannelsesparat"}
}

// MarkLevel is the level that owns a person-group mark.
type MarkLevel string

// The levels of person-group marks (§4.2).
const (
	MarkState     MarkLevel = "state"
	MarkRegion    MarkLevel = "region"
	MarkJobcenter MarkLevel = "jobcenter"
)

// Mark is a person-group mark (persongruppemarkering): a project marking from
// the national data hub, owned by the state, a region or one job centre.
type Mark struct {
	ID    MarkID    `json:"id"`
	Name  string    `json:"name"`
	Level MarkLevel `json:"level"`
	// Code is the national data hub's key of a state or region mark.
	Code        string      `json:"code,omitempty"`
	Region      string      `json:"region,omitempty"`      // for region marks
	JobcenterID JobcenterID `json:"jobcenterId,omitempty"` // for job-centre marks
	// BindsAdvisor: a citizen with this mark may book only advisors who
	// carry the same mark, on offers whose rules require it.
	BindsAdvisor bool `json:"bindsAdvisor"`
}

// VisibleTo reports whether jc may see and use the mark: every job centre
// sees state marks, its own region's marks and its own marks (§4.2).
func (m Mark) VisibleTo(jc Jobcenter) bool {
	switch m.Level {
	case MarkState:
		return true
	case MarkRegion:
		return m.Region != "" && m.Region == jc.Region
	case MarkJobcenter:
		return m.JobcenterID == jc.ID
	}
	return false
}

// validAnyPhone accepts an empty number or one of at most 20 characters of
// digits, spaces and + - ( ), with at least one digit.
func validAnyPhone(p string) bool {
	if p == "" {
		return true
	}
	if len(p) > 20 || strings.TrimLeft(p, " ") != p {
		return false
	}
	digits := 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-()", r):
		default:
			return false
		}
	}
	return digits > 0
}
