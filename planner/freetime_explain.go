package planner

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// ObstacleCode names one reason a time is not free.
type ObstacleCode string

// Reasons a candidate time is not offered. Explain returns every one that
// applies, not just the first.
const (
	ObstacleOfferInactive   ObstacleCode = "offer_inactive" // the offer is deactivated
	ObstacleOfferNotOpen    ObstacleCode = "offer_not_open" // before the day the offer opens for booking
	ObstacleNotOnOffer      ObstacleCode = "advisor_not_on_offer"
	ObstacleOffGrid         ObstacleCode = "off_grid"          // not on the offer's start-minute grid
	ObstacleNotice          ObstacleCode = "notice"            // less than 1 day's notice
	ObstacleBeforeFirstDate ObstacleCode = "before_first_date" // before the offer's first meeting date
	ObstacleWindow          ObstacleCode = "window"            // after an end bound; Detail names which
	ObstacleHoliday         ObstacleCode = "holiday"           // a public holiday or closing day
	ObstacleOutsideHours    ObstacleCode = "outside_hours"     // not wholly inside the working hours
	ObstacleAbsence         ObstacleCode = "absence"
	ObstacleExternal        ObstacleCode = "external_busy"
	ObstacleUnreadable      ObstacleCode = "calendar_unreadable" // the advisor's own calendar has not been read for too long
	ObstacleMeeting         ObstacleCode = "meeting"             // another meeting, with its reporting time
	ObstacleRoom            ObstacleCode = "room_busy"
	ObstacleNoSession       ObstacleCode = "no_session" // group: no session starts then
	ObstacleSeatsFull       ObstacleCode = "seats_full" // group: every seat is taken
	ObstacleSeatsKept       ObstacleCode = "seats_kept" // group: only seats kept for rebooking are left
)

// Obstacle is one reason a time is not free, with the busy interval or
// bound behind it where there is one.
type Obstacle struct {
	Code     ObstacleCode `json:"code"`
	Detail   string       `json:"detail"`
	DetailDA string       `json:"detailDa"` // the same in Danish, for the staff's screens
	Interval *Interval    `json:"interval,omitempty"`
	Ref      int64        `json:"ref,omitempty"` // meeting, absence or external item id
}

// Explain answers why the time starting at start with advisor is not among
// the free times of q: every obstacle, in a stable order. An empty answer
// means the time is free. For a group offer, advisor may be 0 to mean any
// session at that start.
func (q Search) Explain(advisor AdvisorID, start time.Time) []Obstacle {
	var obs []Obstacle
	add := func(code ObstacleCode, format, formatDA string, args ...any) {
		obs = append(obs, Obstacle{Code: code, Detail: fmt.Sprintf(format, args...), DetailDA: fmt.Sprintf(formatDA, args...)})
	}
	o := q.Offer
	today, day := DateOf(q.Now, q.Zone), DateOf(start, q.Zone)
	if !o.Active {
		add(ObstacleOfferInactive, "the offer is not active", "tilbuddet er ikke aktivt")
	}
	if today.Before(o.OpensOn) {
		add(ObstacleOfferNotOpen, "the offer opens for booking on %s", "tilbuddet åbner for booking den %s", o.OpensOn)
	}
	if start.Before(q.Now.Add(NoticePeriod)) {
		add(ObstacleNotice, "a booking needs 1 day's notice; the earliest start is %s", "en booking kræver 1 dags varsel; det tidligste starttidspunkt er %s", fmtDayClock(q.Now.Add(NoticePeriod), q.Zone))
	}
	if o.Form == Individual && day.Before(o.FirstMeetingDate) {
		add(ObstacleBeforeFirstDate, "the offer's first meeting date is %s", "tilbuddets første mødedato er %s", o.FirstMeetingDate)
	}
	obs = append(obs, q.windowObstacles(day)...)
	if o.Form == Group {
		return append(obs, q.seatObstacles(advisor, start)...)
	}
	return append(obs, q.calendarObstacles(advisor, start, day)...)
}

