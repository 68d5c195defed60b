package planner

import (
	"reflect"
	"strings"
)

// Template is a saved summons template (indkaldelsesskabelon). It may
// pre-fill every field of a new offer; none of its fields is mandatory
// (§4.1), so its Fields is an Offer that need not validate.
type Template struct {
	ID          TemplateID  `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	Name        string      `json:"name"`
	Fields      Offer       `json:"fields"`
}

// Validate checks the template: it needs a name, and the fields it does set
// must be well formed; unset fields are fine.
func (t Template) Validate() error {
	if strings.TrimSpace(t.Name) == "" {
		return fieldErr("name", "is required", "er påkrævet")
	}
	if len([]rune(t.Name)) > MaxNameLength {
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	}
	f := t.Fields
	switch {
	case len([]rune(f.Description)) > MaxDescriptionLength:
		return fieldErr("fields.description", "must be at most 500 characters", "må højst være på 500 tegn")
	case f.Form != "" && f.Form != Individual && f.Form != Group:
		return fieldErr("fields.form", "must be individual or group", "skal være »individual« eller »group«")
	case f.Channel != "" && f.Channel != Digital && f.Channel != InPerson && f.Channel != Phone:
		return fieldErr("fields.channel", "must be digital, in_person or phone", "skal være »digital«, »in_person« eller »phone«")
	case f.DurationMinutes < 0 || f.DurationMinutes > MaxDurationMinutes:
		return fieldErr("fields.durationMinutes", "must be between 0 and 480", "skal være mellem 0 og 480")
	case f.ReportingMinutes < 0 || f.ReportingMinutes > MaxReportingMinutes:
		return fieldErr("fields.reportingMinutes", "must be between 0 and 240", "skal være mellem 0 og 240")
	}
	return nil
}

// Apply returns o with every field that o leaves at its zero value taken
// from the template; fields o sets win. Identity and bookkeeping (id, job
// centre, active, last changed) are never copied.
func (t Template) Apply(o Offer) Offer {
	dst := reflect.ValueOf(&o).Elem()
	src := reflect.ValueOf(t.Fields)
	for i := range dst.NumField() {
		switch dst.Type().Field(i).Name {
		case "ID", "JobcenterID", "Active", "ChangedAt", "ChangedBy":
			continue
		}
		if f := dst.Field(i); f.IsZero() {
			f.Set(src.Field(i))
		}
	}
	o.TemplateID = t.ID
	return o
}
