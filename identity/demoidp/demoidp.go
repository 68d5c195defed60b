// Package demoidp is a small OpenID provider of Planner's own: the
// identity provider `planner demo -idp` starts, so a newcomer can watch a
// real single sign-on (discovery, the authorization code flow with PKCE,
// a signed ID token, RP-initiated logout), and the in-process provider the
// relying party's fast tests break on purpose (Tamper, SignWith). It is
// not a test oracle: the sign-in tests run against LemonLDAP::NG too.
//
// Its people sign in by choosing their name: there are no passwords.
package demoidp

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	jose "github.com/go-jose/go-jose/v4"
)

// User is one person the provider knows.
type User struct {
	Login  string   // the subject (sub)
	Name   string   // name
	Email  string   // email and upn
	Groups []string // groups
}

// Client is a relying party registered at the provider.
type Client struct {
	Secret       string
	RedirectURIs []string
	// PostLogoutURIs are where the end-session endpoint may send back to.
	PostLogoutURIs []string
}

// OP is the provider; it is an http.Handler for the paths under Issuer.
type OP struct {
	// Issuer is the provider's URL, as the discovery document gives it.
	Issuer  string
	Users   []User
	Clients map[string]Client
	// Tamper, when set, changes the ID token's claims before it is signed
	// (a test's broken provider).
	Tamper func(claims map[string]any)
	// SignWith, when set, signs the ID tokens with another key than the
	// published one.
	SignWith *rsa.PrivateKey
	// Mangle, when set, changes the signed ID token (compact JWS) before it
	// is answered: a token tampered with on the way, or one unsigned.
	Mangle func(jws string) string
	// Now is the clock (time.Now when nil).
	Now func() time.Time

	key   *rsa.PrivateKey
	keyID string
	mu    sync.Mutex
	codes map[string]grant
}

// grant is an authorization code's request.
type grant struct {
	client, redirect, challenge, nonce string
	user                               User
	expires                            time.Time
}

// New returns a provider at issuer with a fresh RSA key.
func New(issuer string, users []User, clients map[string]Client) (*OP, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	return &OP{Issuer: strings.TrimSuffix(issuer, "/"), Users: users, Clients: clients, key: key, keyID: rand.Text()[:8], codes: map[string]grant{}}, nil
}

func (op *OP) now() time.Time {
	if op.Now != nil {
		return op.Now()
	}
	return time.Now()
}

// ServeHTTP serves discovery, the keys, the authorization, token and
// end-session endpoints.
func (op *OP) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	base, _ := url.Parse(op.Issuer)
	switch strings.TrimPrefix(r.URL.Path, base.Path) {
	case "/.well-known/openid-configuration":
		writeJSON(w, map[string]any{
			"issuer": op.Issuer, "authorization_endpoint": op.Issuer + "/authorize", "token_endpoint": op.Issuer + "/token",
			"jwks_uri": op.Issuer + "/jwks", "end_session_endpoint": op.Issuer + "/logout",
			"response_types_supported": []string{"code"}, "subject_types_supported": []string{"public"},
			"id_token_signing_alg_values_supported": []string{"RS256"}, "code_challenge_methods_supported": []string{"S256"},
			"scopes_supported": []string{"openid", "profile", "email"},
		})
	case "/jwks":
		writeJSON(w, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &op.key.PublicKey, KeyID: op.keyID, Algorithm: "RS256", Use: "sig"}}})
	case "/authorize":
		op.authorize(w, r)
	case "/token":
		op.token(w, r)
	case "/logout":
		to := r.URL.Query().Get("post_logout_redirect_uri")
		c, ok := op.Clients[r.URL.Query().Get("client_id")]
		if to == "" || !ok || !slices.Contains(c.PostLogoutURIs, to) {
			fmt.Fprintln(w, "Du er logget ud.")
			return
		}
		http.Redirect(w, r, to, http.StatusSeeOther)
	default:
		http.NotFound(w, r)
	}
}

// registered reports whether uri is one of client's redirect URIs.
func (op *OP) registered(client, uri string) bool {
	c, ok := op.Clients[client]
	return ok && slices.Contains(c.RedirectURIs, uri)
}

