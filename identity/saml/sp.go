package saml

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"time"

	crewsaml "github.com/crewjam/saml"
	dsig "github.com/russellhaering/goxmldsig"

	"github.com/planner-dk/planner/identity"
)

// Config is a service provider's setup for one identity provider.
type Config struct {
	// EntityID is the SP's entity ID, by convention the URL of its metadata.
	EntityID string
	// ACSURL is the SP's assertion consumer service (HTTP-POST binding),
	// SLOURL its single logout service (HTTP-Redirect and HTTP-POST).
	// Both are absolute URLs.
	ACSURL, SLOURL string
	// Keys are the SP's keys. Keys[0] signs the SP's requests and is the
	// key the IdP encrypts to. All of them are published in the metadata
	// (for signing and for encryption) and all are tried when decrypting,
	// so that during a certificate rollover the old and the new key both
	// work: put the new key first once the IdP has the new metadata.
	Keys []KeyPair
	// IdPMetadata is the IdP's metadata XML: an EntityDescriptor, or an
	// EntitiesDescriptor holding exactly one identity provider.
	IdPMetadata []byte
	// MinAssurance is the lowest NSIS level of assurance accepted: "" (any),
	// "Low", "Substantial" or "High". When set, AuthnRequests ask for it
	// (OIOSAML 3 OIO-SP-06) and an assertion below it, or without a level,
	// is refused (identity.RuleAssurance).
	MinAssurance string
	// RequireOIOSAML refuses an assertion whose spec version attribute is
	// not "OIO-SAML-3.0" (identity.RuleProfile).
	RequireOIOSAML bool
	// MaxSkew is the clock skew allowed between the IdP and the SP, 2
	// minutes when zero. It may not exceed crewjam's MaxClockSkew (3
	// minutes), which crewjam applies besides; crewjam also refuses a
	// response issued more than its MaxIssueDelay (90 seconds) ago.
	MaxSkew time.Duration
	// Once keeps the pending requests and the assertions already used.
	Once identity.OnceStore
	// Now is the clock, time.Now when nil.
	Now func() time.Time
}

// Defaults and limits.
const (
	defaultMaxSkew  = 2 * time.Minute
	requestLifetime = 10 * time.Minute // how long a sign-in or logout may take at the IdP
)

// The keys of the one-time records in Config.Once.
const (
	requestKey   = "saml-request:"    // + AuthnRequest ID: the data given to Begin
	assertionKey = "saml-assertion:"  // + issuer + "|" + assertion ID: used once
	logoutKey    = "saml-logout:"     // + LogoutRequest ID: a logout the SP started
	idpLogoutKey = "saml-idp-logout:" // + issuer + "|" + crewjam's key: the IdP's LogoutRequest, used once
)

// SP is a SAML 2.0 service provider for one identity provider, to the
// OIOSAML 3 profile. It is safe for concurrent use.
type SP struct {
	cfg      Config
	idp      *crewsaml.EntityDescriptor
	crew     crewsaml.ServiceProvider // copied for each call, with that call's clock
	acsURL   url.URL
	ssoURL   string // the IdP's HTTP-Redirect single sign-on service
	metadata []byte
}

