package secret_test

import (
	"fmt"
	"strings"

	"github.com/planner-dk/planner/planner/secret"
)

func ExampleKeyring() {
	key := secret.NewKey() // in production: secret.ParseKey(os.Getenv("PLANNER_SECRET_KEY"))
	keys := secret.NewKeyring(key)
	sealed := keys.Seal("advisors.calendar_secret", "hunter2")
	fmt.Println(strings.HasPrefix(sealed, "sealed:v1:"+key.ID()+":"), strings.Contains(sealed, "hunter2"))
	plain, err := keys.Open("advisors.calendar_secret", sealed)
	fmt.Println(plain, err)
	_, err = keys.Open("retired_calendars.secret", sealed) // moved to another column
	fmt.Println(err)
	// Output:
	// true false
	// hunter2 <nil>
	// retired_calendars.secret: secret: cannot open sealed value
}
