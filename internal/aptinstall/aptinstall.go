// Package aptinstall installs Debian packages for the test tooling that
// starts real servers (connectors/caldav/caldavtest, identity/llngtest),
// without letting the packages' maintainer scripts start their services on
// the standard ports.
package aptinstall

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
)

// policyRC is Debian's hook that tells maintainer scripts whether they may
// start services; exit 101 means "no".
const policyRC = "/usr/sbin/policy-rc.d"

// lockPath serialises Install between the test binaries of the machine, so
// one does not remove the temporary policy-rc.d while another still
// installs.
const lockPath = "/run/lock/planner-aptinstall.lock"

var mu sync.Mutex

// Install installs the Debian packages pkgs with apt-get, as root only
// (otherwise it returns an error saying so). If there is no policy-rc.d, a
// temporary one that denies every service start is in place while apt-get
// runs; one already there is left as it is. When the package lists are
// stale it updates them once and tries again.
func Install(pkgs ...string) error {
	mu.Lock()
	defer mu.Unlock()
	if os.Geteuid() != 0 {
		return errors.New("not root")
	}
	if lock, err := os.OpenFile(lockPath, os.O_CREATE|os.O_RDWR, 0o600); err == nil {
		defer lock.Close()
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err == nil {
			defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
		}
	}
	if _, err := os.Stat(policyRC); errors.Is(err, os.ErrNotExist) {
		if err := os.WriteFile(policyRC, []byte("#!/bin/sh\n# aptinstall: no service starts while it installs\nexit 101\n"), 0o755); err != nil {
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

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}
