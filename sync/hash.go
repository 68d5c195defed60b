package sync

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// semanticProps are the properties whose change changes what an object
// means to the sync (PROTOCOLS.md §3.3 step 6). DTSTAMP, LAST-MODIFIED,
// PRODID, SEQUENCE, alarms and VTIMEZONE text are left out: both test servers
// rewrite objects on PUT, so bytes and etags change when nothing did.
var semanticProps = []string{
	ical.PropDateTimeStart, ical.PropDateTimeEnd, ical.PropDuration,
	ical.PropRecurrenceRule, ical.PropRecurrenceDates, ical.PropExceptionDates,
	ical.PropRecurrenceID, ical.PropStatus, ical.PropTransparency,
	"X-MICROSOFT-CDO-BUSYSTATUS", ical.PropClass, ical.PropSummary, ical.PropLocation,
}

// contentHash hashes the semantic properties of every VEVENT, in UID and
// RECURRENCE-ID order, with the parameters that change a value's meaning
// (TZID, VALUE, RANGE) and the advisor's own participation status.
func contentHash(events []*ical.Component, self []string) string {
	type line struct{ key, text string }
	var comps []line
	for _, c := range events {
		var b strings.Builder
		for _, name := range semanticProps {
			for _, p := range c.Props.Values(name) {
				b.WriteString(name)
				for _, param := range []string{ical.ParamTimezoneID, ical.ParamValue, ical.ParamRange} {
					if v := p.Params.Get(param); v != "" {
						b.WriteString(";" + param + "=" + v)
					}
				}
				b.WriteString(":" + normalizeValue(name, p.Value) + "\n")
			}
		}
		if ps := ownPartstat(c, self); ps != "" {
			b.WriteString("PARTSTAT:" + ps + "\n")
		}
		comps = append(comps, line{uidOf(c) + "\x00" + propValue(c.Props, ical.PropRecurrenceID), b.String()})
	}
	slices.SortFunc(comps, func(a, b line) int { return strings.Compare(a.key, b.key) })
	h := sha256.New()
	for _, c := range comps {
		h.Write([]byte(c.key + "\x00" + c.text + "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normalizeValue removes what servers reorder: an RRULE's parts are sorted
// (Xandikos rewrites their order), list values are sorted.
func normalizeValue(name, v string) string {
	v = strings.TrimSpace(v)
	switch name {
	case ical.PropRecurrenceRule:
		parts := strings.Split(strings.ToUpper(v), ";")
		slices.Sort(parts)
		return strings.Join(parts, ";")
	case ical.PropRecurrenceDates, ical.PropExceptionDates:
		parts := strings.Split(v, ",")
		slices.Sort(parts)
		return strings.Join(parts, ",")
	}
	return v
}

// OwnedHash hashes the fields Planner owns in an event it pushed (PROTOCOLS.md
// §4.3): the time span as instants, summary, location, status and
// transparency. A pulled copy whose owned hash equals the one written was not
// edited, whatever else changed (an alarm, a category, the server's rewrite).
func OwnedHash(start, end time.Time, summary, location, status, transp string) string {
	h := sha256.New()
	for _, s := range []string{
		strconv.FormatInt(start.Unix(), 10), strconv.FormatInt(end.Unix(), 10),
		summary, location, strings.ToUpper(status), strings.ToUpper(transp),
	} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
