package saml

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/beevik/etree"
	crewsaml "github.com/crewjam/saml"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/planner"
)

// XML namespaces of the elements Finish looks at before crewjam does.
const (
	nsProtocol  = "urn:oasis:names:tc:SAML:2.0:protocol"
	nsAssertion = "urn:oasis:names:tc:SAML:2.0:assertion"
	nsDSig      = "http://www.w3.org/2000/09/xmldsig#"
)

// Finish checks the IdP's Response posted to the ACS (HTTP-POST binding)
// and returns the identity it asserts with the data given to Begin. A
// Response that breaks a rule is refused with an *identity.Refusal naming
// it (identity.RuleOf); its message never holds the person's data. Other
// errors are the store's.
//
// The checks, in order: a well-formed Response (RuleProtocol) from the
// configured IdP (RuleIssuer), holding no plain Assertion (RuleEncryption)
// and at most one EncryptedAssertion, answering a pending request taken
// from Once (RuleState); then crewjam's: signatures by a certificate in the
// IdP's metadata (RuleSignature), status Success (RuleStatus), decryption
// with any of the keys (RuleEncryption), the assertion's issuer, audience
// (RuleAudience), recipient and destination (RuleRecipient) and validity
// window (RuleTime); then ours: the assertion itself signed
// (RuleSignature), its window with MaxSkew (RuleTime), a persistent NameID
// (RuleSubject), the OIOSAML spec version (RuleProfile), the level of
// assurance (RuleAssurance), and last its one-time use (RuleReplay).
func (sp *SP) Finish(ctx context.Context, r *http.Request) (identity.Identity, []byte, error) {
	now := sp.cfg.Now()
	raw, err := postedResponse(r)
	if err != nil {
		return identity.Identity{}, nil, err
	}
	resp, err := inspect(raw, sp.idp.EntityID)
	if err != nil {
		return identity.Identity{}, nil, err
	}
	data, err := sp.take(ctx, requestKey, resp.inResponseTo)
	if err != nil {
		return identity.Identity{}, nil, err
	}
	a, err := sp.client(now).ParseXMLResponse(raw, []string{resp.inResponseTo}, sp.acsURL)
	if err != nil && resp.signed {
		return identity.Identity{}, nil, refusal(err, identity.RuleProtocol, "the response cannot be checked")
	}
	if err != nil {
		// crewjam refuses an unsigned assertion in an unsigned Response with
		// an error of no kind; before the assertion's signature is checked
		// nothing else it does fails that way, short of unreadable XML.
		return identity.Identity{}, nil, refusal(err, identity.RuleSignature, "neither the response nor its assertion is signed")
	}
	id, err := sp.check(a, now)
	if err != nil {
		return identity.Identity{}, nil, err
	}
	if err := sp.useOnce(ctx, a); err != nil {
		return identity.Identity{}, nil, err
	}
	return id, data, nil
}

// postedResponse returns the XML of the SAMLResponse posted in r.
func postedResponse(r *http.Request) ([]byte, error) {
	if r.Method != http.MethodPost {
		return nil, identity.Refuse(identity.RuleProtocol, "the response must be posted (HTTP-POST binding), not sent by %s", r.Method)
	}
	if err := r.ParseForm(); err != nil {
		return nil, identity.Refuse(identity.RuleProtocol, "the posted form cannot be read: %w", err)
	}
	v := r.PostForm.Get("SAMLResponse")
	if v == "" {
		return nil, identity.Refuse(identity.RuleProtocol, "the form holds no SAMLResponse")
	}
	raw, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return nil, identity.Refuse(identity.RuleProtocol, "the SAMLResponse is not base64: %w", err)
	}
	return raw, nil
}

// response is what Finish reads of a Response before crewjam checks it.
type response struct {
	inResponseTo string
	signed       bool // the Response carries an enveloped signature
}

