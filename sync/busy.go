package sync

import (
	"strings"

	"github.com/emersion/go-ical"
)

// Why an appointment does or does not block the advisor's time: the one
// table of PROTOCOLS.md §3.3 step 3 (SPEC §9: transparent/free, cancelled and
// declined items do not block).
const (
	reasonBusy        = "busy"
	reasonCancelled   = "cancelled" // STATUS:CANCELLED
	reasonDeclined    = "declined"  // the advisor's own ATTENDEE;PARTSTAT=DECLINED
	reasonNeedsAction = "needs-action"
	reasonFree        = "free"        // X-MICROSOFT-CDO-BUSYSTATUS:FREE
	reasonTransparent = "transparent" // TRANSP:TRANSPARENT
)

// blocks decides whether one VEVENT (a master or an override) blocks time,
// and why. Outlook's busy status takes precedence over TRANSP, since Outlook
// writes both and the busy status is what its user chose.
func blocks(c *ical.Component, o *Options) (bool, string) {
	if strings.EqualFold(strings.TrimSpace(propValue(c.Props, ical.PropStatus)), "CANCELLED") {
		return false, reasonCancelled
	}
	switch ownPartstat(c, o.Self) {
	case "DECLINED":
		return false, reasonDeclined
	case "NEEDS-ACTION":
		if o.NeedsActionFree {
			return false, reasonNeedsAction
		}
	}
	if bs := strings.ToUpper(strings.TrimSpace(propValue(c.Props, "X-MICROSOFT-CDO-BUSYSTATUS"))); bs != "" {
		if bs == "FREE" {
			return false, reasonFree
		}
		return true, reasonBusy // TENTATIVE, BUSY, OOF, WORKINGELSEWHERE
	}
	if strings.EqualFold(strings.TrimSpace(propValue(c.Props, ical.PropTransparency)), "TRANSPARENT") {
		return false, reasonTransparent
	}
	return true, reasonBusy
}

// ownPartstat is the PARTSTAT of the ATTENDEE that is the advisor (one of
// self, compared without "mailto:" and case); "" when the advisor is not
// an attendee.
func ownPartstat(c *ical.Component, self []string) string {
	if len(self) == 0 {
		return ""
	}
	for _, a := range c.Props.Values(ical.PropAttendee) {
		addr := calAddress(a.Value)
		for _, s := range self {
			if addr == calAddress(s) {
				ps := strings.ToUpper(a.Params.Get(ical.ParamParticipationStatus))
				if ps == "" {
					ps = "NEEDS-ACTION" // RFC 5545 §3.2.12 default
				}
				return ps
			}
		}
	}
	return ""
}

func calAddress(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "mailto:")
}

// private reports CLASS:PRIVATE or CONFIDENTIAL: the item blocks, shows
// as "Private", and its summary is not kept.
func private(c *ical.Component) bool {
	switch strings.ToUpper(strings.TrimSpace(propValue(c.Props, ical.PropClass))) {
	case "PRIVATE", "CONFIDENTIAL":
		return true
	}
	return false
}