// windowObstacles reports the end bounds that day lies after.
func (q Search) windowObstacles(day Date) []Obstacle {
	w, empty := q.window(false)
	var obs []Obstacle
	if empty == EmptyReferralEnd {
		obs = append(obs, Obstacle{Code: ObstacleWindow, Detail: "the citizen has no current referral to an other actor",
			DetailDA: "borgeren har ingen aktuel henvisning til en anden aktør"})
	}
	check := func(limit Date, what, whatDA string) {
		if !limit.IsZero() && day.After(limit) {
			obs = append(obs, Obstacle{Code: ObstacleWindow, Detail: fmt.Sprintf("after %s %s", what, limit), DetailDA: fmt.Sprintf("efter %s %s", whatDA, limit)})
		}
	}
	today := DateOf(q.Now, q.Zone)
	check(q.Offer.FixedEnd, "the offer's fixed end date", "tilbuddets faste slutdato")
	if q.Offer.RollingWeeks > 0 {
		check(today.AddDays(7*q.Offer.RollingWeeks), fmt.Sprintf("the offer's rolling end (%d weeks)", q.Offer.RollingWeeks),
			fmt.Sprintf("tilbuddets rullende slutdato (%d uger)", q.Offer.RollingWeeks))
	}
	if c := q.Citizen; c != nil {
		check(c.BookingDeadline, "the citizen's booking deadline", "borgerens bookingfrist")
		if q.Offer.OtherActor && empty == "" {
			end, _ := c.ReferralEnd(today)
			check(end, "the end of the citizen's referral period", "slutningen af borgerens henvisningsperiode")
		}
	}
	if len(obs) == 0 && w.Bound == BoundHorizon && day.After(w.Last) {
		obs = append(obs, Obstacle{Code: ObstacleWindow, Detail: fmt.Sprintf("after the search horizon %s", w.Last),
			DetailDA: fmt.Sprintf("efter søgningens horisont %s", w.Last)})
	}
	return obs
}

// calendarObstacles reports grid, closing day, hours and busy time for an
// individual offer.
func (q Search) calendarObstacles(advisor AdvisorID, start time.Time, day Date) []Obstacle {
	var obs []Obstacle
	i := slices.IndexFunc(q.Calendars, func(c AdvisorCalendar) bool { return c.Advisor == advisor })
	if i < 0 {
		return append(obs, Obstacle{Code: ObstacleNotOnOffer, Detail: fmt.Sprintf("advisor %d is not bookable on this offer", advisor),
			DetailDA: fmt.Sprintf("vejleder %d kan ikke bookes på dette tilbud", advisor)})
	}
	cal := q.Calendars[i]
	local := start.In(q.Zone)
	if local.Second() != 0 || local.Nanosecond() != 0 || !slices.Contains(q.Offer.StartMinutes, local.Minute()) {
		obs = append(obs, Obstacle{Code: ObstacleOffGrid, Detail: fmt.Sprintf("the offer starts only at minutes %s of the hour", minuteList(q.Offer.StartMinutes, "and")),
			DetailDA: fmt.Sprintf("tilbuddet starter kun i minut %s i timen", minuteList(q.Offer.StartMinutes, "og"))})
	} else if e := start.Add(-time.Hour).In(q.Zone); e.Hour() == local.Hour() && e.Minute() == local.Minute() {
		obs = append(obs, Obstacle{Code: ObstacleOffGrid, Detail: fmt.Sprintf("%s occurs twice as the clocks go back; only its first occurrence is offered", local.Format("15.04")),
			DetailDA: fmt.Sprintf("%s forekommer to gange, når uret stilles tilbage; kun den første tilbydes", local.Format("15.04"))})
	}
	if name, closed := q.Closures.Closed(day); closed {
		obs = append(obs, Obstacle{Code: ObstacleHoliday, Detail: fmt.Sprintf("the job centre is closed: %s", name), DetailDA: fmt.Sprintf("jobcentret har lukket: %s", name)})
	}
	block := time.Duration(q.Offer.DurationMinutes+q.Offer.ReportingMinutes) * time.Minute
	want := Interval{start, start.Add(block)}
	if !withinHours(cal.Hours, want, q.Zone) {
		span := fmtClock(want.Start, q.Zone) + "–" + fmtClock(want.End, q.Zone)
		obs = append(obs, Obstacle{Code: ObstacleOutsideHours, Detail: span + " is not inside the advisor's working hours",
			DetailDA: span + " ligger ikke inden for vejlederens arbejdstid"})
	}
	obs = append(obs, busyObstacles(cal.Busy, want, q.Exclude, false, q.Zone)...)
	return append(obs, busyObstacles(q.RoomBusy, want, q.Exclude, true, q.Zone)...)
}

// withinHours reports whether iv lies inside one working range of its day.
func withinHours(h WeeklyHours, iv Interval, loc *time.Location) bool {
	d := DateOf(iv.Start, loc)
	days := prepareDays(Window{First: d, Last: d}, loc, Closures{})
	startClock := Clock(iv.Start.In(loc).Hour()*60 + iv.Start.In(loc).Minute())
	a := advisorState{hours: &h}
	return a.inHours(days[0], startClock, iv.End.Unix(), loc)
}

