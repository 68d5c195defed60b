package session_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/session"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// clock is a settable time for the codec.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// newCodec returns a codec keeping its sessions in a fresh SQLite store.
func newCodec(t *testing.T) (*session.Codec, *clock) {
	t.Helper()
	keys := secret.NewKeyring(secret.NewKey())
	db, err := sqlstore.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "planner.db"), keys)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	c := session.New(keys, db)
	clk := &clock{t: time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC)} // the night Denmark goes to summer time
	c.Now = clk.now
	return c, clk
}

// signIn starts a session and returns it with its cookie.
func signIn(t *testing.T, c *session.Codec, kind session.Kind, cpr string, secure bool) (session.Session, *http.Cookie) {
	t.Helper()
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodPost, "/login", nil)
	if secure {
		r.Header.Set("X-Forwarded-Proto", "https")
	}
	s, err := c.SignIn(w, r, kind, []byte("hash-of-the-portal-token"), cpr)
	if err != nil {
		t.Fatal(err)
	}
	return s, cookieOf(t, w)
}

// cookieOf returns the cookie a response set, as a browser would send it back.
func cookieOf(t *testing.T, w *httptest.ResponseRecorder) *http.Cookie {
	t.Helper()
	cs := w.Result().Cookies()
	if len(cs) != 1 {
		t.Fatalf("want one cookie, got %d", len(cs))
	}
	return cs[0]
}

func requestWith(c *http.Cookie) *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	if c != nil {
		r.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	return r
}

func TestSessionCookie(t *testing.T) {
	codec, clk := newCodec(t)
	s, ck := signIn(t, codec, session.Citizen, "0101904321", false)

	t.Run("is HttpOnly, SameSite=Strict, for the whole site, with the lifetime as Max-Age", func(t *testing.T) {
		if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/" || ck.MaxAge != int((12*time.Hour).Seconds()) || ck.Secure {
			t.Errorf("cookie %+v", ck)
		}
	})
	t.Run("holds neither the CPR number, the token hash nor the session id in clear", func(t *testing.T) {
		for _, clear := range []string{"0101904321", "010190", "hash-of-the-portal-token", s.CSRF, s.ID} {
			if strings.Contains(ck.Value, clear) {
				t.Errorf("cookie value contains %q", clear)
			}
		}
	})
	t.Run("opens to the session it was made from", func(t *testing.T) {
		got, err := codec.Read(requestWith(ck))
		if err != nil || got.Kind != session.Citizen || got.CPR != "0101904321" || string(got.TokenHash) != "hash-of-the-portal-token" ||
			got.CSRF != s.CSRF || got.ID != s.ID {
			t.Errorf("Read = %+v, %v", got, err)
		}
	})
	t.Run("over TLS it is Secure and __Host- prefixed", func(t *testing.T) {
		_, sc := signIn(t, codec, session.Staff, "", true)
		if !sc.Secure || !strings.HasPrefix(sc.Name, "__Host-") {
			t.Errorf("cookie %+v", sc)
		}
		r := requestWith(sc)
		r.Header.Set("X-Forwarded-Proto", "https")
		if _, err := codec.Read(r); err != nil {
			t.Errorf("Read of the secure cookie: %v", err)
		}
	})
	t.Run("over TLS the plain-named cookie is not read (a sibling host could have set it)", func(t *testing.T) {
		r := requestWith(ck)
		r.Header.Set("X-Forwarded-Proto", "https")
		if _, err := codec.Read(r); !errors.Is(err, session.ErrNone) {
			t.Errorf("Read = %v, want ErrNone", err)
		}
	})

	cases := []struct {
		name    string
		cookie  func() *http.Cookie
		advance time.Duration
		want    error
	}{
		{"no cookie is ErrNone", func() *http.Cookie { return nil }, 0, session.ErrNone},
		{"a changed byte is ErrInvalid", func() *http.Cookie {
			v := []byte(ck.Value)
			v[len(v)-3] ^= 1
			return &http.Cookie{Name: ck.Name, Value: string(v)}
		}, 0, session.ErrInvalid},
		{"a session of another server's key is ErrInvalid", func() *http.Cookie {
			other, _ := newCodec(t)
			_, c := signIn(t, other, session.Staff, "", false)
			return c
		}, 0, session.ErrInvalid},
		{"a made-up value is ErrInvalid", func() *http.Cookie { return &http.Cookie{Name: ck.Name, Value: "admin"} }, 0, session.ErrInvalid},
		{"29 idle minutes are fine, across the DST change", func() *http.Cookie { return ck }, 29 * time.Minute, nil},
		{"31 idle minutes end it", func() *http.Cookie { return ck }, 31 * time.Minute, session.ErrEnded},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := clk.t
			defer func() { clk.t = start }()
			clk.t = clk.t.Add(tc.advance)
			_, err := codec.Read(requestWith(tc.cookie()))
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Errorf("Read: %v, want %v", err, tc.want)
			}
		})
	}
}

