package storetest

import (
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// SealingStore is a store that seals the credentials it holds and can seal
// them again under a new key (issue 12).
type SealingStore interface {
	planner.Store
	// Reseal seals every stored credential under keys' primary key and
	// returns how many values it changed.
	Reseal(ctx context.Context, keys *secret.Keyring) (int, error)
}

// Raw reaches a store's database beneath the store, for the tests of what
// it holds at rest. Queries are plain SQL both dialects share.
type Raw interface {
	// Exec runs a statement.
	Exec(t testing.TB, query string)
	// Value returns the one text value a query selects.
	Value(t testing.TB, query string) string
	// Find returns "table.column" of every text or binary column of every
	// table, and the name of every database file, that holds s.
	Find(t testing.TB, s string) []string
}

// SecretsDB is one fresh database of a dialect, to open again and again
// with any keyring.
type SecretsDB struct {
	// Open opens and migrates the database with keys, logging to logger,
	// and closes it when the test ends.
	Open func(t testing.TB, keys *secret.Keyring, logger *slog.Logger) (SealingStore, error)
	Raw  Raw
}

// RunSecrets runs the contract of credentials at rest against databases
// newDB makes: none is held in clear, a plaintext left from before is
// sealed at the next open, a changed or moved value does not open, a wrong
// key does not start, and a rotation leaves every value under the new key.
func RunSecrets(t *testing.T, newDB func(t *testing.T) SecretsDB) {
	tests := []struct {
		name string
		fn   func(t *testing.T, db SecretsDB)
	}{
		{"the database holds no credential in clear", testNoCredentialInClear},
		{"plaintext rows are sealed at the next open", testPlaintextSealed},
		{"a changed or moved value does not open and the error names the column", testTamper},
		{"a store opened with another key refuses to start", testWrongKey},
		{"rotation seals every value under the new key", testRotate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, newDB(t)) })
	}
}

// credentials are what writeCredentials stored, and where.
type credentials struct {
	jc               planner.JobcenterID
	bo, sarah, kim   planner.AdvisorID
	retired          planner.CalendarID
	boPW, sarahToken string // Bo's CalDAV password (now), Sarah's bearer token
	oldPW, graph     string // Bo's old password (retired calendar), the Graph client secret
}

// values are every secret written, each distinct and easy to search for.
func (c credentials) values() []string { return []string{c.boPW, c.sarahToken, c.oldPW, c.graph} }

// writeCredentials stores one of each credential: CalDAV password and
// bearer token, a retired calendar's old password, a Graph client secret.
func writeCredentials(t testing.TB, s planner.Store) credentials {
	t.Helper()
	ctx := context.Background()
	c := credentials{boPW: "caldav-password-Ø2", sarahToken: "bearer-token-8f3k", oldPW: "caldav-password-old-Æ1", graph: "graph-client-secret-Q~7"}
	jc := planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, s.CreateJobcenter(ctx, &jc))
	team := planner.Team{JobcenterID: jc.ID, Name: "Ydelse"}
	must(t, s.CreateTeam(ctx, &team))
	bo := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: "Bo Poulsen",
		Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: "http://127.0.0.1:5232/bo/calendar/", Username: "bo", Secret: c.oldPW}}
	must(t, s.CreateAdvisor(ctx, &bo))
	c.retired = bo.Calendar.ID
	bo.Calendar = planner.CalendarConnection{Kind: planner.CalDAV, URL: "http://127.0.0.1:8080/caldav.php/bo/calendar/", Username: "bo", Secret: c.boPW}
	must(t, s.UpdateAdvisor(ctx, bo)) // another URL: the old calendar is retired with its password
	sarah := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: "Sarah Jensen",
		Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: "https://dav.example.dk/sarah/", Secret: c.sarahToken}}
	must(t, s.CreateAdvisor(ctx, &sarah))
	kim := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: "Kim Hansen",
		Calendar: planner.CalendarConnection{Kind: planner.Graph, Username: "kim@glostrup.dk"}}
	must(t, s.CreateAdvisor(ctx, &kim))
	must(t, s.SetGraphApp(ctx, jc.ID, planner.GraphApp{TenantID: "glostrup.onmicrosoft.com", ClientID: "0a1b2c3d-4e5f-6789-abcd-ef0123456789", Secret: c.graph}))
	c.jc, c.bo, c.sarah, c.kim = jc.ID, bo.ID, sarah.ID, kim.ID
	return c
}

