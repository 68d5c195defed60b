// Package saml is Planner's SAML 2.0 service provider for a job centre's
// staff, signing in through their municipality's identity provider to the
// Danish OIOSAML 3 profile (KOMBIT's Context Handler, MitID Erhverv).
// crewjam/saml does the protocol: signatures, decryption, the conditions
// of an assertion; this package configures it as OIOSAML 3 wants, adds the
// checks it leaves out, names the rule each refused answer broke
// (identity.Refusal) and keeps the one-time records in an
// identity.OnceStore shared by every replica.
//
// A sign-in is Begin (a signed AuthnRequest, HTTP-Redirect binding) and
// Finish (the Response the browser posts to the ACS). Finish refuses, in
// this order:
//
//   - a Response that is not one (identity.RuleProtocol);
//   - a Response from another issuer than the IdP of the metadata
//     (identity.RuleIssuer);
//   - a plain Assertion, signed or not (identity.RuleEncryption: OIOSAML 3
//     wants assertions passing the browser encrypted), or more than one
//     EncryptedAssertion (identity.RuleProtocol);
//   - an answer to no pending request of Begin, or to one already
//     answered or more than 10 minutes old (identity.RuleState);
//   - what crewjam refuses: a signature not by a certificate of the IdP's
//     metadata or not verifying (identity.RuleSignature), a status other
//     than Success (identity.RuleStatus), an assertion none of the keys
//     decrypts (identity.RuleEncryption), for another audience
//     (identity.RuleAudience) or recipient (identity.RuleRecipient), or
//     outside its validity window (identity.RuleTime);
//   - an assertion not itself signed (identity.RuleSignature: OIOSAML 3
//     says so, and our metadata says WantAssertionsSigned);
//   - an assertion outside its window by more than MaxSkew
//     (identity.RuleTime);
//   - a NameID that is not persistent, or empty (identity.RuleSubject);
//   - with RequireOIOSAML, a spec version other than OIO-SAML-3.0, or not
//     exactly one AuthnStatement and one AttributeStatement
//     (identity.RuleProfile);
//   - a level of assurance below MinAssurance, or none when one is set
//     (identity.RuleAssurance);
//   - an assertion used before (identity.RuleReplay).
//
// No refusal's message holds the person's NameID, name, e-mail address or
// attributes: crewjam's messages are replaced by reasons of ours, and its
// error kinds kept for errors.Is.
//
// Single logout is LogoutURL (a signed LogoutRequest to the IdP) and
// HandleLogout (the IdP's LogoutRequest, or its answer to ours).
//
// Not done of OIOSAML 3: the SP metadata has no Organization or
// ContactPerson and no AttributeConsumingService (the IdP's administration
// is told the attributes); IdP metadata is given, not fetched or verified
// against a signature; a PrivilegeGroup's Scope is not read (check the
// CVR attribute when one IdP serves several organisations); the
// HTTP-Artifact binding and IdP-initiated sign-in are not accepted.
package saml
