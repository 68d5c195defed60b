package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/planner-dk/planner/planner/secret"
)

// validateSecretKey checks the key settings without reading a file; errors
// name the variable, never the key.
func (c Config) validateSecretKey() error {
	switch {
	case c.SecretKey != "" && c.SecretKeyFile != "":
		return fmt.Errorf("PLANNER_SECRET_KEY and PLANNER_SECRET_KEY_FILE: set one, not both")
	case c.SecretKey != "":
		if _, err := secret.ParseKey(c.SecretKey); err != nil {
			return fmt.Errorf("PLANNER_SECRET_KEY: %w", err)
		}
	case c.SecretKeyFile == "" && c.postgres():
		return errNoPostgresKey
	}
	return nil
}

// errNoPostgresKey refuses PostgreSQL without a configured key: its serve
// and worker processes run on many machines and must share one key, and a
// key generated on one of them would be lost with it.
var errNoPostgresKey = errors.New("PLANNER_SECRET_KEY or PLANNER_SECRET_KEY_FILE is required with PostgreSQL: " +
	"every process must seal and open the stored credentials with the same key (make one with `planner secrets new-key`)")

// secretKey returns the key c configures. With SQLite and no key set it is
// read from, or on first start generated into, <database>.key (0600), and
// logger says so, with the file's path, never the key.
func (c Config) secretKey(logger *slog.Logger) (secret.Key, error) {
	if err := c.validateSecretKey(); err != nil {
		return secret.Key{}, err
	}
	switch {
	case c.SecretKey != "":
		return secret.ParseKey(c.SecretKey)
	case c.SecretKeyFile != "":
		k, err := secret.ReadKeyFile(c.SecretKeyFile)
		if err != nil {
			return k, fmt.Errorf("PLANNER_SECRET_KEY_FILE: %w", err)
		}
		warnLooseKeyFile(logger, c.SecretKeyFile)
		return k, nil
	}
	path := c.Database + ".key"
	k, created, err := secret.ReadOrCreateKeyFile(path)
	if err != nil {
		return k, fmt.Errorf("the SQLite database's secret key (set PLANNER_SECRET_KEY or PLANNER_SECRET_KEY_FILE to use another): %w", err)
	}
	if created {
		logger.Warn("Generated a secret key for the stored credentials; keep it with the database and back it up",
			"key_file", path, "key_id", k.ID())
	} else {
		warnLooseKeyFile(logger, path)
	}
	return k, nil
}

// warnLooseKeyFile warns when others than the owner may read a key file.
func warnLooseKeyFile(logger *slog.Logger, path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		logger.Warn("Secret key file is readable by others than its owner; chmod 600 it", "key_file", path, "mode", fi.Mode().Perm().String())
	}
}

// runSecrets is `planner secrets new-key | rotate`.
func (m *Main) runSecrets(ctx context.Context, args []string, getenv func(string) string) error {
	if len(args) == 0 {
		return errors.New("want a subcommand: new-key or rotate")
	}
	switch args[0] {
	case "new-key":
		fmt.Fprintln(m.Stdout, secret.NewKey().Encode())
		return nil
	case "rotate":
		return m.runRotate(ctx, args[1:], getenv)
	}
	return fmt.Errorf("unknown subcommand %q: want new-key or rotate", args[0])
}

// runRotate seals every stored credential again under a new key, in one
// transaction, and reports how many. The current key is the one the
// configuration names (PLANNER_SECRET_KEY, _FILE or the SQLite key file).
func (m *Main) runRotate(ctx context.Context, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("secrets rotate", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	newFile := fs.String("new-key-file", "", "file holding the new key (`planner secrets new-key > FILE`); else env PLANNER_NEW_SECRET_KEY")
	if err := fs.Parse(args); err != nil {
		return err
	}
	newKey, err := newSecretKey(*newFile, getenv)
	if err != nil {
		return err
	}
	logger := m.cliLogger()
	current, err := c.secretKey(logger)
	if err != nil {
		return err
	}
	// The store seals what it finds in clear under the current key and
	// opens values under either, so a rotation run again after it committed
	// (the new key not configured yet) is harmless.
	db, err := openStore(ctx, c, secret.NewKeyring(current, newKey), logger)
	if err != nil {
		return err
	}
	defer db.close()
	n, err := db.Reseal(ctx, secret.NewKeyring(newKey, current))
	if err != nil {
		return fmt.Errorf("rotate: %w", err)
	}
	fmt.Fprintf(m.Stdout, "planner: %d stored secrets sealed again under key %s (was %s)\n", n, newKey.ID(), current.ID())
	fmt.Fprintln(m.Stdout, "planner: configure the new key (PLANNER_SECRET_KEY or PLANNER_SECRET_KEY_FILE; with SQLite's default, replace "+
		c.Database+".key) before planner starts again; the old key no longer opens them")
	return nil
}

// newSecretKey reads the rotation's new key from file, or else from
// PLANNER_NEW_SECRET_KEY.
func newSecretKey(file string, getenv func(string) string) (secret.Key, error) {
	if file != "" {
		k, err := secret.ReadKeyFile(file)
		if err != nil {
			return k, fmt.Errorf("-new-key-file: %w", err)
		}
		return k, nil
	}
	v := getenv("PLANNER_NEW_SECRET_KEY")
	if v == "" {
		return secret.Key{}, errors.New("the new key: give -new-key-file FILE or set PLANNER_NEW_SECRET_KEY")
	}
	k, err := secret.ParseKey(v)
	if err != nil {
		return k, fmt.Errorf("PLANNER_NEW_SECRET_KEY: %w", err)
	}
	return k, nil
}

// cliLogger is the text logger of the one-shot commands, on stderr.
func (m *Main) cliLogger() *slog.Logger { return slog.New(slog.NewTextHandler(m.Stderr, nil)) }