// inspect reads the parts of a Response that crewjam does not check the
// way OIOSAML 3 wants, or checks only after something else: that it is
// from idpEntityID, and that its one assertion is encrypted.
func inspect(raw []byte, idpEntityID string) (response, error) {
	doc := etree.NewDocument()
	if err := doc.ReadFromBytes(raw); err != nil || doc.Root() == nil {
		return response{}, identity.Refuse(identity.RuleProtocol, "the SAMLResponse is not XML")
	}
	root := doc.Root()
	if root.Tag != "Response" || root.NamespaceURI() != nsProtocol {
		return response{}, identity.Refuse(identity.RuleProtocol, "the SAMLResponse is not a SAML 2.0 Response")
	}
	var resp response
	encrypted := 0
	for _, el := range root.ChildElements() {
		switch {
		case el.Tag == "Issuer" && el.NamespaceURI() == nsAssertion && el.Text() != idpEntityID:
			// An issuer's entity ID is not personal data; naming it helps IT.
			return response{}, identity.Refuse(identity.RuleIssuer, "the response is from %q, not the configured IdP %q", el.Text(), idpEntityID)
		case el.Tag == "Assertion":
			// OIOSAML 3: assertions passing the browser MUST be encrypted,
			// signed or not.
			return response{}, identity.Refuse(identity.RuleEncryption, "the response holds a plain Assertion: it must be an EncryptedAssertion")
		case el.Tag == "EncryptedAssertion":
			encrypted++
		case el.Tag == "Signature" && el.NamespaceURI() == nsDSig:
			resp.signed = true
		}
	}
	if encrypted > 1 {
		return response{}, identity.Refuse(identity.RuleProtocol, "the response holds %d EncryptedAssertions, not one", encrypted)
	}
	if resp.inResponseTo = root.SelectAttrValue("InResponseTo", ""); resp.inResponseTo == "" {
		return response{}, identity.Refuse(identity.RuleState, "the response answers no request (IdP-initiated sign-in is not accepted)")
	}
	return resp, nil
}

