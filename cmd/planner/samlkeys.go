package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/planner-dk/planner/identity/saml"
)

// samlKeys reads the SAML service provider's certificates and keys
// (PLANNER_SAML_CERT, PLANNER_SAML_KEY), pairwise, the current one first;
// none when neither is set.
func (c Config) samlKeys() ([]saml.KeyPair, error) {
	if c.SAMLCert == "" && c.SAMLKey == "" {
		return nil, nil
	}
	certs, keys := strings.Split(c.SAMLCert, ","), strings.Split(c.SAMLKey, ",")
	if len(certs) != len(keys) {
		return nil, fmt.Errorf("PLANNER_SAML_CERT and PLANNER_SAML_KEY: want as many certificates as keys, the new one first")
	}
	var out []saml.KeyPair
	for i := range certs {
		certPEM, err := os.ReadFile(strings.TrimSpace(certs[i]))
		if err != nil {
			return nil, fmt.Errorf("PLANNER_SAML_CERT: %w", err)
		}
		keyPEM, err := os.ReadFile(strings.TrimSpace(keys[i]))
		if err != nil {
			return nil, fmt.Errorf("PLANNER_SAML_KEY: %w", err)
		}
		kp, err := saml.ParseKeyPair(certPEM, keyPEM)
		if err != nil {
			return nil, fmt.Errorf("PLANNER_SAML_CERT %s: %w", certs[i], err)
		}
		out = append(out, kp)
	}
	return out, nil
}
