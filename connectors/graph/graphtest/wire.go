package graphtest

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
)

// The JSON shapes of Graph v1.0's event resource, as the double writes them.

type wireDateTime struct {
	DateTime string `json:"dateTime"`
	TimeZone string `json:"timeZone"`
}

type wireBody struct {
	ContentType string `json:"contentType"`
	Content     string `json:"content"`
}

type wireEmail struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

type wireRecipient struct {
	EmailAddress wireEmail `json:"emailAddress"`
}

type wireLocation struct {
	DisplayName  string `json:"displayName"`
	LocationType string `json:"locationType"`
	UniqueIDType string `json:"uniqueIdType"`
}

type wireResponseStatus struct {
	Response string `json:"response"`
	Time     string `json:"time"`
}

type wireEvent struct {
	ODataType                  string             `json:"@odata.type,omitempty"`
	ODataEtag                  string             `json:"@odata.etag"`
	ID                         string             `json:"id"`
	CreatedDateTime            string             `json:"createdDateTime"`
	LastModifiedDateTime       string             `json:"lastModifiedDateTime"`
	ChangeKey                  string             `json:"changeKey"`
	Categories                 []string           `json:"categories"`
	TransactionID              *string            `json:"transactionId"`
	OriginalStartTimeZone      string             `json:"originalStartTimeZone"`
	OriginalEndTimeZone        string             `json:"originalEndTimeZone"`
	ICalUID                    string             `json:"iCalUId"`
	ReminderMinutesBeforeStart int                `json:"reminderMinutesBeforeStart"`
	IsReminderOn               bool               `json:"isReminderOn"`
	HasAttachments             bool               `json:"hasAttachments"`
	Subject                    string             `json:"subject"`
	BodyPreview                string             `json:"bodyPreview"`
	Importance                 string             `json:"importance"`
	Sensitivity                string             `json:"sensitivity"`
	IsAllDay                   bool               `json:"isAllDay"`
	IsCancelled                bool               `json:"isCancelled"`
	IsOrganizer                bool               `json:"isOrganizer"`
	ResponseRequested          bool               `json:"responseRequested"`
	SeriesMasterID             *string            `json:"seriesMasterId"`
	ShowAs                     string             `json:"showAs"`
	Type                       string             `json:"type"`
	WebLink                    string             `json:"webLink"`
	OnlineMeetingURL           *string            `json:"onlineMeetingUrl"`
	IsOnlineMeeting            bool               `json:"isOnlineMeeting"`
	OnlineMeetingProvider      string             `json:"onlineMeetingProvider"`
	AllowNewTimeProposals      bool               `json:"allowNewTimeProposals"`
	IsDraft                    bool               `json:"isDraft"`
	HideAttendees              bool               `json:"hideAttendees"`
	OriginalStart              string             `json:"originalStart,omitempty"`
	ResponseStatus             wireResponseStatus `json:"responseStatus"`
	Body                       wireBody           `json:"body"`
	Start                      wireDateTime       `json:"start"`
	End                        wireDateTime       `json:"end"`
	Location                   wireLocation       `json:"location"`
	Locations                  []wireLocation     `json:"locations"`
	Recurrence                 *Recurrence        `json:"recurrence"`
	Attendees                  json.RawMessage    `json:"attendees"`
	Organizer                  wireRecipient      `json:"organizer"`
	OnlineMeeting              *struct{}          `json:"onlineMeeting"`
	ExtendedProperties         []ExtendedProperty `json:"singleValueExtendedProperties,omitempty"`
}

// renderZone is the zone an answer's start and end are written in.
type renderZone struct {
	name string
	loc  *time.Location
}

var utcZone = renderZone{"UTC", time.UTC}

// etag is the event's @odata.etag.
func etag(changeKey string) string { return `W/"` + changeKey + `"` }

// render writes e as Graph does. props are the extended properties to
// include (nil: the property is absent, as without $expand).
func render(e *Event, z renderZone, props []ExtendedProperty) wireEvent {
	w := wireEvent{
		ODataEtag: etag(e.ChangeKey), ID: e.ID, ChangeKey: e.ChangeKey, Categories: []string{},
		CreatedDateTime: e.Created.UTC().Format(graphStamp), LastModifiedDateTime: e.LastModified.UTC().Format(graphStamp),
		OriginalStartTimeZone: e.TimeZone, OriginalEndTimeZone: e.TimeZone, ICalUID: e.ICalUID,
		ReminderMinutesBeforeStart: 15, IsReminderOn: e.IsReminderOn, Subject: e.Subject,
		BodyPreview: preview(e), Importance: "normal", Sensitivity: e.Sensitivity, IsAllDay: e.IsAllDay,
		IsCancelled: e.IsCancelled, IsOrganizer: e.Response == "organizer", ResponseRequested: true,
		ShowAs: e.ShowAs, Type: e.Type, OnlineMeetingProvider: "unknown", AllowNewTimeProposals: true,
		WebLink:        "https://outlook.office365.com/owa/?itemid=" + e.ID + "&exvsurl=1&path=/calendar/item",
		ResponseStatus: wireResponseStatus{Response: e.Response, Time: "0001-01-01T00:00:00Z"},
		Body:           wireBody{ContentType: e.BodyType, Content: e.Body},
		Start:          renderTime(e.Start, e.IsAllDay, z), End: renderTime(e.End, e.IsAllDay, z),
		Location:   wireLocation{DisplayName: e.Location, LocationType: "default", UniqueIDType: "unknown"},
		Locations:  []wireLocation{},
		Recurrence: e.Recurrence, Attendees: e.Attendees,
		Organizer:          wireRecipient{EmailAddress: wireEmail{Name: e.OrganizerName, Address: e.OrganizerAddress}},
		ExtendedProperties: props,
	}
	if e.TransactionID != "" {
		w.TransactionID = &e.TransactionID
	}
	if e.SeriesMasterID != "" {
		w.SeriesMasterID = &e.SeriesMasterID
		w.OriginalStart = e.OriginalStart.UTC().Format(graphOffset)
	}
	if len(w.Attendees) == 0 {
		w.Attendees = json.RawMessage("[]")
	}
	if e.Location != "" {
		w.Locations = []wireLocation{w.Location}
	}
	return w
}

// renderTime writes a dateTimeTimeZone. A timed event's instant is shown
// in the requested zone. An all-day event's dates are floating: its start
// is the event's own date at 00:00, labelled with the requested zone
// (under Prefer: outlook.timezone="UTC", "2026-12-24T00:00:00.0000000" /
// "UTC"), never shifted by the zone's offset.
func renderTime(t time.Time, allDay bool, z renderZone) wireDateTime {
	if allDay {
		d := t.UTC()
		return wireDateTime{DateTime: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Format(graphDateTime), TimeZone: z.name}
	}
	return wireDateTime{DateTime: t.In(z.loc).Format(graphDateTime), TimeZone: z.name}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// preview is the bodyPreview: the body as text, at most 255 characters.
func preview(e *Event) string {
	text := e.Body
	if strings.EqualFold(e.BodyType, "html") {
		text = tags.ReplaceAllString(text, " ")
	}
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > 255 {
		text = string(r[:255])
	}
	return text
}

// removed is a deletion entry of a delta page.
type removed struct {
	ODataType string            `json:"@odata.type"`
	ID        string            `json:"id"`
	Removed   map[string]string `json:"@removed"`
}

func removal(id string) removed {
	return removed{ODataType: "#microsoft.graph.event", ID: id, Removed: map[string]string{"reason": "deleted"}}
}
