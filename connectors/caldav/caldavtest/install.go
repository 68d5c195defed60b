package caldavtest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// policyRC is Debian's hook that tells maintainer scripts whether they may
// start services; exit 101 means "no".
const policyRC = "/usr/sbin/policy-rc.d"

var installMu sync.Mutex

// aptInstall installs Debian packages without starting their services on
// the standard ports (INTEROP.md set-up step 1): if there is no
// policy-rc.d, a temporary one that denies every start is in place while
// apt-get runs. When the package lists are stale it updates them once and
// tries again.
func aptInstall(pkgs ...string) error {
	installMu.Lock()
	defer installMu.Unlock()
	if os.Geteuid() != 0 {
		return errors.New("not root")
	}
	if _, err := os.Stat(policyRC); errors.Is(err, os.ErrNotExist) {
		if err := os.WriteFile(policyRC, []byte("#!/bin/sh\n# caldavtest: no service starts while it installs\nexit 101\n"), 0o755); err != nil {
			return err
		}
		defer os.Remove(policyRC)
	}
	run := func(args ...string) error {
		cmd := exec.Command("apt-get", append([]string{"-o", "DPkg::Lock::Timeout=300"}, args...)...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("apt-get %v: %w\n%s", args, err, tail(out, 2000))
		}
		return nil
	}
	install := append([]string{"install", "-y", "-q"}, pkgs...)
	if err := run(install...); err != nil {
		if uerr := run("update", "-q"); uerr != nil {
			return errors.Join(err, uerr)
		}
		return run(install...)
	}
	return nil
}

// ensurePackages makes sure every binary in bins exists, installing the
// space-separated packages when one is missing and the process is root;
// otherwise the test fails with the command that would install them.
func ensurePackages(tb testing.TB, k Kind, bins []string, packages string) {
	tb.Helper()
	pkgs := strings.Fields(packages)
	missing := func() string {
		for _, b := range bins {
			if _, err := os.Stat(b); err != nil {
				return b
			}
		}
		return ""
	}
	if missing() == "" {
		return
	}
	err := aptInstall(pkgs...)
	if m := missing(); m != "" {
		tb.Fatalf("caldavtest: %s: %s is not installed and could not be installed (%v); run as root: apt-get install -y %s",
			k, m, err, packages)
	}
}
