package sqlstore

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// accessKeySecret is the column of each job centre's access-log key: the
// key of the log's MACs (the chain, and the CPR index), sealed like every
// credential, so a rotation of the secret key reseals it and leaves the
// chain as it was.
var accessKeySecret = credential{"access_log_heads", "log_key", "jobcenter_id"}

// accessSeal is the context the entries' CPR numbers and criteria are
// sealed under.
const accessSeal = "access_log"

// accessHead is a job centre's chain: its key, the last entry's sequence
// number and MAC, and the anchor retention left.
type accessHead struct {
	key                []byte
	lastSeq, anchorSeq int64
	lastMAC, anchorMAC []byte
}

// head reads the job centre's chain head for an append (locked against
// the other writers of the job centre), making it with a fresh key the
// first time.
func (db *DB) head(ctx context.Context, t tx, jc planner.JobcenterID) (accessHead, error) {
	h, err := db.readHead(ctx, t, jc, db.d.forUpdate)
	if err != nil || h.key != nil {
		return h, err
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	if _, err := t.Exec(ctx, `
		INSERT INTO access_log_heads (jobcenter_id, log_key) VALUES ($1, $2)
		ON CONFLICT (jobcenter_id) DO NOTHING`, jc, db.seal(accessKeySecret, base64.StdEncoding.EncodeToString(key))); err != nil {
		return h, err
	}
	return db.readHead(ctx, t, jc, db.d.forUpdate)
}

// mac is an HMAC-SHA256 under the log's key.
func mac(key []byte, parts ...[]byte) []byte {
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		m.Write(n[:])
		m.Write(p)
	}
	return m.Sum(nil)
}

// cprMAC is the index value of a CPR number in a job centre's log.
func cprMAC(key []byte, cpr planner.CPR) []byte { return mac(key, []byte("cpr"), []byte(cpr.Digits())) }

// storedCitizen is an entry's citizen as the log keeps it (sealed).
type storedCitizen struct {
	ID  planner.CitizenID `json:"id"`
	CPR string            `json:"cpr"`
}

// entryMAC is the MAC of an entry at seq following prev: it covers every
// field, the citizens' CPR numbers in clear, and the MAC before.
func entryMAC(key, prev []byte, seq int64, e planner.AccessEntry, citizens []storedCitizen) []byte {
	body, _ := json.Marshal(struct {
		Seq       int64           `json:"seq"`
		JC        int64           `json:"jc"`
		At        int64           `json:"at"`
		Actor     string          `json:"actor"`
		Person    int64           `json:"person"`
		Role      string          `json:"role"`
		Action    string          `json:"action"`
		Route     string          `json:"route"`
		Purpose   string          `json:"purpose"`
		Criterion string          `json:"criterion"`
		Citizens  []storedCitizen `json:"citizens"`
	}{seq, int64(e.JobcenterID), e.At.UnixMilli(), e.Actor, int64(e.PersonID), string(e.Role), string(e.Action), e.Route, e.Purpose, e.Criterion, citizens})
	return mac(key, prev, body)
}

// LogAccess implements planner.Store.
func (db *DB) LogAccess(ctx context.Context, e planner.AccessEntry) error {
	return db.txWith(ctx, false, func(t tx, now time.Time) error { return db.appendAccess(ctx, t, e, now) })
}

// appendAccess appends e to its job centre's chain in t.
func (db *DB) appendAccess(ctx context.Context, t tx, e planner.AccessEntry, now time.Time) error {
	if e.JobcenterID == 0 || e.Action == "" || e.Actor == "" {
		return fmt.Errorf("sqlstore: an access entry needs its job centre, action and actor: %w", planner.ErrInvalid)
	}
	h, err := db.head(ctx, t, e.JobcenterID)
	if err != nil {
		return fmt.Errorf("sqlstore: the access log's head: %w", err)
	}
	e.At = now.Truncate(time.Millisecond)
	citizens := make([]storedCitizen, len(e.Citizens))
	for i, c := range e.Citizens {
		citizens[i] = storedCitizen{ID: c.ID, CPR: c.CPR.Digits()}
	}
	seq := h.lastSeq + 1
	m := entryMAC(h.key, h.lastMAC, seq, e, citizens)
	// The criterion and a purpose the user typed may hold anything, a CPR
	// number too: both are sealed.
	criterion, purpose := "", ""
	if e.Criterion != "" {
		criterion = db.keys.Seal(accessSeal, e.Criterion)
	}
	if e.Purpose != "" {
		purpose = db.keys.Seal(accessSeal, e.Purpose)
	}
	var id int64
	err = t.QueryRow(ctx, `
		INSERT INTO access_log (jobcenter_id, seq, at, actor, person_id, role, action, route, purpose, criterion, citizens, mac)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		RETURNING id`,
		e.JobcenterID, seq, e.At, e.Actor, idArg(e.PersonID), e.Role, e.Action, e.Route, purpose, criterion,
		db.keys.Seal(accessSeal, jsonOf(citizens)), m).Scan(&id)
	if err != nil {
		return err
	}
	rows := make([][]any, 0, len(e.Citizens))
	for _, c := range e.Citizens {
		rows = append(rows, []any{id, e.JobcenterID, e.At, c.ID, cprMAC(h.key, c.CPR)})
	}
	if err := insertValues(ctx, t, `access_log_citizens (entry_id, jobcenter_id, at, citizen_id, cpr_mac)`, rows); err != nil {
		return err
	}
	_, err = t.Exec(ctx, `UPDATE access_log_heads SET last_seq = $2, last_mac = $3 WHERE jobcenter_id = $1`, e.JobcenterID, seq, m)
	return err
}

