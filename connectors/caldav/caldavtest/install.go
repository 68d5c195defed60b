package caldavtest

import (
	"os"
	"strings"
	"testing"

	"github.com/planner-dk/planner/internal/aptinstall"
)

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
	err := aptinstall.Install(pkgs...)
	if m := missing(); m != "" {
		tb.Fatalf("caldavtest: %s: %s is not installed and could not be installed (%v); run as root: apt-get install -y %s",
			k, m, err, packages)
	}
}
