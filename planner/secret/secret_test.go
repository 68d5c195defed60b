package secret_test

import (
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner/secret"
)

const column = "advisors.calendar_secret"

func TestSealOpen(t *testing.T) {
	kr := secret.NewKeyring(secret.NewKey())
	for _, plain := range []string{"hunter2", "æøå Ü 🗓", strings.Repeat("x", 4096)} {
		sealed := kr.Seal(column, plain)
		if !strings.HasPrefix(sealed, "sealed:v1:"+kr.KeyID()+":") || strings.Contains(sealed, plain) {
			t.Fatalf("Seal = %q, want sealed:v1:%s:… without the plaintext", sealed, kr.KeyID())
		}
		if !secret.IsSealed(sealed) || secret.KeyIDOf(sealed) != kr.KeyID() {
			t.Errorf("IsSealed/KeyIDOf(%q) = %v/%q", sealed, secret.IsSealed(sealed), secret.KeyIDOf(sealed))
		}
		got, err := kr.Open(column, sealed)
		if err != nil || got != plain {
			t.Errorf("Open = %q, %v, want the plaintext", got, err)
		}
	}
	if a, b := kr.Seal(column, "same"), kr.Seal(column, "same"); a == b {
		t.Error("two seals of one value are equal: the nonce must be random")
	}
}

func TestEmptyStaysEmpty(t *testing.T) {
	kr := secret.NewKeyring(secret.NewKey())
	if s := kr.Seal(column, ""); s != "" {
		t.Errorf("Seal(\"\") = %q, want \"\"", s)
	}
	if s, err := kr.Open(column, ""); s != "" || err != nil {
		t.Errorf("Open(\"\") = %q, %v", s, err)
	}
}

// TestOpenRefuses: a changed, moved, relabelled or foreign value does not
// open, and the error names the column, never the value.
func TestOpenRefuses(t *testing.T) {
	k1, k2 := secret.NewKey(), secret.NewKey()
	kr, other, both := secret.NewKeyring(k1), secret.NewKeyring(k2), secret.NewKeyring(k1, k2)
	sealed := kr.Seal(column, "hunter2")
	head, enc := sealed[:strings.LastIndex(sealed, ":")+1], sealed[strings.LastIndex(sealed, ":")+1:]
	box, _ := base64.RawURLEncoding.DecodeString(enc)
	box[len(box)/2] ^= 1
	flipped := head + base64.RawURLEncoding.EncodeToString(box)
	relabelled := strings.Replace(sealed, kr.KeyID(), other.KeyID(), 1)
	tests := []struct {
		name, context, value string
		keys                 *secret.Keyring
		want                 error
	}{
		{"a flipped byte does not open", column, flipped, kr, secret.ErrOpen},
		{"a value moved to another column does not open", "retired_calendars.secret", sealed, kr, secret.ErrOpen},
		{"a value relabelled with another key id does not open", column, relabelled, both, secret.ErrOpen},
		{"another key does not open", column, sealed, other, secret.ErrOpen},
		{"a plaintext is not sealed", column, "hunter2", kr, secret.ErrNotSealed},
		{"a truncated value does not open", column, sealed[:len("sealed:v1:")+9] + "AAAA", kr, secret.ErrOpen},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.keys.Open(tc.context, tc.value)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Open = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.context) || strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), tc.value) {
				t.Errorf("error %q must name %s and not the value", err, tc.context)
			}
		})
	}
}

func TestReseal(t *testing.T) {
	oldKey, newKey := secret.NewKey(), secret.NewKey()
	old := secret.NewKeyring(oldKey)
	sealed := old.Seal(column, "hunter2")
	rotating := secret.NewKeyring(newKey, oldKey)
	out, changed, err := rotating.Reseal(column, sealed)
	if err != nil || !changed || secret.KeyIDOf(out) != newKey.ID() {
		t.Fatalf("Reseal = %q, %v, %v, want sealed under %s", out, changed, err, newKey.ID())
	}
	if _, changed, _ := rotating.Reseal(column, out); changed {
		t.Error("a value already under the new key is resealed again")
	}
	if _, err := old.Open(column, out); !errors.Is(err, secret.ErrOpen) {
		t.Errorf("the old key opens a resealed value: %v", err)
	}
	if got, err := secret.NewKeyring(newKey).Open(column, out); err != nil || got != "hunter2" {
		t.Errorf("new key Open = %q, %v", got, err)
	}
}

// TestKeyRedacts: a key printed or logged shows only its id.
func TestKeyRedacts(t *testing.T) {
	k := secret.NewKey()
	var log strings.Builder
	slog.New(slog.NewTextHandler(&log, nil)).Info("Key", "key", k)
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%v %+v %#v %s %x %q", k, k, k, k, k, k), log.String()} {
		if strings.Contains(s, k.Encode()) || !strings.Contains(s, k.ID()) {
			t.Errorf("%q shows the key or hides its id", s)
		}
	}
}

func TestParseKey(t *testing.T) {
	k := secret.NewKey()
	for _, s := range []string{k.Encode(), " " + k.Encode() + "\n", strings.TrimRight(k.Encode(), "=")} {
		if got, err := secret.ParseKey(s); err != nil || got != k {
			t.Errorf("ParseKey(%q) = %v, %v", s, got, err)
		}
	}
	for _, bad := range []string{"", "not base64!", "c2hvcnQ="} {
		if _, err := secret.ParseKey(bad); err == nil || (bad != "" && strings.Contains(err.Error(), bad)) {
			t.Errorf("ParseKey(%q) = %v, want an error not repeating the input", bad, err)
		}
	}
}

// TestKeyFile: a generated key file is 0600, read back the same, and never
// replaced.
func TestKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "planner.db.key")
	k, created, err := secret.ReadOrCreateKeyFile(path)
	if err != nil || !created {
		t.Fatalf("ReadOrCreateKeyFile = %v, %v, want a new file", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode = %v, want 0600", fi.Mode().Perm())
	}
	again, created, err := secret.ReadOrCreateKeyFile(path)
	if err != nil || created || again != k {
		t.Errorf("second ReadOrCreateKeyFile = %v, %v: want the same key, not created", created, err)
	}
	if err := secret.WriteKeyFile(path, secret.NewKey()); err == nil {
		t.Error("WriteKeyFile replaced an existing key file")
	}
}