// readHead returns a job centre's chain head, with lock (the dialect's
// FOR UPDATE, or ""); its key is nil when the log was never written.
func (db *DB) readHead(ctx context.Context, q querier, jc planner.JobcenterID, lock string) (accessHead, error) {
	var h accessHead
	var sealed string
	err := q.QueryRow(ctx, `SELECT log_key, last_seq, last_mac, anchor_seq, anchor_mac FROM access_log_heads WHERE jobcenter_id = $1`+lock, jc).
		Scan(&sealed, &h.lastSeq, &h.lastMAC, &h.anchorSeq, &h.anchorMAC)
	if noRows(err) {
		return h, nil
	}
	if err != nil {
		return h, err
	}
	key, err := db.open(accessKeySecret, sealed)
	if err != nil {
		return h, err
	}
	h.key, err = base64.StdEncoding.DecodeString(key)
	return h, err
}

// storedEntry is an entry as read back, sealed fields opened.
type storedEntry struct {
	e        planner.AccessEntry
	seq      int64
	mac      []byte
	citizens []storedCitizen
}

const accessColumns = `id, jobcenter_id, seq, at, actor, person_id, role, action, route, purpose, criterion, citizens, mac`

// scanEntry reads an entry and opens its sealed fields.
func (db *DB) scanEntry(r rows) (storedEntry, error) {
	var s storedEntry
	var person *int64
	var purpose, criterion, citizens string
	err := r.Scan(&s.e.ID, &s.e.JobcenterID, &s.seq, &s.e.At, &s.e.Actor, &person, &s.e.Role, &s.e.Action, &s.e.Route, &purpose,
		&criterion, &citizens, &s.mac)
	if err != nil {
		return s, err
	}
	s.e.At = s.e.At.UTC()
	if person != nil {
		s.e.PersonID = planner.PersonID(*person)
	}
	for _, f := range []struct {
		sealed string
		into   *string
	}{{criterion, &s.e.Criterion}, {purpose, &s.e.Purpose}} {
		if f.sealed == "" {
			continue
		}
		if *f.into, err = db.keys.Open(accessSeal, f.sealed); err != nil {
			return s, fmt.Errorf("access log entry %d: %w", s.e.ID, err)
		}
	}
	plain, err := db.keys.Open(accessSeal, citizens)
	if err != nil {
		return s, fmt.Errorf("access log entry %d: %w", s.e.ID, err)
	}
	if err := json.Unmarshal([]byte(plain), &s.citizens); err != nil {
		return s, fmt.Errorf("access log entry %d: %w", s.e.ID, err)
	}
	for _, c := range s.citizens {
		cpr, _ := planner.ParseCPR(c.CPR)
		s.e.Citizens = append(s.e.Citizens, planner.AccessCitizen{ID: c.ID, CPR: cpr})
	}
	return s, nil
}

// FindAccess implements planner.Store.
func (db *DB) FindAccess(ctx context.Context, jc planner.JobcenterID, f planner.AccessFilter) ([]planner.AccessEntry, error) {
	q := db.e.read()
	h, err := db.readHead(ctx, q, jc, "")
	if err != nil || h.key == nil {
		return nil, db.d.mapError(err)
	}
	limit := f.Limit
	if limit <= 0 || limit > 5000 {
		limit = 5000
	}
	// Inputs: job centre $1, the CPR's index value $2 (NULL: any), the
	// actor $3 and person $4 (""/NULL: any), the window [$5, $6).
	var cpr any
	if !f.CPR.IsZero() {
		cpr = cprMAC(h.key, f.CPR)
	}
	found, err := all(ctx, q, db.scanEntry, `
		SELECT `+accessColumns+` FROM access_log
		WHERE jobcenter_id = $1 AND at >= $5 AND at < $6
		  AND (CAST($2 AS bytea) IS NULL OR id IN (SELECT entry_id FROM access_log_citizens WHERE jobcenter_id = $1 AND cpr_mac = $2))
		  AND (CAST($3 AS text) = '' OR actor = $3) AND (CAST($4 AS bigint) IS NULL OR person_id = $4)
		ORDER BY seq DESC
		LIMIT `+fmt.Sprint(limit), jc, cpr, f.Actor, idArg(f.PersonID), f.From, f.To)
	if err != nil {
		return nil, db.d.mapError(err)
	}
	out := make([]planner.AccessEntry, len(found))
	for i, s := range found {
		out[i] = s.e
	}
	return out, nil
}

