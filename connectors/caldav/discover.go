package caldav

import (
	"context"
	"fmt"
	"slices"
	"strings"

	calsync "github.com/planner-dk/planner/sync"
)

// Calendar is a calendar collection that Discover found.
type Calendar struct {
	URL         string // the collection's URL, with trailing slash: a Config.URL
	DisplayName string
}

// Discover lists the event calendars of the account that cfg's credentials
// name, starting from cfg.URL: the server's CalDAV root, the account's
// principal or its calendar home. It follows DAV:current-user-principal
// (RFC 5397) to CALDAV:calendar-home-set (RFC 4791 §6.2.1) and lists the
// home's calendar collections that take VEVENTs.
//
// It skips the principal's scheduling inbox and outbox (RFC 6638 §2.2–2.3):
// DAViCal 1.1 lists them in the home as plain calendars (.in/, .out/), which
// hold invitations, not the advisor's appointments. SOGo's outbox is its
// default calendar (personal/ carries both resource types), so an outbox
// that is also a calendar the server types as such is kept.
//
// Errors: sync.ErrAuth, ErrNotFound, ErrTransient, ErrMalformed.
func Discover(ctx context.Context, cfg Config) ([]Calendar, error) {
	c, err := New(cfg)
	if err != nil {
		return nil, err
	}
	const principalProps = `<D:current-user-principal/><C:calendar-home-set/><C:schedule-inbox-URL/><C:schedule-outbox-URL/>`
	p, err := c.props(ctx, c.coll, principalProps)
	if err != nil {
		return nil, err
	}
	if who := p.CurrentUserPrincipal.first(); who != "" && who != c.coll && p.CalendarHomeSet.first() == "" {
		if p, err = c.props(ctx, who, principalProps); err != nil {
			return nil, err
		}
	}
	home := p.CalendarHomeSet.first()
	if home == "" {
		home = c.coll // given the home itself
	}
	skip := map[string]bool{p.ScheduleInbox.first(): true}
	outbox := p.ScheduleOutbox.first()
	ms, err := c.propfind(ctx, home, "1", `<D:resourcetype/><D:displayname/><C:supported-calendar-component-set/>`)
	if err != nil {
		return nil, err
	}
	var cals []Calendar
	for _, r := range ms.Responses {
		pr := r.found()
		rt := pr.ResourceType
		if rt == nil || rt.Calendar == nil || len(r.Hrefs) == 0 {
			continue
		}
		href, err := normHref(r.Hrefs[0])
		if err != nil {
			return nil, fmt.Errorf("caldav: PROPFIND %s: %w: %w", home, calsync.ErrMalformed, err)
		}
		href = strings.TrimSuffix(href, "/") + "/"
		switch {
		case href == home, skip[href], rt.ScheduleInbox != nil:
			continue
		case href == outbox && rt.ScheduleOutbox == nil:
			continue // an outbox posing as a plain calendar (DAViCal's .out/)
		case !pr.Components.takes("VEVENT"):
			continue
		}
		u := *c.base
		u.Path = href
		name := ""
		if pr.DisplayName != nil {
			name = strings.TrimSpace(*pr.DisplayName)
		}
		cals = append(cals, Calendar{URL: u.String(), DisplayName: name})
	}
	slices.SortFunc(cals, func(a, b Calendar) int { return strings.Compare(a.URL, b.URL) })
	return cals, nil
}

// props reads properties of one resource (PROPFIND Depth 0).
func (c *Connector) props(ctx context.Context, path, props string) (prop, error) {
	ms, err := c.propfind(ctx, path, "0", props)
	if err != nil {
		return prop{}, err
	}
	for _, r := range ms.Responses {
		return r.found(), nil
	}
	return prop{}, fmt.Errorf("caldav: PROPFIND %s: empty multistatus: %w", path, calsync.ErrMalformed)
}

// hrefs is a property whose value is DAV:href elements.
type hrefs struct {
	Hrefs []string `xml:"DAV: href"`
}

// first is the first href as a decoded path with a trailing slash; "" when
// there is none.
func (h *hrefs) first() string {
	if h == nil || len(h.Hrefs) == 0 {
		return ""
	}
	p, err := normHref(h.Hrefs[0])
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(p, "/") + "/"
}

// compSet is CALDAV:supported-calendar-component-set (RFC 4791 §5.2.3).
type compSet struct {
	Comps []struct {
		Name string `xml:"name,attr"`
	} `xml:"urn:ietf:params:xml:ns:caldav comp"`
}

// takes reports whether the calendar accepts the component; a calendar that
// does not say takes every kind (RFC 4791 §5.2.3).
func (s *compSet) takes(name string) bool {
	if s == nil || len(s.Comps) == 0 {
		return true
	}
	for _, c := range s.Comps {
		if strings.EqualFold(c.Name, name) {
			return true
		}
	}
	return false
}
