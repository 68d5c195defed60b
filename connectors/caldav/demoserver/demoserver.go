// Package demoserver is the CalDAV server of `planner demo`: go-webdav's
// caldav.Handler on an in-memory backend holding one calendar per demo
// advisor, so any CalDAV client can connect and watch Planner's meetings
// arrive. It is ours and a demo, not a test oracle: the interop tests run
// against Radicale and Xandikos. It offers neither sync-collection nor
// getctag, so the connector reads it in its etag-listing mode.
package demoserver

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-webdav"
	"github.com/emersion/go-webdav/caldav"
)

// Prefix is where the server's paths begin.
const Prefix = "/dav/"

// Server holds the calendars. It is safe for concurrent use.
type Server struct {
	mu    sync.Mutex
	users map[string]*user
	now   func() time.Time
}

type user struct {
	password string
	objects  map[string]object // path → object
}

type object struct {
	data []byte
	etag string
	uid  string
	mod  time.Time
}

// New returns an empty server.
func New() *Server { return &Server{users: map[string]*user{}, now: time.Now} }

// AddUser adds a user with one calendar and returns the calendar's path.
func (s *Server) AddUser(name, password string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.users[name]; !ok {
		s.users[name] = &user{password: password, objects: map[string]object{}}
	}
	return CalendarPath(name)
}

// CalendarPath is the path of a user's calendar.
func CalendarPath(name string) string { return Prefix + name + "/calendars/default/" }

// Put stores an object in a user's calendar without preconditions, as the
// demo's seed of private appointments.
func (s *Server) Put(name, resource string, data []byte) error {
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		return fmt.Errorf("demoserver: %s: %w", resource, err)
	}
	_, err = s.put(name, CalendarPath(name)+resource, cal, &caldav.PutCalendarObjectOptions{})
	return err
}

