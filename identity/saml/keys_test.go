package saml_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/planner-dk/planner/identity/saml"
)

func TestParseKeyPair(t *testing.T) {
	kp := testKeys().sp
	certPEM := pemOf("CERTIFICATE", kp.Cert.Raw)
	pkcs8, err := x509.MarshalPKCS8PrivateKey(kp.Key)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		keyPEM []byte
	}{
		{"PKCS#1", pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(kp.Key))},
		{"PKCS#8", pemOf("PRIVATE KEY", pkcs8)},
		{"PKCS#8 after other blocks", append(pemOf("EC PARAMETERS", []byte{6, 1, 0}), pemOf("PRIVATE KEY", pkcs8)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := saml.ParseKeyPair(certPEM, tc.keyPEM)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Key.Equal(kp.Key) || !got.Cert.Equal(kp.Cert) {
				t.Error("ParseKeyPair returned another key pair")
			}
		})
	}
}

// TestParseKeyPairRSASSAPSS reads a certificate and key made with
//
//	openssl req -x509 -newkey rsa-pss -pkeyopt rsa_keygen_bits:2048 \
//	  -keyout rsassa-pss-key.pem -out rsassa-pss-cert.pem -days 3650 -nodes \
//	  -subj "/CN=planner-test-rsassa-pss"
//
// Go's crypto/x509 parses such a certificate without error but leaves its
// PublicKey nil (PublicKeyAlgorithm UnknownPublicKeyAlgorithm), and
// ParsePKCS8PrivateKey refuses the key ("unknown algorithm:
// 1.2.840.113549.1.1.10"). ParseKeyPair must say what is wrong and what to
// ask for.
func TestParseKeyPairRSASSAPSS(t *testing.T) {
	certPEM := mustRead(t, "testdata/rsassa-pss-cert.pem")
	keyPEM := mustRead(t, "testdata/rsassa-pss-key.pem")

	block, _ := pem.Decode(certPEM)
	if cert, err := x509.ParseCertificate(block.Bytes); err != nil {
		t.Logf("crypto/x509 refuses the certificate: %v", err)
	} else if cert.PublicKey != nil {
		t.Logf("crypto/x509 now reads an RSASSA-PSS key: %T", cert.PublicKey)
	}

	pkcs1 := pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(testKeys().sp.Key))
	for _, tc := range []struct {
		name          string
		certPEM, keys []byte
	}{
		{"the certificate", certPEM, pkcs1},
		{"the key", pemOf("CERTIFICATE", testKeys().sp.Cert.Raw), keyPEM},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := saml.ParseKeyPair(tc.certPEM, tc.keys)
			if err == nil {
				t.Fatal("accepted")
			}
			t.Log(err)
			for _, want := range []string{"RSASSA-PSS", "1.2.840.113549.1.1.10", "OCES3", "rsaEncryption"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

func TestParseKeyPairRefuses(t *testing.T) {
	kp, other := testKeys().sp, testKeys().other
	certPEM := pemOf("CERTIFICATE", kp.Cert.Raw)
	ec, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ecDER, err := x509.MarshalPKCS8PrivateKey(ec)
	if err != nil {
		t.Fatal(err)
	}
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want      string
		certPEM, keyPEM []byte
	}{
		{"a key of another certificate", "does not belong",
			certPEM, pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(other.Key))},
		{"an ECDSA key", "not an RSA key", certPEM, pemOf("PRIVATE KEY", ecDER)},
		{"an ECDSA certificate", "not RSA", pemOf("CERTIFICATE", selfSigned(t, ec, &ec.PublicKey)),
			pemOf("PRIVATE KEY", ecDER)},
		{"a 1024-bit key", "fewer than 2048", pemOf("CERTIFICATE", selfSigned(t, small, &small.PublicKey)),
			pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(small))},
		{"an encrypted key", "encrypted", certPEM, pemOf("ENCRYPTED PRIVATE KEY", []byte{0})},
		{"no certificate", "no PEM block", []byte("not PEM"), pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(kp.Key))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := saml.ParseKeyPair(tc.certPEM, tc.keyPEM)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseKeyPair = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

// pemOf encodes der as a PEM block of type typ.
func pemOf(typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}

// selfSigned returns a self-signed certificate for pub, signed by key.
func selfSigned(t *testing.T, key, pub any) []byte {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "test"},
		NotBefore: t0, NotAfter: t0.AddDate(1, 0, 0)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// mustRead returns the content of the file name.
func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
