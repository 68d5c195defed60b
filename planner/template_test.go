package planner

import (
	"slices"
	"testing"
)

func TestTemplateApply(t *testing.T) {
	tpl := Template{ID: 7, Name: "Jobsamtale 30 min", Fields: Offer{
		ID: 99, Active: true, MeetingType: "Jobsamtale", Form: Individual, Channel: InPerson,
		DurationMinutes: 30, ReportingMinutes: 15, StartMinutes: []int{0, 30}, Description: "Fra skabelon",
	}}
	o := tpl.Apply(Offer{Name: "Mit tilbud", Description: "Min egen tekst", ReportingMinutes: 10})
	switch {
	case o.Name != "Mit tilbud" || o.Description != "Min egen tekst" || o.ReportingMinutes != 10:
		t.Errorf("§4.1 fields the user set must win: %+v", o)
	case o.MeetingType != "Jobsamtale" || o.DurationMinutes != 30 || !slices.Equal(o.StartMinutes, []int{0, 30}):
		t.Errorf("§4.1 the template pre-fills the rest: %+v", o)
	case o.ID != 0 || o.Active:
		t.Errorf("identity and status are not copied: id %d, active %v", o.ID, o.Active)
	case o.TemplateID != 7:
		t.Errorf("templateId = %d, want 7", o.TemplateID)
	}
}

func TestTemplateValidate(t *testing.T) {
	assertField(t, Template{Name: "Tom skabelon"}.Validate(), "")
	assertField(t, Template{}.Validate(), "name")
	assertField(t, Template{Name: "x", Fields: Offer{Form: "workshop"}}.Validate(), "fields.form")
}
