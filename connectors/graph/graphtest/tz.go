package graphtest

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // the zones below must resolve on any machine
)

// windowsZones maps the Windows zone names the double knows to IANA zones
// (CLDR's windowsZones.xml, territory 001).
var windowsZones = map[string]string{
	"UTC":                          "UTC",
	"Romance Standard Time":        "Europe/Paris",
	"W. Europe Standard Time":      "Europe/Berlin",
	"GMT Standard Time":            "Europe/London",
	"Central Europe Standard Time": "Europe/Budapest",
	"FLE Standard Time":            "Europe/Kiev",
	"Eastern Standard Time":        "America/New_York",
	"Pacific Standard Time":        "America/Los_Angeles",
}

// loadZone resolves a Windows or IANA zone name; ok is false for an
// unknown one.
func loadZone(name string) (*time.Location, bool) {
	if name == "" || strings.EqualFold(name, "UTC") {
		return time.UTC, true
	}
	if iana, ok := windowsZones[name]; ok {
		name = iana
	}
	loc, err := time.LoadLocation(name)
	return loc, err == nil
}

const (
	graphDateTime = "2006-01-02T15:04:05.0000000"  // dateTimeTimeZone.dateTime
	graphStamp    = "2006-01-02T15:04:05.0000000Z" // createdDateTime and friends
	graphOffset   = "2006-01-02T15:04:05Z"         // originalStart (DateTimeOffset)
)

// parseLocalDateTime reads a dateTimeTimeZone.dateTime (no offset, 0–7
// fractional digits) in loc.
func parseLocalDateTime(s string, loc *time.Location) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05.9999999", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad dateTime %q", s)
}

// parseWindowBound reads startDateTime/endDateTime: ISO 8601 with or
// without offset (without one it is UTC, as Graph reads it).
func parseWindowBound(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), nil
	}
	return parseLocalDateTime(s, time.UTC)
}

// newKey returns 16 random bytes.
func newKey() []byte {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return b
}

// Ids look like Graph's immutable ids: "AAMkAG" then URL-safe base64 of a
// kind byte, the object key and, for an occurrence, its original start.
const idPrefix = "AAMkAG"

func objectID(key []byte) string {
	return idPrefix + base64.URLEncoding.EncodeToString(append([]byte{1}, key...))
}

func occurrenceID(masterID string, originalStart time.Time) string {
	key := decodeID(masterID)
	b := append([]byte{2}, key...)
	b = binary.BigEndian.AppendUint64(b, uint64(originalStart.Unix()))
	return idPrefix + base64.URLEncoding.EncodeToString(b)
}

// decodeID returns the object key of an object id (nil if it is none).
func decodeID(id string) []byte {
	b, err := base64.URLEncoding.DecodeString(strings.TrimPrefix(id, idPrefix))
	if err != nil || !strings.HasPrefix(id, idPrefix) || len(b) != 17 || b[0] != 1 {
		return nil
	}
	return b[1:]
}

// splitOccurrenceID returns the master id and original start of an
// occurrence id.
func splitOccurrenceID(id string) (string, time.Time, bool) {
	b, err := base64.URLEncoding.DecodeString(strings.TrimPrefix(id, idPrefix))
	if err != nil || !strings.HasPrefix(id, idPrefix) || len(b) != 25 || b[0] != 2 {
		return "", time.Time{}, false
	}
	start := time.Unix(int64(binary.BigEndian.Uint64(b[17:])), 0).UTC()
	return objectID(b[1:17]), start, true
}

// newChangeKey returns a changeKey shaped like Exchange's (base64, 22 bytes).
func newChangeKey() string {
	return base64.StdEncoding.EncodeToString(append([]byte("\x10\x00\x00\x00\x15"), newKey()...)[:21])
}

// newICalUID returns an Outlook global object id; occurrences carry their
// date in bytes 16–19, as Outlook's do.
func newICalUID(key []byte) string {
	return fmt.Sprintf("040000008200E00074C5B7101A82E00800000000%X", key)
}

func occurrenceICalUID(master string, day time.Time) string {
	if len(master) < 40 {
		return master
	}
	return master[:32] + fmt.Sprintf("%04X%02X%02X", day.Year(), int(day.Month()), day.Day()) + master[40:]
}
