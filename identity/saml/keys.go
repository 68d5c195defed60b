package saml

import (
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
)

// KeyPair is one of the SP's keys and its certificate. The key signs the
// SP's requests and decrypts the assertions encrypted to the certificate,
// so it must be an RSA key of at least 2048 bits whose certificate's key
// algorithm is rsaEncryption.
type KeyPair struct {
	Key  *rsa.PrivateKey
	Cert *x509.Certificate
}

// minKeyBits is the smallest RSA key accepted.
const minKeyBits = 2048

// oidRSASSAPSS is the RSASSA-PSS key algorithm (RFC 4055).
var oidRSASSAPSS = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}

// errPSSKey explains a certificate or key whose algorithm is RSASSA-PSS.
// Go's crypto/x509 parses such a certificate but leaves its public key nil
// (PublicKeyAlgorithm UnknownPublicKeyAlgorithm), and refuses such a
// PKCS#8 key ("unknown algorithm: 1.2.840.113549.1.1.10"). Besides, a PSS
// key may by definition only sign, and the SP's key must also decrypt the
// assertions the IdP encrypts to it (RSA-OAEP key transport).
var errPSSKey = errors.New("its key algorithm is RSASSA-PSS (OID 1.2.840.113549.1.1.10), which can only sign, " +
	"but the SP's key must also decrypt the assertions encrypted to it: ask for an OCES3 certificate " +
	"with an rsaEncryption key (OID 1.2.840.113549.1.1.1) instead; an RSASSA-PSS signature by the issuing CA is fine")

// ParseKeyPair reads a PEM certificate and a PEM private key (PKCS#1
// "RSA PRIVATE KEY" or unencrypted PKCS#8 "PRIVATE KEY"), checks that they
// belong together, and returns them. A certificate or key whose algorithm
// is RSASSA-PSS, as some Danish OCES3 certificates have, is refused with
// an error that says what to ask for instead.
func ParseKeyPair(certPEM, keyPEM []byte) (KeyPair, error) {
	cert, err := parseCert(certPEM)
	if err != nil {
		return KeyPair{}, fmt.Errorf("parse SP certificate: %w", err)
	}
	key, err := parseKey(keyPEM)
	if err != nil {
		return KeyPair{}, fmt.Errorf("parse SP private key: %w", err)
	}
	if !key.PublicKey.Equal(cert.PublicKey) {
		return KeyPair{}, errors.New("parse SP key pair: the private key does not belong to the certificate")
	}
	return KeyPair{Key: key, Cert: cert}, nil
}

// parseCert reads the first certificate of certPEM.
func parseCert(certPEM []byte) (*x509.Certificate, error) {
	block, err := pemBlock(certPEM, "CERTIFICATE")
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return nil, err
	}
	if isPSS(spkiAlgorithm(cert.RawSubjectPublicKeyInfo)) {
		return nil, errPSSKey
	}
	pub, ok := cert.PublicKey.(*rsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("its key is %v, not RSA: XML encryption of assertions needs an RSA key", cert.PublicKeyAlgorithm)
	}
	if pub.N.BitLen() < minKeyBits {
		return nil, fmt.Errorf("its RSA key has %d bits, fewer than %d", pub.N.BitLen(), minKeyBits)
	}
	return cert, nil
}

// parseKey reads the private key of keyPEM.
func parseKey(keyPEM []byte) (*rsa.PrivateKey, error) {
	block, err := pemBlock(keyPEM, "RSA PRIVATE KEY", "PRIVATE KEY")
	if err != nil {
		return nil, err
	}
	if block.Type == "RSA PRIVATE KEY" {
		return x509.ParsePKCS1PrivateKey(block.Bytes)
	}
	if isPSS(pkcs8Algorithm(block.Bytes)) {
		return nil, errPSSKey
	}
	key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	rsaKey, ok := key.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("it is a %T, not an RSA key: XML encryption of assertions needs an RSA key", key)
	}
	return rsaKey, nil
}

// pemBlock returns the first PEM block of data whose type is one of types.
// An encrypted key is refused: the key must be given decrypted.
func pemBlock(data []byte, types ...string) (*pem.Block, error) {
	for rest := data; ; {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			return nil, fmt.Errorf("no PEM block of type %q", types)
		}
		if block.Type == "ENCRYPTED PRIVATE KEY" || block.Headers["Proc-Type"] != "" {
			return nil, errors.New("the key is encrypted: give it decrypted (e.g. openssl pkey -in key.pem -out plain.pem)")
		}
		for _, t := range types {
			if block.Type == t {
				return block, nil
			}
		}
	}
}

// spkiAlgorithm returns the algorithm of a DER SubjectPublicKeyInfo, or nil.
func spkiAlgorithm(der []byte) asn1.ObjectIdentifier {
	var spki struct {
		Algorithm pkix.AlgorithmIdentifier
		PublicKey asn1.BitString
	}
	if _, err := asn1.Unmarshal(der, &spki); err != nil {
		return nil
	}
	return spki.Algorithm.Algorithm
}

// pkcs8Algorithm returns the algorithm of a DER PKCS#8 PrivateKeyInfo, or nil.
func pkcs8Algorithm(der []byte) asn1.ObjectIdentifier {
	var info struct {
		Version    int
		Algorithm  pkix.AlgorithmIdentifier
		PrivateKey []byte
	}
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil
	}
	return info.Algorithm.Algorithm
}

// isPSS reports whether oid is RSASSA-PSS.
func isPSS(oid asn1.ObjectIdentifier) bool { return oid.Equal(oidRSASSAPSS) }
