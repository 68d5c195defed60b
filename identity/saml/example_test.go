package saml_test

import (
	"fmt"
	"os"

	"github.com/planner-dk/planner/identity/saml"
)

// An OCES3 certificate whose key is RSASSA-PSS cannot be the SP's: the key
// must decrypt assertions too.
func ExampleParseKeyPair() {
	cert, _ := os.ReadFile("testdata/rsassa-pss-cert.pem")
	key, _ := os.ReadFile("testdata/rsassa-pss-key.pem")
	_, err := saml.ParseKeyPair(cert, key)
	fmt.Println(err)
	// Output:
	// parse SP certificate: its key algorithm is RSASSA-PSS (OID 1.2.840.113549.1.1.10), which can only sign, but the SP's key must also decrypt the assertions encrypted to it: ask for an OCES3 certificate with an rsaEncryption key (OID 1.2.840.113549.1.1.1) instead; an RSASSA-PSS signature by the issuing CA is fine
}