// readCredentials reads every credential back through the store.
func readCredentials(ctx context.Context, s planner.Store, c credentials) (credentials, error) {
	got := credentials{jc: c.jc, bo: c.bo, sarah: c.sarah, kim: c.kim, retired: c.retired}
	as, err := s.FindAdvisors(ctx, c.jc, planner.AdvisorFilter{})
	if err != nil {
		return got, err
	}
	for _, a := range as {
		switch a.ID {
		case c.bo:
			got.boPW = a.Calendar.Secret
		case c.sarah:
			got.sarahToken = a.Calendar.Secret
		}
	}
	rc, err := s.FindRetiredCalendar(ctx, c.retired)
	if err != nil {
		return got, err
	}
	got.oldPW = rc.Secret
	app, err := s.FindGraphApp(ctx, c.jc)
	got.graph = app.Secret
	return got, err
}

// mustReadCredentials fails unless the store reads back what was written.
func mustReadCredentials(t testing.TB, s planner.Store, want credentials) {
	t.Helper()
	got, err := readCredentials(context.Background(), s, want)
	must(t, err)
	if got != want {
		t.Fatalf("credentials read back = %+v, want %+v", got, want)
	}
}

// sealedCells selects every credential cell credentials wrote.
func sealedCells(c credentials) []string {
	return []string{
		fmt.Sprintf("SELECT calendar_secret FROM advisors WHERE id = %d", c.bo),
		fmt.Sprintf("SELECT calendar_secret FROM advisors WHERE id = %d", c.sarah),
		fmt.Sprintf("SELECT secret FROM retired_calendars WHERE id = %d", c.retired),
		fmt.Sprintf("SELECT secret FROM jobcenter_graph_apps WHERE jobcenter_id = %d", c.jc),
	}
}

// assertNowhere fails when any secret is found in clear in the database
// or in text.
func assertNowhere(t testing.TB, raw Raw, secrets []string, texts ...string) {
	t.Helper()
	for _, s := range secrets {
		if where := raw.Find(t, s); len(where) > 0 {
			t.Errorf("the secret %q is in clear in %v", s, where)
		}
		for _, text := range texts {
			if strings.Contains(text, s) {
				t.Errorf("the secret %q is in %q", s, text)
			}
		}
	}
}

func testNoCredentialInClear(t *testing.T, db SecretsDB) {
	keys := secret.NewKeyring(secret.NewKey())
	var log strings.Builder
	s, err := db.Open(t, keys, slog.New(slog.NewTextHandler(&log, nil)))
	must(t, err)
	c := writeCredentials(t, s)
	assertNowhere(t, db.Raw, c.values(), log.String())
	mustReadCredentials(t, s, c)
	for _, q := range sealedCells(c) {
		if v := db.Raw.Value(t, q); secret.KeyIDOf(v) != keys.KeyID() {
			t.Errorf("%s = %q, want a value sealed under key %s", q, v, keys.KeyID())
		}
	}
	if v := db.Raw.Value(t, fmt.Sprintf("SELECT calendar_secret FROM advisors WHERE id = %d", c.kim)); v != "" {
		t.Errorf("a Graph calendar's secret = %q, want none", v)
	}
}

func testPlaintextSealed(t *testing.T, db SecretsDB) {
	keys := secret.NewKeyring(secret.NewKey())
	s, err := db.Open(t, keys, nil)
	must(t, err)
	c := writeCredentials(t, s)
	// as a version before sealing wrote them
	c.boPW, c.sarahToken, c.oldPW, c.graph = "plain-bo", "plain-sarah", "plain-old", "plain-graph"
	for i, q := range sealedCells(c) {
		table, column, where := cellParts(q)
		db.Raw.Exec(t, fmt.Sprintf("UPDATE %s SET %s = '%s' WHERE %s", table, column, c.values()[i], where))
	}
	for _, v := range c.values() { // the search sees a plaintext where there is one
		if len(db.Raw.Find(t, v)) == 0 {
			t.Fatalf("Raw.Find(%q) found nothing after writing it in clear", v)
		}
	}
	var log strings.Builder
	s, err = db.Open(t, keys, slog.New(slog.NewTextHandler(&log, nil)))
	must(t, err)
	if !strings.Contains(log.String(), "Sealed stored secrets") || !strings.Contains(log.String(), "rows=4") {
		t.Errorf("log = %q, want it to say 4 rows were sealed", log.String())
	}
	mustReadCredentials(t, s, c)
	for _, q := range sealedCells(c) {
		if v := db.Raw.Value(t, q); secret.KeyIDOf(v) != keys.KeyID() {
			t.Errorf("%s = %q after the migration step, want it sealed", q, v)
		}
	}
	assertNowhere(t, db.Raw, c.values(), log.String())
	if _, err := db.Open(t, keys, slog.New(slog.NewTextHandler(&log, nil))); err != nil || strings.Count(log.String(), "Sealed") != 1 {
		t.Errorf("a second open: %v, log %q; want nothing more sealed", err, log.String())
	}
}

