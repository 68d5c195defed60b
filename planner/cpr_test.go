package planner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestParseCPR(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Date // zero: rejected
	}{
		{"§1 DDMMYY-SSSS is accepted", "010190-1234", NewDate(1990, 1, 1)},
		{"§1 DDMMYYSSSS is accepted", "0101901234", NewDate(1990, 1, 1)},
		{"§1 modulus 11 is not demanded (numbers without it since 2007)", "010190-1235", NewDate(1990, 1, 1)},
		// The CPR register's century table.
		{"7th digit 0: 1900s", "150699-0123", NewDate(1999, 6, 15)},
		{"7th digit 3: 1900s", "150600-3123", NewDate(1900, 6, 15)},
		{"7th digit 4, YY 36: 2000s", "150636-4123", NewDate(2036, 6, 15)},
		{"7th digit 4, YY 37: 1900s", "150637-4123", NewDate(1937, 6, 15)},
		{"7th digit 9, YY 00: 2000s", "150600-9123", NewDate(2000, 6, 15)},
		{"7th digit 9, YY 37: 1900s", "150637-9123", NewDate(1937, 6, 15)},
		{"7th digit 5, YY 57: 2000s", "150657-5123", NewDate(2057, 6, 15)},
		{"7th digit 8, YY 58: 1800s", "150658-8123", NewDate(1858, 6, 15)},
		{"7th digit 6, YY 99: 1800s", "150699-6123", NewDate(1899, 6, 15)},
		{"29 February in a leap year (2000)", "290200-4123", NewDate(2000, 2, 29)},
		{"31 April is impossible", "310490-1234", Date{}},
		{"29 February 2001 is impossible", "290201-4123", Date{}},
		{"29 February 1900 is impossible (not a leap year)", "290200-1234", Date{}},
		{"day 00 is impossible", "000190-1234", Date{}},
		{"month 13 is impossible", "011390-1234", Date{}},
		{"too short", "010190-123", Date{}},
		{"a letter", "010190-12a4", Date{}},
		{"a dash in the wrong place", "01019-01234", Date{}},
		{"spaces", "010190 1234", Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCPR(tc.in)
			if tc.want.IsZero() {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != "cpr" || !errors.Is(err, ErrInvalid) {
					t.Fatalf("ParseCPR(%q) err = %v, want a FieldError on cpr", tc.in, err)
				}
				if strings.Contains(err.Error(), tc.in) || strings.Contains(err.Error(), tc.in[len(tc.in)-4:]) {
					t.Errorf("error %q repeats the input", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseCPR(%q) = %v", tc.in, err)
			}
			if got := c.BirthDate(); got != tc.want {
				t.Errorf("BirthDate = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestCPRAge(t *testing.T) {
	tests := []struct {
		name string
		cpr  string
		on   Date
		want int
	}{
		{"the day before the birthday", "150690-1234", NewDate(2026, 6, 14), 35},
		{"on the birthday", "150690-1234", NewDate(2026, 6, 15), 36},
		{"born 29 February: 28 February of a common year", "290200-4123", NewDate(2026, 2, 28), 25},
		{"born 29 February: older on 1 March of a common year", "290200-4123", NewDate(2026, 3, 1), 26},
		{"born 29 February: on 29 February of a leap year", "290200-4123", NewDate(2028, 2, 29), 28},
	}
	for _, tc := range tests {
		if got := MustParseCPR(tc.cpr).Age(tc.on); got != tc.want {
			t.Errorf("%s: Age = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestCPRNeverLeaks formats a CPR every way a log line or an answer might.
func TestCPRNeverLeaks(t *testing.T) {
	c := MustParseCPR("010190-4321")
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("booking", "cpr", c, "citizen", Citizen{CPR: c, Name: "Test"})
	js, _ := json.Marshal(Citizen{CPR: c})
	forms := map[string]string{
		"%v": fmt.Sprintf("%v", c), "%s": fmt.Sprintf("%s", c), "%q": fmt.Sprintf("%q", c),
		"%d": fmt.Sprintf("%d", c), "%x": fmt.Sprintf("%x", c), "%#v": fmt.Sprintf("%#v", c),
		"%+v struct": fmt.Sprintf("%+v", Citizen{CPR: c}), "%#v struct": fmt.Sprintf("%#v", Citizen{CPR: c}),
		"pointer": fmt.Sprintf("%v", &c), "String": c.String(), "error": fmt.Errorf("booking for %v failed", c).Error(),
		"slog": logged.String(), "json": string(js),
	}
	for name, s := range forms {
		if strings.Contains(s, "4321") {
			t.Errorf("%s prints the serial: %s", name, s)
		}
	}
	if !strings.Contains(forms["%v"], "010190-xxxx") {
		t.Errorf("masked form = %q, want 010190-xxxx", forms["%v"])
	}
	if c.Digits() != "0101904321" {
		t.Errorf("Digits = %q, want the full number", c.Digits())
	}
}

func TestCPRJSON(t *testing.T) {
	var in struct{ CPR CPR }
	if err := json.Unmarshal([]byte(`{"CPR":"010190-4321"}`), &in); err != nil || in.CPR.Digits() != "0101904321" {
		t.Errorf("Unmarshal = %v, %v", in.CPR.Digits(), err)
	}
	err := json.Unmarshal([]byte(`{"CPR":"310490-4321"}`), &in)
	if !errors.Is(err, ErrInvalid) || strings.Contains(err.Error(), "4321") {
		t.Errorf("Unmarshal of an impossible CPR = %v, want ErrInvalid without the number", err)
	}
}

// FuzzParseCPR: parsing never panics; an accepted CPR is ten digits with a
// real birth date, round-trips through Digits, and masks its serial.
func FuzzParseCPR(f *testing.F) {
	for _, s := range []string{"010190-1234", "0101901234", "290200-4123", "310490-1234", "150658-8123", "", "-", "0101901234x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCPR(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not match ErrInvalid", err)
			}
			return
		}
		d := c.Digits()
		if len(d) != 10 || strings.Trim(d, "0123456789") != "" {
			t.Fatalf("Digits = %q, want ten digits", d)
		}
		if again, err := ParseCPR(d); err != nil || again != c {
			t.Fatalf("re-parsing Digits = %v, %v", again, err)
		}
		b := c.BirthDate()
		if _, err := ParseDate(b.String()); err != nil {
			t.Fatalf("birth date %s is not a real date", b)
		}
		if m := c.String(); m != d[:6]+"-xxxx" {
			t.Fatalf("masked form = %q, want the birth date and -xxxx only", m)
		}
	})
}