func busyObstacles(busy []Busy, want Interval, exclude MeetingID, room bool, loc *time.Location) []Obstacle {
	var obs []Obstacle
	for _, b := range busy {
		if !b.Overlaps(want) || (exclude != 0 && b.Kind == BusyMeeting && b.Ref == int64(exclude)) {
			continue
		}
		iv := b.Interval
		o := Obstacle{Interval: &iv, Ref: b.Ref}
		span := fmtSpan(b.Start, b.End, loc)
		switch {
		case room:
			o.Code, o.Detail, o.DetailDA = ObstacleRoom, "the room is booked "+span, "lokalet er optaget "+span
		case b.Kind == BusyAbsence:
			o.Code, o.Detail, o.DetailDA = ObstacleAbsence, "the advisor is absent "+span, "vejlederen er fraværende "+span
		case b.Kind == BusyExternal:
			o.Code, o.Detail, o.DetailDA = ObstacleExternal, "the advisor's own calendar is busy "+span, "vejlederens egen kalender er optaget "+span
		case b.Kind == BusyUnreadable:
			o.Code, o.Detail, o.Interval = ObstacleUnreadable, "no time is offered while the advisor's own calendar cannot be read: "+b.Note, nil
			o.DetailDA = "der tilbydes ingen tider, så længe vejlederens egen kalender ikke kan læses: " + b.Note
		default:
			o.Code, o.Detail = ObstacleMeeting, "the advisor has a meeting "+span+" (reporting time included)"
			o.DetailDA = "vejlederen har et møde " + span + " (afrapporteringstid medregnet)"
		}
		obs = append(obs, o)
	}
	return obs
}

// seatObstacles reports a group offer's session and seats at start.
func (q Search) seatObstacles(advisor AdvisorID, start time.Time) []Obstacle {
	for _, s := range q.Sessions {
		if !s.Start.Equal(start) || (advisor != 0 && !slices.Contains(s.Advisors, advisor)) {
			continue
		}
		switch {
		case s.freeFor(q.Rebooking) > 0:
			return nil
		case s.freeFor(true) > 0:
			return []Obstacle{{Code: ObstacleSeatsKept, Detail: fmt.Sprintf("the %d seats left are kept for rebooking", s.freeFor(true)),
				DetailDA: fmt.Sprintf("de %d resterende pladser er reserveret til ombooking", s.freeFor(true))}}
		default:
			return []Obstacle{{Code: ObstacleSeatsFull, Detail: fmt.Sprintf("all %d seats are taken", s.Capacity), DetailDA: fmt.Sprintf("alle %d pladser er optaget", s.Capacity)}}
		}
	}
	return []Obstacle{{Code: ObstacleNoSession, Detail: "no session of the offer starts at this time", DetailDA: "ingen session i tilbuddet starter på dette tidspunkt"}}
}

func fmtClock(t time.Time, loc *time.Location) string { return t.In(loc).Format("15.04") }

// fmtSpan writes a busy span as Danes write it: "09.00–10.30" within a
// day, "9.12.2026 08.00–10.12.2026 16.00" over days (issue 23: an absence
// over two days was shown as one day's hours).
func fmtSpan(from, to time.Time, loc *time.Location) string {
	if DateOf(from, loc) == DateOf(to, loc) {
		return fmtClock(from, loc) + "–" + fmtClock(to, loc)
	}
	return fmtDayClock(from, loc) + "–" + fmtDayClock(to, loc)
}

// fmtDayClock writes "9.12.2026 08.00".
func fmtDayClock(t time.Time, loc *time.Location) string { return t.In(loc).Format("2.1.2006 15.04") }

// minuteList writes the start minutes as words read them: "0, 20 og 40".
func minuteList(ms []int, and string) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = fmt.Sprintf("%02d", m)
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + and + " " + parts[len(parts)-1]
}

// Explain answers, for staff, why the time starting at start with advisor
// is not a free time of an offer (for no citizen in particular): every
// obstacle, or none when it is free. A calendar that cannot be read shows
// here with its reason (§9: fail closed).
func (s *Service) Explain(ctx context.Context, jc JobcenterID, offer OfferID, advisor AdvisorID, start time.Time) ([]Obstacle, error) {
	o, err := s.Store.FindOffer(ctx, jc, offer)
	if err != nil {
		return nil, err
	}
	r := FreeTimesRequest{Jobcenter: jc, Offer: offer, at: start}
	if slices.Contains(o.Advisors, advisor) {
		r.only = advisor
	}
	q, err := s.search(ctx, r)
	if err != nil {
		return nil, err
	}
	return q.Explain(advisor, start), nil
}
