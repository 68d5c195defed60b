package sqlstore

import (
	"reflect"
	"testing"
)

// TestDialectsAreComplete: what differs between the engines is written for
// both — a fragment or a hook set for one dialect and missing from the
// other would leave an engine with SQL of nothing.
func TestDialectsAreComplete(t *testing.T) {
	optional := map[string]bool{"forUpdate": true, "forShare": true, "advisoryLocks": true, "summonsSequence": true}
	for _, d := range []dialect{postgresDialect, sqliteDialect} {
		v := reflect.ValueOf(d)
		for i := range v.NumField() {
			name := v.Type().Field(i).Name
			if !optional[name] && v.Field(i).IsZero() {
				t.Errorf("the %s dialect has no %s", d.name, name)
			}
		}
	}
}
