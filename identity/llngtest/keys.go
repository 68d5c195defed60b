package llngtest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"sync"
	"time"
)

// keyPair is an RSA private key and a self-signed certificate for it, both
// PEM (the key PKCS #1, which Lasso and Crypt::OpenSSL::RSA both read).
type keyPair struct {
	key, cert string
}

// idpKeys are the IdP's keys: SAML signing, SAML encryption, OpenID
// signing.
type idpKeys struct {
	samlSig, samlEnc, oidcSig keyPair
}

var (
	keysOnce sync.Once
	keys     idpKeys
	keysErr  error
)

// sharedKeys makes the IdP's keys once per test binary: RSA 2048 keys take
// a while to generate, and no test depends on two IdPs having different
// keys.
func sharedKeys() (idpKeys, error) {
	keysOnce.Do(func() {
		for _, p := range []struct {
			kp *keyPair
			cn string
		}{{&keys.samlSig, "llngtest SAML signing"}, {&keys.samlEnc, "llngtest SAML encryption"}, {&keys.oidcSig, "llngtest OIDC signing"}} {
			if *p.kp, keysErr = newKeyPair(p.cn); keysErr != nil {
				return
			}
		}
	})
	return keys, keysErr
}

func newKeyPair(cn string) (keyPair, error) {
	k, cert, err := newKey(cn)
	if err != nil {
		return keyPair{}, err
	}
	return keyPair{
		key:  string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})),
		cert: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})),
	}, nil
}

// newKey makes an RSA 2048 key and a self-signed certificate for it, valid
// for ten years.
func newKey(cn string) (*rsa.PrivateKey, *x509.Certificate, error) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, nil, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return nil, nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Planner tests"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.AddDate(10, 0, 0),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	return k, cert, err
}