// New checks cfg and returns its service provider. Its errors name the
// Config field at fault.
func New(cfg Config) (*SP, error) {
	if err := cfg.defaults(); err != nil {
		return nil, fmt.Errorf("new SAML service provider: %w", err)
	}
	acs, err := absoluteURL("ACSURL", cfg.ACSURL)
	if err != nil {
		return nil, fmt.Errorf("new SAML service provider: %w", err)
	}
	slo, err := absoluteURL("SLOURL", cfg.SLOURL)
	if err != nil {
		return nil, fmt.Errorf("new SAML service provider: %w", err)
	}
	idp, err := parseIdPMetadata(cfg.IdPMetadata)
	if err != nil {
		return nil, fmt.Errorf("new SAML service provider: IdPMetadata: %w", err)
	}
	sp := &SP{cfg: cfg, idp: idp, acsURL: *acs}
	sp.crew = crewsaml.ServiceProvider{
		EntityID:              cfg.EntityID,
		Key:                   cfg.Keys[0].Key,
		Certificate:           cfg.Keys[0].Cert,
		EncryptionKey:         cfg.Keys[0].Key,
		EncryptionCertificate: cfg.Keys[0].Cert,
		AcsURL:                *acs,
		SloURL:                *slo,
		IDPMetadata:           idp,
		AuthnNameIDFormat:     crewsaml.PersistentNameIDFormat,
		SignatureMethod:       dsig.RSASHA256SignatureMethod,
		RejectSHA1Signatures:  true,
		// The IdP may use either binding for logout; responses come by POST.
		LogoutBindings:                   []string{crewsaml.HTTPRedirectBinding, crewsaml.HTTPPostBinding},
		AssertionConsumerServiceBindings: []string{crewsaml.HTTPPostBinding},
		// Metadata uploaded to an IdP's administration must not expire in
		// two days, crewjam's default validUntil; cacheDuration is sent instead.
		MetadataOmitValidUntil: true,
		// A BaseID subject then reaches our own subject check
		// (identity.RuleSubject) rather than failing as unsupported.
		AcceptAssertionBaseID: true,
	}
	for _, k := range cfg.Keys[1:] {
		sp.crew.DecryptionKeys = append(sp.crew.DecryptionKeys, k.Key)
	}
	if cfg.MinAssurance != "" {
		// OIOSAML 3 OIO-SP-06: the level is asked for as a minimum.
		sp.crew.RequestedAuthnContext = &crewsaml.RequestedAuthnContext{
			Comparison:            "minimum",
			AuthnContextClassRefs: []string{nsisClassRef + cfg.MinAssurance},
		}
	}
	if sp.ssoURL = sp.crew.GetSSOBindingLocation(crewsaml.HTTPRedirectBinding); sp.ssoURL == "" {
		return nil, errors.New("new SAML service provider: IdPMetadata: the IdP has no HTTP-Redirect SingleSignOnService")
	}
	if sp.metadata, err = spMetadata(&sp.crew, cfg.Keys); err != nil {
		return nil, fmt.Errorf("new SAML service provider: metadata: %w", err)
	}
	return sp, nil
}

