package caldavtest

import (
	"crypto/subtle"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

// authProxy fronts a server that has no authentication (Xandikos) and
// demands either Basic credentials or a bearer token (the password), the way
// a real deployment's reverse proxy would. A refused request gets 401 with a
// WWW-Authenticate challenge, as Radicale answers.
type authProxy struct {
	URL  string
	srv  *http.Server
	user string
	pass string
}

func newAuthProxy(user, pass, target string) (*authProxy, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &authProxy{URL: "http://" + l.Addr().String(), user: user, pass: pass}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/health" {
			rp.ServeHTTP(w, r)
			return
		}
		if !p.allowed(r) {
			w.Header().Set("WWW-Authenticate", `Basic realm="caldavtest"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		r.Header.Del("Authorization")
		rp.ServeHTTP(w, r)
	})}
	go p.srv.Serve(l)
	return p, nil
}

func (p *authProxy) allowed(r *http.Request) bool {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return subtle.ConstantTimeCompare([]byte(tok), []byte(p.pass)) == 1
	}
	u, pw, ok := r.BasicAuth()
	return ok && subtle.ConstantTimeCompare([]byte(u), []byte(p.user)) == 1 &&
		subtle.ConstantTimeCompare([]byte(pw), []byte(p.pass)) == 1
}

// Close stops the proxy.
func (p *authProxy) Close() error { return p.srv.Close() }