// cellParts splits a query of sealedCells into its table, column and condition.
func cellParts(q string) (table, column, where string) {
	f := strings.Fields(q)
	return f[3], f[1], strings.Join(f[5:], " ")
}

func testTamper(t *testing.T, db SecretsDB) {
	keys := secret.NewKeyring(secret.NewKey())
	s, err := db.Open(t, keys, nil)
	must(t, err)
	c := writeCredentials(t, s)
	ctx := context.Background()
	check := func(t *testing.T, column string) {
		t.Helper()
		_, err := readCredentials(ctx, s, c)
		if err == nil || !strings.Contains(err.Error(), column) {
			t.Fatalf("read = %v, want an error naming %s", err, column)
		}
		assertNowhere(t, db.Raw, nil, err.Error())
		for _, v := range append(c.values(), db.Raw.Value(t, sealedCells(c)[3])) {
			if strings.Contains(err.Error(), v) {
				t.Errorf("error %q shows a stored value", err)
			}
		}
	}
	t.Run("a flipped byte", func(t *testing.T) {
		q := sealedCells(c)[2]
		v := db.Raw.Value(t, q)
		i := strings.LastIndex(v, ":")
		box, err := base64.RawURLEncoding.DecodeString(v[i+1:])
		must(t, err)
		box[len(box)/2] ^= 0x01
		table, column, where := cellParts(q)
		db.Raw.Exec(t, fmt.Sprintf("UPDATE %s SET %s = '%s' WHERE %s", table, column, v[:i+1]+base64.RawURLEncoding.EncodeToString(box), where))
		check(t, "retired_calendars.secret")
		db.Raw.Exec(t, fmt.Sprintf("UPDATE %s SET %s = '%s' WHERE %s", table, column, v, where))
	})
	t.Run("a value moved to another column", func(t *testing.T) {
		db.Raw.Exec(t, fmt.Sprintf("UPDATE advisors SET calendar_secret = (SELECT secret FROM jobcenter_graph_apps WHERE jobcenter_id = %d) WHERE id = %d", c.jc, c.sarah))
		check(t, "advisors.calendar_secret")
	})
}

func testWrongKey(t *testing.T, db SecretsDB) {
	s, err := db.Open(t, secret.NewKeyring(secret.NewKey()), nil)
	must(t, err)
	c := writeCredentials(t, s)
	other := secret.NewKeyring(secret.NewKey())
	_, err = db.Open(t, other, nil)
	if err == nil {
		t.Fatal("a store opened with another key started")
	}
	assertNowhere(t, db.Raw, nil, err.Error())
	for _, v := range c.values() {
		if strings.Contains(err.Error(), v) {
			t.Errorf("error %q shows a secret", err)
		}
	}
}

func testRotate(t *testing.T, db SecretsDB) {
	oldKey, newKey := secret.NewKey(), secret.NewKey()
	s, err := db.Open(t, secret.NewKeyring(oldKey), nil)
	must(t, err)
	c := writeCredentials(t, s)
	n, err := s.Reseal(context.Background(), secret.NewKeyring(newKey, oldKey))
	must(t, err)
	if n != len(c.values()) {
		t.Errorf("Reseal = %d, want %d", n, len(c.values()))
	}
	if n, err := s.Reseal(context.Background(), secret.NewKeyring(newKey, oldKey)); n != 0 || err != nil {
		t.Errorf("a second Reseal = %d, %v; want nothing left to do", n, err)
	}
	rotated, err := db.Open(t, secret.NewKeyring(newKey), nil)
	must(t, err)
	mustReadCredentials(t, rotated, c)
	old := secret.NewKeyring(oldKey)
	for _, q := range sealedCells(c) {
		v := db.Raw.Value(t, q)
		if secret.KeyIDOf(v) != newKey.ID() {
			t.Errorf("%s is sealed under %s, want the new key %s", q, secret.KeyIDOf(v), newKey.ID())
		}
		if _, err := old.Open("", v); err == nil {
			t.Errorf("the old key still opens %s", q)
		}
	}
	if _, err := db.Open(t, old, nil); err == nil {
		t.Error("a store opened with the old key after rotation started")
	}
	assertNowhere(t, db.Raw, c.values())
}