// defaults checks the fields of c that need no parsing and fills in the
// defaults.
func (c *Config) defaults() error {
	switch {
	case c.EntityID == "":
		return errors.New("EntityID: is required")
	case len(c.Keys) == 0:
		return errors.New("Keys: at least one key pair is required")
	case c.Once == nil:
		return errors.New("Once: is required")
	case c.MinAssurance != "" && assuranceRank[c.MinAssurance] == 0:
		return errors.New(`MinAssurance: must be "", "Low", "Substantial" or "High"`)
	case c.MaxSkew < 0 || c.MaxSkew > crewsaml.MaxClockSkew:
		return fmt.Errorf("MaxSkew: must be between 0 and %v", crewsaml.MaxClockSkew)
	}
	for i, k := range c.Keys {
		if err := checkKeyPair(k); err != nil {
			return fmt.Errorf("Keys[%d]: %w", i, err)
		}
	}
	if c.MaxSkew == 0 {
		c.MaxSkew = defaultMaxSkew
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// checkKeyPair checks a key pair that may not come from ParseKeyPair.
func checkKeyPair(k KeyPair) error {
	switch {
	case k.Key == nil || k.Cert == nil:
		return errors.New("needs both the key and the certificate")
	case !k.Key.PublicKey.Equal(k.Cert.PublicKey):
		return errors.New("the key does not belong to the certificate")
	case k.Key.N.BitLen() < minKeyBits:
		return fmt.Errorf("the RSA key has fewer than %d bits", minKeyBits)
	}
	return nil
}

// absoluteURL parses the URL of the Config field name.
func absoluteURL(name, s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("%s: must be an absolute URL", name)
	}
	return u, nil
}

// parseIdPMetadata reads an EntityDescriptor, or the one identity provider
// of an EntitiesDescriptor.
func parseIdPMetadata(data []byte) (*crewsaml.EntityDescriptor, error) {
	var ed crewsaml.EntityDescriptor
	if err := xml.Unmarshal(data, &ed); err == nil {
		if len(ed.IDPSSODescriptors) == 0 {
			return nil, errors.New("the entity has no IDPSSODescriptor")
		}
		return &ed, nil
	}
	var eds crewsaml.EntitiesDescriptor
	if err := xml.Unmarshal(data, &eds); err != nil {
		return nil, fmt.Errorf("not SAML metadata: %w", err)
	}
	var idps []crewsaml.EntityDescriptor
	for _, e := range eds.EntityDescriptors {
		if len(e.IDPSSODescriptors) > 0 {
			idps = append(idps, e)
		}
	}
	if len(idps) != 1 {
		return nil, fmt.Errorf("holds %d identity providers, want exactly one", len(idps))
	}
	return &idps[0], nil
}

// spMetadata returns the SP's metadata: crewjam's, with every key published
// for signing and for encryption, Keys[0] first (an IdP encrypts to the
// first encryption key it finds).
func spMetadata(c *crewsaml.ServiceProvider, keys []KeyPair) ([]byte, error) {
	ed := c.Metadata()
	desc := &ed.SPSSODescriptors[0]
	var methods []crewsaml.EncryptionMethod
	for _, kd := range desc.KeyDescriptors {
		if kd.Use == "encryption" {
			methods = kd.EncryptionMethods
		}
	}
	desc.KeyDescriptors = nil
	for _, use := range []string{"encryption", "signing"} {
		for _, k := range keys {
			kd := crewsaml.KeyDescriptor{Use: use, KeyInfo: crewsaml.KeyInfo{X509Data: crewsaml.X509Data{
				X509Certificates: []crewsaml.X509Certificate{{Data: base64Std(k.Cert.Raw)}},
			}}}
			if use == "encryption" {
				kd.EncryptionMethods = methods
			}
			desc.KeyDescriptors = append(desc.KeyDescriptors, kd)
		}
	}
	out, err := xml.MarshalIndent(ed, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), out...), nil
}

// Metadata returns the SP's metadata, for the IdP: AuthnRequestsSigned and
// WantAssertionsSigned, every key's certificate for signing and for
// encryption, the assertion consumer service (HTTP-POST), the single
// logout service and the persistent NameID format. It has no validUntil,
// since a copy uploaded to an IdP's administration must not expire.
func (sp *SP) Metadata() []byte { return bytes.Clone(sp.metadata) }

// Begin starts a sign-in: it keeps data with a new signed AuthnRequest
// until the IdP's answer (Finish) or for 10 minutes, and returns the URL
// that sends the request to the IdP (HTTP-Redirect binding, RSA-SHA256).
// data should tie the sign-in to the browser that began it (such as the
// hash of a cookie value the caller compares in Finish), since anyone may
// post an answer to the ACS.
func (sp *SP) Begin(ctx context.Context, data []byte) (redirectURL string, err error) {
	now := sp.cfg.Now()
	c := sp.client(now)
	req, err := c.MakeAuthenticationRequest(sp.ssoURL, crewsaml.HTTPRedirectBinding, crewsaml.HTTPPostBinding)
	if err != nil {
		return "", fmt.Errorf("begin SAML sign-in: %w", err)
	}
	u, err := req.Redirect("", c)
	if err != nil {
		return "", fmt.Errorf("begin SAML sign-in: %w", err)
	}
	if err := sp.cfg.Once.PutSignInOnce(ctx, requestKey+req.ID, data, now.Add(requestLifetime)); err != nil {
		return "", fmt.Errorf("begin SAML sign-in: keep the request: %w", err)
	}
	return u.String(), nil
}

// client returns crewjam's service provider with its clock stopped at now,
// so that one call sees one time.
func (sp *SP) client(now time.Time) *crewsaml.ServiceProvider {
	c := sp.crew
	c.Clock = dsig.NewFakeClockAt(now)
	return &c
}
