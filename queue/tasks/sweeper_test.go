package tasks_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/queue"
	"github.com/planner-dk/planner/queue/tasks"
)

var cph, _ = time.LoadLocation("Europe/Copenhagen")

// TestPullDue: issue 6 §2 — each calendar is pulled once per cadence, and
// the calendars' slots spread evenly over it rather than all at once.
func TestPullDue(t *testing.T) {
	every := 2 * time.Minute
	t0 := time.Date(2026, 3, 29, 0, 59, 0, 0, time.UTC) // the night the clocks go forward
	last := map[planner.AdvisorID]time.Time{}
	for a := planner.AdvisorID(1); a <= 2000; a++ {
		last[a] = t0 // all pulled at once, as after a restart
	}
	perStep := map[int]int{}
	pulls := map[planner.AdvisorID]int{}
	const step = 10 * time.Second
	for i := 1; i <= int(2*every/step); i++ { // two cadences
		now := t0.Add(time.Duration(i) * step)
		for a := range last {
			if tasks.PullDue(a, last[a], now, every) {
				last[a] = now
				pulls[a]++
				perStep[i]++
			}
		}
	}
	for a := planner.AdvisorID(1); a <= 2000; a++ {
		if pulls[a] < 1 || pulls[a] > 2 {
			t.Fatalf("advisor %d pulled %d times in two cadences, want 1 or 2", a, pulls[a])
		}
	}
	// the second cadence is steady: every calendar exactly once, spread over 12 steps
	total := 0
	for i := 13; i <= 24; i++ {
		total += perStep[i]
		if perStep[i] < 2000/12/2 || perStep[i] > 2000/12*2 {
			t.Errorf("step %d pulled %d calendars, want about %d (staggered)", i, perStep[i], 2000/12)
		}
	}
	if total != 2000 {
		t.Errorf("the second cadence pulled %d calendars, want each of the 2000 once", total)
	}
	if !tasks.PullDue(1, time.Time{}, t0, every) {
		t.Error("a calendar never tried is not due")
	}
	slot := tasks.PullSlot(7, t0, every)
	if tasks.PullDue(7, slot.Add(time.Second), slot.Add(every-time.Second), every) {
		t.Error("a calendar pulled in its slot is due again before its next slot")
	}
	if !tasks.PullDue(7, slot.Add(time.Second), slot.Add(every), every) {
		t.Error("a calendar is not due at its next slot")
	}
}

// TestNextDaily: the nightly report's time is a wall-clock time in the job
// centres' zone, DST included.
func TestNextDaily(t *testing.T) {
	for _, tc := range []struct {
		name string
		now  time.Time
		at   string
		want time.Time
	}{
		{"later today", time.Date(2026, 1, 12, 1, 0, 0, 0, cph), "04:00", time.Date(2026, 1, 12, 4, 0, 0, 0, cph)},
		{"tomorrow once passed", time.Date(2026, 1, 12, 4, 0, 0, 0, cph), "04:00", time.Date(2026, 1, 13, 4, 0, 0, 0, cph)},
		{"spring forward: 04:00 CEST is 02:00 UTC", time.Date(2026, 3, 28, 23, 0, 0, 0, cph), "04:00", time.Date(2026, 3, 29, 2, 0, 0, 0, time.UTC)},
		{"fall back: 04:00 CET is 03:00 UTC", time.Date(2026, 10, 24, 23, 0, 0, 0, cph), "04:00", time.Date(2026, 10, 25, 3, 0, 0, 0, time.UTC)},
		{"a skipped time runs an hour later", time.Date(2026, 3, 29, 0, 0, 0, 0, cph), "02:30", time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tasks.NextDaily(tc.now, tc.at, cph)
			if err != nil || !got.Equal(tc.want) {
				t.Errorf("NextDaily = %v, %v; want %v", got, err, tc.want.In(cph))
			}
		})
	}
	if _, err := tasks.NextDaily(time.Now(), "25:00", cph); err == nil {
		t.Error("25:00 accepted")
	}
}