var chooser = template.Must(template.New("").Parse(`<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Demo-identitetsudbyder</title></head>
<body><main><h1>Demo-identitetsudbyder</h1><p>Vælg, hvem du logger ind som:</p>
<form method="post">{{range $k, $v := .Query}}{{range $v}}<input type="hidden" name="{{$k}}" value="{{.}}">{{end}}{{end}}
{{range .Users}}<p><button type="submit" name="login" value="{{.Login}}">{{.Name}}</button></p>{{end}}
</form></main></body></html>`))

// authorize shows the people to choose from (GET) and issues a code for
// the chosen one (POST).
func (op *OP) authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	q := r.Form
	client, redirect := q.Get("client_id"), q.Get("redirect_uri")
	if !op.registered(client, redirect) {
		http.Error(w, "unknown client or redirect_uri", http.StatusBadRequest)
		return
	}
	if q.Get("response_type") != "code" || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" {
		op.fail(w, r, redirect, q.Get("state"), "invalid_request")
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = chooser.Execute(w, map[string]any{"Query": r.URL.Query(), "Users": op.Users})
		return
	}
	i := slices.IndexFunc(op.Users, func(u User) bool { return u.Login == q.Get("login") })
	if i < 0 {
		op.fail(w, r, redirect, q.Get("state"), "access_denied")
		return
	}
	code := op.Grant(client, redirect, q.Get("code_challenge"), q.Get("nonce"), op.Users[i])
	http.Redirect(w, r, redirect+"?"+url.Values{"code": {code}, "state": {q.Get("state")}}.Encode(), http.StatusSeeOther)
}

// Grant issues an authorization code for user, as the chooser does.
func (op *OP) Grant(client, redirect, challenge, nonce string, user User) string {
	code := rand.Text()
	op.mu.Lock()
	op.codes[code] = grant{client: client, redirect: redirect, challenge: challenge, nonce: nonce, user: user, expires: op.now().Add(time.Minute)}
	op.mu.Unlock()
	return code
}

func (op *OP) fail(w http.ResponseWriter, r *http.Request, redirect, state, code string) {
	http.Redirect(w, r, redirect+"?"+url.Values{"error": {code}, "state": {state}}.Encode(), http.StatusSeeOther)
}

// token exchanges a code for an ID token, checking the client, the
// redirect URI and the PKCE verifier.
func (op *OP) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || r.Method != http.MethodPost {
		tokenError(w, "invalid_request")
		return
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	if c, known := op.Clients[id]; !known || subtle.ConstantTimeCompare([]byte(c.Secret), []byte(secret)) != 1 {
		tokenError(w, "invalid_client")
		return
	}
	op.mu.Lock()
	g, found := op.codes[r.PostForm.Get("code")]
	delete(op.codes, r.PostForm.Get("code")) // a code is used once
	op.mu.Unlock()
	sum := sha256.Sum256([]byte(r.PostForm.Get("code_verifier")))
	switch {
	case !found || op.now().After(g.expires) || g.client != id || g.redirect != r.PostForm.Get("redirect_uri"):
		tokenError(w, "invalid_grant")
		return
	case base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge:
		tokenError(w, "invalid_grant")
		return
	}
	now := op.now()
	claims := map[string]any{
		"iss": op.Issuer, "sub": g.user.Login, "aud": id, "exp": now.Add(5 * time.Minute).Unix(), "iat": now.Unix(),
		"auth_time": now.Unix(), "nonce": g.nonce, "name": g.user.Name, "email": g.user.Email, "upn": g.user.Email,
		"groups": g.user.Groups,
	}
	if op.Tamper != nil {
		op.Tamper(claims)
	}
	idToken, err := op.sign(claims)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if op.Mangle != nil {
		idToken = op.Mangle(idToken)
	}
	writeJSON(w, map[string]any{"access_token": rand.Text(), "token_type": "Bearer", "expires_in": 300, "id_token": idToken})
}

// sign makes a compact RS256 JWS of claims.
func (op *OP) sign(claims map[string]any) (string, error) {
	key := op.key
	if op.SignWith != nil {
		key = op.SignWith
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: op.keyID}},
		(&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		return "", err
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	jws, err := signer.Sign(payload)
	if err != nil {
		return "", err
	}
	return jws.CompactSerialize()
}

func tokenError(w http.ResponseWriter, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