func TestSignOutEndsEveryCopyOfTheCookie(t *testing.T) {
	codec, _ := newCodec(t)
	s, ck := signIn(t, codec, session.Staff, "", false)
	copied := *ck // taken before the sign-out
	w := httptest.NewRecorder()
	if err := codec.SignOut(w, requestWith(ck), s); err != nil {
		t.Fatal(err)
	}
	if c := cookieOf(t, w); c.MaxAge >= 0 || c.Value != "" {
		t.Errorf("the sign-out's cookie = %+v, want it removed", c)
	}
	if _, err := codec.Read(requestWith(&copied)); !errors.Is(err, session.ErrEnded) {
		t.Errorf("Read of the copied cookie after sign-out = %v, want ErrEnded", err)
	}
	signIn(t, codec, session.Staff, "", false) // another sign-in does not bring it back
	if _, err := codec.Read(requestWith(&copied)); !errors.Is(err, session.ErrEnded) {
		t.Errorf("after another sign-in, Read of the copied cookie = %v, want ErrEnded", err)
	}
}

func TestTouchRenewsTheIdleTimeoutUpToTheLifetime(t *testing.T) {
	codec, clk := newCodec(t)
	_, ck := signIn(t, codec, session.Staff, "", false)
	// use it every 20 minutes: the idle timeout never ends it, the lifetime does
	for i := 1; ; i++ {
		clk.t = clk.t.Add(20 * time.Minute)
		got, err := codec.Read(requestWith(ck))
		if errors.Is(err, session.ErrEnded) {
			if elapsed := time.Duration(i) * 20 * time.Minute; elapsed <= 12*time.Hour {
				t.Fatalf("ended after %v, before the 12-hour lifetime", elapsed)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := codec.Touch(context.Background(), got); err != nil {
			t.Fatal(err)
		}
		if i > 40 {
			t.Fatal("the session outlived its lifetime")
		}
	}
}

func TestCheckCSRF(t *testing.T) {
	codec, _ := newCodec(t)
	s, _ := signIn(t, codec, session.Staff, "", false)
	cases := []struct {
		name  string
		setup func(r *http.Request)
		ok    bool
	}{
		{"the header with the session's token from this site passes", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Sec-Fetch-Site", "same-origin")
		}, true},
		{"the form field with it passes", func(r *http.Request) {
			r.Body = http.NoBody
			r.PostForm = map[string][]string{session.CSRFField: {s.CSRF}}
			r.Header.Set("Sec-Fetch-Site", "same-origin")
		}, true},
		{"a browser without Fetch Metadata passes by its Origin", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Origin", "http://"+r.Host)
		}, true},
		{"no token is refused", func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "same-origin") }, false},
		{"another token is refused", func(r *http.Request) {
			other := "X" // a token that differs in its first character, whatever that is (it was "X" one time in 64: a flake)
			if s.CSRF[0] == 'X' {
				other = "Y"
			}
			r.Header.Set(session.CSRFHeader, other+s.CSRF[1:])
			r.Header.Set("Sec-Fetch-Site", "same-origin")
		}, false},
		{"the right token from another site is refused", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Sec-Fetch-Site", "cross-site")
		}, false},
		{"the right token with another Origin is refused", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Origin", "http://evil.example")
		}, false},
		{"the right token with Origin null is refused", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Origin", "null")
		}, false},
		{"the right token with neither Origin nor Fetch Metadata is refused", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
		}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/api/x", nil)
			tc.setup(r)
			err := session.CheckCSRF(r, s)
			if (err == nil) != tc.ok || (err != nil && !errors.Is(err, session.ErrCSRF)) {
				t.Errorf("CheckCSRF = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}
