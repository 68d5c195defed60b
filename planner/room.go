package planner

import (
	"strings"
	"unicode/utf8"
)

// Room is a meeting room (mødelokale) with a seating capacity.
type Room struct {
	ID          RoomID      `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	Name        string      `json:"name"`
	Capacity    int         `json:"capacity"`
}

// Validate checks the room's fields; errors name the field.
func (r Room) Validate() error {
	switch {
	case strings.TrimSpace(r.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(r.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case r.Capacity < 1:
		return fieldErr("capacity", "must be at least 1", "skal være mindst 1")
	}
	return nil
}
