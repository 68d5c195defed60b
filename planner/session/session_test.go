package session_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/session"
)

// clock is a settable time for the codec.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newCodec(t *testing.T) (*session.Codec, *clock) {
	t.Helper()
	c := session.New(secret.NewKeyring(secret.NewKey()))
	clk := &clock{t: time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC)} // the night Denmark goes to summer time
	c.Now = clk.now
	return c, clk
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
	s := codec.Start(session.Citizen, []byte("hash-of-the-portal-token"), "0101904321")
	w := httptest.NewRecorder()
	codec.Write(w, s, false)
	ck := cookieOf(t, w)

	t.Run("is HttpOnly, SameSite=Strict, for the whole site, with the lifetime as Max-Age", func(t *testing.T) {
		if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/" || ck.MaxAge != int((12*time.Hour).Seconds()) || ck.Secure {
			t.Errorf("cookie %+v", ck)
		}
	})
	t.Run("holds neither the CPR number nor the token hash in clear", func(t *testing.T) {
		for _, clear := range []string{"0101904321", "010190", "hash-of-the-portal-token", s.CSRF} {
			if strings.Contains(ck.Value, clear) {
				t.Errorf("cookie value contains %q", clear)
			}
		}
	})
	t.Run("opens to the session it was made from", func(t *testing.T) {
		got, err := codec.Read(requestWith(ck))
		if err != nil || got.Kind != session.Citizen || got.CPR != "0101904321" || string(got.TokenHash) != "hash-of-the-portal-token" || got.CSRF != s.CSRF {
			t.Errorf("Read = %+v, %v", got, err)
		}
	})
	t.Run("over TLS it is Secure and __Host- prefixed", func(t *testing.T) {
		w := httptest.NewRecorder()
		codec.Write(w, s, true)
		sc := cookieOf(t, w)
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
		{"a value sealed under another key is ErrInvalid", func() *http.Cookie {
			other, _ := newCodec(t)
			w := httptest.NewRecorder()
			other.Write(w, s, false)
			return cookieOf(t, w)
		}, 0, session.ErrInvalid},
		{"a made-up value is ErrInvalid", func() *http.Cookie { return &http.Cookie{Name: ck.Name, Value: "admin"} }, 0, session.ErrInvalid},
		{"29 idle minutes are fine, across the DST change", func() *http.Cookie { return ck }, 29 * time.Minute, nil},
		{"31 idle minutes end it", func() *http.Cookie { return ck }, 31 * time.Minute, session.ErrExpired},
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

func TestTouchRenewsTheIdleTimeoutUpToTheLifetime(t *testing.T) {
	codec, clk := newCodec(t)
	s := codec.Start(session.Staff, []byte("h"), "")
	w := httptest.NewRecorder()
	codec.Touch(w, s, false)
	if len(w.Result().Cookies()) != 0 {
		t.Fatal("a session seen less than a minute ago was written again")
	}
	// use it every 20 minutes: the idle timeout never ends it, the lifetime does
	for i := 1; ; i++ {
		clk.t = clk.t.Add(20 * time.Minute)
		got, err := codec.Read(requestWith(&http.Cookie{Name: session.CookieName, Value: sealed(t, codec, s)}))
		if errors.Is(err, session.ErrExpired) {
			if elapsed := time.Duration(i) * 20 * time.Minute; elapsed <= 12*time.Hour {
				t.Fatalf("ended after %v, before the 12-hour lifetime", elapsed)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		codec.Touch(w, got, false)
		if len(w.Result().Cookies()) != 1 {
			t.Fatalf("a session seen 20 minutes ago was not renewed")
		}
		s, _ = codec.Read(requestWith(cookieOf(t, w)))
		if i > 40 {
			t.Fatal("the session outlived its lifetime")
		}
	}
}

func sealed(t *testing.T, c *session.Codec, s session.Session) string {
	t.Helper()
	w := httptest.NewRecorder()
	c.Write(w, s, false)
	return cookieOf(t, w).Value
}

func TestCheckCSRF(t *testing.T) {
	codec, _ := newCodec(t)
	s := codec.Start(session.Staff, []byte("h"), "")
	cases := []struct {
		name  string
		setup func(r *http.Request)
		ok    bool
	}{
		{"the header with the session's token passes", func(r *http.Request) { r.Header.Set(session.CSRFHeader, s.CSRF) }, true},
		{"the form field with it passes", func(r *http.Request) {
			r.Body = http.NoBody
			r.PostForm = map[string][]string{session.CSRFField: {s.CSRF}}
		}, true},
		{"no token is refused", func(*http.Request) {}, false},
		{"another token is refused", func(r *http.Request) { r.Header.Set(session.CSRFHeader, "X"+s.CSRF[1:]) }, false},
		{"the right token from another site is refused", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Sec-Fetch-Site", "cross-site")
		}, false},
		{"same-origin with the token passes", func(r *http.Request) {
			r.Header.Set(session.CSRFHeader, s.CSRF)
			r.Header.Set("Sec-Fetch-Site", "same-origin")
		}, true},
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
