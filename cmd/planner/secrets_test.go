package main

import (
	"os"
	"testing"

	"github.com/planner-dk/planner/planner/secret"
)

// TestMain gives the planner processes the tests start on PostgreSQL (which
// refuses to run without one) a secret key through PLANNER_SECRET_KEY, the
// same key the tests open those databases with (testKeyring), unless the
// environment names one already.
func TestMain(m *testing.M) {
	if os.Getenv("PLANNER_SECRET_KEY") == "" {
		_ = os.Setenv("PLANNER_SECRET_KEY", secret.NewKey().Encode())
	}
	os.Exit(m.Run())
}

// testKeyring is the keyring of PLANNER_SECRET_KEY, as TestMain set it.
func testKeyring() *secret.Keyring {
	k, err := secret.ParseKey(os.Getenv("PLANNER_SECRET_KEY"))
	if err != nil {
		panic("PLANNER_SECRET_KEY: " + err.Error())
	}
	return secret.NewKeyring(k)
}
