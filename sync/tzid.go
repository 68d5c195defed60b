package sync

//go:generate go run gen_windowszones.go

import (
	"slices"
	"strings"
	gosync "sync"
	"time"
)

// zones resolves TZID parameter values to locations (PROTOCOLS.md §3.3,
// step 1): an IANA name, a Windows name through CLDR's windowsZones (Outlook
// writes "Romance Standard Time"), an Outlook display name such as
// "(UTC+01:00) Amsterdam, Berlin, …", or the object's own VTIMEZONE matched by
// its offsets. It caches what it loaded; it is safe for concurrent use.
type zones struct {
	mu    gosync.Mutex
	cache map[string]*time.Location
}

var tzCache = &zones{cache: map[string]*time.Location{}}

// ResolveTZID resolves a TZID value as the iCalendar reading does (IANA,
// Windows and Outlook display names); nil when it names no known zone.
func ResolveTZID(tzid string) *time.Location { return tzCache.lookup(tzid) }

// lookup resolves a TZID without the object's VTIMEZONE; nil when unknown.
func (z *zones) lookup(tzid string) *time.Location {
	tzid = strings.Trim(strings.TrimSpace(tzid), `"`)
	if tzid == "" {
		return nil
	}
	z.mu.Lock()
	loc, ok := z.cache[tzid]
	z.mu.Unlock()
	if ok {
		return loc
	}
	loc = resolveTZID(tzid)
	z.mu.Lock()
	if len(z.cache) < 1000 { // foreign data: do not grow without bound
		z.cache[tzid] = loc
	}
	z.mu.Unlock()
	return loc
}

func resolveTZID(tzid string) *time.Location {
	// Some producers prefix the IANA name with a path ("/freeassociation.sourceforge.net/Europe/Copenhagen").
	name := tzid
	if i := strings.Index(name, "/freeassociation.sourceforge.net/"); i >= 0 {
		name = name[i+len("/freeassociation.sourceforge.net/"):]
		name = strings.TrimPrefix(name, "Tzfile/")
	}
	if strings.Contains(name, "/") || name == "UTC" {
		if loc, err := time.LoadLocation(name); err == nil && name != "Local" {
			return loc
		}
	}
	if iana, ok := windowsZones[name]; ok {
		if loc, err := time.LoadLocation(iana); err == nil {
			return loc
		}
	}
	if iana := displayNameZone(name); iana != "" {
		if loc, err := time.LoadLocation(iana); err == nil {
			return loc
		}
	}
	return nil
}

// displayNames maps the city lists of Outlook's display names to IANA zones
// for the zones Danish job centres meet; the offset prefix "(UTC+01:00)" is
// ignored because the cities decide.
var displayNames = []struct{ cities, zone string }{
	{"Copenhagen", "Europe/Copenhagen"},
	{"Amsterdam, Berlin", "Europe/Berlin"},
	{"Brussels, Copenhagen, Madrid, Paris", "Europe/Paris"},
	{"Belgrade, Bratislava", "Europe/Budapest"},
	{"Sarajevo, Skopje, Warsaw, Zagreb", "Europe/Warsaw"},
	{"Dublin, Edinburgh, Lisbon, London", "Europe/London"},
	{"Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius", "Europe/Helsinki"},
	{"Athens, Bucharest", "Europe/Bucharest"},
	{"Coordinated Universal Time", "UTC"},
	{"Reykjavik", "Atlantic/Reykjavik"},
	{"Nuuk", "America/Nuuk"},
	{"Greenland", "America/Nuuk"},
}

func displayNameZone(name string) string {
	if !strings.HasPrefix(name, "(UTC") && !strings.HasPrefix(name, "(GMT") {
		return ""
	}
	for _, d := range displayNames {
		if strings.Contains(name, d.cities) {
			return d.zone
		}
	}
	if strings.HasPrefix(name, "(UTC)") || strings.HasPrefix(name, "(GMT)") {
		return "UTC"
	}
	return ""
}

// vtimezoneZone picks a location whose offsets in year match a VTIMEZONE's
// standard and daylight offsets (step 4 of the resolver), preferring the
// job centre's own zone; nil when none matches. std and dst are in seconds
// east of UTC; dst equals std for a zone without daylight saving time.
func vtimezoneZone(std, dst int, year int, prefer *time.Location) *time.Location {
	match := func(loc *time.Location) bool {
		_, jan := time.Date(year, 1, 15, 12, 0, 0, 0, loc).Zone()
		_, jul := time.Date(year, 7, 15, 12, 0, 0, 0, loc).Zone()
		lo, hi := min(jan, jul), max(jan, jul)
		return lo == std && hi == dst
	}
	if prefer != nil && match(prefer) {
		return prefer
	}
	for _, name := range windowsTargets() {
		if loc := tzCache.lookup(name); loc != nil && match(loc) {
			return loc
		}
	}
	if std == dst {
		return time.FixedZone(offsetName(std), std)
	}
	return nil
}

var windowsTargets = gosync.OnceValue(func() []string {
	seen := map[string]bool{}
	var out []string
	for _, iana := range windowsZones {
		if !seen[iana] {
			seen[iana] = true
			out = append(out, iana)
		}
	}
	slices.Sort(out)
	return out
})

func offsetName(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return "UTC" + string(sign) + twoDigits(sec/3600) + ":" + twoDigits(sec%3600/60)
}

func twoDigits(n int) string { return string(rune('0'+n/10%10)) + string(rune('0'+n%10)) }