// take returns the data kept under prefix+id, and removes it. An unknown
// id, or one already taken or expired, is identity.RuleState.
func (sp *SP) take(ctx context.Context, prefix, id string) ([]byte, error) {
	data, err := sp.cfg.Once.TakeSignInOnce(ctx, prefix+id)
	if errors.Is(err, planner.ErrNotFound) {
		return nil, identity.Refuse(identity.RuleState, "the answer is to a request that is unknown, already answered or expired: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("take the pending SAML request: %w", err)
	}
	return data, nil
}

// crewKinds maps crewjam's error kinds to rules, most specific first, with
// reasons of ours: crewjam's messages are not ours to vouch for.
var crewKinds = []struct {
	kind         error
	rule, reason string
}{
	{crewsaml.ErrAssertionReplayed, identity.RuleReplay, "the message was used before"},
	{crewsaml.ErrRequestIDMismatch, identity.RuleState, "the answer does not match the request it names"},
	{crewsaml.ErrIssuerMismatch, identity.RuleIssuer, "the message or its assertion is not issued by the configured IdP"},
	{crewsaml.ErrUntrustedCertificate, identity.RuleSignature, "signed with a certificate that is not in the IdP's metadata (is the metadata current?)"},
	{crewsaml.ErrCertificateNotValidNow, identity.RuleSignature, "the IdP's signing certificate is expired or not yet valid"},
	{crewsaml.ErrInvalidSignature, identity.RuleSignature, "the signature does not verify"},
	{crewsaml.ErrDecryptionFailed, identity.RuleEncryption, "the assertion cannot be decrypted with any of the SP's keys"},
	{crewsaml.ErrAudienceMismatch, identity.RuleAudience, "the assertion's audience is not this SP's entity ID"},
	{crewsaml.ErrDestinationMismatch, identity.RuleRecipient, "the message is addressed to another endpoint than this SP's (Destination or Recipient)"},
	{crewsaml.ErrExpired, identity.RuleTime, "the message or its assertion has expired (are the clocks right?)"},
	{crewsaml.ErrNotYetValid, identity.RuleTime, "the message or its assertion is not valid yet (are the clocks right?)"},
	{crewsaml.ErrUnsupported, identity.RuleProtocol, "the message uses something not supported"},
	{crewsaml.ErrMissingElement, identity.RuleProtocol, "the message or its assertion lacks a required element"},
	{crewsaml.ErrMalformedMessage, identity.RuleProtocol, "the message or its assertion is malformed"},
}

// refusal names the rule a message refused by crewjam broke: by its
// kind, or rule for an error of no kind.
func refusal(err error, rule, reason string) error {
	var status crewsaml.ErrBadStatus
	if errors.As(err, &status) {
		return identity.Refuse(identity.RuleStatus, "the IdP answered with status %q", status.Status)
	}
	for _, k := range crewKinds {
		if errors.Is(err, k.kind) {
			return identity.Refuse(k.rule, "%s: %w", k.reason, k.kind)
		}
	}
	return identity.Refuse(rule, "%s", reason)
}

// check applies the rules crewjam does not, and returns the identity a
// asserts.
func (sp *SP) check(a *crewsaml.Assertion, now time.Time) (identity.Identity, error) {
	if a.Signature == nil {
		// OIOSAML 3: the assertion MUST be directly signed; a signed
		// Response is not enough (our metadata says WantAssertionsSigned).
		return identity.Identity{}, identity.Refuse(identity.RuleSignature, "the assertion itself is not signed")
	}
	if err := sp.checkTime(a, now); err != nil {
		return identity.Identity{}, err
	}
	nameID := a.Subject.NameID
	switch {
	case nameID == nil:
		return identity.Identity{}, identity.Refuse(identity.RuleSubject, "the subject has no NameID")
	case nameID.Format != string(crewsaml.PersistentNameIDFormat):
		return identity.Identity{}, identity.Refuse(identity.RuleSubject, "the NameID's format is %q, not persistent", nameID.Format)
	case nameID.Value == "":
		return identity.Identity{}, identity.Refuse(identity.RuleSubject, "the NameID is empty")
	}
	c := claims(a)
	if sp.cfg.RequireOIOSAML {
		if err := oiosaml(a, c); err != nil {
			return identity.Identity{}, err
		}
	}
	loa := first(c[AttrAssurance])
	if assuranceRank[loa] == 0 {
		loa = ""
	}
	if assuranceRank[loa] < assuranceRank[sp.cfg.MinAssurance] {
		return identity.Identity{}, identity.Refuse(identity.RuleAssurance, "the level of assurance is %q, below %q", loa, sp.cfg.MinAssurance)
	}
	authn := a.AuthnStatements[0] // crewjam requires one
	return identity.Identity{
		Issuer:         sp.idp.EntityID,
		Subject:        nameID.Value,
		Name:           first(c[AttrFullName]),
		Email:          first(c[AttrEmail]),
		Claims:         c,
		AssuranceLevel: loa,
		SessionIndex:   authn.SessionIndex,
		AuthTime:       authn.AuthnInstant,
	}, nil
}

// oiosaml checks the shape OIOSAML 3 gives an assertion: its spec
// version, and exactly one AuthnStatement and one AttributeStatement.
func oiosaml(a *crewsaml.Assertion, c map[string][]string) error {
	switch {
	case !only(c[AttrSpecVersion], SpecVersion):
		return identity.Refuse(identity.RuleProfile, "the assertion's spec version is not %s", SpecVersion)
	case len(a.AuthnStatements) != 1 || len(a.AttributeStatements) != 1:
		return identity.Refuse(identity.RuleProfile, "the assertion has %d AuthnStatements and %d AttributeStatements, not one of each",
			len(a.AuthnStatements), len(a.AttributeStatements))
	}
	return nil
}

// checkTime checks a's validity window, allowing MaxSkew (crewjam allows
// its own MaxClockSkew, which may be wider).
func (sp *SP) checkTime(a *crewsaml.Assertion, now time.Time) error {
	skew, c := sp.cfg.MaxSkew, a.Conditions
	switch {
	case now.Add(skew).Before(a.IssueInstant):
		return identity.Refuse(identity.RuleTime, "the assertion is issued in the future (are the clocks right?)")
	case now.Add(skew).Before(c.NotBefore):
		return identity.Refuse(identity.RuleTime, "the assertion is not valid yet (are the clocks right?)")
	case !c.NotOnOrAfter.IsZero() && !now.Before(c.NotOnOrAfter.Add(skew)):
		return identity.Refuse(identity.RuleTime, "the assertion has expired")
	}
	return nil
}

// useOnce records a as used until it expires; an assertion used before is
// identity.RuleReplay.
func (sp *SP) useOnce(ctx context.Context, a *crewsaml.Assertion) error {
	if a.ID == "" {
		return identity.Refuse(identity.RuleProtocol, "the assertion has no ID")
	}
	// crewjam refuses the assertion once its IssueInstant is MaxIssueDelay
	// old, our check once NotOnOrAfter+MaxSkew has passed: keep the record
	// until the later of the two, when neither accepts it.
	expires := a.IssueInstant.Add(crewsaml.MaxIssueDelay + sp.cfg.MaxSkew)
	if end := a.Conditions.NotOnOrAfter.Add(sp.cfg.MaxSkew); end.After(expires) {
		expires = end
	}
	err := sp.cfg.Once.PutSignInOnce(ctx, assertionKey+a.Issuer.Value+"|"+a.ID, nil, expires)
	if errors.Is(err, planner.ErrConflict) {
		return identity.Refuse(identity.RuleReplay, "the assertion was used before: %w", err)
	}
	if err != nil {
		return fmt.Errorf("record the used SAML assertion: %w", err)
	}
	return nil
}

// first returns the first of vs, or "".
func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// only reports whether vs is exactly the one value v.
func only(vs []string, v string) bool { return len(vs) == 1 && vs[0] == v }