// recorder is a queue.Local that is never run: it keeps what was enqueued.
type recorder struct {
	*queue.Local
	mu    sync.Mutex
	tasks []queue.Task
}

func (r *recorder) Enqueue(ctx context.Context, t queue.Task) (bool, error) {
	ok, err := r.Local.Enqueue(ctx, t)
	if ok {
		r.mu.Lock()
		r.tasks = append(r.tasks, t)
		r.mu.Unlock()
	}
	return ok, err
}

func (r *recorder) ids() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, t := range r.tasks {
		out = append(out, t.Kind+" "+t.ID)
	}
	slices.Sort(out)
	return out
}

// TestSweeper: issue 6 §2, DESIGN.md data flow step 4 — the sweeper finds
// in the database the due outbox rows (calendar pushes by advisor, Jobnet
// items, mails) and the due pulls, and enqueues each once however often it
// sweeps.
func TestSweeper(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	now := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	jc := planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &jc))
	hours := planner.StandardHours(9*60, 15*60)
	team := planner.Team{JobcenterID: jc.ID, Name: "Ydelse", Hours: &hours, Mail: "ydelse@glostrup.dk"}
	must(t, db.CreateTeam(ctx, &team))
	var advisors []planner.AdvisorID
	for i := range 3 {
		a := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: fmt.Sprint("Vejleder ", i)}
		if i < 2 {
			a.Calendar = planner.CalendarConnection{Kind: planner.CalDAV, URL: fmt.Sprintf("http://127.0.0.1:1/v%d/", i), Username: "v", Secret: "x"}
		}
		must(t, db.CreateAdvisor(ctx, &a))
		if i == 0 {
			// read ten minutes ago, so advisor 0 is offered (§9)
			must(t, db.SavePull(ctx, a.ID, planner.PullResult{Calendar: a.Calendar.ID, Full: true, At: now.Add(-10 * time.Minute)}))
		}
		advisors = append(advisors, a.ID)
	}
	offer := planner.Offer{JobcenterID: jc.ID, Name: "Jobsamtale", Description: "En samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, StartMinutes: []int{0, 30},
		FirstMeetingDate: planner.NewDate(2026, 3, 3), OpensOn: planner.NewDate(2026, 3, 1), RollingWeeks: 4, TeamID: team.ID,
		Advisors: advisors[:1], Terms: planner.BookingTerms{AcceptCancel: true},
		Rules:  planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"}}}}},
		Active: true, ChangedBy: "admin"}
	must(t, db.CreateOffer(ctx, &offer))
	svc := &planner.Service{Store: db, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	c := planner.Citizen{JobcenterID: jc.ID, CPR: planner.MustParseCPR("010196-0001"), Name: "Borger", ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1)}
	must(t, db.CreateCitizen(ctx, &c))
	res, err := svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: jc.ID, Citizen: c.ID, Offer: offer.ID})
	must(t, err)
	_, s, err := svc.Book(ctx, planner.BookRequest{Jobcenter: jc.ID, Citizen: c.ID, Offer: offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	items, err := db.FindSyncItems(ctx, jc.ID, s.MeetingID)
	must(t, err)
	_, err = db.RecordNotification(ctx, planner.Notification{Trigger: planner.Conflict, To: "v@glostrup.dk", JobcenterID: jc.ID, Day: planner.NewDate(2026, 3, 2)})
	must(t, err)
	due, err := db.FindDueNotifications(ctx, now, 10)
	must(t, err)

	rec := &recorder{Local: queue.NewLocal(queue.NewMux(nil), queue.Config{})}
	sw := &tasks.Sweeper{Store: db, Queue: rec, Now: func() time.Time { return now.Add(time.Second) }, Jobnet: true, Mail: true}
	st, err := sw.Sweep(ctx, true)
	must(t, err)
	var jobnetItem int64
	for _, it := range items {
		if it.Kind == planner.TargetJobnet {
			jobnetItem = it.ID
		}
	}
	// advisor 0's push and pull share one task ID (one task per calendar
	// at a time); the pull goes first, and pushes too
	want := []string{
		fmt.Sprintf("calendar:pull calendar:%d", advisors[0]),
		fmt.Sprintf("calendar:pull calendar:%d", advisors[1]),
		fmt.Sprintf("jobnet:push jobnet:%d", jobnetItem),
		fmt.Sprintf("mail:send mail:%d", due[0].ID),
	}
	if got := rec.ids(); !slices.Equal(got, want) {
		t.Fatalf("enqueued %q, want %q", got, want)
	}
	if st.Due != 5 || st.Queued != 4 {
		t.Errorf("stats = %+v, want 5 due (two for advisor 0), 4 queued", st)
	}
	st, err = sw.Sweep(ctx, true)
	must(t, err)
	if st.Queued != 0 || len(rec.ids()) != 4 {
		t.Errorf("a second sweep queued %d (%q), want nothing new", st.Queued, rec.ids())
	}

	// issue 6 §2: an advisor's own cadence — advisor 1 is read hourly, so
	// three minutes after both were read only advisor 0 is due again
	as, err := db.FindAdvisors(ctx, jc.ID, planner.AdvisorFilter{IDs: advisors[1:2]})
	must(t, err)
	as[0].Calendar.PullEveryMinutes = 60
	must(t, db.UpdateAdvisor(ctx, as[0]))
	read := now.Add(time.Second)
	connected, err := db.FindAdvisors(ctx, jc.ID, planner.AdvisorFilter{IDs: advisors[:2]})
	must(t, err)
	for _, a := range connected {
		must(t, db.SavePull(ctx, a.ID, planner.PullResult{Calendar: a.Calendar.ID, Cursor: "c", Full: true, At: read}))
	}
	hourly := &recorder{Local: queue.NewLocal(queue.NewMux(nil), queue.Config{})}
	later := &tasks.Sweeper{Store: db, Queue: hourly, Now: func() time.Time { return read.Add(3 * time.Minute) }}
	_, err = later.Sweep(ctx, true)
	must(t, err)
	if got, want := hourly.ids(), []string{fmt.Sprintf("calendar:pull calendar:%d", advisors[0])}; !slices.Equal(got, want) {
		t.Errorf("three minutes on, enqueued %q, want only %q (advisor 1 reads hourly)", got, want)
	}

	// an outbox sweep (the nudge after a write) leaves the pulls alone
	rec2 := &recorder{Local: queue.NewLocal(queue.NewMux(nil), queue.Config{})}
	sw.Queue, sw.Jobnet, sw.Mail = rec2, false, false
	_, err = sw.Sweep(ctx, false)
	must(t, err)
	push := []string{fmt.Sprintf("calendar:push calendar:%d", advisors[0])}
	if got := rec2.ids(); !slices.Equal(got, push) {
		t.Errorf("outbox sweep without Jobnet and mail enqueued %q, want %q", got, push)
	}

	// issue 14: a changed connection's old calendar is cleaned up by a
	// task of its own, found by the next sweep
	moved := connected[0]
	moved.Calendar.URL = "http://127.0.0.1:2/elsewhere/"
	must(t, db.UpdateAdvisor(ctx, moved))
	rec3 := &recorder{Local: queue.NewLocal(queue.NewMux(nil), queue.Config{})}
	sw.Queue = rec3
	_, err = sw.Sweep(ctx, false)
	must(t, err)
	want = []string{fmt.Sprintf("calendar:push calendar:%d", advisors[0]), fmt.Sprintf("calendar:retire calendar-retired:%d", connected[0].Calendar.ID)}
	if got := rec3.ids(); !slices.Equal(got, want) {
		t.Errorf("outbox sweep after a calendar change enqueued %q, want %q", got, want)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
