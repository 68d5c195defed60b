package planner_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestStandardLibraryOnly enforces DESIGN.md: the domain package imports
// nothing outside the standard library, and no I/O packages of it either.
func TestStandardLibraryOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "github.com/planner-dk/planner/planner" {
			t.Errorf("planner depends on non-standard package %s", p)
		}
	}
	out, err = exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, banned := range []string{"database/sql", "net/http", "os/exec"} {
		for _, p := range strings.Fields(string(out)) {
			if p == banned {
				t.Errorf("planner depends on %s: the domain does no I/O", banned)
			}
		}
	}
}
