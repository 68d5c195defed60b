// Package secret seals the credentials Planner stores (CalDAV passwords,
// bearer tokens, a job centre's Microsoft Graph client secret) with
// AES-256-GCM, so the database never holds one in clear (issue 12).
//
// A sealed value is self-describing text:
//
//	sealed:v1:<key id>:<base64url(nonce | ciphertext)>
//
// The key id is a short fingerprint of the key that sealed it, so a keyring
// with more than one key (during rotation) knows which opens it. The key id
// and a context naming where the value lives ("advisors.calendar_secret")
// are bound as additional data: a value copied to another column, or
// relabelled with another key's id, fails to open. The nonce is 12 random
// bytes per seal.
//
// Errors name the context, never the value or the key.
package secret

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// KeySize is the length of a key in bytes: AES-256.
const KeySize = 32

// prefix starts every sealed value of format version 1.
const prefix = "sealed:v1:"

// keyIDLen is the length of a key id in hex digits.
const keyIDLen = 8

// ErrOpen is returned when a sealed value does not open: it was changed,
// moved to another column, or sealed under a key the keyring lacks.
var ErrOpen = errors.New("secret: cannot open sealed value")

// ErrNotSealed is returned by Open for a non-empty value that is not in
// the sealed format (a plaintext left from before sealing).
var ErrNotSealed = errors.New("secret: value is not sealed")

// Key is an AES-256 key. It redacts itself when printed or logged; Encode
// gives its text form on purpose.
type Key [KeySize]byte

// NewKey returns a fresh random key.
func NewKey() Key {
	var k Key
	_, _ = rand.Read(k[:]) // crypto/rand.Read never fails (Go 1.24+)
	return k
}

// ParseKey reads a key in standard or URL base64, padded or not, as Encode
// and `planner secrets new-key` write it; surrounding white space is
// ignored. The error never repeats the input.
func ParseKey(s string) (Key, error) {
	s = strings.TrimSpace(s)
	var k Key
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(s)
		if err == nil && len(b) == KeySize {
			copy(k[:], b)
			return k, nil
		}
	}
	return k, fmt.Errorf("want the base64 of %d random bytes, such as `planner secrets new-key` prints", KeySize)
}

// Encode returns the key in standard base64: its text form in a variable
// or key file.
func (k Key) Encode() string { return base64.StdEncoding.EncodeToString(k[:]) }

// ID returns the key's fingerprint: 8 hex digits of an HMAC under the key,
// which tells keys apart and reveals nothing of them.
func (k Key) ID() string {
	m := hmac.New(sha256.New, k[:])
	m.Write([]byte("planner secret key id"))
	return hex.EncodeToString(m.Sum(nil))[:keyIDLen]
}

// String implements fmt.Stringer without the key.
func (k Key) String() string { return "secret.Key(" + k.ID() + ")" }

// GoString implements fmt.GoStringer without the key.
func (k Key) GoString() string { return k.String() }

// Format implements fmt.Formatter: every verb prints String, never the bytes.
func (k Key) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(k.String())) }

// LogValue implements slog.LogValuer: only the key id is logged.
func (k Key) LogValue() slog.Value { return slog.StringValue(k.ID()) }

// sealer is one key ready for use.
type sealer struct {
	id   string
	aead cipher.AEAD
}

func newSealer(k Key) sealer {
	block, err := aes.NewCipher(k[:])
	if err != nil {
		panic(err) // a 32-byte key is always valid
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic(err) // AES has a 16-byte block
	}
	return sealer{id: k.ID(), aead: aead}
}

// Keyring seals under its primary key and opens with any of its keys. It
// is safe for concurrent use.
type Keyring struct {
	primary sealer
	all     map[string]sealer
}

// NewKeyring returns a keyring that seals under primary and also opens
// values sealed under the others (the old key during a rotation).
func NewKeyring(primary Key, others ...Key) *Keyring {
	kr := &Keyring{primary: newSealer(primary), all: map[string]sealer{}}
	kr.all[kr.primary.id] = kr.primary
	for _, k := range others {
		s := newSealer(k)
		if _, ok := kr.all[s.id]; !ok {
			kr.all[s.id] = s
		}
	}
	return kr
}

// Knows reports whether the keyring holds the key with id keyID.
func (kr *Keyring) Knows(keyID string) bool {
	_, ok := kr.all[keyID]
	return ok
}

// KeyID returns the id of the key the keyring seals under.
func (kr *Keyring) KeyID() string { return kr.primary.id }

// aad binds the format, the key id and the context to the ciphertext.
func aad(keyID, context string) []byte { return []byte(prefix + keyID + ":" + context) }

// Seal seals plaintext for context (the table.column it is stored in)
// under the primary key. The empty string stays empty: no secret.
func (kr *Keyring) Seal(context, plaintext string) string {
	if plaintext == "" {
		return ""
	}
	s := kr.primary
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(plaintext)+s.aead.Overhead())
	_, _ = rand.Read(nonce)
	out := s.aead.Seal(nonce, nonce, []byte(plaintext), aad(s.id, context))
	return prefix + s.id + ":" + base64.RawURLEncoding.EncodeToString(out)
}

// Open returns the plaintext of a value Seal made for the same context.
// The empty string opens to empty. An error wraps ErrNotSealed or ErrOpen
// and names the context, never the value.
func (kr *Keyring) Open(context, sealed string) (string, error) {
	if sealed == "" {
		return "", nil
	}
	id, box, ok := split(sealed)
	if !ok {
		return "", fmt.Errorf("%s: %w", context, ErrNotSealed)
	}
	s, ok := kr.all[id]
	if !ok {
		return "", fmt.Errorf("%s: sealed under key %s, which is not configured: %w", context, id, ErrOpen)
	}
	n := s.aead.NonceSize()
	if len(box) < n+s.aead.Overhead() {
		return "", fmt.Errorf("%s: %w", context, ErrOpen)
	}
	plain, err := s.aead.Open(nil, box[:n], box[n:], aad(id, context))
	if err != nil {
		return "", fmt.Errorf("%s: %w", context, ErrOpen) // not err: it says nothing more
	}
	return string(plain), nil
}

// Reseal opens a value sealed for context and seals it again under the
// primary key (rotation). A value already under the primary key, or
// empty, is returned as it is with changed false.
func (kr *Keyring) Reseal(context, sealed string) (out string, changed bool, err error) {
	if sealed == "" || KeyIDOf(sealed) == kr.primary.id {
		return sealed, false, nil
	}
	plain, err := kr.Open(context, sealed)
	if err != nil {
		return "", false, err
	}
	return kr.Seal(context, plain), true, nil
}

// IsSealed reports whether s is in the sealed format (whether or not any
// key opens it).
func IsSealed(s string) bool {
	_, _, ok := split(s)
	return ok
}

// KeyIDOf returns the id of the key that sealed s; "" when s is not sealed.
func KeyIDOf(s string) string {
	id, _, _ := split(s)
	return id
}

// split parses sealed:v1:<id>:<box>.
func split(s string) (id string, box []byte, ok bool) {
	rest, found := strings.CutPrefix(s, prefix)
	if !found {
		return "", nil, false
	}
	id, enc, found := strings.Cut(rest, ":")
	if !found || len(id) != keyIDLen {
		return "", nil, false
	}
	if _, err := hex.DecodeString(id); err != nil {
		return "", nil, false
	}
	box, err := base64.RawURLEncoding.DecodeString(enc)
	if err != nil || len(box) == 0 {
		return "", nil, false
	}
	return id, box, true
}