// VerifyAccessLog implements planner.Store.
func (db *DB) VerifyAccessLog(ctx context.Context, jc planner.JobcenterID) (int, *planner.AccessBreak, error) {
	q := db.e.read()
	h, err := db.readHead(ctx, q, jc, "")
	if err != nil || h.key == nil {
		return 0, nil, db.d.mapError(err)
	}
	index := map[int64][][]byte{}
	type ref struct {
		entry int64
		mac   []byte
	}
	refs, err := all(ctx, q, func(r rows) (ref, error) {
		var x ref
		return x, r.Scan(&x.entry, &x.mac)
	}, `SELECT entry_id, cpr_mac FROM access_log_citizens WHERE jobcenter_id = $1 ORDER BY entry_id`, jc)
	if err != nil {
		return 0, nil, db.d.mapError(err)
	}
	for _, x := range refs {
		index[x.entry] = append(index[x.entry], x.mac)
	}
	entries, err := all(ctx, q, db.scanEntry, `SELECT `+accessColumns+` FROM access_log WHERE jobcenter_id = $1 ORDER BY seq`, jc)
	if err != nil {
		return 0, nil, db.d.mapError(err)
	}
	brk := func(id int64, reason string) *planner.AccessBreak {
		return &planner.AccessBreak{JobcenterID: jc, EntryID: id, Reason: reason}
	}
	prev, seq := h.anchorMAC, h.anchorSeq
	for n, s := range entries {
		switch {
		case s.seq != seq+1:
			return n, brk(s.e.ID, fmt.Sprintf("entry %d follows entry %d: the entries between are missing", s.seq, seq)), nil
		case !hmac.Equal(s.mac, entryMAC(h.key, prev, s.seq, s.e, s.citizens)):
			return n, brk(s.e.ID, fmt.Sprintf("entry %d does not match its MAC: it was changed, or moved from its place", s.seq)), nil
		case !sameIndex(index[s.e.ID], h.key, s.citizens):
			return n, brk(s.e.ID, fmt.Sprintf("entry %d: its citizens' index does not match the entry", s.seq)), nil
		}
		prev, seq = s.mac, s.seq
	}
	if seq != h.lastSeq || !hmac.Equal(prev, h.lastMAC) {
		return len(entries), brk(0, fmt.Sprintf("the log ends at entry %d but was written up to entry %d: the last entries are missing", seq, h.lastSeq)), nil
	}
	return len(entries), nil, nil
}

// sameIndex reports whether an entry's index rows are its citizens'.
func sameIndex(got [][]byte, key []byte, citizens []storedCitizen) bool {
	if len(got) != len(citizens) {
		return false
	}
	want := map[string]int{}
	for _, c := range citizens {
		cpr, _ := planner.ParseCPR(c.CPR)
		want[string(cprMAC(key, cpr))]++
	}
	for _, g := range got {
		if want[string(g)] == 0 {
			return false
		}
		want[string(g)]--
	}
	return true
}

// DeleteAccessBefore implements planner.Store.
func (db *DB) DeleteAccessBefore(ctx context.Context, jc planner.JobcenterID, before time.Time) (int, error) {
	var n int64
	err := db.txWith(ctx, false, func(t tx, _ time.Time) error {
		h, err := db.head(ctx, t, jc)
		if err != nil {
			return err
		}
		// The last entry before the cut becomes the chain's anchor.
		var seq int64
		var m []byte
		err = t.QueryRow(ctx, `
			SELECT seq, mac FROM access_log WHERE jobcenter_id = $1 AND at < $2 ORDER BY seq DESC LIMIT 1`, jc, before).Scan(&seq, &m)
		if noRows(err) || (err == nil && seq <= h.anchorSeq) {
			return nil
		}
		if err != nil {
			return err
		}
		if n, err = t.Exec(ctx, `DELETE FROM access_log WHERE jobcenter_id = $1 AND seq <= $2`, jc, seq); err != nil {
			return err
		}
		_, err = t.Exec(ctx, `UPDATE access_log_heads SET anchor_seq = $2, anchor_mac = $3 WHERE jobcenter_id = $1`, jc, seq, m)
		return err
	})
	return int(n), err
}
