// Package planner is the domain of Planner: the scheduling core behind the
// self-booking of Danish job centres. It holds the types, their validation,
// the rule engine, the free-time finder and the booking, absence and
// notification policies, in plain Go with no I/O: it imports only the
// standard library, and a test keeps it so.
//
// # Glossary (SPEC §1)
//
//	Jobcenter (+ subjobcenter)   Jobcenter, SubCentre
//	Team (+ underteam)           Team, TeamTree
//	Vejleder                     Advisor
//	Mødelokale                   Room
//	Borger, CPR-nr.              Citizen, CPR
//	Onlinetilbud                 Offer (Session for a group offer's meetings)
//	Indkaldelse                  Summons (Pending = internt oprettet, Sent = eksternt kommunikeret)
//	Møde / aftale                Meeting
//	Mødeform                     Form: Individual, Group
//	Afholdelsesform              Channel: Digital, InPerson, Phone
//	Afrapporteringstid           Meeting.ReportingMinutes, Offer.ReportingMinutes
//	Fravær                       Absence
//	Afbud / ombooking            CheckCancel / CheckRebook
//	Afholdelsesfrist, falddato   Summons.HoldingDeadline, Citizen.DropDate
//	Bookingfrist                 Citizen.BookingDeadline
//	Ombookingsfrist              RebookDeadline
//	Regelmotor, regel(gruppe)    RuleSet, Rule, RuleGroup
//	Persongruppemarkering        Mark
//	Anden aktør                  Citizen.OtherActor, Referral, Offer.OtherActor
//	Straks-booking               ChooseInstant
//	Ledige tider                 FindFreeTimes, WeeklyCounts
//
// # Rules of the rule engine (SPEC §4.2)
//
// A rule is (type, condition, criterion). A group matches "all" or "any" of
// its rules. Groups are joined left to right by AND or OR, AND binding
// tighter than OR: "g1 OR g2 AND g3" means "g1 OR (g2 AND g3)". An offer has
// 1 to 30 rules.
//
// # Free times (SPEC §5)
//
// FindFreeTimes walks the offer's start-minute grid in the job centre's
// zone, day by day, and keeps a start when the whole meeting plus reporting
// time lies inside the advisor's working hours on an open day (Danish public
// holidays and the job centre's closing days are closed) and overlaps no
// busy time: meetings with their reporting time, external appointments,
// absences and the room. The window starts 1 day ahead and at the first
// meeting date and ends at the earliest of the fixed end, the rolling end,
// the citizen's booking deadline and, for other-actor offers, the end of the
// referral period. An empty result carries its §7.2 reason; Explain answers,
// for any time, every reason it is not free.
//
// # Invariants
//
//   - Every instant is a time.Time compared as an instant; every rule about
//     days, weeks, minute grids and working hours is applied in the job
//     centre's zone, DST included (DESIGN.md).
//   - No two meetings of an advisor overlap, reporting time included; a group
//     session never exceeds its seats (SPEC §5). The finder and CheckBook
//     decide; the Store guards against concurrent bookings.
//   - A CPR never appears in a log line, an error or a JSON answer by
//     accident: the CPR type masks itself, and errors name fields, not values.
//   - Bad input is a *FieldError naming the field and saying what is wrong
//     in English and in Danish; it matches ErrInvalid.
package planner
