package secret

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// KeyFileMode is the permission of a key file Planner writes: its owner
// reads and writes it, nobody else.
const KeyFileMode fs.FileMode = 0o600

// ReadKeyFile reads the key in the file at path (its base64 text, as
// WriteKeyFile writes it). The error names the file, never its content.
func ReadKeyFile(path string) (Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Key{}, fmt.Errorf("read key file: %w", err)
	}
	k, err := ParseKey(string(b))
	if err != nil {
		return Key{}, fmt.Errorf("key file %s: %w", path, err)
	}
	return k, nil
}

// WriteKeyFile writes k to a new file at path with KeyFileMode; it never
// replaces an existing file (fs.ErrExist).
func WriteKeyFile(path string, k Key) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, KeyFileMode)
	if err != nil {
		return fmt.Errorf("create key file: %w", err)
	}
	_, err = f.WriteString(k.Encode() + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	return nil
}

// ReadOrCreateKeyFile reads the key file at path, or, when there is none,
// writes a fresh key to it with KeyFileMode; created says it did.
func ReadOrCreateKeyFile(path string) (k Key, created bool, err error) {
	k, err = ReadKeyFile(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return k, false, err
	}
	k = NewKey()
	if err := WriteKeyFile(path, k); err != nil {
		if errors.Is(err, fs.ErrExist) { // another process made it first
			k, err = ReadKeyFile(path)
			return k, false, err
		}
		return Key{}, false, err
	}
	return k, true, nil
}