// Handler serves CalDAV with Basic authentication.
func (s *Server) Handler() http.Handler {
	h := &caldav.Handler{Backend: &backend{s}, Prefix: strings.TrimSuffix(Prefix, "/")}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, pw, ok := r.BasicAuth()
		s.mu.Lock()
		u := s.users[name]
		s.mu.Unlock()
		if !ok || u == nil || subtle.ConstantTimeCompare([]byte(pw), []byte(u.password)) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="Planner demo"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if r.URL.Path != "/" && !strings.HasPrefix(r.URL.Path, Prefix+name+"/") && !strings.HasPrefix(r.URL.Path, "/.well-known/") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		// go-webdav passes no If-Match to DeleteCalendarObject; carry it
		ctx := context.WithValue(r.Context(), userKey{}, name)
		ctx = context.WithValue(ctx, ifMatchKey{}, r.Header.Get("If-Match"))
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

type userKey struct{}
type ifMatchKey struct{}

// backend implements caldav.Backend for the authenticated user.
type backend struct{ s *Server }

func userOf(ctx context.Context) string { n, _ := ctx.Value(userKey{}).(string); return n }

func (b *backend) CurrentUserPrincipal(ctx context.Context) (string, error) {
	return Prefix + userOf(ctx) + "/", nil
}

func (b *backend) CalendarHomeSetPath(ctx context.Context) (string, error) {
	return Prefix + userOf(ctx) + "/calendars/", nil
}

func (b *backend) calendar(ctx context.Context) caldav.Calendar {
	return caldav.Calendar{Path: CalendarPath(userOf(ctx)), Name: "Planner demo",
		SupportedComponentSet: []string{ical.CompEvent}}
}

func (b *backend) CreateCalendar(ctx context.Context, c *caldav.Calendar) error {
	return webdav.NewHTTPError(http.StatusForbidden, errors.New("demoserver: one calendar per user"))
}

func (b *backend) ListCalendars(ctx context.Context) ([]caldav.Calendar, error) {
	return []caldav.Calendar{b.calendar(ctx)}, nil
}

func (b *backend) GetCalendar(ctx context.Context, path string) (*caldav.Calendar, error) {
	c := b.calendar(ctx)
	if strings.TrimSuffix(path, "/") != strings.TrimSuffix(c.Path, "/") {
		return nil, webdav.NewHTTPError(http.StatusNotFound, errors.New("no such calendar"))
	}
	return &c, nil
}

func (b *backend) GetCalendarObject(ctx context.Context, path string, req *caldav.CalendarCompRequest) (*caldav.CalendarObject, error) {
	b.s.mu.Lock()
	o, ok := b.s.users[userOf(ctx)].objects[path]
	b.s.mu.Unlock()
	if !ok {
		return nil, webdav.NewHTTPError(http.StatusNotFound, errors.New("no such object"))
	}
	return toObject(path, o)
}

func toObject(path string, o object) (*caldav.CalendarObject, error) {
	cal, err := ical.NewDecoder(bytes.NewReader(o.data)).Decode()
	if err != nil {
		return nil, err
	}
	return &caldav.CalendarObject{Path: path, ModTime: o.mod, ContentLength: int64(len(o.data)), ETag: o.etag, Data: cal}, nil
}

func (b *backend) ListCalendarObjects(ctx context.Context, path string, req *caldav.CalendarCompRequest) ([]caldav.CalendarObject, error) {
	b.s.mu.Lock()
	u := b.s.users[userOf(ctx)]
	paths := make([]string, 0, len(u.objects))
	for p := range u.objects {
		if strings.HasPrefix(p, path) {
			paths = append(paths, p)
		}
	}
	objs := make([]object, len(paths))
	sort.Strings(paths)
	for i, p := range paths {
		objs[i] = u.objects[p]
	}
	b.s.mu.Unlock()
	out := make([]caldav.CalendarObject, 0, len(paths))
	for i, p := range paths {
		co, err := toObject(p, objs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *co)
	}
	return out, nil
}

func (b *backend) QueryCalendarObjects(ctx context.Context, path string, q *caldav.CalendarQuery) ([]caldav.CalendarObject, error) {
	all, err := b.ListCalendarObjects(ctx, path, &q.CompRequest)
	if err != nil {
		return nil, err
	}
	return caldav.Filter(q, all)
}

func (b *backend) PutCalendarObject(ctx context.Context, path string, cal *ical.Calendar, opts *caldav.PutCalendarObjectOptions) (*caldav.CalendarObject, error) {
	return b.s.put(userOf(ctx), path, cal, opts)
}

// put stores an object under the preconditions of RFC 4791 §5.3.2 and RFC
// 7232: If-None-Match: * and If-Match (412), one UID per calendar (409
// no-uid-conflict).
func (s *Server) put(name, path string, cal *ical.Calendar, opts *caldav.PutCalendarObjectOptions) (*caldav.CalendarObject, error) {
	_, uid, err := caldav.ValidateCalendarObject(cal)
	if err != nil {
		return nil, caldav.NewPreconditionError(caldav.PreconditionValidCalendarObjectResource)
	}
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, webdav.NewHTTPError(http.StatusBadRequest, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.users[name]
	if u == nil {
		return nil, webdav.NewHTTPError(http.StatusForbidden, errors.New("no such user"))
	}
	old, exists := u.objects[path]
	if opts.IfNoneMatch.IsWildcard() && exists {
		return nil, webdav.NewHTTPError(http.StatusPreconditionFailed, errors.New("object exists"))
	}
	if opts.IfMatch.IsSet() {
		want, err := opts.IfMatch.ETag()
		if !exists || err != nil || (!opts.IfMatch.IsWildcard() && want != old.etag) {
			return nil, webdav.NewHTTPError(http.StatusPreconditionFailed, errors.New("etag does not match"))
		}
	}
	for p, o := range u.objects {
		if o.uid == uid && p != path {
			return nil, caldav.NewPreconditionError(caldav.PreconditionNoUIDConflict)
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	o := object{data: buf.Bytes(), etag: hex.EncodeToString(sum[:12]), uid: uid, mod: s.now()}
	u.objects[path] = o
	return &caldav.CalendarObject{Path: path, ModTime: o.mod, ContentLength: int64(len(o.data)), ETag: o.etag}, nil
}

func (b *backend) DeleteCalendarObject(ctx context.Context, path string) error {
	b.s.mu.Lock()
	defer b.s.mu.Unlock()
	u := b.s.users[userOf(ctx)]
	o, ok := u.objects[path]
	if !ok {
		return webdav.NewHTTPError(http.StatusNotFound, errors.New("no such object"))
	}
	if m := webdav.ConditionalMatch(ifMatchOf(ctx)); m.IsSet() && !m.IsWildcard() {
		if want, err := m.ETag(); err != nil || want != o.etag {
			return webdav.NewHTTPError(http.StatusPreconditionFailed, errors.New("etag does not match"))
		}
	}
	delete(u.objects, path)
	return nil
}

func ifMatchOf(ctx context.Context) string { v, _ := ctx.Value(ifMatchKey{}).(string); return v }

// Count returns how many objects a user's calendar holds.
func (s *Server) Count(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u := s.users[name]; u != nil {
		return len(u.objects)
	}
	return 0
}
